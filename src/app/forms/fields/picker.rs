//! The reference picker: a search box over the records of one kind, the
//! matches (kept until the search or the records change), and "create
//! new…" for a name that is not there yet.

use egui::{Align, Layout, TextEdit, Ui};

use super::{FieldState, apply_row_change, row, row_buttons, show_problem};
use crate::model::{
    AnyRecord, Commission, Country, CountryId, FieldPath, Institution, InstitutionKind, Person,
    RecordId, RecordKind, Source, TypedId, Workspace,
};

/// How many matches a picker lists at once.
const PICKER_LIMIT: usize = 40;

/// A picker's matches, with what they were found for.
#[derive(Clone, Debug)]
pub(super) struct PickerMatches {
    query: String,
    /// How many records the workspace held (a record made from a picker
    /// must show up).
    records: usize,
    found: Vec<(RecordId, String)>,
}

/// A record that a picker can offer, by label, with a search text.
fn candidates<I: TypedId>(workspace: &Workspace, query: &str) -> Vec<(I, String)> {
    let query = crate::model::fold(query.trim());
    let mut found: Vec<(I, String)> = Vec::new();
    let mut consider = |id: RecordId, label: String, extra: &str| {
        let matches = query.is_empty()
            || crate::model::fold(&label).contains(&query)
            || crate::model::fold(extra).contains(&query);
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
    path: &FieldPath,
) -> Option<I> {
    let search = fields.searches.entry(path.clone()).or_default();
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
            path.clone(),
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
    path: impl Into<FieldPath>,
    value: &mut Option<I>,
) {
    let path = path.into();
    row(ui, fields, label, |ui, fields, label_id| {
        // Clear sits on the right; the picker takes the room left of it.
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if value.is_some() && ui.small_button("Clear").clicked() {
                *value = None;
            }
            let selected = value.map_or_else(
                || format!("Choose {}…", I::KIND.noun()),
                |id| workspace.label_of(id),
            );
            let popup = egui::ComboBox::from_id_salt(&path)
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                .selected_text(selected)
                .width(ui.available_width())
                .truncate()
                .show_ui(ui, |ui| picker_popup::<I>(ui, fields, workspace, &path));
            popup.response.labelled_by(label_id);
            if let Some(Some(picked)) = popup.inner {
                *value = Some(picked);
            }
        });
        show_problem(ui, fields, &path);
    });
}

/// A list of references: each can be removed or moved, and a picker adds more.
pub fn reference_list<I: TypedId>(
    ui: &mut Ui,
    fields: &mut FieldState,
    workspace: &Workspace,
    label: &str,
    path: impl Into<FieldPath>,
    values: &mut Vec<I>,
) {
    let path = path.into();
    row(ui, fields, label, |ui, fields, label_id| {
        let mut change = None;
        for (index, id) in values.iter().enumerate() {
            ui.horizontal(|ui| {
                // Buttons first: a long title is cut to the room left.
                change = change.or(row_buttons(ui, index, values.len()));
                let label = workspace.label_of(*id);
                ui.add(egui::Label::new(&label).truncate())
                    .on_hover_text(label);
            });
            show_problem(ui, fields, &path.clone().at(index));
        }
        apply_row_change(values, change);
        let add_label = format!("Add {}…", I::KIND.noun());
        let popup = egui::ComboBox::from_id_salt(&path)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .selected_text(add_label.clone())
            .width(ui.available_width())
            .show_ui(ui, |ui| picker_popup::<I>(ui, fields, workspace, &path));
        popup.response.labelled_by(label_id);
        if let Some(Some(picked)) = popup.inner
            && !values.contains(&picked)
        {
            values.push(picked);
        }
    });
}
