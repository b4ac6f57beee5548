//! The widgets forms are made of: labelled text, partial dates with inline
//! validation, choices, reference pickers with type-to-search and "create
//! new…", and editable lists. Each input is labelled for screen readers.

use std::collections::{BTreeMap, HashMap};

use egui::{RichText, TextEdit, Ui};

use crate::model::{
    AnyRecord, Commission, Country, CountryId, FieldProblem, Institution, InstitutionKind,
    PartialDate, Period, Person, RecordId, RecordKind, Source, TypedId, Workspace,
};

/// How many matches a picker lists at once.
const PICKER_LIMIT: usize = 40;

/// Per-form state that is not part of the record: the text typed in date
/// fields (which may not parse yet), picker searches, and the problems
/// found on the last pass.
#[derive(Clone, Debug, Default)]
pub struct FieldState {
    date_texts: HashMap<String, String>,
    date_errors: BTreeMap<String, String>,
    searches: HashMap<String, String>,
    /// Each open picker's matches for its search, kept until the search or
    /// the records change: a picker over 30,000 documents must not scan
    /// them every frame.
    picker_matches: HashMap<String, PickerMatches>,
    /// Problems with the draft as a whole, by field path.
    pub problems: Vec<FieldProblem>,
    /// Records created from inside a picker this pass, to be added.
    pub created: Vec<AnyRecord>,
    /// A multi-line field has focus, so Enter types a newline, not Save.
    pub multiline_focused: bool,
}

impl FieldState {
    /// Starts a pass: date errors are found afresh.
    pub fn begin_pass(&mut self) {
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

    fn problem(&self, path: &str) -> Option<String> {
        if let Some(error) = self.date_errors.get(path) {
            return Some(error.clone());
        }
        self.problems
            .iter()
            .find(|problem| problem.field == path || problem.field.starts_with(&format!("{path}.")))
            .map(|problem| problem.message.clone())
    }
}

/// A picker's matches, with what they were found for.
#[derive(Clone, Debug)]
struct PickerMatches {
    query: String,
    /// How many records the workspace held (a record made from a picker
    /// must show up).
    records: usize,
    found: Vec<(RecordId, String)>,
}

/// Shows the problem with a field, if any, in the error colour.
fn show_problem(ui: &mut Ui, fields: &FieldState, path: &str) {
    if let Some(problem) = fields.problem(path) {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
}

/// A labelled single-line text field; `path` names it in problems.
pub fn text(ui: &mut Ui, fields: &mut FieldState, label: &str, path: &str, value: &mut String) {
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        ui.add(TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(label_id);
        show_problem(ui, fields, path);
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

/// A partial-date field: type `1995`, `2022-05` or `2022-05-14`, or pick a
/// day. The value changes only when the text parses; otherwise the error is
/// shown under the field and the form cannot be saved.
pub fn date(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: &str,
    value: &mut Option<PartialDate>,
) {
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        date_input(ui, fields, label_id, path, value);
        show_problem(ui, fields, path);
    });
    ui.end_row();
}

/// The text box and day picker of a date field, without layout.
fn date_input(
    ui: &mut Ui,
    fields: &mut FieldState,
    label_id: egui::Id,
    path: &str,
    value: &mut Option<PartialDate>,
) {
    let text = fields
        .date_texts
        .entry(path.to_owned())
        .or_insert_with(|| value.map(|date| date.to_string()).unwrap_or_default());
    ui.horizontal(|ui| {
        ui.add(
            TextEdit::singleline(text)
                .hint_text("1995, 2022-05 or 2022-05-14")
                .desired_width(130.0),
        )
        .labelled_by(label_id);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            *value = None;
        } else {
            match trimmed.parse::<PartialDate>() {
                Ok(parsed) => *value = Some(parsed),
                Err(error) => {
                    fields
                        .date_errors
                        .insert(path.to_owned(), error.to_string());
                }
            }
        }
        let mut day = jiff_from_chrono(value.map_or_else(
            || chrono::Local::now().date_naive(),
            |date| date.first_day(),
        ));
        let picked = ui
            .add(
                egui_extras::DatePickerButton::new(&mut day)
                    .id_salt(path)
                    .show_icon(false)
                    // The typed text shows the date; the button must not
                    // show a day the date may not have (May 2022 is not 1 May).
                    .format("Pick a day…"),
            )
            .changed();
        if picked && let Some(chosen) = chrono_from_jiff(day) {
            *value = Some(PartialDate::Day(chosen));
            *text = chosen.format("%Y-%m-%d").to_string();
            fields.date_errors.remove(path);
        }
    });
}

fn jiff_from_chrono(day: chrono::NaiveDate) -> jiff::civil::Date {
    use chrono::Datelike as _;
    jiff::civil::Date::new(day.year() as i16, day.month() as i8, day.day() as i8)
        .unwrap_or_default()
}

fn chrono_from_jiff(day: jiff::civil::Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(day.year()),
        u32::from(day.month().unsigned_abs()),
        u32::from(day.day().unsigned_abs()),
    )
}

/// A period: a start date and an optional end, checked for order.
pub fn period(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: &str,
    value: &mut Option<Period>,
) {
    let label_id = ui.label(label).id;
    let mut start = value.map(|period| period.start);
    let mut end = value.and_then(|period| period.end);
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.label("from");
            date_input(ui, fields, label_id, &format!("{path}.start"), &mut start);
        });
        ui.horizontal(|ui| {
            let to_id = ui.label("to").id;
            date_input(ui, fields, to_id, &format!("{path}.end"), &mut end);
        });
        if start.is_none() && end.is_some() {
            fields.date_errors.insert(
                format!("{path}.start"),
                "is required when an end is given".to_owned(),
            );
        }
        show_problem(ui, fields, &format!("{path}.start"));
        show_problem(ui, fields, &format!("{path}.end"));
    });
    *value = start.map(|start| Period { start, end });
    ui.end_row();
}

/// A required period (an indicator's): keeps the old value while empty.
pub fn required_period(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: &str,
    value: &mut Period,
) {
    let mut optional = Some(*value);
    period(ui, fields, label, path, &mut optional);
    match optional {
        Some(period) => *value = period,
        None => {
            fields
                .date_errors
                .insert(format!("{path}.start"), "is required".to_owned());
        }
    }
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

/// An optional whole number (a session number).
pub fn number(ui: &mut Ui, label: &str, value: &mut Option<u32>) {
    let label_id = ui.label(label).id;
    ui.horizontal(|ui| {
        let mut present = value.is_some();
        ui.checkbox(&mut present, "known").labelled_by(label_id);
        match (present, value.as_mut()) {
            (true, Some(number)) => {
                ui.add(egui::DragValue::new(number).range(1..=999))
                    .labelled_by(label_id);
            }
            (true, None) => *value = Some(1),
            (false, _) => *value = None,
        }
    });
    ui.end_row();
}

/// A typed text field whose value changes only when the text parses, like
/// a date field; `format` shows the stored value.
#[allow(clippy::too_many_arguments)]
pub fn parsed<T>(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: &str,
    hint: &str,
    value: &mut Option<T>,
    format: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Result<T, String>,
) {
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        let text = fields
            .date_texts
            .entry(path.to_owned())
            .or_insert_with(|| value.as_ref().map(&format).unwrap_or_default());
        ui.add(
            TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(220.0),
        )
        .labelled_by(label_id);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            *value = None;
        } else {
            match parse(trimmed) {
                Ok(parsed) => *value = Some(parsed),
                Err(error) => {
                    fields.date_errors.insert(path.to_owned(), error);
                }
            }
        }
        show_problem(ui, fields, path);
    });
    ui.end_row();
}

/// An optional decimal number (a figure); a comma is read as a point.
pub fn decimal(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: &str,
    value: &mut Option<f64>,
) {
    parsed(
        ui,
        fields,
        label,
        path,
        "e.g. 215.5",
        value,
        ToString::to_string,
        |text| match text.replace(',', ".").parse::<f64>() {
            Ok(number) if number.is_finite() => Ok(number),
            _ => Err(format!("{text:?} is not a number")),
        },
    );
}

/// A record that a picker can offer, by label, with a search text.
fn candidates<I: TypedId>(workspace: &Workspace, query: &str) -> Vec<(I, String)> {
    let query = crate::model::fold(query.trim());
    let mut found: Vec<(I, String)> = Vec::new();
    let mut consider = |id: RecordId, label: String, extra: &str| {
        let matches = query.is_empty()
            || crate::model::name_matches(&query, &label)
            || crate::model::name_matches(&query, extra);
        if matches && let Some(id) = I::from_record_id(id) {
            found.push((id, label));
        }
    };
    match I::KIND {
        RecordKind::Country => {
            for country in workspace.countries().values() {
                consider(
                    country.id.into(),
                    country.name.clone(),
                    &country.aliases.join(" "),
                );
            }
        }
        RecordKind::Institution => {
            for institution in workspace.institutions().values() {
                let country = workspace.label_of(institution.country);
                consider(
                    institution.id.into(),
                    format!("{} ({country})", institution.name),
                    &institution.short_name,
                );
            }
        }
        RecordKind::Person => {
            for person in workspace.people().values() {
                consider(
                    person.id.into(),
                    person.name.clone(),
                    &person.name_variants.join(" "),
                );
            }
        }
        RecordKind::Document => {
            for document in workspace.documents().values() {
                consider(
                    document.id.into(),
                    document.title.clone(),
                    document.kind.label(),
                );
            }
        }
        RecordKind::Commission => {
            for commission in workspace.commissions().values() {
                consider(commission.id.into(), commission.name.clone(), "");
            }
        }
        RecordKind::Meeting => {
            for meeting in workspace.meetings().values() {
                consider(meeting.id.into(), meeting.title.clone(), &meeting.place);
            }
        }
        RecordKind::Source => {
            for source in workspace.sources().values() {
                consider(source.id.into(), source.title.clone(), &source.publisher);
            }
        }
        RecordKind::Activity | RecordKind::Indicator => {}
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// A picker's pop-up: a search box, matching records, and "create new…".
/// Returns the id picked (existing or just created).
fn picker_popup<I: TypedId>(
    ui: &mut Ui,
    fields: &mut FieldState,
    workspace: &Workspace,
    path: &str,
) -> Option<I> {
    let search = fields.searches.entry(path.to_owned()).or_default();
    let search_label = ui.label(format!("Search {}", I::KIND.collection())).id;
    ui.add(TextEdit::singleline(search).hint_text("Type to search"))
        .labelled_by(search_label)
        .request_focus();
    let query = search.clone();
    let records = workspace.counts().total();
    let fresh = fields
        .picker_matches
        .get(path)
        .is_some_and(|matches| matches.query == query && matches.records == records);
    if !fresh {
        let found = candidates::<I>(workspace, &query)
            .into_iter()
            .map(|(id, label)| (id.into(), label))
            .collect();
        fields.picker_matches.insert(
            path.to_owned(),
            PickerMatches {
                query: query.clone(),
                records,
                found,
            },
        );
    }
    let (shown, total): (Vec<(I, String)>, usize) =
        fields
            .picker_matches
            .get(path)
            .map_or_else(Default::default, |matches| {
                let shown = matches
                    .found
                    .iter()
                    .take(PICKER_LIMIT)
                    .filter_map(|(id, label)| Some((I::from_record_id(*id)?, label.clone())))
                    .collect();
                (shown, matches.found.len())
            });
    let mut picked = None;
    egui::ScrollArea::vertical()
        .max_height(240.0)
        .show(ui, |ui| {
            for (id, label) in &shown {
                if ui.selectable_label(false, label).clicked() {
                    picked = Some(*id);
                }
            }
            if total > PICKER_LIMIT {
                ui.weak(format!("{} more: type to narrow", total - PICKER_LIMIT));
            }
            if total == 0 {
                ui.weak("No match");
            }
            let name = query.trim();
            if !name.is_empty() {
                ui.separator();
                for (button, record) in creatable(workspace, I::KIND, name) {
                    if ui.button(button).clicked() {
                        picked = I::from_record_id(record.id());
                        fields.created.push(record);
                    }
                }
            }
        });
    if picked.is_some() {
        fields.searches.remove(path);
        fields.picker_matches.remove(path);
        ui.close();
    }
    picked
}

/// The records "create new…" can make from a typed name, each with its
/// button text. An institution needs a country, so one button per country.
fn creatable(workspace: &Workspace, kind: RecordKind, name: &str) -> Vec<(String, AnyRecord)> {
    let now = chrono::Utc::now();
    match kind {
        RecordKind::Country => vec![(
            format!("Create country “{name}”"),
            AnyRecord::Country(Country::new(name, now)),
        )],
        RecordKind::Person => vec![(
            format!("Create person “{name}”"),
            AnyRecord::Person(Person::new(name, now)),
        )],
        RecordKind::Source => vec![(
            format!("Create source “{name}”"),
            AnyRecord::Source(Source::new(name, now)),
        )],
        RecordKind::Commission => vec![(
            format!("Create commission “{name}”"),
            AnyRecord::Commission(Commission::new(name, now)),
        )],
        RecordKind::Institution => {
            let mut countries: Vec<(CountryId, &str)> = workspace
                .countries()
                .values()
                .map(|country| (country.id, country.name.as_str()))
                .collect();
            countries.sort_by_key(|(_, name)| *name);
            countries
                .into_iter()
                .map(|(country, country_name)| {
                    (
                        format!("Create institution “{name}” in {country_name}"),
                        AnyRecord::Institution(Institution::new(
                            country,
                            InstitutionKind::Other,
                            name,
                            now,
                        )),
                    )
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// A single reference, required or optional.
pub fn reference<I: TypedId>(
    ui: &mut Ui,
    fields: &mut FieldState,
    workspace: &Workspace,
    label: &str,
    path: &str,
    value: &mut Option<I>,
) {
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let selected = value.map_or_else(
                || format!("Choose {}…", I::KIND.noun()),
                |id| workspace.label_of(id),
            );
            let popup = egui::ComboBox::from_id_salt(path)
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                .selected_text(selected)
                .width(280.0)
                .show_ui(ui, |ui| picker_popup::<I>(ui, fields, workspace, path));
            popup.response.labelled_by(label_id);
            if let Some(Some(picked)) = popup.inner {
                *value = Some(picked);
            }
            if value.is_some() && ui.small_button("Clear").clicked() {
                *value = None;
            }
        });
        show_problem(ui, fields, path);
    });
    ui.end_row();
}

/// A list of references: each can be removed or moved, and a picker adds more.
pub fn reference_list<I: TypedId>(
    ui: &mut Ui,
    fields: &mut FieldState,
    workspace: &Workspace,
    label: &str,
    path: &str,
    values: &mut Vec<I>,
) {
    let label_id = ui.label(label).id;
    ui.vertical(|ui| {
        let mut change = None;
        for (index, id) in values.iter().enumerate() {
            ui.horizontal(|ui| {
                // Buttons first: a long title is cut to the room left.
                change = change.or(row_buttons(ui, index, values.len()));
                let label = workspace.label_of(*id);
                ui.add(egui::Label::new(&label).truncate())
                    .on_hover_text(label);
            });
            show_problem(ui, fields, &format!("{path}[{index}]"));
        }
        apply_row_change(values, change);
        let add_label = format!("Add {}…", I::KIND.noun());
        let popup = egui::ComboBox::from_id_salt(path)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .selected_text(add_label.clone())
            .width(280.0)
            .show_ui(ui, |ui| picker_popup::<I>(ui, fields, workspace, path));
        popup.response.labelled_by(label_id);
        if let Some(Some(picked)) = popup.inner
            && !values.contains(&picked)
        {
            values.push(picked);
        }
    });
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
pub fn text_list(ui: &mut Ui, label: &str, path: &str, values: &mut Vec<String>) {
    ui.label(label);
    ui.vertical(|ui| {
        let len = values.len();
        let mut change = None;
        for (index, value) in values.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(value)
                        .hint_text(format!("{label} {}", index + 1))
                        .id_salt(format!("{path}[{index}]")),
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
