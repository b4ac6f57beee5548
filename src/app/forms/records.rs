//! The body of the form for each record kind, built from [`super::fields`].

use egui::Ui;

use super::fields::{
    self, FieldState, choice, date, decimal, item_list, multiline, number, period, reference,
    reference_list, required_period, text, text_list,
};
use crate::model::{
    Activity, ActivityStatus, Commission, Country, Document, DocumentKind, DocumentRelation,
    DocumentStatus, Embassy, EmbassySide, Field, FormerName, Indicator, IndicatorKind, Institution,
    InstitutionKind, Meeting, MeetingKind, Person, Position, RelationKind, Signatory, Source,
    StatusStep, Workspace,
};

pub fn country(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Country) {
    text(ui, f, "Name", Field::Name, &mut record.name);
    text(ui, f, "ISO code", Field::IsoCode, &mut record.iso_code);
    text_list(ui, f, "Other names", Field::Aliases, &mut record.aliases);
    date(
        ui,
        f,
        "Diplomatic relations established",
        Field::Relations.then(Field::DiplomaticRelationsEstablished),
        &mut record.relations.diplomatic_relations_established,
    );
    item_list(
        ui,
        f,
        "Embassies",
        "Add embassy",
        Field::Relations.then(Field::Embassies),
        &mut record.relations.embassies,
        || Embassy {
            side: EmbassySide::Ours,
            city: String::new(),
            opened_on: None,
        },
        |ui, f, index, embassy| {
            choice(
                ui,
                f,
                &format!("Embassy {} side", index + 1),
                &mut embassy.side,
                EmbassySide::ALL,
            );
            text(
                ui,
                f,
                &format!("Embassy {} city", index + 1),
                Field::Relations
                    .then(Field::Embassies)
                    .at(index)
                    .then(Field::City),
                &mut embassy.city,
            );
            date(
                ui,
                f,
                &format!("Embassy {} opened on", index + 1),
                Field::Relations
                    .then(Field::Embassies)
                    .at(index)
                    .then(Field::OpenedOn),
                &mut embassy.opened_on,
            );
        },
    );
    reference_list(
        ui,
        f,
        ws,
        "Strategic partnership declarations",
        Field::Relations.then(Field::StrategicPartnerships),
        &mut record.relations.strategic_partnerships,
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn institution(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Institution) {
    text(ui, f, "Name", Field::Name, &mut record.name);
    text(
        ui,
        f,
        "Short name",
        Field::ShortName,
        &mut record.short_name,
    );
    choice(ui, f, "Kind", &mut record.kind, InstitutionKind::ALL);
    let mut country = Some(record.country);
    reference(ui, f, ws, "Country", Field::Country, &mut country);
    if let Some(country) = country {
        record.country = country;
    }
    reference(ui, f, ws, "Part of", Field::Parent, &mut record.parent);
    item_list(
        ui,
        f,
        "Former names",
        "Add former name",
        Field::FormerNames,
        &mut record.former_names,
        || FormerName {
            name: String::new(),
            until: None,
        },
        |ui, f, index, former| {
            text(
                ui,
                f,
                &format!("Former name {}", index + 1),
                Field::FormerNames.at(index).then(Field::Name),
                &mut former.name,
            );
            date(
                ui,
                f,
                &format!("Used until {}", index + 1),
                Field::FormerNames.at(index).then(Field::Until),
                &mut former.until,
            );
        },
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn person(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Person) {
    text(ui, f, "Name", Field::Name, &mut record.name);
    text_list(
        ui,
        f,
        "Other spellings",
        Field::NameVariants,
        &mut record.name_variants,
    );
    item_list(
        ui,
        f,
        "Positions",
        "Add position",
        Field::Positions,
        &mut record.positions,
        || Position {
            institution: ws
                .institutions()
                .keys()
                .next()
                .copied()
                .unwrap_or_else(crate::model::InstitutionId::random),
            title: String::new(),
            from: None,
            to: None,
        },
        |ui, f, index, position| {
            text(
                ui,
                f,
                &format!("Position {} title", index + 1),
                Field::Positions.at(index).then(Field::Title),
                &mut position.title,
            );
            let mut institution = Some(position.institution);
            reference(
                ui,
                f,
                ws,
                &format!("Position {} institution", index + 1),
                Field::Positions.at(index).then(Field::Institution),
                &mut institution,
            );
            if let Some(institution) = institution {
                position.institution = institution;
            }
            date(
                ui,
                f,
                &format!("Position {} from", index + 1),
                Field::Positions.at(index).then(Field::From),
                &mut position.from,
            );
            date(
                ui,
                f,
                &format!("Position {} to", index + 1),
                Field::Positions.at(index).then(Field::To),
                &mut position.to,
            );
        },
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn document(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Document) {
    text(ui, f, "Title", Field::Title, &mut record.title);
    choice(ui, f, "Kind", &mut record.kind, DocumentKind::ALL);
    reference_list(ui, f, ws, "Parties", Field::Parties, &mut record.parties);
    let signed_before = record.signed_on;
    date(ui, f, "Signed on", Field::SignedOn, &mut record.signed_on);
    // The status history follows: signed on a date means a Signed step.
    record.signing_date_changed(signed_before);
    text(
        ui,
        f,
        "Signed at (place)",
        Field::SignedAtPlace,
        &mut record.signed_at_place,
    );
    reference(
        ui,
        f,
        ws,
        "Signed at meeting",
        Field::SignedAtMeeting,
        &mut record.signed_at_meeting,
    );
    item_list(
        ui,
        f,
        "Signatories",
        "Add signatory",
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
                &format!("Signatory {}", index + 1),
                Field::Signatories.at(index).then(Field::Person),
                &mut person,
            );
            if let Some(person) = person {
                signatory.person = person;
            }
            text(
                ui,
                f,
                &format!("Signatory {} position", index + 1),
                Field::Signatories.at(index).then(Field::Position),
                &mut signatory.position,
            );
        },
    );
    item_list(
        ui,
        f,
        "Status history",
        "Add status step",
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
                &format!("Status {}", index + 1),
                &mut step.status,
                DocumentStatus::ALL,
            );
            date(
                ui,
                f,
                &format!("Status {} date", index + 1),
                Field::StatusHistory.at(index).then(Field::Date),
                &mut step.date,
            );
        },
    );
    period(ui, f, "Valid", Field::Validity, &mut record.validity);
    item_list(
        ui,
        f,
        "Related documents",
        "Add relation",
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
                &format!("Relation {}", index + 1),
                &mut relation.kind,
                RelationKind::ALL,
            );
            let mut target = Some(relation.target);
            reference(
                ui,
                f,
                ws,
                &format!("Relation {} document", index + 1),
                Field::Relations.at(index).then(Field::Target),
                &mut target,
            );
            if let Some(target) = target {
                relation.target = target;
            }
        },
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn activity(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Activity) {
    text(
        ui,
        f,
        "Description",
        Field::Description,
        &mut record.description,
    );
    let mut plan = Some(record.plan);
    reference(ui, f, ws, "Action plan", Field::Plan, &mut plan);
    if let Some(plan) = plan {
        record.plan = plan;
    }
    choice(ui, f, "Status", &mut record.status, ActivityStatus::ALL);
    period(ui, f, "Due", Field::Due, &mut record.due);
    reference_list(
        ui,
        f,
        ws,
        "Responsible",
        Field::Responsible,
        &mut record.responsible,
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn commission(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Commission) {
    text(ui, f, "Name", Field::Name, &mut record.name);
    reference_list(ui, f, ws, "Parties", Field::Parties, &mut record.parties);
    date(
        ui,
        f,
        "Established",
        Field::Established,
        &mut record.established,
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn meeting(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Meeting) {
    text(ui, f, "Title", Field::Title, &mut record.title);
    choice(ui, f, "Kind", &mut record.kind, MeetingKind::ALL);
    reference(
        ui,
        f,
        ws,
        "Commission",
        Field::Commission,
        &mut record.commission,
    );
    number(ui, f, "Session number", &mut record.session_number);
    date(ui, f, "Start", Field::Start, &mut record.start);
    date(ui, f, "End", Field::End, &mut record.end);
    text(ui, f, "Place", Field::Place, &mut record.place);
    reference_list(
        ui,
        f,
        ws,
        "Countries",
        Field::Countries,
        &mut record.countries,
    );
    reference_list(
        ui,
        f,
        ws,
        "Participants",
        Field::Participants,
        &mut record.participants,
    );
    text_list(ui, f, "Topics", Field::Topics, &mut record.topics);
    multiline(ui, f, "Outcomes", &mut record.outcomes);
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn indicator(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Indicator) {
    let mut country = Some(record.country);
    reference(ui, f, ws, "Country", Field::Country, &mut country);
    if let Some(country) = country {
        record.country = country;
    }
    choice(ui, f, "Kind", &mut record.kind, IndicatorKind::ALL);
    text(ui, f, "Label", Field::Label, &mut record.label);
    required_period(ui, f, "Period", Field::Period, &mut record.period);
    decimal(
        ui,
        f,
        "Value",
        Field::Value,
        "e.g. 215.5",
        &mut record.value,
    );
    text(ui, f, "Unit", Field::Unit, &mut record.unit);
    decimal(
        ui,
        f,
        "Change in percent",
        Field::ChangePercent,
        "e.g. +76.4 (percent)",
        &mut record.change_percent,
    );
    multiline(ui, f, "Notes", &mut record.notes);
    reference_list(ui, f, ws, "Sources", Field::Sources, &mut record.sources);
}

pub fn source(ui: &mut Ui, f: &mut FieldState, record: &mut Source) {
    text(ui, f, "Title", Field::Title, &mut record.title);
    text(ui, f, "Publisher", Field::Publisher, &mut record.publisher);
    text(ui, f, "Author", Field::Author, &mut record.author);
    text(ui, f, "Address (URL)", Field::Url, &mut record.url);
    published_at(ui, f, &mut record.published_at);
    multiline(ui, f, "Text as published", &mut record.text);
    multiline(ui, f, "Notes", &mut record.notes);
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
        "Published at",
        Field::PublishedAt,
        "2022-11-03T12:07:00+04:00",
        value,
        chrono::DateTime::to_rfc3339,
        |text| {
            chrono::DateTime::parse_from_rfc3339(text)
                .map_err(|_| format!("{text:?} is not a time like 2022-11-03T12:07:00+04:00"))
        },
    );
}
