//! The widgets forms are made of: labelled text, choices and editable
//! lists here; partial dates and numbers that change only when their text
//! parses in `typed.rs`; reference pickers with type-to-search and "create
//! new…" in `picker.rs`. Each input is labelled for screen readers.

mod picker;
mod typed;

pub use picker::{reference, reference_list};
pub use typed::{date, decimal, number, parsed, period, required_period};

use std::collections::{BTreeMap, HashMap};

use egui::{RichText, TextEdit, Ui};

use crate::model::{AnyRecord, Field, FieldPath, FieldProblem};
use picker::PickerMatches;

/// Per-form state that is not part of the record: the text typed in date
/// fields (which may not parse yet), picker searches, and the problems
/// found on the last pass.
#[derive(Clone, Debug, Default)]
pub struct FieldState {
    date_texts: HashMap<FieldPath, String>,
    date_errors: BTreeMap<FieldPath, String>,
    searches: HashMap<FieldPath, String>,
    /// Each open picker's matches for its search, kept until the search or
    /// the records change: a picker over 30,000 documents must not scan
    /// them every frame.
    picker_matches: HashMap<FieldPath, PickerMatches>,
    /// Problems with the draft as a whole, by field path.
    pub problems: Vec<FieldProblem>,
    /// Records created from inside a picker this pass, to be added.
    pub created: Vec<AnyRecord>,
    /// A multi-line field has focus, so Enter types a newline, not Save.
    pub multiline_focused: bool,
    /// Today, as the app's clock has it: where an empty date's picker opens.
    today: chrono::NaiveDate,
}

impl FieldState {
    /// Starts a pass on `today`: date errors are found afresh.
    pub fn begin_pass(&mut self, today: chrono::NaiveDate) {
        self.today = today;
        self.date_errors.clear();
        self.multiline_focused = false;
    }

    /// Every reason the form cannot be saved, field by field.
    pub fn blocking_problems(&self) -> Vec<String> {
        self.date_errors
            .iter()
            .map(|(field, error)| format!("{field}: {error}"))
            .chain(self.problems.iter().map(ToString::to_string))
            .collect()
    }

    fn problem(&self, path: &FieldPath) -> Option<String> {
        if let Some(error) = self.date_errors.get(path) {
            return Some(error.clone());
        }
        self.problems
            .iter()
            .find(|problem| problem.field.is_in(path))
            .map(|problem| problem.message.clone())
    }
}

/// Shows the problem with a field, if any, in the error colour.
fn show_problem(ui: &mut Ui, fields: &FieldState, path: &FieldPath) {
    if let Some(problem) = fields.problem(path) {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
}

/// A labelled single-line text field; `path` names it in problems.
pub fn text(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: impl Into<FieldPath>,
    value: &mut String,
) {
    let path = path.into();
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        ui.add(TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(label_id);
        show_problem(ui, fields, &path);
    });
    ui.end_row();
}

/// A labelled multi-line text field.
pub fn multiline(ui: &mut Ui, fields: &mut FieldState, label: &str, value: &mut String) {
    let label_id = ui.label(label).id;
    let response = ui
        .add(
            TextEdit::multiline(value)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label_id);
    fields.multiline_focused |= response.has_focus();
    ui.end_row();
}

/// A drop-down choice among a closed vocabulary.
pub fn choice<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    all: &[T],
) {
    let label_id = ui.label(label).id;
    egui::ComboBox::from_id_salt(label)
        .selected_text(value.to_string())
        .show_ui(ui, |ui| {
            for option in all {
                ui.selectable_value(value, *option, option.to_string());
            }
        })
        .response
        .labelled_by(label_id);
    ui.end_row();
}

/// What a row's buttons asked for.
#[derive(Clone, Copy, Debug)]
pub enum RowChange {
    Up(usize),
    Down(usize),
    Remove(usize),
}

/// Move up, move down and remove buttons for row `index` of `len`.
pub fn row_buttons(ui: &mut Ui, index: usize, len: usize) -> Option<RowChange> {
    let mut change = None;
    if ui
        .add_enabled(index > 0, egui::Button::new("↑").small())
        .on_hover_text("Move up")
        .clicked()
    {
        change = Some(RowChange::Up(index));
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new("↓").small())
        .on_hover_text("Move down")
        .clicked()
    {
        change = Some(RowChange::Down(index));
    }
    if ui.small_button("Remove").clicked() {
        change = Some(RowChange::Remove(index));
    }
    change
}

/// Applies a row change to a list.
pub fn apply_row_change<T>(values: &mut Vec<T>, change: Option<RowChange>) {
    match change {
        Some(RowChange::Up(index)) if index > 0 => values.swap(index, index - 1),
        Some(RowChange::Down(index)) if index + 1 < values.len() => values.swap(index, index + 1),
        Some(RowChange::Remove(index)) if index < values.len() => drop(values.remove(index)),
        _ => {}
    }
}

/// A list of structured items, each edited by `item_ui` in its own group.
pub fn item_list<T>(
    ui: &mut Ui,
    label: &str,
    add_label: &str,
    values: &mut Vec<T>,
    new_item: impl FnOnce() -> T,
    mut item_ui: impl FnMut(&mut Ui, usize, &mut T),
) {
    ui.label(label);
    ui.vertical(|ui| {
        let len = values.len();
        let mut change = None;
        for (index, value) in values.iter_mut().enumerate() {
            ui.group(|ui| {
                item_ui(ui, index, value);
                ui.horizontal(|ui| change = change.or(row_buttons(ui, index, len)));
            });
        }
        apply_row_change(values, change);
        if ui.button(add_label).clicked() {
            values.push(new_item());
        }
    });
    ui.end_row();
}

/// A list of short texts (aliases, topics, spelling variants).
pub fn text_list(ui: &mut Ui, label: &str, path: Field, values: &mut Vec<String>) {
    ui.label(label);
    ui.vertical(|ui| {
        let len = values.len();
        let mut change = None;
        for (index, value) in values.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(value)
                        .hint_text(format!("{label} {}", index + 1))
                        .id_salt(path.at(index)),
                );
                change = change.or(row_buttons(ui, index, len));
            });
        }
        apply_row_change(values, change);
        if ui
            .button(format!("Add to {}", label.to_lowercase()))
            .clicked()
        {
            values.push(String::new());
        }
    });
    ui.end_row();
}
