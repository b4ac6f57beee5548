//! The reference picker: a search box over the records of one kind, the
//! matches (kept until the search or the records change), and "create
//! new…" for a name that is not there yet.

use egui::{Align, Layout, TextEdit, Ui};

use super::{FieldState, apply_row_change, note_line, row, row_buttons, show_problem};
use crate::model::{
    AnyRecord, Commission, Country, CountryId, FieldPath, Institution, InstitutionKind, Person,
    RecordId, RecordKind, Source, TypedId, Workspace,
};
use crate::tr;

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

/// The other words a picker finds a record by: its aliases (or short name,
/// kind…), its own name when another language's is shown, and its names
/// in every other language.
fn also_named(others: &[String], names: &crate::model::OtherNames, primary: &str) -> String {
    let mut words: Vec<&str> = others.iter().map(String::as_str).collect();
    words.push(primary);
    words.extend(names.names());
    words.join(" ")
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
                    country.shown_name().to_owned(),
                    &also_named(&country.aliases, &country.names, &country.name),
                );
            }
        }
        RecordKind::Institution => {
            for institution in workspace.institutions().values() {
                let country = workspace.label_of(institution.country);
                consider(
                    institution.id.into(),
                    format!("{} ({country})", institution.shown_name()),
                    &also_named(
                        std::slice::from_ref(&institution.short_name),
                        &institution.names,
                        &institution.name,
                    ),
                );
            }
        }
        RecordKind::Person => {
            for person in workspace.people().values() {
                consider(
                    person.id.into(),
                    person.shown_name().to_owned(),
                    &also_named(&person.name_variants, &person.names, &person.name),
                );
            }
        }
        RecordKind::Document => {
            for document in workspace.documents().values() {
                consider(
                    document.id.into(),
                    document.shown_name().to_owned(),
                    &also_named(&[document.kind.label()], &document.names, &document.title),
                );
            }
        }
        RecordKind::Commission => {
            for commission in workspace.commissions().values() {
                consider(
                    commission.id.into(),
                    commission.shown_name().to_owned(),
                    &also_named(&[], &commission.names, &commission.name),
                );
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

/// How tall a picker's list of matches grows before it scrolls.
const MATCHES_HEIGHT: f32 = 300.0;
/// The rows pinned under a picker's matches: "Create …", the kind guessed
/// and "Another country…", with room for the pop-up's margin.
const PINNED_ROWS: f32 = 4.0;
/// How tall a picker's pop-up may grow: its matches and what is pinned.
const POPUP_HEIGHT: f32 = MATCHES_HEIGHT + 220.0;

/// A picker's pop-up: a search box, the matching records, and "Create …"
/// pinned below them, always in view. ↑ and ↓ move the highlight, Enter
/// picks it. Returns the id picked (existing or just created).
fn picker_popup<I: TypedId>(
    ui: &mut Ui,
    fields: &mut FieldState,
    workspace: &Workspace,
    path: &FieldPath,
) -> Option<I> {
    ui.set_min_width(360.0);
    // Taken before the search box sees them: in a one-line field ↑/↓
    // would move the cursor and Enter would leave the field.
    let (down, up, enter) = ui.input_mut(|input| {
        (
            input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
            input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            input.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
        )
    });
    let search = fields.searches.entry(path.clone()).or_default();
    let search_label = ui
        .label(tr!("forms-picker-search", kind = I::KIND.noun()))
        .id;
    let before = search.clone();
    ui.add(
        TextEdit::singleline(search)
            .hint_text(tr!("forms-picker-type-to-search"))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(search_label)
    .request_focus();
    let query = search.clone();
    if query != before {
        fields.highlights.remove(path);
    }
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
    let name = query.trim();
    let create = if name.is_empty() {
        None
    } else {
        creatable(
            workspace,
            I::KIND,
            name,
            fields.create_country(workspace, path, name),
        )
    };
    // The choices ↑/↓ move through: the matches, then "Create …".
    let choices = shown.len() + usize::from(create.is_some());
    let highlight = fields.highlights.entry(path.clone()).or_insert(0);
    if down && *highlight + 1 < choices {
        *highlight += 1;
    }
    if up {
        *highlight = highlight.saturating_sub(1);
    }
    let highlight = *highlight;
    let mut picked = None;
    // Low in a tall form the pop-up has less room below it than its
    // matches would take: the matches give way, so "Create …" stays on
    // the screen.
    let row = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let room_below = ui.ctx().content_rect().bottom() - ui.cursor().top();
    let matches_height = (room_below - PINNED_ROWS * row).clamp(3.0 * row, MATCHES_HEIGHT);
    egui::ScrollArea::vertical()
        .max_height(matches_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, (id, label)) in shown.iter().enumerate() {
                let response = ui.selectable_label(index == highlight, label);
                if index == highlight && (down || up) {
                    response.scroll_to_me(None);
                }
                if response.clicked() || (enter && index == highlight) {
                    picked = Some(*id);
                }
            }
            if total > PICKER_LIMIT {
                ui.weak(tr!("forms-picker-more", count = total - PICKER_LIMIT));
            }
            if total == 0 {
                ui.weak(tr!("forms-picker-no-match"));
            }
        });
    if let Some((button, record)) = create {
        ui.separator();
        let record_kind_hint = record.clone();
        let highlighted = highlight == shown.len();
        let clicked = ui
            .add(egui::Button::selectable(highlighted, button).wrap())
            .clicked();
        if clicked || (enter && highlighted) {
            picked = I::from_record_id(record.id());
            fields.created.push(record);
        }
        if let AnyRecord::Institution(institution) = &record_kind_hint {
            ui.weak(tr!(
                "forms-picker-guessed-kind",
                kind = institution.kind.label()
            ));
            country_changer(ui, fields, workspace, path);
        }
    }
    if picked.is_some() {
        fields.searches.remove(path);
        fields.picker_matches.remove(path);
        fields.highlights.remove(path);
        fields.create_countries.remove(path);
        fields.choosing_country = None;
        ui.close();
    }
    picked
}

/// "Another country…" under "Create institution … in Romania": the
/// countries to choose from, in place, without leaving the picker.
fn country_changer(ui: &mut Ui, fields: &mut FieldState, workspace: &Workspace, path: &FieldPath) {
    let open = fields.choosing_country.as_ref() == Some(path);
    if ui
        .selectable_label(open, tr!("forms-picker-another-country"))
        .clicked()
    {
        fields.choosing_country = if open { None } else { Some(path.clone()) };
    }
    if !open {
        return;
    }
    let mut countries: Vec<(CountryId, &str)> = workspace
        .countries()
        .values()
        .map(|country| (country.id, country.shown_name()))
        .collect();
    countries.sort_by_key(|(_, name)| *name);
    egui::ScrollArea::vertical()
        .id_salt("countries")
        .max_height(120.0)
        .show(ui, |ui| {
            for (country, name) in countries {
                if ui.selectable_label(false, name).clicked() {
                    fields.create_countries.insert(path.clone(), country);
                    fields.choosing_country = None;
                }
            }
        });
}

impl FieldState {
    /// The country an institution made from this picker goes to: the one
    /// chosen with "Another country…", else the one the name, the form or
    /// the page implies.
    fn create_country(
        &self,
        workspace: &Workspace,
        path: &FieldPath,
        name: &str,
    ) -> Option<CountryId> {
        self.create_countries
            .get(path)
            .copied()
            .or_else(|| implied_country(workspace, name, &self.context_countries))
    }
}

/// The country an institution called `name` most likely belongs to: one
/// the name mentions ("Government of Romania", "Romanian Embassy", by name
/// or other name, the longest mention winning), else the first of
/// `context` (what the form and the page are about), else the only
/// country that is not the home country, else the first by name.
pub(super) fn implied_country(
    workspace: &Workspace,
    name: &str,
    context: &[CountryId],
) -> Option<CountryId> {
    let folded = crate::model::fold(name);
    let named = workspace
        .countries()
        .values()
        .flat_map(|country| {
            std::iter::once(country.name.as_str())
                .chain(country.aliases.iter().map(String::as_str))
                .chain(country.names.names())
                .map(move |spelling| (country.id, crate::model::fold(spelling)))
        })
        .filter(|(_, spelling)| spelling.chars().count() >= 3 && folded.contains(spelling.as_str()))
        .max_by_key(|(_, spelling)| spelling.len())
        .map(|(id, _)| id);
    if named.is_some() {
        return named;
    }
    if let Some(first) = context.first() {
        return Some(*first);
    }
    let home = workspace.home_country();
    let mut abroad = workspace
        .countries()
        .values()
        .filter(|country| Some(country.id) != home);
    match (abroad.next(), abroad.next()) {
        (Some(only), None) => Some(only.id),
        _ => workspace
            .countries()
            .values()
            .min_by(|a, b| a.name.cmp(&b.name))
            .map(|country| country.id),
    }
}

/// The record "Create …" makes from a typed name, with its button text.
/// An institution goes to `country` (none: no country exists yet, so it
/// cannot be made) with its kind guessed from the name.
fn creatable(
    workspace: &Workspace,
    kind: RecordKind,
    name: &str,
    country: Option<CountryId>,
) -> Option<(String, AnyRecord)> {
    let now = chrono::Utc::now();
    Some(match kind {
        RecordKind::Country => (
            tr!("forms-picker-create-country", name = name),
            AnyRecord::Country(Country::new(name, now)),
        ),
        RecordKind::Person => (
            tr!("forms-picker-create-person", name = name),
            AnyRecord::Person(Person::new(name, now)),
        ),
        RecordKind::Source => (
            tr!("forms-picker-create-source", name = name),
            AnyRecord::Source(Source::new(name, now)),
        ),
        RecordKind::Commission => (
            tr!("forms-picker-create-commission", name = name),
            AnyRecord::Commission(Commission::new(name, now)),
        ),
        RecordKind::Institution => {
            let country = country?;
            let kind = InstitutionKind::guess_from_name(name);
            (
                tr!(
                    "forms-picker-create-institution",
                    name = name,
                    country = workspace.label_of(country)
                ),
                AnyRecord::Institution(Institution::new(country, kind, name, now)),
            )
        }
        _ => return None,
    })
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
        // One line high: a right-to-left layout would otherwise take
        // all the height left and centre the picker in it.
        let line = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        let picker = ui.allocate_ui_with_layout(line, Layout::right_to_left(Align::Center), |ui| {
            if value.is_some() && ui.small_button(tr!("forms-picker-clear")).clicked() {
                *value = None;
            }
            let selected = value.map_or_else(
                || tr!("forms-picker-choose", kind = I::KIND.noun()),
                |id| workspace.label_of(id),
            );
            let popup = egui::ComboBox::from_id_salt(&path)
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                // Room for the search, the matches and the pinned "Create …":
                // the matches scroll, the rest stays in view.
                .height(POPUP_HEIGHT)
                .selected_text(selected)
                .width(ui.available_width())
                .truncate()
                .show_ui(ui, |ui| picker_popup::<I>(ui, fields, workspace, &path));
            let response = popup.response.labelled_by(label_id);
            let picker = response.id;
            fields.note_focus(&path, &response);
            // A name sent from the source's text waits as the search: the
            // picker opens on its match, or on "Create …".
            if let Some(filled) = fields.take_fill(&path) {
                fields.searches.insert(path.clone(), filled);
                // egui keeps a combo box's pop-up under its id with "popup".
                egui::Popup::open_id(ui.ctx(), picker.with("popup"));
            }
            if let Some(Some(picked)) = popup.inner {
                *value = Some(picked);
            }
            picker
        });
        note_line(ui, fields, &[(&path, picker.inner)], None);
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
        let add_label = tr!("forms-picker-add", kind = I::KIND.noun());
        let popup = egui::ComboBox::from_id_salt(&path)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            // Room for the search, the matches and the pinned "Create …":
            // the matches scroll, the rest stays in view.
            .height(POPUP_HEIGHT)
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
