//! File > Merge a copy…: the preview of a merge before anything changes.
//! What each copy did, every record coming in, and every conflict side by
//! side (base, mine, theirs) with a choice per field; nothing is applied
//! until Apply merge, which is one undoable step.

use std::path::PathBuf;

use egui::{RichText, Ui};
use serde_json::Value;

use crate::app::merging::PlannedMerge;
use crate::merge::{
    Arrival, BaseOrigin, Choice, Conflict, IncomingRecord, Merge, MergeKind, Side, Subject,
};
use crate::model::Stamp;
use crate::tr;

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
            crate::app::a11y::heading(ui, tr!("tools-merge-resolve-heading", name = &name));
            ui.label(tr!("tools-merge-resolve-intro"));
        } else {
            crate::app::a11y::heading(ui, tr!("tools-merge-heading", name = &name));
            ui.label(origin_text(self.planned.merge.origin()));
            ui.label(changes_text(&self.planned.merge));
        }
        ui.separator();

        let mut outcome = PreviewOutcome::Open;
        ui.horizontal(|ui| {
            let conflicts = !self.planned.merge.conflicts().is_empty();
            if ui.button(tr!("tools-merge-apply")).clicked() {
                outcome = PreviewOutcome::Apply;
            }
            if ui
                .add_enabled(conflicts, egui::Button::new(tr!("tools-merge-all-mine")))
                .clicked()
            {
                self.planned.merge.choose_all(Side::Ours);
            }
            if ui
                .add_enabled(conflicts, egui::Button::new(tr!("tools-merge-all-theirs")))
                .clicked()
            {
                self.planned.merge.choose_all(Side::Theirs);
            }
            if ui.button(tr!("common-cancel")).clicked() {
                outcome = PreviewOutcome::Cancel;
            }
        });
        ui.separator();

        let conflicts = self.planned.merge.conflicts().len();
        ui.label(RichText::new(tr!("tools-merge-conflicts", count = conflicts)).strong());
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
        ui.label(RichText::new(tr!("tools-merge-coming-in", count = incoming.len())).strong());
        egui::ScrollArea::vertical()
            .id_salt("merge incoming")
            .auto_shrink([false, true])
            .show_rows(ui, ROW_HEIGHT, incoming.len(), |ui, range| {
                for record in &incoming[range] {
                    ui.label(describe(record));
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
                ui.radio_value(&mut choice, keep_side, tr!("tools-merge-keep-record"));
                ui.radio_value(&mut choice, delete_side, tr!("tools-merge-delete-it"));
                if choice != conflict.choice {
                    self.planned.merge.choose(index, choice);
                }
                return;
            }
            if self.planned.merge.kind() == MergeKind::ThreeWay {
                let base = value_text(conflict.base.as_ref());
                ui.add(
                    egui::Label::new(tr!("tools-merge-before", value = shortened(&base)))
                        .truncate(),
                )
                .on_hover_text(base);
            }
            let mut choice = conflict.choice.clone();
            for (side, value) in [
                (Choice::Ours, &conflict.ours),
                (Choice::Theirs, &conflict.theirs),
            ] {
                let full = value_text(value.as_ref());
                let short = shortened(&full);
                let label = if side == Choice::Ours {
                    tr!("tools-merge-keep-mine", value = short)
                } else {
                    tr!("tools-merge-take-theirs", value = short)
                };
                ui.radio_value(&mut choice, side, label).on_hover_text(full);
            }
            if is_text(&conflict) {
                ui.horizontal(|ui| {
                    let editing = matches!(choice, Choice::Edited(_));
                    let edit = ui.radio(editing, tr!("common-edit"));
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
        Subject::Record(id) => tr!(
            "tools-merge-record",
            kind = crate::model::capitalised(&crate::query::kind_noun(id.kind())),
            label = &conflict.label
        ),
        Subject::Settings => tr!("tools-merge-settings"),
    };
    if conflict.is_about_deletion() {
        if conflict.ours.is_none() {
            tr!("tools-merge-deleted-here", subject = subject)
        } else {
            tr!("tools-merge-deleted-there", subject = subject)
        }
    } else {
        format!(
            "{subject}: {}",
            crate::model::Field::words_of_keys(&conflict.field)
        )
    }
}

/// "Mine changed by Leyla Məmmədova on 3 December 2026; theirs changed by
/// Orxan Əliyev on 4 December 2026", as far as each copy recorded it.
fn who_changed(conflict: &Conflict) -> Option<String> {
    let said = |stamp: &Stamp, by_id: bool| {
        let date = crate::i18n::dates::day(stamp.at.date_naive());
        match (&stamp.by, by_id) {
            (Some(name), true) => tr!("tools-merge-mine-changed-by", name = name, date = date),
            (None, true) => tr!("tools-merge-mine-changed", date = date),
            (Some(name), false) => {
                tr!("tools-merge-theirs-changed-by", name = name, date = date)
            }
            (None, false) => tr!("tools-merge-theirs-changed", date = date),
        }
    };
    let parts: Vec<String> = [
        conflict
            .ours_changed
            .as_ref()
            .map(|stamp| said(stamp, true)),
        conflict
            .theirs_changed
            .as_ref()
            .map(|stamp| said(stamp, false)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| crate::model::capitalised(&parts.join("; ")))
}

/// The first sentence of the summary: which kind of merge it is, and why.
fn origin_text(origin: BaseOrigin) -> String {
    // The first eight digits of a version id, as a person compares them.
    let short = |id: crate::model::VersionId| id.to_string().chars().take(8).collect::<String>();
    match origin {
        BaseOrigin::Given => tr!("tools-merge-origin-given"),
        BaseOrigin::Kept(id) => tr!("tools-merge-origin-kept", version = short(id)),
        BaseOrigin::OneCopy(id) => tr!("tools-merge-origin-one-copy", version = short(id)),
        BaseOrigin::NotKept(id) => tr!("tools-merge-origin-not-kept", version = short(id)),
        BaseOrigin::Unrelated => tr!("tools-merge-origin-unrelated"),
    }
}

/// What each copy did, in a line: "This copy: 1 added, 2 changed, 0
/// deleted. The other copy: …". Without a base nobody's edits can be
/// told apart, only where the copies differ.
fn changes_text(merge: &Merge) -> String {
    let ours = merge.changes_of(Side::Ours);
    let theirs = merge.changes_of(Side::Theirs);
    match merge.kind() {
        MergeKind::ThreeWay => tr!(
            "tools-merge-changes-three-way",
            ours_added = ours.added,
            ours_changed = ours.changed,
            ours_deleted = ours.deleted,
            theirs_added = theirs.added,
            theirs_changed = theirs.changed,
            theirs_deleted = theirs.deleted
        ),
        MergeKind::TwoWay => tr!(
            "tools-merge-changes-two-way",
            ours = ours.added,
            theirs = theirs.added,
            both = ours.changed
        ),
    }
}

/// "Added: source Notes from the Bucharest trip".
fn describe(record: &IncomingRecord) -> String {
    let kind = crate::query::kind_noun(record.id.kind());
    let label = &record.label;
    match record.arrival {
        Arrival::Added => tr!("tools-merge-added", kind = kind, label = label),
        Arrival::Changed => tr!("tools-merge-changed", kind = kind, label = label),
        Arrival::Deleted => tr!("tools-merge-deleted", kind = kind, label = label),
        Arrival::Combined => tr!("tools-merge-combined", kind = kind, label = label),
    }
}

/// A field's value as a person reads it: text in quotes, "empty" for none.
fn value_text(value: Option<&Value>) -> String {
    match value {
        None => tr!("tools-merge-empty"),
        Some(Value::String(text)) => format!("{text:?}"),
        Some(other) => other.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, with_language};
    use crate::model::{Country, Workspace};

    /// Ours holds one country, theirs three others: a two-way merge.
    fn merge() -> Merge {
        let now = chrono::Utc::now();
        let mut ours = Workspace::new("test");
        let _ = ours.add(Country::new("Romania", now), now).unwrap();
        let mut theirs = Workspace::new("test");
        for name in ["Türkiye", "Georgia", "Moldova"] {
            let _ = theirs.add(Country::new(name, now), now).unwrap();
        }
        Merge::plan(None, &ours, &theirs)
    }

    #[test]
    fn the_summary_counts_in_each_languages_way() {
        let merge = merge();
        assert_eq!(
            changes_text(&merge),
            "Only in this copy: 1 record. Only in the other copy: 3 records. \
             In both but different: 0 records."
        );
        assert_eq!(
            with_language(Language::Russian, || changes_text(&merge)),
            "Только в этой копии: 1 запись. Только в другой копии: 3 записи. \
             Есть в обеих, но различаются: 0 записей."
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || changes_text(&merge)),
            "Yalnız bu nüsxədə: 1 qeyd. Yalnız digər nüsxədə: 3 qeyd. \
             Hər ikisində var, lakin fərqlidir: 0 qeyd."
        );
        assert_eq!(tr!("tools-merge-conflicts", count = 0), "No conflicts");
        assert_eq!(tr!("tools-merge-conflicts", count = 1), "1 conflict");
        let russian: Vec<String> = with_language(Language::Russian, || {
            [0, 1, 3, 5, 22]
                .into_iter()
                .map(|count| tr!("tools-merge-conflicts", count = count))
                .collect()
        });
        assert_eq!(
            russian,
            [
                "Конфликтов нет",
                "1 конфликт",
                "3 конфликта",
                "5 конфликтов",
                "22 конфликта"
            ]
        );
    }

    #[test]
    fn incoming_records_are_named_by_kind() {
        let merge = merge();
        let turkey = merge
            .incoming()
            .iter()
            .find(|record| record.label == "Türkiye")
            .expect("Türkiye comes in");
        assert_eq!(describe(turkey), "Added: country Türkiye");
        assert_eq!(
            with_language(Language::Russian, || describe(turkey)),
            "Добавлено: страна Türkiye"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || describe(turkey)),
            "Əlavə edildi: ölkə Türkiye"
        );
    }
}
