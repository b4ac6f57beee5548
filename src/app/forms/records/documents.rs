//! The forms of documents (agreements, protocols, action plans), their
//! activities, meetings, indicators and sources.

use egui::Ui;

use super::other_names;
use crate::app::forms::fields::{
    self, FieldState, choice, date, decimal, item_list, multiline, number, period, reference,
    reference_list, required_period, text, text_list,
};
use crate::model::{
    Activity, ActivityStatus, Document, DocumentKind, DocumentRelation, DocumentStatus, Field,
    Indicator, IndicatorKind, Meeting, MeetingKind, RelationKind, Signatory, Source, StatusStep,
    Workspace,
};
use crate::tr;

pub fn document(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Document) {
    text(
        ui,
        f,
        &tr!("forms-document-title"),
        Field::Title,
        &mut record.title,
    );
    choice(
        ui,
        f,
        &tr!("forms-field-kind"),
        &mut record.kind,
        DocumentKind::ALL,
    );
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-parties"),
        Field::Parties,
        &mut record.parties,
    );
    let signed_before = record.signed_on;
    date(
        ui,
        f,
        &tr!("forms-document-signed-on"),
        Field::SignedOn,
        &mut record.signed_on,
    );
    // The status history follows: signed on a date means a Signed step.
    record.signing_date_changed(signed_before);
    text(
        ui,
        f,
        &tr!("forms-document-signed-at-place"),
        Field::SignedAtPlace,
        &mut record.signed_at_place,
    );
    reference(
        ui,
        f,
        ws,
        &tr!("forms-document-signed-at-meeting"),
        Field::SignedAtMeeting,
        &mut record.signed_at_meeting,
    );
    item_list(
        ui,
        f,
        &tr!("forms-document-signatories"),
        &tr!("forms-document-add-signatory"),
        Field::Signatories,
        &mut record.signatories,
        || Signatory {
            person: ws
                .people()
                .keys()
                .next()
                .copied()
                .unwrap_or_else(crate::model::PersonId::random),
            position: String::new(),
        },
        |ui, f, index, signatory| {
            let mut person = Some(signatory.person);
            reference(
                ui,
                f,
                ws,
                &tr!("forms-document-signatory", number = index + 1),
                Field::Signatories.at(index).then(Field::Person),
                &mut person,
            );
            if let Some(person) = person {
                signatory.person = person;
            }
            text(
                ui,
                f,
                &tr!("forms-document-signatory-position", number = index + 1),
                Field::Signatories.at(index).then(Field::Position),
                &mut signatory.position,
            );
        },
    );
    item_list(
        ui,
        f,
        &tr!("forms-document-status-history"),
        &tr!("forms-document-add-status-step"),
        Field::StatusHistory,
        &mut record.status_history,
        || StatusStep {
            status: DocumentStatus::Signed,
            date: None,
        },
        |ui, f, index, step| {
            choice(
                ui,
                f,
                &tr!("forms-document-status-step", number = index + 1),
                &mut step.status,
                DocumentStatus::ALL,
            );
            date(
                ui,
                f,
                &tr!("forms-document-status-step-date", number = index + 1),
                Field::StatusHistory.at(index).then(Field::Date),
                &mut step.date,
            );
        },
    );
    period(
        ui,
        f,
        &tr!("forms-document-validity"),
        Field::Validity,
        &mut record.validity,
    );
    item_list(
        ui,
        f,
        &tr!("forms-document-relations"),
        &tr!("forms-document-add-relation"),
        Field::Relations,
        &mut record.relations,
        || DocumentRelation {
            kind: RelationKind::Implements,
            target: ws
                .documents()
                .keys()
                .next()
                .copied()
                .unwrap_or_else(crate::model::DocumentId::random),
        },
        |ui, f, index, relation| {
            choice(
                ui,
                f,
                &tr!("forms-document-relation", number = index + 1),
                &mut relation.kind,
                RelationKind::ALL,
            );
            let mut target = Some(relation.target);
            reference(
                ui,
                f,
                ws,
                &tr!("forms-document-relation-target", number = index + 1),
                Field::Relations.at(index).then(Field::Target),
                &mut target,
            );
            if let Some(target) = target {
                relation.target = target;
            }
        },
    );
    other_names(ui, f, &mut record.names);
    multiline(ui, f, &tr!("forms-field-notes"), &mut record.notes);
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-sources"),
        Field::Sources,
        &mut record.sources,
    );
}

pub fn activity(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Activity) {
    text(
        ui,
        f,
        &tr!("forms-activity-description"),
        Field::Description,
        &mut record.description,
    );
    let mut plan = Some(record.plan);
    reference(
        ui,
        f,
        ws,
        &tr!("forms-activity-plan"),
        Field::Plan,
        &mut plan,
    );
    if let Some(plan) = plan {
        record.plan = plan;
    }
    choice(
        ui,
        f,
        &tr!("forms-activity-status"),
        &mut record.status,
        ActivityStatus::ALL,
    );
    period(
        ui,
        f,
        &tr!("forms-activity-due"),
        Field::Due,
        &mut record.due,
    );
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-activity-responsible"),
        Field::Responsible,
        &mut record.responsible,
    );
    multiline(ui, f, &tr!("forms-field-notes"), &mut record.notes);
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-sources"),
        Field::Sources,
        &mut record.sources,
    );
}

pub fn meeting(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Meeting) {
    text(
        ui,
        f,
        &tr!("forms-meeting-title"),
        Field::Title,
        &mut record.title,
    );
    choice(
        ui,
        f,
        &tr!("forms-field-kind"),
        &mut record.kind,
        MeetingKind::ALL,
    );
    reference(
        ui,
        f,
        ws,
        &tr!("forms-meeting-commission"),
        Field::Commission,
        &mut record.commission,
    );
    number(
        ui,
        f,
        &tr!("forms-meeting-session-number"),
        &mut record.session_number,
    );
    date(
        ui,
        f,
        &tr!("forms-meeting-start"),
        Field::Start,
        &mut record.start,
    );
    date(
        ui,
        f,
        &tr!("forms-meeting-end"),
        Field::End,
        &mut record.end,
    );
    text(
        ui,
        f,
        &tr!("forms-meeting-place"),
        Field::Place,
        &mut record.place,
    );
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-meeting-countries"),
        Field::Countries,
        &mut record.countries,
    );
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-meeting-participants"),
        Field::Participants,
        &mut record.participants,
    );
    text_list(
        ui,
        f,
        &tr!("forms-meeting-topics"),
        &tr!("forms-meeting-add-topic"),
        Field::Topics,
        &mut record.topics,
    );
    multiline(ui, f, &tr!("forms-meeting-outcomes"), &mut record.outcomes);
    multiline(ui, f, &tr!("forms-field-notes"), &mut record.notes);
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-sources"),
        Field::Sources,
        &mut record.sources,
    );
}

pub fn indicator(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Indicator) {
    let mut country = Some(record.country);
    reference(
        ui,
        f,
        ws,
        &tr!("forms-field-country"),
        Field::Country,
        &mut country,
    );
    if let Some(country) = country {
        record.country = country;
    }
    choice(
        ui,
        f,
        &tr!("forms-field-kind"),
        &mut record.kind,
        IndicatorKind::ALL,
    );
    text(
        ui,
        f,
        &tr!("forms-indicator-label"),
        Field::Label,
        &mut record.label,
    );
    required_period(
        ui,
        f,
        &tr!("forms-indicator-period"),
        Field::Period,
        &mut record.period,
    );
    decimal(
        ui,
        f,
        &tr!("forms-indicator-value"),
        Field::Value,
        &tr!("forms-indicator-value-hint"),
        &mut record.value,
    );
    text(
        ui,
        f,
        &tr!("forms-indicator-unit"),
        Field::Unit,
        &mut record.unit,
    );
    decimal(
        ui,
        f,
        &tr!("forms-indicator-change"),
        Field::ChangePercent,
        &tr!("forms-indicator-change-hint"),
        &mut record.change_percent,
    );
    multiline(ui, f, &tr!("forms-field-notes"), &mut record.notes);
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-sources"),
        Field::Sources,
        &mut record.sources,
    );
}

pub fn source(ui: &mut Ui, f: &mut FieldState, record: &mut Source) {
    text(
        ui,
        f,
        &tr!("forms-source-title"),
        Field::Title,
        &mut record.title,
    );
    text(
        ui,
        f,
        &tr!("forms-source-publisher"),
        Field::Publisher,
        &mut record.publisher,
    );
    text(
        ui,
        f,
        &tr!("forms-source-author"),
        Field::Author,
        &mut record.author,
    );
    text(ui, f, &tr!("forms-source-url"), Field::Url, &mut record.url);
    published_at(ui, f, &mut record.published_at);
    multiline(
        ui,
        f,
        &tr!("forms-source-text-as-published"),
        &mut record.text,
    );
    multiline(ui, f, &tr!("forms-field-notes"), &mut record.notes);
}

/// A publication time with its UTC offset, typed as RFC 3339.
fn published_at(
    ui: &mut Ui,
    f: &mut FieldState,
    value: &mut Option<chrono::DateTime<chrono::FixedOffset>>,
) {
    fields::parsed(
        ui,
        f,
        &tr!("forms-source-published-at"),
        Field::PublishedAt,
        "2022-11-03T12:07:00+04:00",
        value,
        chrono::DateTime::to_rfc3339,
        |text| {
            chrono::DateTime::parse_from_rfc3339(text)
                .map_err(|_| tr!("forms-not-a-time", text = format!("{text:?}")))
        },
    );
}
