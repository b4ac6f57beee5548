//! Fields whose value changes only when the typed text parses: partial
//! dates (typed as people write them, with a day picker and the date as
//! understood under them), periods, and numbers. Until it parses, the
//! text is kept and the error shown under the field.

use egui::{TextEdit, Ui};

use super::{FieldState, note_line, row};
use crate::model::{Field, FieldPath, PartialDate, Period};
use crate::tr;

/// A partial-date field: type `1995`, `November 2022`, `3 November 2022`,
/// `03.11.2022` or `2022-11-03`, or pick a day. The value changes only when the text parses; otherwise the error is
/// shown under the field and the form cannot be saved.
pub fn date(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: impl Into<FieldPath>,
    value: &mut Option<PartialDate>,
) {
    let path = path.into();
    row(ui, fields, label, |ui, fields, label_id| {
        let (understood, input) = date_input(ui, fields, label_id, &path, value);
        note_line(ui, fields, &[(&path, input)], understood);
    });
}

/// How wide a date field is: room for the longest date as people write it,
/// so "28 September 2022" is never cut.
fn date_field_width(ui: &Ui) -> f32 {
    crate::app::views::date_column_width(ui) + 2.0 * ui.spacing().button_padding.x
}

/// What the day picker's button shows where its name has no room (in
/// every font the app may have, unlike a calendar's emoji).
const NARROW_PICK: &str = "…";

/// The room the day picker's button takes beside a date field, as the
/// font draws `text` ("Pick…", "Выбрать…").
fn pick_button_width(ui: &Ui, text: &str) -> f32 {
    let spacing = ui.spacing();
    crate::app::views::text_size(ui, text, egui::TextStyle::Button).x
        + 2.0 * spacing.button_padding.x
        + spacing.item_spacing.x
}

/// The text box and day picker of a date field, without layout. Returns
/// the date as understood when the typed text reads differently (so
/// "03.11.2022" is seen to be 3 November), for the line under the field,
/// and the text box's id.
fn date_input(
    ui: &mut Ui,
    fields: &mut FieldState,
    label_id: egui::Id,
    path: &FieldPath,
    value: &mut Option<PartialDate>,
) -> (Option<String>, egui::Id) {
    // A value changed from outside the field (a Signed step following the
    // signing date, rows moved) shows as typed text afresh.
    let changed_elsewhere = fields
        .date_values
        .get(path)
        .is_some_and(|shown| shown != value);
    let text = fields
        .date_texts
        .entry(path.clone())
        .or_insert_with(|| value.map(|date| date.to_string()).unwrap_or_default());
    if changed_elsewhere {
        *text = value.map(|date| date.to_string()).unwrap_or_default();
    }
    if let Some(filled) = fields.take_fill(path) {
        fields.date_texts.insert(path.clone(), filled);
    }
    let text = fields.date_texts.entry(path.clone()).or_default();
    let response = ui.horizontal(|ui| {
        // The day picker's button keeps its text on one line, in every
        // language: in a narrow (nested) row the field gives way first,
        // down to room for a date typed with dots; narrower still, the
        // button shows only "…", its name kept for screen readers.
        let pick = tr!("forms-date-pick");
        let full = date_field_width(ui);
        let shortest = (crate::app::views::column_width(ui, "28.09.2022")
            + 2.0 * ui.spacing().button_padding.x)
            .min(full);
        let room = ui.available_width();
        let (width, face) = if room - pick_button_width(ui, &pick) >= shortest {
            (full.min(room - pick_button_width(ui, &pick)), pick.clone())
        } else {
            let width = full
                .min(room - pick_button_width(ui, NARROW_PICK))
                .max(shortest);
            (width, NARROW_PICK.to_owned())
        };
        let response = ui
            .add(
                TextEdit::singleline(text)
                    .id_salt(path)
                    .hint_text(tr!("forms-date-hint"))
                    .desired_width(width),
            )
            .labelled_by(label_id);

        let trimmed = text.trim();
        if trimmed.is_empty() {
            *value = None;
        } else {
            match PartialDate::parse_typed(trimmed) {
                Ok(parsed) => *value = Some(parsed),
                Err(error) => {
                    fields.date_errors.insert(path.clone(), error.to_string());
                }
            }
        }
        // An empty field's picker opens near the form's other dates (an
        // end near its start), not at today, which may be years away.
        let nearby = fields
            .date_values
            .iter()
            .filter(|(other, _)| *other != path)
            .filter_map(|(_, date)| date.map(|date| date.first_day()))
            .max();
        let shown = value.map_or_else(|| nearby.unwrap_or(fields.today), |date| date.first_day());
        let mut day = shown;
        // One picker per date shown: it opens at that date even after a
        // click outside closed it.
        let salt = format!("{path}@{shown}");
        let (picker, picked) =
            crate::app::day_picker::day_picker(ui, &salt, face.as_str(), &mut day, fields.today);
        let picker = picker.on_hover_text(tr!("forms-date-pick-tooltip"));
        if face != pick {
            ui.ctx()
                .accesskit_node_builder(picker.id, |node| node.set_label(pick.as_str()));
        }
        // The month is an area of its own, not an egui popup: Escape that
        // closes it must not close the form too.
        let picker_layer = crate::app::day_picker::layer_of(ui, &salt);
        fields.inner_popup_open |= ui
            .ctx()
            .memory(|memory| memory.areas().is_visible(&picker_layer));
        if picked {
            *value = Some(PartialDate::Day(day));
            *text = day.format("%Y-%m-%d").to_string();
            fields.date_errors.remove(path);
            fields.touched.insert(path.clone());
        }
        let understood = value
            .filter(|_| !fields.date_errors.contains_key(path))
            .map(|date| date.human())
            .filter(|human| human != text.trim());
        (response, understood)
    });
    let (response, understood) = response.inner;
    fields.track(Some(path), &response);
    fields.date_values.insert(path.clone(), *value);
    (understood, response.id)
}

/// A period: a start date and an optional end, checked for order.
pub fn period(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: Field,
    value: &mut Option<Period>,
) {
    let start_path = path.then(Field::Start);
    let end_path = path.then(Field::End);
    let mut start = value.map(|period| period.start);
    let mut end = value.and_then(|period| period.end);
    row(ui, fields, label, |ui, fields, label_id| {
        let (understood_start, start_input) = ui
            .horizontal(|ui| {
                ui.label(tr!("forms-period-from"));
                date_input(ui, fields, label_id, &start_path, &mut start)
            })
            .inner;
        let (understood_end, end_input) = ui
            .horizontal(|ui| {
                let to_id = ui.label(tr!("forms-period-to")).id;
                date_input(ui, fields, to_id, &end_path, &mut end)
            })
            .inner;
        if start.is_none() && end.is_some() {
            fields
                .date_errors
                .insert(start_path.clone(), tr!("forms-period-start-required"));
        }
        let understood = match (understood_start, understood_end) {
            (Some(start), Some(end)) => {
                Some(tr!("forms-period-understood", start = start, end = end))
            }
            (Some(start), None) => Some(tr!("forms-period-understood-from", start = start)),
            (None, Some(end)) => Some(tr!("forms-period-understood-to", end = end)),
            (None, None) => None,
        };
        note_line(
            ui,
            fields,
            &[(&start_path, start_input), (&end_path, end_input)],
            understood,
        );
    });
    *value = start.map(|start| Period { start, end });
}

/// A required period (an indicator's): keeps the old value while empty.
pub fn required_period(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: Field,
    value: &mut Period,
) {
    let mut optional = Some(*value);
    period(ui, fields, label, path, &mut optional);
    match optional {
        Some(period) => *value = period,
        None => {
            fields
                .date_errors
                .insert(path.then(Field::Start), tr!("forms-required"));
        }
    }
}

/// An optional whole number (a session number).
pub fn number(ui: &mut Ui, fields: &mut FieldState, label: &str, value: &mut Option<u32>) {
    row(ui, fields, label, |ui, _, label_id| {
        ui.horizontal(|ui| {
            let mut present = value.is_some();
            ui.checkbox(&mut present, tr!("forms-number-known"))
                .labelled_by(label_id);
            match (present, value.as_mut()) {
                (true, Some(number)) => {
                    ui.add(egui::DragValue::new(number).range(1..=999))
                        .labelled_by(label_id);
                }
                (true, None) => *value = Some(1),
                (false, _) => *value = None,
            }
        });
    });
}

/// A typed text field whose value changes only when the text parses, like
/// a date field; `format` shows the stored value.
#[allow(clippy::too_many_arguments)]
pub fn parsed<T>(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: impl Into<FieldPath>,
    hint: &str,
    value: &mut Option<T>,
    format: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Result<T, String>,
) {
    let path = path.into();
    row(ui, fields, label, |ui, fields, label_id| {
        if let Some(filled) = fields.take_fill(&path) {
            fields.date_texts.insert(path.clone(), filled);
        }
        let text = fields
            .date_texts
            .entry(path.clone())
            .or_insert_with(|| value.as_ref().map(&format).unwrap_or_default());
        let response = ui
            .add(
                TextEdit::singleline(text)
                    .id_salt(&path)
                    .hint_text(hint)
                    .desired_width(ui.available_width().min(260.0)),
            )
            .labelled_by(label_id);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            *value = None;
        } else {
            match parse(trimmed) {
                Ok(parsed) => *value = Some(parsed),
                Err(error) => {
                    fields.date_errors.insert(path.clone(), error);
                }
            }
        }
        fields.track(Some(&path), &response);
        note_line(ui, fields, &[(&path, response.id)], None);
    });
}

/// An optional decimal number (a figure); a comma is read as a point.
/// `example` is what the field's hint shows ("e.g. 215.5", "e.g. +76.4").
pub fn decimal(
    ui: &mut Ui,
    fields: &mut FieldState,
    label: &str,
    path: impl Into<FieldPath>,
    example: &str,
    value: &mut Option<f64>,
) {
    parsed(
        ui,
        fields,
        label,
        path,
        example,
        value,
        ToString::to_string,
        |text| match text.replace(',', ".").parse::<f64>() {
            Ok(number) if number.is_finite() => Ok(number),
            _ => Err(tr!("forms-not-a-number", text = format!("{text:?}"))),
        },
    );
}
