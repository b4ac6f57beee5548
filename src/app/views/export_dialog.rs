//! File > Export…: choose the format, the countries and the period, then
//! where to save. The export itself runs off the UI thread; the status bar
//! shows where it went, an error dialog what went wrong.

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::app::dialogs::{Dialog, PathPurpose};
use crate::app::file_dialog::Choice;
use crate::app::forms::fields::{self, FieldState};
use crate::app::{AccordApp, JobResult};
use crate::export::csv::{CsvOptions, CsvTable};
use crate::export::{ExportOptions, Format};
use crate::model::{CountryId, PartialDate, Workspace};
use crate::storage;

/// What to export, once chosen: the format and the scope.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    pub format: Format,
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
enum Outcome {
    Editing,
    Cancel,
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
            return Some("Choose at least one country.".to_owned());
        }
        if let Err(error) = crate::model::date::check_order(self.from, self.to) {
            return Some(format!("The period {error}."));
        }
        self.fields.blocking_problems().into_iter().next()
    }

    /// The table and the byte order mark of a CSV export.
    fn csv_options(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Table").id;
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
        ui.checkbox(&mut self.csv.bom, "Byte order mark for Excel");
    }

    fn ui(&mut self, ui: &mut Ui) -> Outcome {
        self.fields.begin_pass();
        ui.set_min_width(480.0);
        ui.heading("Export");

        ui.add_space(4.0);
        ui.strong("Format");
        let csv = Format::Csv(self.csv);
        for choice in [Format::Json, csv, Format::Markdown, Format::Ics] {
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

        ui.add_space(8.0);
        ui.strong("Countries");
        ui.checkbox(&mut self.all_countries, "All partner countries");
        ui.add_enabled_ui(!self.all_countries, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("export_countries")
                .max_height(180.0)
                .show(ui, |ui| {
                    if self.countries.is_empty() {
                        ui.weak("No partner countries yet.");
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
        ui.strong("Period");
        egui::Grid::new("export_period")
            .num_columns(2)
            .show(ui, |ui| {
                fields::date(ui, &mut self.fields, "From", "from", &mut self.from);
                fields::date(ui, &mut self.fields, "To", "to", &mut self.to);
            });
        ui.weak("Leave both empty for all dates.");
        ui.label(format!(
            "Statuses such as overdue are as of {}.",
            PartialDate::Day(self.today).human()
        ));

        ui.add_space(8.0);
        let blocker = self.blocker();
        let mut outcome = Outcome::Editing;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(blocker.is_none(), egui::Button::new("Export…"))
                .clicked()
            {
                outcome = Outcome::Export(self.request());
            }
            if ui.button("Cancel").clicked()
                || ui.input(|input| input.key_pressed(egui::Key::Escape))
            {
                outcome = Outcome::Cancel;
            }
            // Beside the buttons, so the dialog does not move as it comes and goes.
            if let Some(reason) = &blocker {
                ui.label(RichText::new(reason).color(ui.visuals().error_fg_color));
            }
        });
        outcome
    }
}

impl AccordApp {
    /// File > Export…: opens the dialog on the open workspace.
    pub(crate) fn open_export_dialog(&mut self) {
        if let Some(workspace) = self.workspace() {
            self.dialog = Some(Dialog::Export(Box::new(ExportDialog::new(
                workspace, self.today,
            ))));
        }
    }

    /// Shows the export dialog; returns it while it stays open.
    pub(crate) fn export_dialog(
        &mut self,
        ctx: &egui::Context,
        mut dialog: Box<ExportDialog>,
    ) -> Option<Dialog> {
        let mut outcome = Outcome::Editing;
        egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
            outcome = dialog.ui(ui);
        });
        match outcome {
            Outcome::Editing => Some(Dialog::Export(dialog)),
            Outcome::Cancel => None,
            Outcome::Export(request) => self.choose_export_path(request),
        }
    }

    /// A country page's "Export briefing…": that country's note, all dates.
    pub(crate) fn export_briefing(&mut self, country: CountryId) {
        let mut options = ExportOptions::all(self.today);
        options.country_ids.push(country);
        let request = ExportRequest {
            format: Format::Markdown,
            options,
        };
        self.dialog = self.choose_export_path(request);
    }

    /// Asks where to save; returns the dialog to show next, if any (the
    /// typed-path one where no native dialog is available).
    fn choose_export_path(&mut self, request: ExportRequest) -> Option<Dialog> {
        let workspace = self.workspace()?;
        let suggested =
            crate::export::suggested_file_name(workspace, &request.options, request.format);
        match self
            .chooser
            .choose_save(&suggested, request.format.extension())
        {
            Choice::Path(path) => {
                self.start_export(path, request);
                None
            }
            Choice::Cancelled => None,
            Choice::Unavailable => {
                self.pending_export = Some(request);
                Some(Dialog::Path {
                    purpose: PathPurpose::Export,
                    text: suggested,
                })
            }
        }
    }

    /// Makes and writes the export off the UI thread; [`JobResult::Exported`]
    /// reports the outcome.
    pub(crate) fn start_export(&mut self, path: PathBuf, request: ExportRequest) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        // A shared snapshot: the export is of this state whatever is edited
        // next, and an edit meanwhile copies on write instead of this.
        let workspace = session.shared_workspace();
        let sender = self.jobs_sender.clone();
        self.jobs_running += 1;
        self.status = format!("Exporting to {}…", path.display());
        std::thread::spawn(move || {
            let result = crate::export::render(&workspace, &request.options, request.format)
                .map_err(|error| error.to_string())
                .and_then(|bytes| {
                    storage::write_atomically(&path, &bytes).map_err(|error| error.to_string())
                });
            let _ = sender.send(JobResult::Exported(path, result));
        });
    }
}
