//! The widgets forms are made of: labelled text, choices and editable
//! lists here; partial dates and numbers that change only when their text
//! parses in `typed.rs`; reference pickers with type-to-search and "create
//! new…" in `picker.rs`. Each input is labelled for screen readers.

mod picker;
mod typed;

pub use picker::{reference, reference_list};
pub use typed::{date, decimal, number, parsed, period, required_period};

use std::collections::{BTreeMap, HashMap, HashSet};

use egui::{Align, Layout, RichText, TextEdit, TextWrapMode, Ui};

use crate::app::views::text_size;
use crate::model::{AnyRecord, CountryId, Field, FieldPath, FieldProblem, PartialDate};
use crate::tr;
use picker::PickerMatches;

/// The label column never takes more than this share of a row.
const LABEL_SHARE: f32 = 0.4;

/// Per-form state that is not part of the record: the text typed in date
/// fields (which may not parse yet), picker searches, and the problems
/// found on the last pass.
#[derive(Clone, Debug, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about one pass of a form (save tried, a pop-up open, …)"
)]
pub struct FieldState {
    date_texts: HashMap<FieldPath, String>,
    date_errors: BTreeMap<FieldPath, String>,
    /// The value each date field had when last drawn: one changed since
    /// was changed elsewhere, and its text follows.
    date_values: HashMap<FieldPath, Option<PartialDate>>,
    searches: HashMap<FieldPath, String>,
    /// Each open picker's matches for its search, kept until the search or
    /// the records change: a picker over 30,000 documents must not scan
    /// them every frame.
    picker_matches: HashMap<FieldPath, PickerMatches>,
    /// Each open picker's highlighted choice, moved with ↑ and ↓.
    highlights: HashMap<FieldPath, usize>,
    /// The country chosen in place for "Create institution …", by picker.
    create_countries: HashMap<FieldPath, CountryId>,
    /// The picker whose "Another country…" list is open.
    choosing_country: Option<FieldPath>,
    /// The countries the form and the page are about, most telling first:
    /// where an institution made from a picker most likely belongs.
    pub context_countries: Vec<CountryId>,
    /// Problems with the draft as a whole, by field path.
    pub problems: Vec<FieldProblem>,
    /// Records created from inside a picker this pass, to be added.
    pub created: Vec<AnyRecord>,
    /// A multi-line field has focus, so Enter types a newline, not Save.
    pub multiline_focused: bool,
    /// A day picker is open: Escape closes it, not the form.
    pub inner_popup_open: bool,
    /// One of the form's text fields has the keyboard focus this pass:
    /// Escape leaves it before it closes the form.
    pub text_field_focused: bool,
    /// Fields the user has typed in or left: their problems show. The
    /// rest wait for a Save try, so a new form does not open in red.
    touched: HashSet<FieldPath>,
    /// Save was tried with problems: every problem shows.
    pub save_tried: bool,
    /// Which text field takes the keyboard focus on the next pass.
    focus_request: Option<FocusRequest>,
    /// A field took up `focus_request` in this pass.
    focus_claimed: bool,
    /// Today, as the app's clock has it: where an empty date's picker opens.
    today: chrono::NaiveDate,
    /// The widest label of the last pass, for the label column.
    widest_label: f32,
    /// The widest label seen so far in this pass.
    widest_label_this_pass: f32,
    /// The field that last had the keyboard focus: where a fact clicked in
    /// the source's text goes.
    last_focused: Option<FieldPath>,
    /// A fact's text on its way into the field at its path, taken by that
    /// field on its next pass.
    fill: Option<(FieldPath, String)>,
}

/// Where the keyboard focus goes when a form opens or a row is added.
#[derive(Clone, Debug)]
pub enum FocusRequest {
    /// The form's first text field (a form just opened).
    First,
    /// The first text field at or inside this path (a new row, the first
    /// field with a problem).
    Within(FieldPath),
}

/// A field's problem as a person says it: "Position 1: the title is
/// missing", never `positions[0].title: is required`.
fn in_words(path: &FieldPath, message: &str) -> String {
    let field = path.in_words();
    // The model's message follows the field ("is required", "must be
    // …"); the sentence around both is the interface's language's.
    let sentence = if let Some(rest) = message.strip_prefix("is required") {
        tr!("forms-problem-missing", field = field, rest = rest)
    } else if message.starts_with("is ") || message.starts_with("must ") {
        tr!("forms-problem-is", field = field, message = message)
    } else {
        // "Signed on: "2022-13" is not a valid month".
        tr!(
            "forms-problem-of",
            field = field.replacen("the ", "", 1),
            message = message
        )
    };
    crate::model::capitalised(&sentence)
}

impl FieldState {
    /// State for a form that just opened: its first field takes the focus.
    pub fn new() -> Self {
        Self {
            focus_request: Some(FocusRequest::First),
            ..Self::default()
        }
    }

    /// Asks for the focus to go to the first text field in `path`.
    pub fn focus_within(&mut self, path: FieldPath) {
        self.focus_request = Some(FocusRequest::Within(path));
    }

    /// Focuses a text field if it is the one asked for (until it has the
    /// focus: a pass that egui discards drops a request), and notes it
    /// touched once typed in or left.
    fn track(&mut self, path: Option<&FieldPath>, response: &egui::Response) {
        self.text_field_focused |= response.has_focus();
        if let Some(path) = path {
            self.note_focus(path, response);
        }
        let wanted = !self.focus_claimed
            && match (&self.focus_request, path) {
                (Some(FocusRequest::First), _) => true,
                (Some(FocusRequest::Within(outer)), Some(path)) => path.starts_with(outer),
                _ => false,
            };
        if wanted {
            self.focus_claimed = true;
            // Done once it has the focus, or once the officer put the
            // focus somewhere else: never taken back from them.
            let focus_elsewhere = response.ctx.memory(|memory| memory.focused().is_some());
            if response.has_focus() || focus_elsewhere {
                self.focus_request = None;
            } else {
                response.request_focus();
            }
        }
        if let Some(path) = path
            && (response.changed() || response.lost_focus())
        {
            self.touched.insert(path.clone());
        }
    }

    /// Remembers the field at `path` as the last focused while it has the
    /// focus: a fact clicked in the source's text goes there. (A picker
    /// notes its focus so, without taking the form's first focus.)
    fn note_focus(&mut self, path: &FieldPath, response: &egui::Response) {
        if response.has_focus() {
            self.last_focused = Some(path.clone());
        }
    }

    /// Sends `text` (a fact clicked in the source's text) to the field
    /// that last had the focus; false when none had it yet.
    pub fn fill_last_focused(&mut self, text: String) -> bool {
        let Some(path) = self.last_focused.clone() else {
            return false;
        };
        self.focus_within(path.clone());
        self.fill = Some((path, text));
        true
    }

    /// The text to put into the field at `path`, once, if a fact was sent
    /// to it; the field counts as touched.
    fn take_fill(&mut self, path: &FieldPath) -> Option<String> {
        if self.fill.as_ref().is_some_and(|(target, _)| target == path) {
            self.touched.insert(path.clone());
            return self.fill.take().map(|(_, text)| text);
        }
        None
    }

    /// The path of the first problem, where a failed Save sends the focus.
    pub fn first_problem_path(&self) -> Option<FieldPath> {
        self.date_errors
            .keys()
            .next()
            .cloned()
            .or_else(|| self.problems.first().map(|problem| problem.field.clone()))
    }

    /// Starts a pass on `today`: date errors are found afresh.
    pub fn begin_pass(&mut self, today: chrono::NaiveDate) {
        self.today = today;
        self.date_errors.clear();
        self.multiline_focused = false;
        self.inner_popup_open = false;
        self.text_field_focused = false;
        self.focus_claimed = false;
        self.widest_label_this_pass = 0.0;
    }

    /// Ends a pass: the label column takes the width of its widest label.
    pub fn end_pass(&mut self) {
        self.widest_label = self.widest_label_this_pass;
    }

    /// Some field holds typed text that does not parse, so is not in the
    /// draft yet: closing the form would lose it.
    pub fn has_unparsed_text(&self) -> bool {
        !self.date_errors.is_empty()
    }

    /// Every reason the form cannot be saved, field by field.
    pub fn blocking_problems(&self) -> Vec<String> {
        self.date_errors
            .iter()
            .map(|(field, error)| in_words(field, error))
            .chain(
                self.problems
                    .iter()
                    .map(|problem| in_words(&problem.field, &problem.message)),
            )
            .collect()
    }

    /// The problem to show under the field at `path`: once it was
    /// touched or Save was tried.
    fn problem(&self, path: &FieldPath) -> Option<String> {
        let shown = self.save_tried
            || self
                .touched
                .iter()
                .any(|touched| touched.starts_with(path) || path.starts_with(touched));
        if !shown {
            return None;
        }
        // Under its field, the message needs no field name.
        if let Some(error) = self.date_errors.get(path) {
            return Some(error.clone());
        }
        self.problems
            .iter()
            .find(|problem| problem.field.is_in(path))
            .map(|problem| problem.message.clone())
    }

    /// The width of the label column for a row with `label`: the widest
    /// label of the last pass, at most [`LABEL_SHARE`] of the row; and
    /// whether `label` fits in it on one line. On the first pass the widths
    /// are not known yet, so that pass is discarded rather than shown with
    /// labels jumping.
    fn label_width(&mut self, ui: &Ui, label: &str) -> (f32, bool) {
        let width = text_size(ui, label, egui::TextStyle::Body).x.ceil();
        self.widest_label_this_pass = self.widest_label_this_pass.max(width);
        if width > self.widest_label {
            ui.ctx().request_discard("a form's label column grew");
        }
        let column = self
            .widest_label
            .max(width)
            .min(ui.available_width() * LABEL_SHARE);
        (column, width <= column + 0.5)
    }
}

/// One row of a form: `label` right-aligned in the label column (wrapped
/// onto more lines when too long: Russian and Azerbaijani labels often
/// are, in a narrow panel), and the value drawn by
/// `value` in the rest of the row. The value's `Ui` is exactly as wide as
/// the room left, so a long value or message wraps or truncates inside it
/// and never widens the form; tall values make the row taller.
pub fn row<R>(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    value: impl FnOnce(&mut Ui, &mut FieldState, egui::Id) -> R,
) -> R {
    let (label_width, fits) = fields.label_width(ui, label);
    ui.horizontal_top(|ui| {
        let row_height = ui.spacing().interact_size.y;
        let layout = if fits {
            Layout::right_to_left(Align::Center)
        } else {
            Layout::top_down(Align::Max)
        };
        let label_id = ui
            .allocate_ui_with_layout(egui::vec2(label_width, row_height), layout, |ui| {
                ui.set_min_size(egui::vec2(label_width, row_height));
                ui.set_max_width(label_width);
                ui.add(egui::Label::new(label).wrap()).id
            })
            .inner;
        let value_width = ui.available_width();
        ui.vertical(|ui| {
            ui.set_width(value_width);
            ui.style_mut().wrap_mode = Some(TextWrapMode::Wrap);
            value(ui, fields, label_id)
        })
        .inner
    })
    .inner
}

/// Shows the problem with a field, if any, in the error colour, wrapped
/// to the field's width. For rows of a list, where most rows never have
/// one and a kept line would double the list's height.
fn show_problem(ui: &mut Ui, fields: &FieldState, path: &FieldPath) {
    if let Some(problem) = fields.problem(path) {
        ui.add(egui::Label::new(RichText::new(problem).color(ui.visuals().error_fg_color)).wrap());
    }
}

/// The line under a field: the first problem of `paths` in the error
/// colour, else `note` (such as the date as understood) in a weak colour.
/// The line is kept even when empty and never grows, so that the fields
/// below stay under the pointer when a message comes or goes. A message
/// too long for it is cut with "…" and shows whole on hover, and whole in
/// the "Cannot save: …" line once Save is tried.
///
/// Each of `fields_shown` is a field's path and the id of its input: the
/// input carries its problem as its description and invalid state, and the
/// message is a live region, so a screen reader hears it appear.
fn note_line(
    ui: &mut Ui,
    fields: &FieldState,
    fields_shown: &[(&FieldPath, egui::Id)],
    note: Option<String>,
) {
    for (path, input) in fields_shown {
        crate::app::a11y::describe_problem(ui, *input, fields.problem(path).as_deref());
    }
    // The line sits close under its field, as part of it.
    ui.add_space(-ui.spacing().item_spacing.y / 2.0);
    let one_line = text_size(ui, " ", egui::TextStyle::Body).y;
    let (line, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), one_line),
        egui::Sense::hover(),
    );
    let problem = fields_shown
        .iter()
        .find_map(|(path, _)| fields.problem(path));
    let text = if let Some(problem) = problem {
        RichText::new(problem).color(ui.visuals().error_fg_color)
    } else if let Some(note) = note {
        RichText::new(note).weak()
    } else {
        return;
    };
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(line)
            .layout(Layout::left_to_right(Align::Center)),
        // A cut label shows its whole text on hover by itself.
        |ui| {
            let message = ui.add(egui::Label::new(text).truncate().selectable(false));
            crate::app::a11y::announce(ui, &message, false);
        },
    );
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
    row(ui, fields, label, |ui, fields, label_id| {
        if let Some(filled) = fields.take_fill(&path) {
            *value = filled;
        }
        let response = ui
            .add(
                TextEdit::singleline(value)
                    .id_salt(&path)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label_id);
        fields.track(Some(&path), &response);
        note_line(ui, fields, &[(&path, response.id)], None);
    });
}

/// A labelled multi-line text field.
pub fn multiline(ui: &mut Ui, fields: &mut FieldState, label: &str, value: &mut String) {
    row(ui, fields, label, |ui, fields, label_id| {
        let response = ui
            .add(
                TextEdit::multiline(value)
                    .id_salt(label)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label_id);
        fields.track(None, &response);
        fields.multiline_focused |= response.has_focus();
    });
}

/// A drop-down choice among a closed vocabulary.
pub fn choice<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    value: &mut T,
    all: &[T],
) {
    row(ui, fields, label, |ui, _, label_id| {
        // Wide enough for the longest choice in the interface's language
        // ("Протокол заседания комиссии"), at most the room there is.
        let spacing = ui.spacing();
        let needed = all
            .iter()
            .map(|option| text_size(ui, option.to_string(), egui::TextStyle::Button).x)
            .fold(0.0, f32::max)
            + 2.0 * spacing.button_padding.x
            + spacing.icon_width
            + spacing.icon_spacing;
        egui::ComboBox::from_id_salt(label)
            .selected_text(value.to_string())
            .width(ui.available_width().min(needed.max(220.0)))
            .truncate()
            .show_ui(ui, |ui| {
                for option in all {
                    ui.selectable_value(value, *option, option.to_string());
                }
            })
            .response
            .labelled_by(label_id);
    });
}

/// What a row's buttons asked for.
#[derive(Clone, Copy, Debug)]
pub enum RowChange {
    /// Move row N one place up.
    Up(usize),
    /// Move row N one place down.
    Down(usize),
    /// Remove row N.
    Remove(usize),
}

/// The room a row's ↑, ↓ and Remove take, as the font draws them in the
/// interface's language: a fixed guess wrapped "Remove" onto two lines in
/// a narrow form.
fn row_buttons_width(ui: &Ui) -> f32 {
    let spacing = ui.spacing();
    ["↑".to_owned(), "↓".to_owned(), tr!("common-remove")]
        .into_iter()
        .map(|label| {
            text_size(ui, label, egui::TextStyle::Button).x
                + 2.0 * spacing.button_padding.x
                + spacing.item_spacing.x
        })
        .sum::<f32>()
        + spacing.item_spacing.x
}

/// Move up, move down and remove buttons for row `index` of `len`.
pub fn row_buttons(ui: &mut Ui, index: usize, len: usize) -> Option<RowChange> {
    let mut change = None;
    if ui
        .add_enabled(index > 0, egui::Button::new("↑").small())
        .on_hover_text(tr!("forms-move-up"))
        .clicked()
    {
        change = Some(RowChange::Up(index));
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new("↓").small())
        .on_hover_text(tr!("forms-move-down"))
        .clicked()
    {
        change = Some(RowChange::Down(index));
    }
    if ui.small_button(tr!("common-remove")).clicked() {
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
#[allow(clippy::too_many_arguments)]
pub fn item_list<T>(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    add_label: &str,
    path: impl Into<FieldPath>,
    values: &mut Vec<T>,
    new_item: impl FnOnce() -> T,
    mut item_ui: impl FnMut(&mut Ui, &mut FieldState, usize, &mut T),
) {
    row(ui, fields, label, |ui, fields, _| {
        let len = values.len();
        let mut change = None;
        for (index, value) in values.iter_mut().enumerate() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                item_ui(ui, fields, index, value);
                ui.horizontal(|ui| change = change.or(row_buttons(ui, index, len)));
            });
        }
        apply_row_change(values, change);
        if ui.button(add_label).clicked() {
            fields.focus_within(path.into().at(values.len()));
            values.push(new_item());
        }
    });
}

/// A list of short texts (aliases, topics, spelling variants), with
/// `add_label` on the button that adds one ("Add to topics").
pub fn text_list(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    add_label: &str,
    path: Field,
    values: &mut Vec<String>,
) {
    row(ui, fields, label, |ui, fields, _| {
        let len = values.len();
        let mut change = None;
        for (index, value) in values.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let response = ui.add(
                    TextEdit::singleline(value)
                        .hint_text(format!("{label} {}", index + 1))
                        .id_salt(path.at(index))
                        .desired_width((ui.available_width() - row_buttons_width(ui)).max(60.0)),
                );
                fields.track(Some(&path.at(index)), &response);
                change = change.or(row_buttons(ui, index, len));
            });
        }
        apply_row_change(values, change);
        if ui.button(add_label).clicked() {
            fields.focus_within(path.at(values.len()));
            values.push(String::new());
        }
    });
}
