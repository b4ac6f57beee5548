//! Forms: each edits a copy of a record (the draft), validated as you type,
//! and is committed with Save (Enter) or dropped with Cancel (Escape).

pub mod fields;
mod records;

use egui::{Key, RichText, Ui};

use crate::model::validate::record_problems;
use crate::model::{AnyRecord, Workspace};
use fields::FieldState;

/// What the user decided in a form this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    Editing,
    Save,
    Cancel,
}

/// An open form.
#[derive(Debug)]
pub struct Form {
    pub draft: AnyRecord,
    /// Adding a new record rather than editing one.
    pub is_new: bool,
    pub fields: FieldState,
}

impl Form {
    pub fn new(draft: AnyRecord, is_new: bool) -> Self {
        Self {
            draft,
            is_new,
            fields: FieldState::default(),
        }
    }

    /// The reasons the draft cannot be saved (empty when it can).
    pub fn blocking_problems(&self) -> Vec<String> {
        self.fields.blocking_problems()
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        today: chrono::NaiveDate,
    ) -> FormOutcome {
        self.fields.begin_pass(today);
        let noun = match &self.draft {
            AnyRecord::Document(document) => document.kind.label().to_lowercase(),
            AnyRecord::Meeting(meeting) => meeting.kind.label().to_lowercase(),
            other => other.id().kind().noun().to_owned(),
        };
        let heading = if self.is_new {
            format!("New {noun}")
        } else {
            format!("Edit {noun}")
        };
        ui.heading(heading);
        ui.add_space(4.0);
        let fields = &mut self.fields;
        let draft = &mut self.draft;
        egui::ScrollArea::vertical()
            .id_salt("form")
            .max_height(ui.available_height() - 48.0)
            .show(ui, |ui| {
                egui::Grid::new("form_grid")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .striped(false)
                    .show(ui, |ui| match draft {
                        AnyRecord::Country(record) => {
                            records::country(ui, fields, workspace, record)
                        }
                        AnyRecord::Institution(record) => {
                            records::institution(ui, fields, workspace, record);
                        }
                        AnyRecord::Person(record) => records::person(ui, fields, workspace, record),
                        AnyRecord::Document(record) => {
                            records::document(ui, fields, workspace, record);
                        }
                        AnyRecord::Activity(record) => {
                            records::activity(ui, fields, workspace, record);
                        }
                        AnyRecord::Commission(record) => {
                            records::commission(ui, fields, workspace, record);
                        }
                        AnyRecord::Meeting(record) => {
                            records::meeting(ui, fields, workspace, record)
                        }
                        AnyRecord::Indicator(record) => {
                            records::indicator(ui, fields, workspace, record);
                        }
                        AnyRecord::Source(record) => records::source(ui, fields, record),
                    });
            });
        // A record just made from a picker is added after this pass, so
        // the draft's reference to it shows as missing for this one frame.
        self.fields.problems = record_problems(workspace, &self.draft);

        let problems = self.blocking_problems();
        let mut outcome = FormOutcome::Editing;
        ui.separator();
        ui.horizontal(|ui| {
            let save = ui.add_enabled(problems.is_empty(), egui::Button::new("Save"));
            if save.clicked() {
                outcome = FormOutcome::Save;
            }
            if ui.button("Cancel").clicked() {
                outcome = FormOutcome::Cancel;
            }
            if let Some(first) = problems.first() {
                let more = match problems.len() {
                    1 => String::new(),
                    count => format!(" (and {} more)", count - 1),
                };
                ui.label(
                    RichText::new(format!("Cannot save: {first}{more}"))
                        .color(ui.visuals().error_fg_color),
                );
            }
        });
        let typing_newline = self.fields.multiline_focused;
        let any_popup_open = egui::Popup::is_any_open(ui.ctx());
        if !any_popup_open {
            if ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, Key::Escape)) {
                outcome = FormOutcome::Cancel;
            } else if !typing_newline
                && problems.is_empty()
                && ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, Key::Enter))
            {
                outcome = FormOutcome::Save;
            }
        }
        outcome
    }
}
