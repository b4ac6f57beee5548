//! CSV tables for a spreadsheet: agreements, meetings or activities, one row
//! per record, references as readable names with their ids beside them.
//!
//! A cell that a spreadsheet would run as a formula (one starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return, also after leading spaces of
//! any kind or in their full-width forms, which spreadsheets trim and
//! normalise) is written with a leading `'`, so opening an export never
//! runs what somebody typed into a title.

use std::collections::BTreeSet;

use super::{ActivityState, ExportError, ExportOptions};
use crate::model::{CountryId, InstitutionId, Period, Workspace};
use crate::query;
use crate::tr;

/// Which table to write: one CSV file holds one table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvTable {
    /// One row per document: kind, title, parties, signing, status, validity.
    #[default]
    Agreements,
    /// One row per meeting: kind, title, commission session, dates, place, participants.
    Meetings,
    /// One row per action-plan activity: plan, description, responsible, due, status, state.
    Activities,
}

impl CsvTable {
    /// Every table, in the order the export dialog offers them.
    pub const ALL: [Self; 3] = [Self::Agreements, Self::Meetings, Self::Activities];

    /// The table's name, as given to `--table` and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Self::Agreements => "agreements",
            Self::Meetings => "meetings",
            Self::Activities => "activities",
        }
    }

    /// What a person reads in a picker.
    pub fn label(self) -> String {
        match self {
            Self::Agreements => tr!("export-csv-table-agreements"),
            Self::Meetings => tr!("export-csv-table-meetings"),
            Self::Activities => tr!("export-csv-table-activities"),
        }
    }
}

/// How to write a CSV table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CsvOptions {
    /// Which table the file holds.
    pub table: CsvTable,
    /// Start the file with a UTF-8 byte order mark, which Excel and
    /// `LibreOffice` need to read the file as UTF-8 rather than the system's
    /// code page (without it every non-ASCII letter comes out garbled).
    pub bom: bool,
}

impl Default for CsvOptions {
    /// With the byte order mark: the file opens right where officers open
    /// it; tools that dislike it ask for none.
    fn default() -> Self {
        Self {
            table: CsvTable::default(),
            bom: true,
        }
    }
}

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Separates several values in one cell.
const LIST_SEPARATOR: &str = "; ";

/// The table as CSV bytes: a header row, then one row per record.
pub fn to_csv(
    workspace: &Workspace,
    options: &ExportOptions,
    csv_options: CsvOptions,
) -> Result<Vec<u8>, ExportError> {
    let countries = options.countries(workspace);
    let (header, rows) = match csv_options.table {
        CsvTable::Agreements => agreements(workspace, &countries, options),
        CsvTable::Meetings => meetings(workspace, &countries, options),
        CsvTable::Activities => activities(workspace, &countries, options),
    };
    let mut bytes = Vec::new();
    if csv_options.bom {
        bytes.extend_from_slice(BOM);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(bytes);
    writer.write_record(header.iter().map(|column| heading(column)))?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|error| ExportError::Csv(::csv::Error::from(error.into_error())))
}

/// The cell as a spreadsheet should show it: text that would start a
/// formula gets a leading `'`, which spreadsheets take as "this is text".
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    // What a spreadsheet may strip before it looks: spaces of every kind
    // (tab, CR, LF, NBSP, the ideographic space) and invisible characters.
    let trimmed = cell.trim_start_matches(|letter: char| {
        letter.is_whitespace() || crate::model::integrity::is_invisible(letter)
    });
    let starts_a_formula = trimmed.starts_with(FORMULA_STARTS);
    if starts_a_formula || cell.starts_with(['\t', '\r', '\n']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The characters a formula starts with, and the forms that Unicode
/// normalisation (NFKC) turns into them: full-width, small, superscript
/// and subscript.
const FORMULA_STARTS: [char; 16] = [
    '=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '⁼', '⁺', '₌', '₊',
];

type Table = (&'static [&'static str], Vec<Vec<String>>);

/// A column's heading in the reader's language; in English the column's
/// name itself (`signed_on`), as scripts reading the file expect.
fn heading(column: &str) -> String {
    match column {
        "id" => tr!("export-csv-id"),
        "kind" => tr!("export-csv-kind"),
        "title" => tr!("export-csv-title"),
        "countries" => tr!("export-csv-countries"),
        "parties" => tr!("export-csv-parties"),
        "party_ids" => tr!("export-csv-party-ids"),
        "signatories" => tr!("export-csv-signatories"),
        "signatory_ids" => tr!("export-csv-signatory-ids"),
        "signed_on" => tr!("export-csv-signed-on"),
        "signed_at_place" => tr!("export-csv-signed-at-place"),
        "signed_at_meeting" => tr!("export-csv-signed-at-meeting"),
        "signed_at_meeting_id" => tr!("export-csv-signed-at-meeting-id"),
        "status" => tr!("export-csv-status"),
        "status_since" => tr!("export-csv-status-since"),
        "validity_start" => tr!("export-csv-validity-start"),
        "validity_end" => tr!("export-csv-validity-end"),
        "related" => tr!("export-csv-related"),
        "related_ids" => tr!("export-csv-related-ids"),
        "notes" => tr!("export-csv-notes"),
        "commission" => tr!("export-csv-commission"),
        "commission_id" => tr!("export-csv-commission-id"),
        "session_number" => tr!("export-csv-session-number"),
        "start" => tr!("export-csv-start"),
        "end" => tr!("export-csv-end"),
        "place" => tr!("export-csv-place"),
        "participants" => tr!("export-csv-participants"),
        "participant_ids" => tr!("export-csv-participant-ids"),
        "topics" => tr!("export-csv-topics"),
        "outcomes" => tr!("export-csv-outcomes"),
        "documents_signed" => tr!("export-csv-documents-signed"),
        "action_plan" => tr!("export-csv-action-plan"),
        "action_plan_id" => tr!("export-csv-action-plan-id"),
        "description" => tr!("export-csv-description"),
        "responsible" => tr!("export-csv-responsible"),
        "responsible_ids" => tr!("export-csv-responsible-ids"),
        "due_start" => tr!("export-csv-due-start"),
        "due_end" => tr!("export-csv-due-end"),
        "state" => tr!("export-csv-state"),
        other => other.to_owned(),
    }
}

fn list(values: impl IntoIterator<Item = String>) -> String {
    values.into_iter().collect::<Vec<_>>().join(LIST_SEPARATOR)
}

fn optional(value: Option<impl ToString>) -> String {
    value.map(|value| value.to_string()).unwrap_or_default()
}

fn period_cells(period: Option<Period>) -> [String; 2] {
    [
        optional(period.map(|period| period.start)),
        optional(period.and_then(|period| period.end)),
    ]
}

fn country_names(workspace: &Workspace, ids: &BTreeSet<CountryId>) -> String {
    let mut names: Vec<String> = ids.iter().map(|id| workspace.label_of(*id)).collect();
    names.sort();
    list(names)
}

fn names_and_ids(workspace: &Workspace, ids: &[InstitutionId]) -> [String; 2] {
    [
        list(ids.iter().map(|id| workspace.label_of(*id))),
        list(ids.iter().map(ToString::to_string)),
    ]
}

const AGREEMENT_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "title",
    "countries",
    "parties",
    "party_ids",
    "signatories",
    "signatory_ids",
    "signed_on",
    "signed_at_place",
    "signed_at_meeting",
    "signed_at_meeting_id",
    "status",
    "status_since",
    "validity_start",
    "validity_end",
    "related",
    "related_ids",
    "notes",
];

fn agreements(workspace: &Workspace, countries: &[CountryId], options: &ExportOptions) -> Table {
    let rows = super::documents_in_scope(workspace, countries, options)
        .into_iter()
        .map(|document| {
            let [parties, party_ids] = names_and_ids(workspace, &document.parties);
            let [validity_start, validity_end] = period_cells(document.validity);
            let latest = document.status_history.last();
            vec![
                document.id.to_string(),
                document.kind.label(),
                document.shown_name().to_owned(),
                country_names(
                    workspace,
                    &query::countries_of_document(workspace, document),
                ),
                parties,
                party_ids,
                list(document.signatories.iter().map(|signatory| {
                    let name = workspace.label_of(signatory.person);
                    if signatory.position.is_empty() {
                        name
                    } else {
                        format!("{name} ({})", signatory.position)
                    }
                })),
                list(
                    document
                        .signatories
                        .iter()
                        .map(|signatory| signatory.person.to_string()),
                ),
                optional(document.signed_on),
                document.signed_at_place.clone(),
                optional(document.signed_at_meeting.map(|id| workspace.label_of(id))),
                optional(document.signed_at_meeting),
                optional(latest.map(|step| step.status.label())),
                optional(latest.and_then(|step| step.date)),
                validity_start,
                validity_end,
                list(document.relations.iter().map(|relation| {
                    format!(
                        "{}: {}",
                        relation.kind.label(),
                        workspace.label_of(relation.target)
                    )
                })),
                list(
                    document
                        .relations
                        .iter()
                        .map(|relation| relation.target.to_string()),
                ),
                document.notes.clone(),
            ]
        })
        .collect();
    (AGREEMENT_COLUMNS, rows)
}

const MEETING_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "title",
    "countries",
    "commission",
    "commission_id",
    "session_number",
    "start",
    "end",
    "place",
    "participants",
    "participant_ids",
    "topics",
    "outcomes",
    "documents_signed",
];

fn meetings(workspace: &Workspace, countries: &[CountryId], options: &ExportOptions) -> Table {
    let rows = super::meetings_in_scope(workspace, countries, options)
        .into_iter()
        .map(|meeting| {
            let mut signed: Vec<String> = workspace
                .documents()
                .values()
                .filter(|document| document.signed_at_meeting == Some(meeting.id))
                .map(|document| document.shown_name().to_owned())
                .collect();
            signed.sort();
            vec![
                meeting.id.to_string(),
                meeting.kind.label(),
                query::meeting_title(workspace, meeting),
                country_names(workspace, &query::countries_of_meeting(workspace, meeting)),
                optional(meeting.commission.map(|id| workspace.label_of(id))),
                optional(meeting.commission),
                optional(meeting.session_number),
                optional(meeting.start),
                optional(meeting.end),
                meeting.place.clone(),
                list(
                    meeting
                        .participants
                        .iter()
                        .map(|id| workspace.label_of(*id)),
                ),
                list(meeting.participants.iter().map(ToString::to_string)),
                list(meeting.topics.iter().cloned()),
                meeting.outcomes.clone(),
                list(signed),
            ]
        })
        .collect();
    (MEETING_COLUMNS, rows)
}

const ACTIVITY_COLUMNS: &[&str] = &[
    "id",
    "action_plan",
    "action_plan_id",
    "description",
    "countries",
    "responsible",
    "responsible_ids",
    "due_start",
    "due_end",
    "status",
    "state",
    "notes",
];

fn activities(workspace: &Workspace, countries: &[CountryId], options: &ExportOptions) -> Table {
    let documents = super::documents_in_scope(workspace, countries, options);
    let (_, activities) = super::action_plans_and_activities(workspace, &documents, countries);
    let rows = activities
        .into_iter()
        .map(|activity| {
            let [responsible, responsible_ids] = names_and_ids(workspace, &activity.responsible);
            let [due_start, due_end] = period_cells(activity.due);
            vec![
                activity.id.to_string(),
                workspace.label_of(activity.plan),
                activity.plan.to_string(),
                activity.description.clone(),
                country_names(
                    workspace,
                    &query::countries_of_activity(workspace, activity),
                ),
                responsible,
                responsible_ids,
                due_start,
                due_end,
                activity.status.label(),
                ActivityState::of(activity, options.today).word(),
                activity.notes.clone(),
            ]
        })
        .collect();
    (ACTIVITY_COLUMNS, rows)
}
