//! File > Export…: choose the format, the countries and the period. The
//! app then asks where to save and runs the export as a job (`app/exports.rs`).

use std::collections::BTreeSet;

use egui::{RichText, Ui};

use crate::app::forms::fields::{self, FieldState};
use crate::export::csv::{CsvOptions, CsvTable};
use crate::export::{ExportOptions, Format};
use crate::model::{CountryId, Field, PartialDate, Workspace};
use crate::tr;

/// What to export, once chosen: the format and the scope.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    /// The chosen format, CSV's table and byte order mark included.
    pub format: Format,
    /// The countries and period chosen, with the day statuses are judged on.
    pub options: ExportOptions,
}

/// The state of the export dialog while it is open.
#[derive(Clone, Debug)]
pub struct ExportDialog {
    format: Format,
    /// Kept while another format is chosen, so going back to CSV keeps it.
    csv: CsvOptions,
    all_countries: bool,
    chosen: BTreeSet<CountryId>,
    /// The partner countries by name; read once when the dialog opens.
    countries: Vec<(CountryId, String)>,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    fields: FieldState,
    today: chrono::NaiveDate,
}

/// What the user did with the dialog this frame.
pub enum ExportOutcome {
    /// Still choosing: the dialog stays open.
    Editing,
    /// Cancel or Escape: close without exporting.
    Cancel,
    /// Export… was pressed with a valid choice; the app asks where to save next.
    Export(ExportRequest),
}

impl ExportDialog {
    /// A dialog with every partner country chosen, as a JSON summary.
    pub fn new(workspace: &Workspace, today: chrono::NaiveDate) -> Self {
        let countries = ExportOptions::all(today)
            .countries(workspace)
            .into_iter()
            .map(|id| (id, workspace.label_of(id)))
            .collect();
        Self {
            format: Format::Json,
            csv: CsvOptions::default(),
            all_countries: true,
            chosen: BTreeSet::new(),
            countries,
            from: None,
            to: None,
            fields: FieldState::default(),
            today,
        }
    }

    fn request(&self) -> ExportRequest {
        let country_ids = if self.all_countries {
            Vec::new()
        } else {
            self.chosen.iter().copied().collect()
        };
        ExportRequest {
            format: self.format,
            options: ExportOptions {
                country_ids,
                from: self.from,
                to: self.to,
                today: self.today,
            },
        }
    }

    /// Why Export… is disabled, if it is.
    fn blocker(&self) -> Option<String> {
        if !self.all_countries && self.chosen.is_empty() {
            return Some(tr!("tools-export-choose-country"));
        }
        if let Err(error) = crate::model::date::check_order(self.from, self.to) {
            return Some(tr!(
                "tools-export-period-backwards",
                end = error.end.to_string(),
                start = error.start.to_string()
            ));
        }
        self.fields.blocking_problems().into_iter().next()
    }

    /// The table and the byte order mark of a CSV export.
    fn csv_options(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(tr!("tools-export-table")).id;
            egui::ComboBox::from_id_salt("csv_table")
                .selected_text(self.csv.table.label())
                .show_ui(ui, |ui| {
                    for table in CsvTable::ALL {
                        ui.selectable_value(&mut self.csv.table, table, table.label());
                    }
                })
                .response
                .labelled_by(label);
        });
        ui.checkbox(&mut self.csv.bom, tr!("tools-export-bom"));
    }

    /// Draws the dialog and reports what the user did this frame.
    pub fn ui(&mut self, ui: &mut Ui) -> ExportOutcome {
        self.fields.begin_pass(self.today);
        ui.set_min_width(480.0);
        crate::app::a11y::heading(ui, tr!("tools-export-heading"));

        ui.add_space(4.0);
        ui.strong(tr!("tools-export-format"));
        let csv = Format::Csv(self.csv);
        for choice in [
            Format::Json,
            csv,
            Format::Markdown,
            Format::Pdf,
            Format::KeyFactsMarkdown,
            Format::KeyFactsPdf,
            Format::Ics,
        ] {
            let selected = std::mem::discriminant(&self.format) == std::mem::discriminant(&choice);
            if ui.radio(selected, choice.label()).clicked() {
                self.format = choice;
            }
            if matches!(choice, Format::Csv(_)) {
                // Shown (greyed) whatever the format, so the dialog keeps
                // its size and place as choices change.
                let is_csv = matches!(self.format, Format::Csv(_));
                ui.indent("csv_options", |ui| {
                    ui.add_enabled_ui(is_csv, |ui| self.csv_options(ui));
                });
                if is_csv {
                    self.format = Format::Csv(self.csv);
                }
            }
        }

        if matches!(self.format, Format::Markdown | Format::Pdf) {
            ui.weak(tr!("tools-export-visit-pack-hint"));
        }

        ui.add_space(8.0);
        ui.strong(tr!("tools-export-countries"));
        ui.checkbox(&mut self.all_countries, tr!("tools-export-all-countries"));
        ui.add_enabled_ui(!self.all_countries, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("export_countries")
                .max_height(180.0)
                .show(ui, |ui| {
                    if self.countries.is_empty() {
                        ui.weak(tr!("tools-export-no-countries"));
                    }
                    for (id, name) in &self.countries {
                        let mut checked = self.chosen.contains(id);
                        if ui.checkbox(&mut checked, name).changed() {
                            if checked {
                                self.chosen.insert(*id);
                            } else {
                                self.chosen.remove(id);
                            }
                        }
                    }
                });
        });

        ui.add_space(8.0);
        ui.strong(tr!("tools-export-period"));
        // Form rows lay out their own label column.
        let from = tr!("tools-export-from");
        fields::date(ui, &mut self.fields, &from, Field::From, &mut self.from);
        let to = tr!("tools-export-to");
        fields::date(ui, &mut self.fields, &to, Field::To, &mut self.to);
        // The label column takes its widest label from now on; without
        // this, every frame found it grown and laid itself out twice.
        self.fields.end_pass();
        ui.weak(tr!("tools-export-all-dates"));
        ui.label(tr!(
            "tools-export-statuses-as-of",
            date = PartialDate::Day(self.today).human()
        ));

        ui.add_space(8.0);
        let blocker = self.blocker();
        let mut outcome = ExportOutcome::Editing;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    blocker.is_none(),
                    egui::Button::new(tr!("tools-export-export")),
                )
                .clicked()
            {
                outcome = ExportOutcome::Export(self.request());
            }
            if ui.button(tr!("common-cancel")).clicked()
                || ui.input(|input| input.key_pressed(egui::Key::Escape))
            {
                outcome = ExportOutcome::Cancel;
            }
            // Beside the buttons, so the dialog does not move as it comes and goes.
            if let Some(reason) = &blocker {
                ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
            }
        });
        outcome
    }
}
