//! What a briefing says, before it is written as Markdown or laid out as a
//! PDF: one [`Note`] per country, its sections made of paragraphs, lists,
//! tables and a chart, in plain text. The writers only decide how it looks,
//! so the Markdown and the PDF never disagree on a fact.
//!
//! Two variants: the full briefing (everything a visit needs, in the order
//! it is read) and the key facts (what fits on one page).

use chrono::NaiveDate;

use super::ExportOptions;
use crate::i18n::dates;
use crate::model::{Activity, Country, Document, Meeting, Workspace};
use crate::query::indicators::IndicatorChart;
use crate::tr;

mod activity;
mod relations;

use activity::{commissions, figures, latest_figures, meetings_sections, open_activities, sources};
use relations::{in_force_briefly, legal_framework, relationship};

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

/// How many past meetings the full note recalls.
const LAST_MEETINGS: usize = 3;
