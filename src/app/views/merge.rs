//! File > Merge a copy…: the preview of a merge before anything changes.
//! What each copy did, every record coming in, and every conflict side by
//! side (base, mine, theirs) with a choice per field; nothing is applied
//! until Apply merge, which is one undoable step.

use std::path::PathBuf;

use egui::{RichText, Ui};
use serde_json::Value;

use crate::app::merging::PlannedMerge;
use crate::merge::{Choice, Conflict, MergeKind, Side, Subject, changed_text, value_text};

/// The preview of a planned merge, while the officer decides.
#[derive(Clone, Debug)]
pub struct MergePreview {
    planned: PlannedMerge,
    theirs_path: PathBuf,
    /// The text typed for each conflict's own value, by conflict.
    edited_text: Vec<String>,
}

/// What the officer did with the preview this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewOutcome {
    /// Still choosing: the preview stays open.
    Open,
    /// Close without merging; this copy is unchanged.
    Cancel,
    /// Apply merge: the plan, with the choices made, goes to the commit point as one undo step.
    Apply,
}

const ROW_HEIGHT: f32 = 20.0;
const CONFLICT_HEIGHT: f32 = 5.0 * ROW_HEIGHT + 12.0;

impl MergePreview {
    pub(crate) fn new(planned: PlannedMerge, theirs_path: PathBuf) -> Self {
        let edited_text = planned
            .merge
            .conflicts()
            .iter()
            .map(|conflict| conflict.ours.as_ref().map(plain_text).unwrap_or_default())
            .collect();
        Self {
            planned,
            theirs_path,
            edited_text,
        }
    }

    /// The other copy's file name, as the officer knows it.
    pub fn file_name(&self) -> String {
        self.theirs_path.file_name().map_or_else(
            || self.theirs_path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// The plan with the choices made, to apply.
    pub(crate) fn into_planned(self) -> PlannedMerge {
        self.planned
    }

    /// Draws the preview with its conflicts and reports what the officer did this frame.
    pub fn ui(&mut self, ui: &mut Ui) -> PreviewOutcome {
        let name = self.file_name();
        if self.planned.merge.is_resolution() {
            crate::app::a11y::heading(ui, format!("Resolve the conflicts recorded in {name}"));
            ui.label("A merge outside the app (accord merge or git) left these for you to decide. Until you apply, the file holds the value shown as held in each.");
        } else {
            crate::app::a11y::heading(ui, format!("Merge {name} into this workspace"));
            ui.label(crate::merge::base::origin_text(self.planned.merge.origin()));
            ui.label(self.planned.merge.changes_text());
        }
        ui.separator();

        let mut outcome = PreviewOutcome::Open;
        ui.horizontal(|ui| {
            let conflicts = !self.planned.merge.conflicts().is_empty();
            if ui.button("Apply merge").clicked() {
                outcome = PreviewOutcome::Apply;
            }
            if ui
                .add_enabled(conflicts, egui::Button::new("All mine"))
                .clicked()
            {
                self.planned.merge.choose_all(Side::Ours);
            }
            if ui
                .add_enabled(conflicts, egui::Button::new("All theirs"))
                .clicked()
            {
                self.planned.merge.choose_all(Side::Theirs);
            }
            if ui.button("Cancel").clicked() {
                outcome = PreviewOutcome::Cancel;
            }
        });
        ui.separator();

        let conflicts = self.planned.merge.conflicts().len();
        ui.label(
            RichText::new(match conflicts {
                0 => "No conflicts".to_owned(),
                1 => "1 conflict".to_owned(),
                n => format!("{n} conflicts"),
            })
            .strong(),
        );
        if conflicts > 0 {
            let height = (ui.available_height() * 0.6).max(CONFLICT_HEIGHT);
            egui::ScrollArea::vertical()
                .id_salt("merge conflicts")
                .max_height(height)
                .auto_shrink([false, true])
                .show_rows(ui, CONFLICT_HEIGHT, conflicts, |ui, range| {
                    for index in range {
                        self.conflict_ui(ui, index);
                    }
                });
            ui.separator();
        }

        let incoming = self.planned.merge.incoming();
        ui.label(
            RichText::new(format!(
                "Coming in: {}",
                crate::app::bars::count_of(incoming.len(), "record")
            ))
            .strong(),
        );
        egui::ScrollArea::vertical()
            .id_salt("merge incoming")
            .auto_shrink([false, true])
            .show_rows(ui, ROW_HEIGHT, incoming.len(), |ui, range| {
                for record in &incoming[range] {
                    ui.label(record.describe());
                }
            });
        outcome
    }

    fn conflict_ui(&mut self, ui: &mut Ui, index: usize) {
        let Some(conflict) = self.planned.merge.conflicts().get(index).cloned() else {
            return;
        };
        ui.group(|ui| {
            ui.set_min_height(CONFLICT_HEIGHT - 12.0);
            ui.label(RichText::new(conflict_title(&conflict)).strong());
            if let Some(who) = who_changed(&conflict) {
                ui.add(egui::Label::new(RichText::new(who).weak()).truncate());
            }
            if conflict.is_about_deletion() {
                let (keep_side, delete_side) = if conflict.ours.is_some() {
                    (Choice::Ours, Choice::Theirs)
                } else {
                    (Choice::Theirs, Choice::Ours)
                };
                let mut choice = conflict.choice.clone();
                ui.radio_value(&mut choice, keep_side, "Keep the record");
                ui.radio_value(&mut choice, delete_side, "Delete it");
                if choice != conflict.choice {
                    self.planned.merge.choose(index, choice);
                }
                return;
            }
            if self.planned.merge.kind() == MergeKind::ThreeWay {
                let base = value_text(conflict.base.as_ref());
                ui.add(egui::Label::new(format!("Before: {}", shortened(&base))).truncate())
                    .on_hover_text(base);
            }
            let mut choice = conflict.choice.clone();
            for (side, verb, value) in [
                (Choice::Ours, "Keep mine", &conflict.ours),
                (Choice::Theirs, "Take theirs", &conflict.theirs),
            ] {
                let full = value_text(value.as_ref());
                ui.radio_value(&mut choice, side, format!("{verb}: {}", shortened(&full)))
                    .on_hover_text(full);
            }
            if is_text(&conflict) {
                ui.horizontal(|ui| {
                    let editing = matches!(choice, Choice::Edited(_));
                    let edit = ui.radio(editing, "Edit");
                    let text = &mut self.edited_text[index];
                    let field = ui
                        .add(egui::TextEdit::singleline(text).desired_width(320.0))
                        .labelled_by(edit.id);
                    if edit.clicked() || field.changed() {
                        choice = Choice::Edited(Value::String(text.clone()));
                    }
                });
            }
            if choice != conflict.choice {
                self.planned.merge.choose(index, choice);
            }
        });
    }
}

fn conflict_title(conflict: &Conflict) -> String {
    let subject = match conflict.subject {
        Subject::Record(id) => format!(
            "{} {}",
            crate::model::capitalised(id.kind().noun()),
            conflict.label
        ),
        Subject::Settings => "Workspace settings".to_owned(),
    };
    if conflict.is_about_deletion() {
        let (deleted, changed) = if conflict.ours.is_none() {
            ("here", "in the other copy")
        } else {
            ("in the other copy", "here")
        };
        format!("{subject}: deleted {deleted}, changed {changed}")
    } else {
        format!("{subject}: {}", conflict.field.join(" › "))
    }
}

/// "Mine changed by Leyla Məmmədova on 3 December 2026; theirs changed by
/// Orxan Əliyev on 4 December 2026", as far as each copy recorded it.
fn who_changed(conflict: &Conflict) -> Option<String> {
    let parts: Vec<String> = [
        ("Mine", conflict.ours_changed.as_ref()),
        ("theirs", conflict.theirs_changed.as_ref()),
    ]
    .into_iter()
    .filter_map(|(whose, stamp)| {
        let said = changed_text(stamp);
        // changed_text says " (changed …)": here it stands as a clause.
        let said = said.trim().trim_start_matches('(').trim_end_matches(')');
        (!said.is_empty()).then(|| format!("{whose} {said}"))
    })
    .collect();
    (!parts.is_empty()).then(|| crate::model::capitalised(&parts.join("; ")))
}

/// Only a text (or empty) value can be typed in place.
fn is_text(conflict: &Conflict) -> bool {
    [&conflict.ours, &conflict.theirs]
        .iter()
        .all(|value| matches!(value, None | Some(Value::String(_))))
}

/// Values can be whole paragraphs: each choice keeps to one line, with the
/// full text on hover.
fn shortened(text: &str) -> String {
    const MOST: usize = 90;
    if text.chars().count() <= MOST {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(MOST).collect();
    short.push('…');
    short.replace('\n', " ")
}

fn plain_text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}
