//! The sections about the relationship and its legal framework: since
//! when, the embassies and partnership, the documents in force and those
//! to renew.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Block, Item, KEY_FACTS_LIST, Scope, Section, Table, column, section, shortened};
use crate::model::{Document, DocumentStatus, EmbassySide, PartialDate, Workspace};
use crate::query::lowercase;
use crate::query::next::{is_in_force, renewal_due, standing};
use crate::tr;

/// The relationship in three lines: since when, the embassies, the
/// strategic partnership.
pub(super) fn relationship(scope: &Scope) -> Section {
    let (workspace, country) = (scope.workspace, scope.country);
    let relations = &country.relations;
    let mut facts = Vec::new();
    if !country.aliases.is_empty() {
        facts.push(tr!(
            "export-also-known-as",
            names = country.aliases.join(", ")
        ));
    }
    facts.push(match relations.diplomatic_relations_established {
        Some(date) => tr!("export-relations-since", date = date.human()),
        None => tr!("export-relations-not-recorded"),
    });
    let home = workspace
        .home_country()
        .and_then(|id| workspace.countries().get(&id))
        .map(|home| home.shown_name().to_owned());
    let embassies: Vec<String> = relations
        .embassies
        .iter()
        .map(|embassy| {
            // Seen from the home country: theirs is here, ours is there.
            // Both are worded the same way: "Embassy of X in City".
            let of = match embassy.side {
                EmbassySide::Theirs => Some(country.shown_name().to_owned()),
                EmbassySide::Ours => home.clone(),
            };
            let city = if embassy.city.is_empty() {
                match embassy.side {
                    EmbassySide::Ours => Some(country.shown_name().to_owned()),
                    EmbassySide::Theirs => None,
                }
            } else {
                Some(embassy.city.clone())
            };
            let opened = embassy.opened_on.map_or_else(
                || tr!("export-embassy-opening-not-recorded"),
                |date| tr!("export-embassy-opened", date = date.human()),
            );
            match (of, city) {
                (Some(of), Some(city)) => {
                    tr!("export-embassy", country = of, city = city, opened = opened)
                }
                (Some(of), None) => tr!("export-embassy-no-city", country = of, opened = opened),
                (None, city) => tr!(
                    "export-embassy-ours",
                    city = city.unwrap_or_else(|| country.shown_name().to_owned()),
                    opened = opened
                ),
            }
        })
        .collect();
    facts.push(if embassies.is_empty() {
        tr!("export-embassies-not-recorded")
    } else {
        tr!("export-embassies", embassies = embassies.join("; "))
    });
    let partnerships: Vec<String> = relations
        .strategic_partnerships
        .iter()
        .map(|id| {
            let signed = workspace
                .documents()
                .get(id)
                .and_then(|document| document.signed_on)
                .map(|date| date.human());
            let name = workspace.label_of(*id);
            match signed {
                Some(date) => tr!("export-partnership-signed", document = name, date = date),
                None => name,
            }
        })
        .collect();
    facts.push(if partnerships.is_empty() {
        tr!("export-partnership-not-recorded")
    } else {
        tr!("export-partnership", partnerships = partnerships.join("; "))
    });
    section(
        tr!("export-section-relationship"),
        vec![Block::Items(facts.into_iter().map(Item::line).collect())],
    )
}

/// "3 documents recorded; 2 in force or signed."
fn documents_count(recorded: usize, in_force: usize) -> String {
    tr!(
        "export-documents-recorded",
        count = recorded,
        in_force = in_force
    )
}

/// What a document's line and row say: what it is, when and where it was
/// signed, where it stands, how long it holds, between whom.
struct DocumentFacts {
    title: String,
    kind: String,
    /// "November 2022 in Istanbul"; None when not recorded.
    signed: Option<String>,
    /// "in force since 2023"; None when its standing is the signature
    /// on the signing date, which the signing already says.
    status: Option<String>,
    /// "2023 – 2024, ended".
    validity: Option<String>,
    parties: String,
}

fn document_facts(workspace: &Workspace, document: &Document, today: NaiveDate) -> DocumentFacts {
    let signed = document.signed_on.map(|signed| {
        if document.signed_at_place.trim().is_empty() {
            signed.human()
        } else {
            tr!(
                "export-signed-at-place",
                date = signed.human(),
                place = document.signed_at_place.trim()
            )
        }
    });
    let only_signed = document.signed_on.is_some()
        && standing(document) == Some(DocumentStatus::Signed)
        && document
            .status_history
            .last()
            .is_none_or(|step| step.date.is_none() || step.date == document.signed_on);
    let status = match standing(document) {
        Some(_) if only_signed => None,
        Some(status) => {
            let status_text = lowercase(&status.label());
            let since = document
                .status_history
                .last()
                .and_then(|step| step.date)
                .filter(|date| Some(*date) != document.signed_on);
            Some(match since {
                Some(date) => tr!(
                    "export-status-since",
                    status = status_text,
                    date = date.human()
                ),
                None => status_text,
            })
        }
        None => Some(tr!("export-status-not-recorded")),
    };
    let validity = document.validity.map(|validity| {
        if validity.last_day() < today {
            tr!("export-validity-ended", period = validity.human())
        } else {
            validity.human()
        }
    });
    let parties: Vec<String> = document
        .parties
        .iter()
        .map(|id| workspace.label_of(*id))
        .collect();
    DocumentFacts {
        title: document.shown_name().trim().to_owned(),
        kind: document.kind.label(),
        signed,
        status,
        validity,
        parties: parties.join("; "),
    }
}

/// Every document with its kind, date, status and validity, then what is
/// in force and what ends soon.
pub(super) fn legal_framework(scope: &Scope) -> Section {
    let today = scope.today;
    let in_force = scope
        .documents
        .iter()
        .filter(|document| is_in_force(document, today))
        .count();
    let mut blocks = vec![Block::Paragraph(documents_count(
        scope.documents.len(),
        in_force,
    ))];
    if let Some(ending) = renewals(scope) {
        blocks.push(Block::Paragraph(ending));
    }
    if scope.documents.is_empty() {
        blocks.push(Block::Paragraph(tr!("export-no-documents")));
        return section(tr!("export-section-legal-framework"), blocks);
    }
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for document in &scope.documents {
        let facts = document_facts(scope.workspace, document, today);
        let mut details = vec![facts.kind.clone()];
        details.push(facts.signed.as_ref().map_or_else(
            || tr!("export-signing-not-recorded"),
            |signed| tr!("export-document-signed", date = signed),
        ));
        details.extend(facts.status.clone());
        details.extend(
            facts
                .validity
                .as_ref()
                .map(|validity| tr!("export-document-valid", period = validity)),
        );
        let mut line = format!("{} — {}.", facts.title, details.join(", "));
        if !facts.parties.is_empty() {
            let _ = write!(
                line,
                " {}",
                tr!("export-document-parties", parties = &facts.parties)
            );
        }
        lines.push(Item::line(line));
        rows.push(vec![
            facts.title,
            facts.kind,
            facts
                .signed
                .unwrap_or_else(|| tr!("export-cell-not-recorded")),
            facts.status.unwrap_or_else(|| tr!("export-cell-signed")),
            facts.validity.unwrap_or_default(),
            facts.parties,
        ]);
    }
    blocks.push(Block::Table(Table {
        columns: vec![
            column(tr!("export-column-document"), 2.6),
            column(tr!("export-column-kind"), 1.2),
            column(tr!("export-column-signed"), 1.6),
            column(tr!("export-column-status"), 1.2),
            column(tr!("export-column-validity"), 1.6),
            column(tr!("export-column-parties"), 2.0),
        ],
        rows,
        lines,
    }));
    section(tr!("export-section-legal-framework"), blocks)
}

/// "Up for renewal within six months: …", when anything is.
fn renewals(scope: &Scope) -> Option<String> {
    let ending: Vec<String> = scope
        .documents
        .iter()
        .filter_map(|document| {
            renewal_due(document, scope.today).map(|end| {
                tr!(
                    "export-valid-until",
                    document = document.shown_name().trim(),
                    date = PartialDate::Day(end).human()
                )
            })
        })
        .collect();
    (!ending.is_empty()).then(|| tr!("export-renewals", documents = ending.join("; ")))
}

/// The key facts' legal framework: the count, what is in force by title,
/// and what is up for renewal.
pub(super) fn in_force_briefly(scope: &Scope) -> Section {
    let in_force: Vec<Item> = scope
        .documents
        .iter()
        .filter(|document| is_in_force(document, scope.today))
        .map(|document| {
            let signed = document
                .signed_on
                .map(|date| format!(" ({})", date.human()))
                .unwrap_or_default();
            Item::line(format!("{}{signed}", document.shown_name().trim()))
        })
        .collect();
    let mut blocks = vec![Block::Paragraph(documents_count(
        scope.documents.len(),
        in_force.len(),
    ))];
    if let Some(ending) = renewals(scope) {
        blocks.push(Block::Paragraph(ending));
    }
    blocks.push(shortened(in_force, KEY_FACTS_LIST, String::new()));
    section(tr!("export-section-in-force"), blocks)
}
