//! The read-only page of a record other than a country: its fields, and
//! links to every record it refers to and that refers to it.

use egui::{RichText, Ui};

use crate::app::Action;
use crate::model::{
    AnyRecord, Field, FieldPath, RecordId, RecordKind, Referrer, SourceId, Workspace,
};
use crate::query;
use crate::tr;

/// The name of a field in the left column: whole on one line while it
/// takes at most two fifths of the page, wrapped beyond (a Russian field
/// name can be as long as its value), so that the values keep their room.
fn field_name(ui: &mut Ui, name: &str) {
    // A grid's cell is as wide as its column was: the page is measured
    // from the cell's left edge to the panel's right instead.
    let page = ui.clip_rect().right() - ui.max_rect().left();
    let most = (page * 0.4).max(96.0);
    ui.scope(|ui| {
        ui.set_max_width(most);
        ui.add(egui::Label::new(RichText::new(name).weak()).wrap());
    });
}

/// A label and a plain value, skipped when the value is empty.
pub fn row(ui: &mut Ui, label: &str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    field_name(ui, label);
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

/// A label and links to records; skipped when there are none.
pub fn links(
    ui: &mut Ui,
    workspace: &Workspace,
    label: &str,
    ids: impl IntoIterator<Item = RecordId>,
    actions: &mut Vec<Action>,
) {
    let ids: Vec<RecordId> = ids.into_iter().collect();
    if ids.is_empty() {
        return;
    }
    field_name(ui, label);
    ui.vertical(|ui| {
        for id in ids {
            link(ui, workspace, id, None, actions);
        }
    });
    ui.end_row();
}

/// A link to a record, opening it when clicked.
pub fn link(
    ui: &mut Ui,
    workspace: &Workspace,
    id: RecordId,
    text: Option<String>,
    actions: &mut Vec<Action>,
) {
    let text = text.unwrap_or_else(|| workspace.label_of(id));
    if ui.link(text).clicked() {
        actions.push(Action::Open(id));
    }
}

/// The notes and cited sources every record kind ends with.
fn notes_and_sources(
    ui: &mut Ui,
    workspace: &Workspace,
    notes: &str,
    sources: &[SourceId],
    actions: &mut Vec<Action>,
) {
    row(ui, &tr!("views-field-notes"), notes);
    links(
        ui,
        workspace,
        &tr!("views-field-sources"),
        sources.iter().map(|id| (*id).into()),
        actions,
    );
}

fn date_text(date: Option<crate::model::PartialDate>) -> String {
    date.map(|date| date.human()).unwrap_or_default()
}

/// The records of `kind` among `referrers` that refer through `field`.
pub fn referring(referrers: &[Referrer], kind: RecordKind, field: Field) -> Vec<RecordId> {
    let field = FieldPath::from(field);
    let mut ids: Vec<RecordId> = referrers
        .iter()
        .filter(|referrer| referrer.record.kind() == kind && referrer.field.starts_with(&field))
        .map(|referrer| referrer.record)
        .collect();
    ids.dedup();
    ids
}

/// The page of any record but a country (see `country.rs`). `referrers`
/// are the records that refer to it, computed when the workspace changed.
pub fn ui(
    ui: &mut Ui,
    workspace: &Workspace,
    record: &AnyRecord,
    referrers: &[Referrer],
    reading: &super::page::SourceReading,
    today: chrono::NaiveDate,
    actions: &mut Vec<Action>,
) {
    let id = record.id();
    // Titles can be a sentence long; they wrap rather than widen the panel.
    ui.add(egui::Label::new(RichText::new(record.label()).heading()).wrap());
    ui.label(RichText::new(kind_text(workspace, record)).weak());
    // Wrapped: a narrow panel holds the Russian buttons on two lines.
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("views-record-edit")).clicked() {
            actions.push(Action::Edit(id));
        }
        if ui
            .button(tr!("views-record-duplicate"))
            .on_hover_text(tr!("views-record-duplicate-hint"))
            .clicked()
        {
            actions.push(Action::New(duplicate(record, chrono::Utc::now())));
        }
        if ui.button(tr!("views-record-delete")).clicked() {
            actions.push(Action::AskDelete(id));
        }
        if let AnyRecord::Source(source) = record
            && !source.text.trim().is_empty()
            && ui
                .button(tr!("views-record-propose"))
                .on_hover_text(tr!("views-record-propose-hint"))
                .clicked()
        {
            actions.push(Action::ReviewProposals(Box::new(
                super::proposals::ProposalsReview::new(
                    source.title.clone(),
                    reading.proposals.clone(),
                ),
            )));
        }
        // An action plan's activities are added from the plan: each takes
        // its validity, parties and sources.
        if let AnyRecord::Document(plan) = record
            && plan.kind == crate::model::DocumentKind::ActionPlan
            && ui.button(tr!("views-record-add-activity")).clicked()
        {
            let activity = crate::model::Activity::under_plan(plan, "", chrono::Utc::now());
            actions.push(Action::New(AnyRecord::Activity(activity)));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("detail")
        .show(ui, |ui| {
            egui::Grid::new("detail_grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    fields(ui, workspace, record, referrers, today, actions);
                });
            // The text is read beside its facts, wider than a grid's cell.
            if let AnyRecord::Source(source) = record
                && !source.text.trim().is_empty()
            {
                ui.add_space(6.0);
                crate::app::a11y::subheading(ui, tr!("views-detail-text-as-published"));
                super::source_text::ui(ui, workspace, &source.text, &reading.facts);
            }
            ui.separator();
            referred_by(ui, workspace, referrers, actions);
        });
}

fn kind_text(workspace: &Workspace, record: &AnyRecord) -> String {
    match record {
        AnyRecord::Institution(i) => tr!(
            "views-detail-institution-of",
            kind = i.kind.label(),
            country = workspace.label_of(i.country)
        ),
        AnyRecord::Document(d) => d.kind.label(),
        AnyRecord::Meeting(m) => m.kind.label(),
        other => crate::model::capitalised(&crate::query::kind_noun(other.id().kind())),
    }
}

/// The record's own name when the heading shows another language's, and
/// its names in other languages: "az: Rumıniya · ro: România".
fn other_names(ui: &mut Ui, record: &AnyRecord) {
    let (primary, names) = match record {
        AnyRecord::Country(record) => (&record.name, &record.names),
        AnyRecord::Institution(record) => (&record.name, &record.names),
        AnyRecord::Person(record) => (&record.name, &record.names),
        AnyRecord::Document(record) => (&record.title, &record.names),
        AnyRecord::Commission(record) => (&record.name, &record.names),
        _ => return,
    };
    if names.is_empty() {
        return;
    }
    let listed: Vec<String> = names
        .iter()
        .map(|(code, name)| format!("{code}: {name}"))
        .collect();
    if names.shown(primary) != primary.as_str() {
        row(ui, &tr!("names-page-filed-as"), primary);
    }
    row(ui, &tr!("names-form-label"), &listed.join(" · "));
}

fn fields(
    ui: &mut Ui,
    ws: &Workspace,
    record: &AnyRecord,
    referrers: &[Referrer],
    today: chrono::NaiveDate,
    actions: &mut Vec<Action>,
) {
    other_names(ui, record);
    match record {
        AnyRecord::Country(country) => row(ui, &tr!("views-field-name"), &country.name),
        AnyRecord::Institution(i) => {
            row(ui, &tr!("views-field-short-name"), &i.short_name);
            links(
                ui,
                ws,
                &tr!("views-field-country"),
                [i.country.into()],
                actions,
            );
            links(
                ui,
                ws,
                &tr!("views-field-part-of"),
                i.parent.map(RecordId::from),
                actions,
            );
            let former: Vec<String> = i
                .former_names
                .iter()
                .map(|former| match former.until {
                    Some(until) => tr!(
                        "views-detail-former-name-until",
                        name = &former.name,
                        date = until.human()
                    ),
                    None => former.name.clone(),
                })
                .collect();
            row(ui, &tr!("views-field-former-names"), &former.join("\n"));
            links(
                ui,
                ws,
                &tr!("views-field-people"),
                referring(referrers, RecordKind::Person, Field::Positions),
                actions,
            );
            notes_and_sources(ui, ws, &i.notes, &i.sources, actions);
        }
        AnyRecord::Person(p) => {
            row(
                ui,
                &tr!("views-field-other-spellings"),
                &p.name_variants.join(", "),
            );
            for position in &p.positions {
                let when = match (position.from, position.to) {
                    (None, None) => String::new(),
                    (from, to) => format!(" ({} – {})", date_text(from), date_text(to)),
                };
                field_name(ui, &tr!("views-field-position"));
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{}{when},", position.title));
                    link(ui, ws, position.institution.into(), None, actions);
                });
                ui.end_row();
            }
            notes_and_sources(ui, ws, &p.notes, &p.sources, actions);
        }
        AnyRecord::Document(d) => {
            row(ui, &tr!("views-field-signed-on"), &date_text(d.signed_on));
            row(ui, &tr!("views-field-signed-at"), &d.signed_at_place);
            links(
                ui,
                ws,
                &tr!("views-field-signed-at-meeting"),
                d.signed_at_meeting.map(RecordId::from),
                actions,
            );
            links(
                ui,
                ws,
                &tr!("views-field-parties"),
                d.parties.iter().map(|p| (*p).into()),
                actions,
            );
            for signatory in &d.signatories {
                field_name(ui, &tr!("views-field-signatory"));
                ui.horizontal_wrapped(|ui| {
                    link(ui, ws, signatory.person.into(), None, actions);
                    ui.label(&signatory.position);
                });
                ui.end_row();
            }
            let steps: Vec<String> = d
                .status_history
                .iter()
                .map(|step| match step.date {
                    Some(date) => format!("{}: {}", date.human(), step.status.label()),
                    None => tr!(
                        "views-detail-status-date-unknown",
                        status = step.status.label()
                    ),
                })
                .collect();
            row(ui, &tr!("views-field-status"), &steps.join("\n"));
            row(
                ui,
                &tr!("views-field-valid"),
                &d.validity.map(|v| v.human()).unwrap_or_default(),
            );
            for relation in &d.relations {
                field_name(ui, &relation.kind.label());
                link(ui, ws, relation.target.into(), None, actions);
                ui.end_row();
            }
            links(
                ui,
                ws,
                &tr!("views-field-activities"),
                referring(referrers, RecordKind::Activity, Field::Plan),
                actions,
            );
            notes_and_sources(ui, ws, &d.notes, &d.sources, actions);
        }
        AnyRecord::Activity(a) => {
            links(
                ui,
                ws,
                &tr!("views-field-action-plan"),
                [a.plan.into()],
                actions,
            );
            row(
                ui,
                &tr!("views-field-status"),
                &query::activity_status_text(a, today),
            );
            row(
                ui,
                &tr!("views-field-due"),
                &a.due.map(|due| due.human()).unwrap_or_default(),
            );
            links(
                ui,
                ws,
                &tr!("views-field-responsible"),
                a.responsible.iter().map(|r| (*r).into()),
                actions,
            );
            notes_and_sources(ui, ws, &a.notes, &a.sources, actions);
        }
        AnyRecord::Commission(c) => {
            links(
                ui,
                ws,
                &tr!("views-field-parties"),
                c.parties.iter().map(|p| (*p).into()),
                actions,
            );
            row(
                ui,
                &tr!("views-field-established"),
                &date_text(c.established),
            );
            let mut sessions: Vec<&crate::model::Meeting> =
                referring(referrers, RecordKind::Meeting, Field::Commission)
                    .into_iter()
                    .filter_map(|id| match id {
                        RecordId::Meeting(id) => ws.meetings().get(&id),
                        _ => None,
                    })
                    .collect();
            sessions.sort_by_key(|meeting| (meeting.session_number, meeting.start));
            for session in sessions {
                field_name(ui, &tr!("views-field-session"));
                let text = match session.session_number {
                    Some(number) => tr!(
                        "views-detail-session-numbered",
                        ordinal = crate::query::session_ordinal(number),
                        date = date_text(session.start),
                        place = &session.place
                    ),
                    None => session.title.clone(),
                };
                link(ui, ws, session.id.into(), Some(text), actions);
                ui.end_row();
            }
            notes_and_sources(ui, ws, &c.notes, &c.sources, actions);
        }
        AnyRecord::Meeting(m) => {
            links(
                ui,
                ws,
                &tr!("views-field-commission"),
                m.commission.map(RecordId::from),
                actions,
            );
            row(
                ui,
                &tr!("views-field-session"),
                &m.session_number
                    .map(crate::query::session_ordinal)
                    .unwrap_or_default(),
            );
            let when = match (m.start, m.end) {
                (Some(start), Some(end)) => format!("{} – {}", start.human(), end.human()),
                (start, _) => date_text(start),
            };
            row(ui, &tr!("views-field-when"), &when);
            row(ui, &tr!("views-field-place"), &m.place);
            links(
                ui,
                ws,
                &tr!("views-field-countries"),
                m.countries.iter().map(|c| (*c).into()),
                actions,
            );
            links(
                ui,
                ws,
                &tr!("views-field-participants"),
                m.participants.iter().map(|p| (*p).into()),
                actions,
            );
            row(ui, &tr!("views-field-topics"), &m.topics.join("\n"));
            row(ui, &tr!("views-field-outcomes"), &m.outcomes);
            let signed = referring(referrers, RecordKind::Document, Field::SignedAtMeeting);
            links(
                ui,
                ws,
                &tr!("views-field-documents-signed"),
                signed,
                actions,
            );
            notes_and_sources(ui, ws, &m.notes, &m.sources, actions);
        }
        AnyRecord::Indicator(i) => {
            links(
                ui,
                ws,
                &tr!("views-field-country"),
                [i.country.into()],
                actions,
            );
            row(ui, &tr!("views-field-period"), &i.period.human());
            row(ui, &tr!("views-field-figure"), &i.figure());
            notes_and_sources(ui, ws, &i.notes, &i.sources, actions);
        }
        AnyRecord::Source(s) => {
            row(ui, &tr!("views-field-publisher"), &s.publisher);
            row(ui, &tr!("views-field-author"), &s.author);
            row(ui, &tr!("views-field-address"), &s.url);
            row(
                ui,
                &tr!("views-field-published"),
                &s.published_at
                    .map(|at| {
                        let time = at.format("%H:%M (UTC%:z)").to_string();
                        crate::i18n::dates::day_and_time(at.date_naive(), &time)
                    })
                    .unwrap_or_default(),
            );
            row(ui, &tr!("views-field-notes"), &s.notes);
        }
    }
}

/// The records that refer to this one ("cited by", "party to", ...).
pub fn referred_by(
    ui: &mut Ui,
    workspace: &Workspace,
    referrers: &[Referrer],
    actions: &mut Vec<Action>,
) {
    if referrers.is_empty() {
        return;
    }
    let referred = ui.collapsing(
        tr!("views-detail-referred-to-by", count = referrers.len()),
        |ui| {
            for referrer in referrers {
                ui.horizontal(|ui| {
                    ui.weak(tr!(
                        "views-detail-referrer",
                        kind = crate::query::kind_noun(referrer.record.kind()),
                        field = referrer.field.in_words()
                    ));
                    link(
                        ui,
                        workspace,
                        referrer.record,
                        Some(referrer.label.clone()),
                        actions,
                    );
                });
            }
        },
    );
    crate::app::a11y::expander(ui, &referred.header_response, !referred.fully_closed());
}

/// A copy of `record` as a new record: its own id and times, and what
/// must stay unique left out (a meeting's session number).
pub fn duplicate(record: &AnyRecord, now: chrono::DateTime<chrono::Utc>) -> AnyRecord {
    use crate::model::{
        ActivityId, CommissionId, CountryId, DocumentId, IndicatorId, InstitutionId, MeetingId,
        PersonId, SourceId,
    };
    macro_rules! renewed {
        ($record:expr, $id:ty) => {{
            let mut copy = $record.clone();
            copy.id = <$id>::random();
            copy.created_at = now;
            copy.modified_at = now;
            copy
        }};
    }
    match record {
        AnyRecord::Country(c) => AnyRecord::Country(renewed!(c, CountryId)),
        AnyRecord::Institution(i) => AnyRecord::Institution(renewed!(i, InstitutionId)),
        AnyRecord::Person(p) => AnyRecord::Person(renewed!(p, PersonId)),
        AnyRecord::Document(d) => AnyRecord::Document(renewed!(d, DocumentId)),
        AnyRecord::Commission(c) => AnyRecord::Commission(renewed!(c, CommissionId)),
        AnyRecord::Meeting(m) => {
            let mut meeting = renewed!(m, MeetingId);
            meeting.session_number = None;
            AnyRecord::Meeting(meeting)
        }
        AnyRecord::Activity(a) => AnyRecord::Activity(renewed!(a, ActivityId)),
        AnyRecord::Indicator(i) => AnyRecord::Indicator(renewed!(i, IndicatorId)),
        AnyRecord::Source(s) => AnyRecord::Source(renewed!(s, SourceId)),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, with_language};
    use crate::tr;

    #[test]
    fn a_session_is_numbered_as_each_language_writes_ordinals() {
        let russian = with_language(Language::Russian, || {
            tr!(
                "views-detail-session-numbered",
                ordinal = crate::query::session_ordinal(3),
                date = "12 мая 2022 г.",
                place = "Баку"
            )
        });
        assert_eq!(russian, "3-е заседание, 12 мая 2022 г., Баку");
        assert_eq!(
            tr!(
                "views-detail-session-numbered",
                ordinal = crate::query::session_ordinal(22),
                date = "12 May 2022",
                place = "Baku"
            ),
            "22nd session, 12 May 2022, Baku"
        );
    }

    #[test]
    fn the_records_referring_to_a_page_are_counted_in_each_language() {
        let referred = |language, count: usize| {
            with_language(language, || {
                tr!("views-detail-referred-to-by", count = count)
            })
        };
        assert_eq!(referred(Language::English, 1), "Referred to by 1 record");
        assert_eq!(referred(Language::English, 3), "Referred to by 3 records");
        assert_eq!(referred(Language::Russian, 1), "Упоминается в 1 записи");
        assert_eq!(referred(Language::Russian, 3), "Упоминается в 3 записях");
        assert_eq!(referred(Language::Russian, 21), "Упоминается в 21 записи");
        assert_eq!(
            referred(Language::Azerbaijani, 5),
            "5 qeyddə istinad olunur"
        );
        assert_eq!(
            with_language(Language::Russian, || crate::query::kind_noun(
                crate::model::RecordKind::Person
            )),
            "лицо"
        );
    }
}
