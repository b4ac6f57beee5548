//! What a briefing says, before it is written as Markdown or laid out as a
//! PDF: one [`Note`] per country, its sections made of paragraphs, lists,
//! tables and a chart, in plain text. The writers only decide how it looks,
//! so the Markdown and the PDF never disagree on a fact.
//!
//! Two variants: the full briefing (everything a visit needs, in the order
//! it is read) and the key facts (what fits on one page).

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{ActivityState, ExportOptions};
use crate::i18n::dates;
use crate::model::{
    Activity, Country, Document, DocumentStatus, EmbassySide, Meeting, PartialDate, SourceId,
    Workspace,
};
use crate::query::lowercase;
use crate::query::next::{is_in_force, renewal_due, standing};
use crate::query::{self, indicators::IndicatorChart};
use crate::tr;

/// How much a note says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// Every part of the briefing.
    Full,
    /// The relationship, what is in force, what is next and the latest
    /// figures: one page.
    KeyFacts,
}

/// The briefing on one country.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// The country's name.
    pub country: String,
    /// "Relations with Romania — briefing as of 18 March 2026".
    pub heading: String,
    /// "Prepared by Ministry of Labour …", when the workspace is named.
    pub prepared_by: Option<String>,
    /// "Covering 2022 to the present.", when the export has a period.
    pub covering: Option<String>,
    /// The sections in reading order.
    pub sections: Vec<Section>,
}

/// A titled part of a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// "Legal framework".
    pub title: String,
    /// What it says, in order.
    pub blocks: Vec<Block>,
}

/// One piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A line of prose.
    Paragraph(String),
    /// A heading inside a section (an action plan above its activities).
    Subheading(String),
    /// A list.
    Items(Vec<Item>),
    /// A table where the page has room for one; plain text reads its
    /// `lines` instead.
    Table(Table),
    /// The economic indicators drawn as bars; plain text has the figures
    /// in a list already.
    Chart(IndicatorChart),
}

/// A list entry: its line, lines that belong to it, and an address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The line itself.
    pub text: String,
    /// Lines that continue it: "Participants: …", "Outcomes: …".
    pub more: Vec<String>,
    /// A web address it ends with, shown as the address itself.
    pub address: Option<String>,
}

impl Item {
    fn line(text: String) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }
}

/// A table's column: its heading, and how much of the width it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// "Document", in the reader's language.
    pub title: String,
    /// Its share of the width against the other columns' (titles and
    /// parties get room, dates and statuses little).
    pub weight: f32,
}

fn column(title: String, weight: f32) -> Column {
    Column { title, weight }
}

/// Rows and columns, and the same rows as list lines for plain text.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The column headings.
    pub columns: Vec<Column>,
    /// One row per record, a cell per column.
    pub rows: Vec<Vec<String>>,
    /// One line per row, for a reader without tables.
    pub lines: Vec<Item>,
}

/// One note per country the options cover, in name order.
pub fn notes(workspace: &Workspace, options: &ExportOptions, variant: Variant) -> Vec<Note> {
    options
        .countries(workspace)
        .iter()
        .filter_map(|id| workspace.countries().get(id))
        .map(|country| note(workspace, country, options, variant))
        .collect()
}

/// The heading of a country's note.
pub fn heading(country_name: &str, today: NaiveDate, variant: Variant) -> String {
    let date = dates::day(today);
    match variant {
        Variant::Full => tr!(
            "export-heading-briefing",
            country = country_name,
            date = date
        ),
        Variant::KeyFacts => tr!(
            "export-heading-key-facts",
            country = country_name,
            date = date
        ),
    }
}

/// What one note draws on: the records of its country in the options' scope.
struct Scope<'w> {
    workspace: &'w Workspace,
    country: &'w Country,
    today: NaiveDate,
    documents: Vec<&'w Document>,
    meetings: Vec<&'w Meeting>,
    plans: Vec<&'w Document>,
    activities: Vec<&'w Activity>,
    indicators: Vec<&'w crate::model::Indicator>,
}

fn note(
    workspace: &Workspace,
    country: &Country,
    options: &ExportOptions,
    variant: Variant,
) -> Note {
    let only = [country.id];
    let documents = super::documents_in_scope(workspace, &only, options);
    let meetings = super::meetings_in_scope(workspace, &only, options);
    let (plans, activities) = super::action_plans_and_activities(workspace, &documents, &only);
    let scope = Scope {
        workspace,
        country,
        today: options.today,
        documents,
        meetings,
        plans,
        activities,
        indicators: super::indicators_in_scope(workspace, country.id, options),
    };
    let prepared_by = (!workspace.name().trim().is_empty())
        .then(|| tr!("export-prepared-by", name = workspace.name().trim()));
    let covering = (options.from.is_some() || options.to.is_some()).then(|| {
        tr!(
            "export-covering",
            from = options
                .from
                .map_or_else(|| tr!("export-covering-beginning"), |date| date.human()),
            to = options
                .to
                .map_or_else(|| tr!("export-covering-present"), |date| date.human())
        )
    });
    let sections = match variant {
        Variant::Full => {
            let mut sections = vec![
                relationship(&scope),
                legal_framework(&scope),
                commissions(&scope),
            ];
            sections.extend(meetings_sections(&scope, LAST_MEETINGS));
            sections.push(open_activities(&scope, true));
            sections.push(figures(&scope));
            sections.push(sources(&scope));
            sections
        }
        Variant::KeyFacts => {
            let mut sections = vec![relationship(&scope), in_force_briefly(&scope)];
            sections.extend(meetings_sections(&scope, 1));
            sections.push(open_activities(&scope, false));
            sections.push(latest_figures(&scope));
            sections
        }
    };
    let mut sections = sections;
    for section in &mut sections {
        for block in &mut section.blocks {
            match block {
                Block::Paragraph(text) | Block::Subheading(text) => *text = tidy(text),
                Block::Items(items) => items.iter_mut().for_each(tidy_item),
                Block::Table(table) => table.lines.iter_mut().for_each(tidy_item),
                Block::Chart(_) => {}
            }
        }
    }
    Note {
        country: country.shown_name().to_owned(),
        heading: heading(country.shown_name(), options.today, variant),
        prepared_by,
        covering: covering.as_deref().map(tidy),
        sections,
    }
}

/// A sentence that ends with a Russian date ends with its "г." alone:
/// "установлены 19 июня 1992 г." rather than "… 1992 г..".
pub(crate) fn tidy(text: &str) -> String {
    text.replace(" г..", " г.")
}

fn tidy_item(item: &mut Item) {
    item.text = tidy(&item.text);
    for line in &mut item.more {
        *line = tidy(line);
    }
}

fn section(title: impl Into<String>, blocks: Vec<Block>) -> Section {
    Section {
        title: title.into(),
        blocks,
    }
}

/// A list, or the words for none when it is empty.
fn items_or(items: Vec<Item>, none: String) -> Block {
    if items.is_empty() {
        Block::Paragraph(none)
    } else {
        Block::Items(items)
    }
}

/// The relationship in three lines: since when, the embassies, the
/// strategic partnership.
fn relationship(scope: &Scope) -> Section {
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
fn legal_framework(scope: &Scope) -> Section {
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
fn in_force_briefly(scope: &Scope) -> Section {
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

/// How many entries a key-facts list shows before "and N more".
const KEY_FACTS_LIST: usize = 6;

/// The first `at_most` items, then a line saying how many are left out.
fn shortened(mut items: Vec<Item>, at_most: usize, none: String) -> Block {
    if items.len() > at_most {
        let left_out = items.len() - at_most;
        items.truncate(at_most);
        items.push(Item::line(tr!("export-and-more", count = left_out)));
    }
    if items.is_empty() && none.is_empty() {
        return Block::Items(Vec::new());
    }
    items_or(items, none)
}

fn session_text(meeting: &Meeting) -> String {
    let number = meeting.session_number.map_or_else(
        || tr!("export-session-unnumbered"),
        |number| {
            tr!(
                "export-session-numbered",
                ordinal = query::session_ordinal(number)
            )
        },
    );
    let when = meeting
        .start
        .map_or_else(|| tr!("export-date-unknown"), |start| start.human());
    let place = if meeting.place.is_empty() {
        String::new()
    } else {
        format!(", {}", meeting.place.trim())
    };
    format!("{number} ({when}{place})")
}

/// A meeting "in May 2022" is past once its first possible day is.
fn is_past(meeting: &Meeting, today: NaiveDate) -> bool {
    meeting
        .start
        .is_some_and(|start| start.first_day() <= today)
}

/// One that may still be ahead is "next".
fn is_ahead(meeting: &Meeting, today: NaiveDate) -> bool {
    meeting.start.is_some_and(|start| start.first_day() > today)
}

/// Each commission that met about the country: its last and next session.
fn commissions(scope: &Scope) -> Section {
    let mut ids: Vec<_> = scope
        .meetings
        .iter()
        .filter_map(|meeting| meeting.commission)
        .collect();
    ids.sort();
    ids.dedup();
    let mut lines = Vec::new();
    for id in ids {
        let Some(commission) = scope.workspace.commissions().get(&id) else {
            continue;
        };
        let sessions: Vec<&&Meeting> = scope
            .meetings
            .iter()
            .filter(|meeting| meeting.commission == Some(id))
            .collect();
        let last = sessions
            .iter()
            .filter(|meeting| is_past(meeting, scope.today))
            .max_by_key(|meeting| meeting.start)
            .map_or_else(
                || tr!("export-commission-no-session-yet"),
                |meeting| tr!("export-commission-last", session = session_text(meeting)),
            );
        let next = sessions
            .iter()
            .filter(|meeting| is_ahead(meeting, scope.today))
            .min_by_key(|meeting| meeting.start)
            .map_or_else(
                || tr!("export-commission-next-not-scheduled"),
                |meeting| tr!("export-commission-next", session = session_text(meeting)),
            );
        lines.push(Item::line(format!(
            "{}: {last}; {next}.",
            commission.shown_name().trim()
        )));
    }
    section(
        tr!("export-section-commissions"),
        vec![items_or(lines, tr!("export-none-recorded"))],
    )
}

fn meeting_item(workspace: &Workspace, meeting: &Meeting) -> Item {
    let when = meeting.start.map_or_else(
        || tr!("export-date-unknown"),
        |start| {
            super::meeting_period(meeting).map_or_else(|| start.human(), |period| period.human())
        },
    );
    let place = if meeting.place.is_empty() {
        String::new()
    } else {
        format!(", {}", meeting.place.trim())
    };
    let mut more = Vec::new();
    if !meeting.participants.is_empty() {
        let people: Vec<String> = meeting
            .participants
            .iter()
            .map(|id| workspace.label_of(*id))
            .collect();
        more.push(tr!(
            "export-meeting-participants",
            people = people.join(", ")
        ));
    }
    if !meeting.outcomes.trim().is_empty() {
        more.push(tr!(
            "export-meeting-outcomes",
            outcomes = meeting.outcomes.trim()
        ));
    }
    let mut signed: Vec<&str> = workspace
        .documents()
        .values()
        .filter(|document| document.signed_at_meeting == Some(meeting.id))
        .map(|document| document.shown_name().trim())
        .collect();
    signed.sort_unstable();
    more.extend(
        signed
            .into_iter()
            .map(|title| tr!("export-meeting-signed", document = title)),
    );
    Item {
        text: format!(
            "{} ({}, {when}{place})",
            query::meeting_title(workspace, meeting).trim(),
            lowercase(&meeting.kind.label())
        ),
        more,
        address: None,
    }
}

/// How many past meetings the full note recalls.
const LAST_MEETINGS: usize = 3;

/// "Last meetings" (the `last` most recent) and "Next meeting".
fn meetings_sections(scope: &Scope, last: usize) -> [Section; 2] {
    let mut past: Vec<&&Meeting> = scope
        .meetings
        .iter()
        .filter(|meeting| is_past(meeting, scope.today))
        .collect();
    past.sort_by_key(|meeting| std::cmp::Reverse(meeting.start));
    let recalled: Vec<Item> = past
        .into_iter()
        .take(last)
        .map(|meeting| meeting_item(scope.workspace, meeting))
        .collect();
    let next = scope
        .meetings
        .iter()
        .filter(|meeting| is_ahead(meeting, scope.today))
        .min_by_key(|meeting| meeting.start)
        .map(|meeting| meeting_item(scope.workspace, meeting));
    let title = if last == 1 {
        tr!("export-section-last-meeting")
    } else {
        tr!("export-section-last-meetings")
    };
    [
        section(title, vec![items_or(recalled, tr!("export-none-recorded"))]),
        section(
            tr!("export-section-next-meeting"),
            vec![items_or(
                next.into_iter().collect(),
                tr!("export-none-scheduled"),
            )],
        ),
    ]
}

/// The open and overdue activities, grouped by their action plan; with
/// `all`, every one of them, else only the overdue ones, shortened.
fn open_activities(scope: &Scope, all: bool) -> Section {
    let today = scope.today;
    let state = |activity: &Activity| ActivityState::of(activity, today);
    let overdue = scope
        .activities
        .iter()
        .filter(|activity| state(activity) == ActivityState::Overdue)
        .count();
    let open = scope
        .activities
        .iter()
        .filter(|activity| state(activity) == ActivityState::Open)
        .count();
    let title = tr!("export-section-activities", overdue = overdue, open = open);
    if overdue + open == 0 {
        return section(
            title,
            vec![Block::Paragraph(tr!("export-none-open-or-overdue"))],
        );
    }
    let mut blocks = Vec::new();
    let mut shown_overdue = Vec::new();
    for plan in &scope.plans {
        let mine: Vec<&&Activity> = scope
            .activities
            .iter()
            .filter(|activity| activity.plan == plan.id)
            .filter(|activity| match state(activity) {
                ActivityState::Overdue => true,
                ActivityState::Open => all,
                ActivityState::Done | ActivityState::Cancelled => false,
            })
            .collect();
        if mine.is_empty() {
            continue;
        }
        let items: Vec<Item> = mine
            .into_iter()
            .map(|activity| activity_item(scope.workspace, activity, today, all))
            .collect();
        if all {
            let title = plan.shown_name().trim();
            blocks.push(Block::Subheading(plan.validity.map_or_else(
                || title.to_owned(),
                |validity| tr!("export-plan-valid", plan = title, period = validity.human()),
            )));
            blocks.push(Block::Items(items));
        } else {
            shown_overdue.extend(items);
        }
    }
    if !all {
        blocks.push(shortened(
            shown_overdue,
            KEY_FACTS_LIST,
            tr!("export-none-overdue"),
        ));
    }
    section(title, blocks)
}

fn activity_item(
    workspace: &Workspace,
    activity: &Activity,
    today: NaiveDate,
    with_state: bool,
) -> Item {
    let due = activity.due.map_or_else(
        || tr!("export-no-due-date"),
        |due| tr!("export-due", period = due.human()),
    );
    let responsible: Vec<String> = activity
        .responsible
        .iter()
        .map(|id| workspace.label_of(*id))
        .collect();
    let by = if responsible.is_empty() {
        String::new()
    } else {
        format!("; {}", responsible.join(", "))
    };
    let state = if with_state {
        format!("{}: ", ActivityState::of(activity, today).word())
    } else {
        String::new()
    };
    Item::line(format!(
        "{state}{} ({due}; {}{by})",
        activity.description.trim(),
        lowercase(&activity.status.label())
    ))
}

fn figure_row(scope: &Scope, indicator: &crate::model::Indicator) -> [String; 4] {
    [
        indicator.name(),
        indicator.period.human(),
        indicator.figure(),
        query::indicators::sources_of(scope.workspace, indicator),
    ]
}

fn figure_line([name, period, figure, sources]: &[String; 4]) -> Item {
    let cited = if sources.is_empty() {
        String::new()
    } else {
        format!(" {}", tr!("export-figure-source", sources = sources))
    };
    Item::line(format!("{name}, {period}: {figure}.{cited}"))
}

/// The economic figures by period, each with where it came from, and the
/// chart of them.
fn figures(scope: &Scope) -> Section {
    if scope.indicators.is_empty() {
        return section(
            tr!("export-section-figures"),
            vec![Block::Paragraph(tr!("export-none-recorded"))],
        );
    }
    let rows: Vec<[String; 4]> = scope
        .indicators
        .iter()
        .map(|indicator| figure_row(scope, indicator))
        .collect();
    let chart = query::indicators::chart_of(scope.workspace, &scope.indicators);
    let mut blocks = vec![Block::Table(Table {
        columns: vec![
            column(tr!("export-column-figure"), 1.5),
            column(tr!("export-column-period"), 1.7),
            column(tr!("export-column-value"), 1.5),
            column(tr!("export-column-source"), 2.0),
        ],
        lines: rows.iter().map(figure_line).collect(),
        rows: rows.into_iter().map(Vec::from).collect(),
    })];
    if !chart.values.is_empty() {
        blocks.push(Block::Chart(chart));
    }
    section(tr!("export-section-figures"), blocks)
}

/// The key facts' figures: the latest of each kind.
fn latest_figures(scope: &Scope) -> Section {
    let mut latest: Vec<&crate::model::Indicator> = Vec::new();
    // A value and a change are different facts: the latest of each is kept.
    let key = |indicator: &crate::model::Indicator| (indicator.name(), indicator.value.is_some());
    for indicator in &scope.indicators {
        // In period order already: a later one of the same kind replaces.
        latest.retain(|kept| key(kept) != key(indicator));
        latest.push(indicator);
    }
    let lines: Vec<Item> = latest
        .iter()
        .map(|indicator| figure_line(&figure_row(scope, indicator)))
        .collect();
    section(
        tr!("export-section-latest-figures"),
        vec![items_or(lines, tr!("export-none-recorded"))],
    )
}

/// Every source the note's records cite, newest first.
fn sources(scope: &Scope) -> Section {
    let workspace = scope.workspace;
    let mut ids: Vec<SourceId> = scope.country.sources.clone();
    ids.extend(
        scope
            .documents
            .iter()
            .flat_map(|document| document.sources.iter().copied()),
    );
    ids.extend(
        scope
            .meetings
            .iter()
            .flat_map(|meeting| meeting.sources.iter().copied()),
    );
    ids.extend(
        scope
            .activities
            .iter()
            .flat_map(|activity| activity.sources.iter().copied()),
    );
    ids.extend(
        workspace
            .indicators()
            .values()
            .filter(|indicator| indicator.country == scope.country.id)
            .flat_map(|indicator| indicator.sources.iter().copied()),
    );
    ids.sort();
    ids.dedup();
    let mut cited: Vec<_> = ids
        .iter()
        .filter_map(|id| workspace.sources().get(id))
        .collect();
    // Newest first; undated last; then by title for a stable order.
    cited.sort_by(|a, b| {
        (b.published_at.is_some(), b.published_at, &a.title, a.id).cmp(&(
            a.published_at.is_some(),
            a.published_at,
            &b.title,
            b.id,
        ))
    });
    let items: Vec<Item> = cited
        .into_iter()
        .map(|source| {
            let mut parts = vec![source.title.trim().to_owned()];
            let by: Vec<&str> = [source.publisher.trim(), source.author.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            if !by.is_empty() {
                parts.push(by.join(", "));
            }
            if let Some(at) = source.published_at {
                parts.push(dates::day(at.date_naive()));
            }
            Item {
                text: parts.join(" — "),
                more: Vec::new(),
                address: (!source.url.trim().is_empty()).then(|| source.url.trim().to_owned()),
            }
        })
        .collect();
    section(
        tr!("export-section-sources"),
        vec![items_or(items, tr!("export-none-cited"))],
    )
}
