//! The body of the form for each record kind, built from [`super::fields`]:
//! the parties (countries, institutions, people, commissions) here, the
//! documents and what follows from them in [`documents`].

use egui::Ui;

use super::fields::{
    FieldState, choice, date, item_list, multiline, reference, reference_list, text, text_list,
};
use crate::model::{
    Commission, Country, Embassy, EmbassySide, Field, FormerName, Institution, InstitutionKind,
    Person, Position, Workspace,
};
use crate::model::{LocalName, OtherNames};
use crate::tr;

mod documents;

pub use documents::{activity, document, indicator, meeting, source};

pub fn country(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Country) {
    text(
        ui,
        f,
        &tr!("forms-field-name"),
        Field::Name,
        &mut record.name,
    );
    text(
        ui,
        f,
        &tr!("forms-country-iso-code"),
        Field::IsoCode,
        &mut record.iso_code,
    );
    text_list(
        ui,
        f,
        &tr!("forms-country-aliases"),
        &tr!("forms-country-add-alias"),
        Field::Aliases,
        &mut record.aliases,
    );
    date(
        ui,
        f,
        &tr!("forms-country-relations-established"),
        Field::Relations.then(Field::DiplomaticRelationsEstablished),
        &mut record.relations.diplomatic_relations_established,
    );
    item_list(
        ui,
        f,
        &tr!("forms-country-embassies"),
        &tr!("forms-country-add-embassy"),
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
                &tr!("forms-country-embassy-side", number = index + 1),
                &mut embassy.side,
                EmbassySide::ALL,
            );
            text(
                ui,
                f,
                &tr!("forms-country-embassy-city", number = index + 1),
                Field::Relations
                    .then(Field::Embassies)
                    .at(index)
                    .then(Field::City),
                &mut embassy.city,
            );
            date(
                ui,
                f,
                &tr!("forms-country-embassy-opened", number = index + 1),
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
        &tr!("forms-country-strategic-partnerships"),
        Field::Relations.then(Field::StrategicPartnerships),
        &mut record.relations.strategic_partnerships,
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

pub fn institution(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Institution) {
    text(
        ui,
        f,
        &tr!("forms-field-name"),
        Field::Name,
        &mut record.name,
    );
    text(
        ui,
        f,
        &tr!("forms-institution-short-name"),
        Field::ShortName,
        &mut record.short_name,
    );
    choice(
        ui,
        f,
        &tr!("forms-field-kind"),
        &mut record.kind,
        InstitutionKind::ALL,
    );
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
    reference(
        ui,
        f,
        ws,
        &tr!("forms-institution-parent"),
        Field::Parent,
        &mut record.parent,
    );
    item_list(
        ui,
        f,
        &tr!("forms-institution-former-names"),
        &tr!("forms-institution-add-former-name"),
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
                &tr!("forms-institution-former-name", number = index + 1),
                Field::FormerNames.at(index).then(Field::Name),
                &mut former.name,
            );
            date(
                ui,
                f,
                &tr!("forms-institution-former-name-until", number = index + 1),
                Field::FormerNames.at(index).then(Field::Until),
                &mut former.until,
            );
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

pub fn person(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Person) {
    text(
        ui,
        f,
        &tr!("forms-person-name"),
        Field::Name,
        &mut record.name,
    );
    text_list(
        ui,
        f,
        &tr!("forms-person-spellings"),
        &tr!("forms-person-add-spelling"),
        Field::NameVariants,
        &mut record.name_variants,
    );
    item_list(
        ui,
        f,
        &tr!("forms-person-positions"),
        &tr!("forms-person-add-position"),
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
                &tr!("forms-person-position-title", number = index + 1),
                Field::Positions.at(index).then(Field::Title),
                &mut position.title,
            );
            let mut institution = Some(position.institution);
            reference(
                ui,
                f,
                ws,
                &tr!("forms-person-position-institution", number = index + 1),
                Field::Positions.at(index).then(Field::Institution),
                &mut institution,
            );
            if let Some(institution) = institution {
                position.institution = institution;
            }
            date(
                ui,
                f,
                &tr!("forms-person-position-from", number = index + 1),
                Field::Positions.at(index).then(Field::From),
                &mut position.from,
            );
            date(
                ui,
                f,
                &tr!("forms-person-position-to", number = index + 1),
                Field::Positions.at(index).then(Field::To),
                &mut position.to,
            );
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

pub fn commission(ui: &mut Ui, f: &mut FieldState, ws: &Workspace, record: &mut Commission) {
    text(
        ui,
        f,
        &tr!("forms-field-name"),
        Field::Name,
        &mut record.name,
    );
    reference_list(
        ui,
        f,
        ws,
        &tr!("forms-field-parties"),
        Field::Parties,
        &mut record.parties,
    );
    date(
        ui,
        f,
        &tr!("forms-commission-established"),
        Field::Established,
        &mut record.established,
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

/// The record's name in other languages, a language code and a name per
/// row; a new row suggests the first of the interface's languages the
/// record has no name in yet.
pub(super) fn other_names(ui: &mut Ui, f: &mut FieldState, names: &mut OtherNames) {
    let next_language = crate::i18n::Language::ALL
        .iter()
        .map(|language| language.code())
        .find(|code| names.0.iter().all(|local| local.language != *code))
        .unwrap_or_default()
        .to_owned();
    item_list(
        ui,
        f,
        &tr!("names-form-label"),
        &tr!("names-form-add"),
        Field::Names,
        &mut names.0,
        || LocalName {
            language: next_language,
            name: String::new(),
        },
        |ui, f, index, local| {
            text(
                ui,
                f,
                &tr!("names-form-language", number = index + 1),
                Field::Names.at(index).then(Field::Language),
                &mut local.language,
            );
            text(
                ui,
                f,
                &tr!("names-form-name", number = index + 1),
                Field::Names.at(index).then(Field::Name),
                &mut local.name,
            );
        },
    );
}
