//! Summaries of a workspace for other systems and for briefings. Pure:
//! each export turns a workspace and options into bytes; writing them to a
//! file is the caller's business.
//!
//! Every format shares [`ExportOptions`] (countries, period, the day
//! statuses are judged on) and the record selection below, so a CSV table,
//! a JSON summary and a briefing note of the same scope agree.

pub mod briefing;
pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod pdf;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::model::{
    Activity, CountryId, Document, DocumentId, DocumentKind, Indicator, Meeting, PartialDate,
    Period, Workspace,
};
use crate::query::{self, countries_of_activity, countries_of_document, countries_of_meeting};
use crate::tr;

/// What an export is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The JSON summary, for other systems ([`json`]).
    Json,
    /// One table for a spreadsheet ([`csv`]).
    Csv(csv::CsvOptions),
    /// A briefing note per country, to read or print ([`markdown`]).
    Markdown,
    /// The dated items as calendar events ([`ics`]).
    Ics,
    /// The briefing per country as a PDF, several making a visit pack ([`pdf`]).
    Pdf,
    /// One page of key facts per country, in Markdown ([`briefing::Variant::KeyFacts`]).
    KeyFactsMarkdown,
    /// One page of key facts per country, as a PDF.
    KeyFactsPdf,
}

impl Format {
    /// The file name extension, without the dot.
    pub fn extension(&self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Csv(_) => "csv",
            Self::Markdown | Self::KeyFactsMarkdown => "md",
            Self::Ics => "ics",
            Self::Pdf | Self::KeyFactsPdf => "pdf",
        }
    }

    /// What a person reads in a format picker.
    pub fn label(&self) -> String {
        match self {
            Self::Json => tr!("export-format-json"),
            Self::Csv(_) => tr!("export-format-csv"),
            Self::Markdown => tr!("export-format-markdown"),
            Self::Ics => tr!("export-format-ics"),
            Self::Pdf => tr!("export-format-pdf"),
            Self::KeyFactsMarkdown => tr!("export-format-key-facts-markdown"),
            Self::KeyFactsPdf => tr!("export-format-key-facts-pdf"),
        }
    }
}

/// Why an export could not be made (said in the reader's language).
#[derive(Debug)]
pub enum ExportError {
    /// The CSV writer failed (for an export to memory, only on a bug).
    Csv(::csv::Error),
    /// The JSON writer failed (for an export to memory, only on a bug).
    Json(serde_json::Error),
    /// The PDF writer failed (a damaged bundled font, or a bug).
    Pdf(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Csv(error) => tr!("export-error-csv", error = error.to_string()),
            Self::Json(error) => tr!("export-error-json", error = error.to_string()),
            Self::Pdf(error) => tr!("export-error-pdf", error = error),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Csv(error) => Some(error),
            Self::Json(error) => Some(error),
            Self::Pdf(_) => None,
        }
    }
}

impl From<::csv::Error> for ExportError {
    fn from(error: ::csv::Error) -> Self {
        Self::Csv(error)
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(error: serde_json::Error) -> Self {
        Self::Json(error)
    }
}

/// The export in `format` of what `options` cover.
pub fn render(
    workspace: &Workspace,
    options: &ExportOptions,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Json => Ok(json::to_json(workspace, options)?.into_bytes()),
        Format::Csv(csv_options) => csv::to_csv(workspace, options, csv_options),
        Format::Markdown => Ok(markdown::to_markdown(workspace, options).into_bytes()),
        Format::Ics => Ok(ics::to_ics(workspace, options).into_bytes()),
        Format::Pdf => pdf::to_pdf(workspace, options, briefing::Variant::Full),
        Format::KeyFactsMarkdown => {
            Ok(
                markdown::to_markdown_as(workspace, options, briefing::Variant::KeyFacts)
                    .into_bytes(),
            )
        }
        Format::KeyFactsPdf => pdf::to_pdf(workspace, options, briefing::Variant::KeyFacts),
    }
}

/// A file name to suggest in the save dialog: "Romania briefing.md",
/// "Accord agreements.csv", "Accord summary.json".
pub fn suggested_file_name(
    workspace: &Workspace,
    options: &ExportOptions,
    format: Format,
) -> String {
    let countries = options.countries(workspace);
    let briefs = matches!(
        format,
        Format::Markdown | Format::Pdf | Format::KeyFactsMarkdown | Format::KeyFactsPdf
    );
    let subject = match countries.as_slice() {
        [only] if !options.country_ids.is_empty() => workspace.label_of(*only),
        // A regional trip's pack is named by its countries.
        [_, _, ..] if briefs && !options.country_ids.is_empty() && countries.len() <= 4 => {
            countries
                .iter()
                .map(|id| workspace.label_of(*id))
                .collect::<Vec<_>>()
                .join(", ")
        }
        _ => "Accord".to_owned(),
    };
    let what = match format {
        Format::Json => "summary",
        Format::Csv(csv_options) => csv_options.table.name(),
        Format::Markdown | Format::Pdf if countries.len() > 1 => "visit pack",
        Format::Markdown | Format::Pdf => "briefing",
        Format::KeyFactsMarkdown | Format::KeyFactsPdf => "key facts",
        Format::Ics => "calendar",
    };
    // Keep the name valid on every desktop: no path separators or the
    // characters Windows refuses.
    let name: String = format!("{subject} {what}")
        .chars()
        .map(|c| if "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    format!("{name}.{}", format.extension())
}

/// What an export covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// The countries to cover; empty means every country but the home one.
    pub country_ids: Vec<CountryId>,
    /// Keep only what may fall on or after this date (a meeting "in May 2022" is kept for
    /// 31 May); undated records are then left out.
    pub from: Option<PartialDate>,
    /// Keep only what may fall on or before this date; undated records are then left out.
    pub to: Option<PartialDate>,
    /// The day statuses such as "overdue" are judged on.
    pub today: NaiveDate,
}

impl ExportOptions {
    /// Every partner country, all dates, as of `today`.
    pub fn all(today: NaiveDate) -> Self {
        Self {
            country_ids: Vec::new(),
            from: None,
            to: None,
            today,
        }
    }

    /// The countries covered, in name order.
    pub fn countries(&self, workspace: &Workspace) -> Vec<CountryId> {
        let mut ids: Vec<CountryId> = if self.country_ids.is_empty() {
            workspace
                .countries()
                .keys()
                .copied()
                .filter(|id| Some(*id) != workspace.home_country())
                .collect()
        } else {
            self.country_ids.clone()
        };
        ids.sort_by_key(|id| workspace.label_of(*id));
        ids.dedup();
        ids
    }
}

/// Finds a country by name, alias or ISO code, ignoring case.
pub fn find_country(workspace: &Workspace, name_or_code: &str) -> Result<CountryId, String> {
    let query = crate::model::fold(name_or_code.trim());
    workspace
        .countries()
        .values()
        .find(|country| country.is_named(&query))
        .map(|country| country.id)
        .ok_or_else(|| {
            let mut known: Vec<&str> = workspace
                .countries()
                .values()
                .map(|country| country.name.as_str())
                .collect();
            known.sort_unstable();
            tr!(
                "export-no-such-country",
                name = format!("{name_or_code:?}"),
                known = known.join(", ")
            )
        })
}

/// The country set of one scope, ready for membership tests.
fn country_set(ids: &[CountryId]) -> BTreeSet<CountryId> {
    ids.iter().copied().collect()
}

/// Whether `concerned` shares a country with `countries`.
fn concerns(concerned: &BTreeSet<CountryId>, countries: &BTreeSet<CountryId>) -> bool {
    !concerned.is_disjoint(countries)
}

/// The documents that concern any of `countries` and fall in the options'
/// period, by date (undated last), then title.
pub fn documents_in_scope<'w>(
    workspace: &'w Workspace,
    countries: &[CountryId],
    options: &ExportOptions,
) -> Vec<&'w Document> {
    let countries = country_set(countries);
    let mut documents: Vec<&Document> = workspace
        .documents()
        .values()
        .filter(|document| concerns(&countries_of_document(workspace, document), &countries))
        .filter(|document| {
            query::within(
                document.key_date().map(Period::single),
                options.from,
                options.to,
            )
        })
        .collect();
    documents.sort_by(|a, b| {
        (a.key_date().is_none(), a.key_date(), &a.title, a.id).cmp(&(
            b.key_date().is_none(),
            b.key_date(),
            &b.title,
            b.id,
        ))
    });
    documents
}

/// The period a meeting takes: its start, to its end when it has one.
pub fn meeting_period(meeting: &Meeting) -> Option<Period> {
    meeting
        .start
        .map(|start| Period::single(start).with_end(meeting.end))
}

/// The indicators of `country` whose period falls in the options' period,
/// by period, then name.
pub fn indicators_in_scope<'w>(
    workspace: &'w Workspace,
    country: CountryId,
    options: &ExportOptions,
) -> Vec<&'w Indicator> {
    let mut indicators: Vec<&Indicator> = workspace
        .indicators()
        .values()
        .filter(|indicator| {
            indicator.country == country
                && query::within(Some(indicator.period), options.from, options.to)
        })
        .collect();
    indicators.sort_by(|a, b| {
        (a.period.start, a.period.end, a.name(), a.id).cmp(&(
            b.period.start,
            b.period.end,
            b.name(),
            b.id,
        ))
    });
    indicators
}

/// The meetings that concern any of `countries` and fall in the options'
/// period, by start (undated last), then title.
pub fn meetings_in_scope<'w>(
    workspace: &'w Workspace,
    countries: &[CountryId],
    options: &ExportOptions,
) -> Vec<&'w Meeting> {
    let countries = country_set(countries);
    let mut meetings: Vec<&Meeting> = workspace
        .meetings()
        .values()
        .filter(|meeting| concerns(&countries_of_meeting(workspace, meeting), &countries))
        .filter(|meeting| query::within(meeting_period(meeting), options.from, options.to))
        .collect();
    meetings.sort_by(|a, b| {
        (a.start.is_none(), a.start, &a.title, a.id).cmp(&(
            b.start.is_none(),
            b.start,
            &b.title,
            b.id,
        ))
    });
    meetings
}

/// The action plans among `documents` (in their order), and their
/// activities that concern any of `countries`, by plan, then due date
/// (undated last), then description.
pub fn action_plans_and_activities<'w>(
    workspace: &'w Workspace,
    documents: &[&'w Document],
    countries: &[CountryId],
) -> (Vec<&'w Document>, Vec<&'w Activity>) {
    let plans: Vec<&Document> = documents
        .iter()
        .copied()
        .filter(|document| document.kind == DocumentKind::ActionPlan)
        .collect();
    let plan_order: BTreeMap<DocumentId, usize> = plans
        .iter()
        .enumerate()
        .map(|(index, plan)| (plan.id, index))
        .collect();
    let countries = country_set(countries);
    let mut activities: Vec<(usize, &Activity)> = workspace
        .activities()
        .values()
        .filter_map(|activity| {
            let plan_index = *plan_order.get(&activity.plan)?;
            concerns(&countries_of_activity(workspace, activity), &countries)
                .then_some((plan_index, activity))
        })
        .collect();
    activities.sort_by(|(plan_a, a), (plan_b, b)| {
        let due = |activity: &Activity| activity.due.map(|due| due.start);
        (*plan_a, due(a).is_none(), due(a), &a.description, a.id).cmp(&(
            *plan_b,
            due(b).is_none(),
            due(b),
            &b.description,
            b.id,
        ))
    });
    let activities = activities
        .into_iter()
        .map(|(_, activity)| activity)
        .collect();
    (plans, activities)
}

/// Where an activity stands on the export day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActivityState {
    /// Still to do, not yet past its due period.
    Open,
    /// Still to do and past its due period.
    Overdue,
    /// Carried out, as officers recorded it.
    Done,
    /// Dropped, as officers recorded it.
    Cancelled,
}

impl ActivityState {
    /// The state of `activity` as of `today`.
    pub fn of(activity: &Activity, today: NaiveDate) -> Self {
        match activity.status {
            crate::model::ActivityStatus::Done => Self::Done,
            crate::model::ActivityStatus::Cancelled => Self::Cancelled,
            _ if activity.is_overdue(today) => Self::Overdue,
            _ => Self::Open,
        }
    }

    /// The word a spreadsheet or a note shows, in the reader's language
    /// ("open", "overdue"); the JSON summary uses the serde names.
    pub fn word(self) -> String {
        match self {
            Self::Open => tr!("export-state-open"),
            Self::Overdue => tr!("export-state-overdue"),
            Self::Done => tr!("export-state-done"),
            Self::Cancelled => tr!("export-state-cancelled"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Language};
    use crate::model::Country;

    #[test]
    fn a_suggested_file_name_names_the_country_and_is_valid_on_every_desktop() {
        let now = chrono::Utc::now();
        let mut workspace = Workspace::new("Test");
        let country = Country::new("Bosnia/Herzegovina: \"BiH\"", now);
        let id = country.id;
        let _undo = workspace.add(country, now).unwrap();
        let mut options = ExportOptions::all(NaiveDate::MIN);
        assert_eq!(
            suggested_file_name(&workspace, &options, Format::Json),
            "Accord summary.json"
        );
        options.country_ids.push(id);
        assert_eq!(
            suggested_file_name(&workspace, &options, Format::Markdown),
            "Bosnia-Herzegovina- -BiH- briefing.md"
        );
        let csv = Format::Csv(csv::CsvOptions {
            table: csv::CsvTable::Activities,
            bom: true,
        });
        assert_eq!(
            suggested_file_name(&workspace, &options, csv),
            "Bosnia-Herzegovina- -BiH- activities.csv"
        );
    }

    #[test]
    fn a_briefing_counts_and_dates_in_russian_and_azerbaijani() {
        let day = PartialDate::Day(NaiveDate::from_ymd_opt(1992, 6, 19).unwrap());
        i18n::with_language(Language::Russian, || {
            let counted: Vec<String> = [1, 3, 5, 21]
                .into_iter()
                .map(|count| tr!("export-documents-recorded", count = count, in_force = 1))
                .collect();
            assert_eq!(
                counted[0],
                "Учтён 1 документ; из них действуют или подписаны: 1."
            );
            assert!(counted[1].starts_with("Учтено 3 документа;"));
            assert!(counted[2].starts_with("Учтено 5 документов;"));
            assert!(counted[3].starts_with("Учтён 21 документ;"));
            assert_eq!(
                briefing::tidy(&tr!("export-relations-since", date = day.human())),
                "Дипломатические отношения установлены 19 июня 1992 г."
            );
            assert_eq!(
                tr!("export-section-activities", overdue = 2, open = 5),
                "Мероприятия: просрочено — 2, открыто — 5"
            );
            assert_eq!(ActivityState::Overdue.word(), "просрочено");
        });
        i18n::with_language(Language::Azerbaijani, || {
            assert_eq!(
                briefing::heading(
                    "Rumıniya",
                    NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
                    briefing::Variant::Full
                ),
                "Rumıniya ilə münasibətlər — 1 iyun 2023 tarixinə arayış"
            );
            assert_eq!(
                Period::single(PartialDate::Month(2023, 5))
                    .with_end(Some(PartialDate::Year(2024)))
                    .human(),
                "may 2023 – 2024"
            );
            let ordinals: Vec<String> = [1, 3, 6, 9, 10, 40, 100, 21]
                .into_iter()
                .map(query::session_ordinal)
                .collect();
            assert_eq!(
                ordinals,
                [
                    "1-ci", "3-cü", "6-cı", "9-cu", "10-cu", "40-cı", "100-cü", "21-ci"
                ]
            );
            // The dotted and dotless i stay themselves in lower case.
            assert_eq!(query::lowercase("İşçi Qrupu İclası"), "işçi qrupu iclası");
        });
        // English keeps its words, dates and ordinals.
        assert_eq!(day.human(), "19 June 1992");
        assert_eq!(query::session_ordinal(22), "22nd");
        assert_eq!(
            tr!("export-documents-recorded", count = 1, in_force = 0),
            "1 document recorded; 0 in force or signed."
        );
    }
}
