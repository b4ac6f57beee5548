//! The JSON summary: per country, its profile, indicators, agreement history,
//! commissions and their sessions, meetings, action plans with their
//! activities, and the sources cited. Deterministic: the same workspace and
//! options give the same bytes.
//!
//! The types below are the published format: `docs/summary.schema.json` is
//! generated from them by [`schema_json`] (see `docs/summary-format.md`).

use std::collections::BTreeSet;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

mod schema;

use super::{ActivityState, ExportOptions};
use crate::model::{
    Commission, Country, Document, DocumentStatus, Meeting, PartialDate, Period, PersonId,
    SourceId, Workspace,
};
use crate::query::{self, countries_of_institutions};
pub use schema::schema_json;
use schema::{
    activity_status_schema, document_kind_schema, document_status_schema, embassy_side_schema,
    format_schema, meeting_kind_schema, optional_document_status_schema, relation_schema,
};

/// The `format` value of a summary.
pub const SUMMARY_FORMAT: &str = "accord-summary";
/// Bumped whenever a field is renamed or removed; adding one keeps it.
pub const SUMMARY_SCHEMA_VERSION: u32 = 1;

/// The whole summary.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Accord summary")]
pub struct Summary {
    /// Always "accord-summary".
    #[schemars(schema_with = "format_schema")]
    pub format: &'static str,
    /// The version of this format; see `docs/summary-format.md`.
    pub schema_version: u32,
    /// The version of Accord that wrote it.
    pub accord_version: &'static str,
    /// The day of the export. Statuses such as "overdue" are as of this day.
    pub exported_on: NaiveDate,
    /// The countries and period asked for.
    pub scope: Scope,
    /// The countries covered, by name.
    pub countries: Vec<CountrySummary>,
}

/// Which countries and which period the summary covers.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// The countries asked for, by name; empty for every partner country.
    pub countries: Vec<String>,
    /// Only what happens on or after this date, when given.
    pub from: Option<PartialDate>,
    /// Only what happens on or before this date, when given.
    pub to: Option<PartialDate>,
}

/// Everything about one country.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountrySummary {
    /// The country's id in the workspace, stable for the life of the record.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The name the workspace gives it.
    pub name: String,
    /// ISO 3166-1 alpha-2, or empty.
    pub iso_code: String,
    /// Other names, old and new.
    pub aliases: Vec<String>,
    /// The day diplomatic relations were established, to the precision the source gives.
    pub diplomatic_relations_established: Option<PartialDate>,
    /// The embassies of each country in the other.
    pub embassies: Vec<EmbassySummary>,
    /// Titles of the joint declarations of strategic partnership.
    pub strategic_partnerships: Vec<String>,
    /// The officer's notes on the country; empty when none.
    pub notes: String,
    /// Economic figures, by period.
    pub indicators: Vec<IndicatorSummary>,
    /// Every document with the country, oldest first, the undated last.
    pub agreements: Vec<AgreementSummary>,
    /// The joint commissions the country sits on, with their sessions.
    pub commissions: Vec<CommissionSummary>,
    /// Meetings in the period, oldest first, the undated last.
    pub meetings: Vec<MeetingSummary>,
    /// The action plans among `agreements`, with their activities.
    pub action_plans: Vec<ActionPlanSummary>,
    /// Every source cited by the records above.
    pub sources: Vec<SourceSummary>,
}

/// An embassy of one country in the other.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmbassySummary {
    /// Whose embassy, seen from the home country.
    #[schemars(schema_with = "embassy_side_schema")]
    pub side: String,
    /// The city it is in; empty when not recorded.
    pub city: String,
    /// When it opened, to the precision the source gives.
    pub opened_on: Option<PartialDate>,
}

/// A figure for a period.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSummary {
    /// What it measures: "Trade turnover", "Exports", ...
    pub name: String,
    /// The period the figure covers.
    pub period: Period,
    /// The figure in `unit`; null when only the change is known.
    pub value: Option<f64>,
    /// The unit of `value`, e.g. "USD million".
    pub unit: String,
    /// The change against the same period before, in percent.
    pub change_percent: Option<f64>,
}

/// An institution party to a document or commission.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartySummary {
    /// The institution's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The institution's current name.
    pub name: String,
    /// The institution's country, by name.
    pub country: String,
}

/// A person, with the post they held.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatorySummary {
    /// The person's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The person's name, correctly spelt.
    pub name: String,
    /// A signatory's post at signing; a participant's latest recorded post. Empty when not
    /// recorded.
    pub position: String,
}

/// One dated step of a document's status history.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusStepSummary {
    /// The status reached at this step: "Signed", "In force", ...
    #[schemars(schema_with = "document_status_schema")]
    pub status: String,
    /// When it was reached; null when not known.
    pub date: Option<PartialDate>,
}

/// A document this one relates to.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RelatedSummary {
    /// How this document relates to the other: it "Implements" it, ...
    #[schemars(schema_with = "relation_schema")]
    pub relation: String,
    /// The other document's id, as in `agreements`.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The other document's title.
    pub title: String,
}

/// An agreement, protocol, action plan or declaration.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementSummary {
    /// The document's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// What sort of document it is: "Agreement", "Action plan", ...
    #[schemars(schema_with = "document_kind_schema")]
    pub kind: String,
    /// The document's title, as the workspace gives it.
    pub title: String,
    /// The institutions party to it, governments included.
    pub parties: Vec<PartySummary>,
    /// The people who signed, with the post they signed in.
    pub signatories: Vec<SignatorySummary>,
    /// The day it was signed, to the precision the source gives; null when not known.
    pub signed_on: Option<PartialDate>,
    /// Where it was signed; empty when not recorded.
    pub signed_at_place: String,
    /// The meeting it was signed at, by title.
    pub signed_at_meeting: Option<String>,
    /// The latest status, if any step is recorded.
    #[schemars(schema_with = "optional_document_status_schema")]
    pub status: Option<String>,
    /// Every status step, oldest first.
    pub status_history: Vec<StatusStepSummary>,
    /// The period it is in force; null when not recorded.
    pub validity: Option<Period>,
    /// The documents it implements, is part of, amends or supersedes.
    pub related: Vec<RelatedSummary>,
    /// The officer's notes on the document; empty when none.
    pub notes: String,
}

/// A standing joint commission and its numbered sessions.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommissionSummary {
    /// The commission's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The commission's full name.
    pub name: String,
    /// The institutions that sit on it.
    pub parties: Vec<PartySummary>,
    /// When it was set up; null when not known.
    pub established: Option<PartialDate>,
    /// Its sessions in the period, by date.
    pub sessions: Vec<SessionSummary>,
}

/// One session of a commission (the meeting is also in `meetings`).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionSummary {
    /// The meeting's id.
    #[schemars(with = "uuid::Uuid")]
    pub meeting_id: String,
    /// "10" for the 10th session.
    pub number: Option<u32>,
    /// The first day of the session; null when not known.
    pub start: Option<PartialDate>,
    /// The last day, for a session over several days; null otherwise.
    pub end: Option<PartialDate>,
    /// Where it was held; empty when not recorded.
    pub place: String,
}

/// A commission session, visit, consultation or other event.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingSummary {
    /// The meeting's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// What sort of event it is: "Commission session", "Incoming visit", ...
    #[schemars(schema_with = "meeting_kind_schema")]
    pub kind: String,
    /// The meeting's title ("10th meeting of the Joint Standing Commission").
    pub title: String,
    /// The commission whose session it is, by name.
    pub commission: Option<String>,
    /// The commission session's number, e.g. 10; null when not a numbered session.
    pub session_number: Option<u32>,
    /// The first day; null when not known.
    pub start: Option<PartialDate>,
    /// The last day, for a meeting over several days; null otherwise.
    pub end: Option<PartialDate>,
    /// The city or venue; empty when not recorded.
    pub place: String,
    /// The people who took part, with their posts.
    pub participants: Vec<SignatorySummary>,
    /// The subjects on the agenda, in order.
    pub topics: Vec<String>,
    /// What was agreed or decided; empty when not recorded.
    pub outcomes: String,
    /// Titles of the documents signed at it.
    pub documents_signed: Vec<String>,
}

/// An action plan and its activities.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionPlanSummary {
    /// The plan's id, as in `agreements`.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The plan's title, as in `agreements`.
    pub title: String,
    /// The period the plan covers; null when not recorded.
    pub validity: Option<Period>,
    /// Its activities that concern the country, by due date (the undated last), then description.
    pub activities: Vec<ActivitySummary>,
}

/// One item of an action plan.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivitySummary {
    /// The activity's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// What is to be done, as the plan words it.
    pub description: String,
    /// The responsible institutions, by name.
    pub responsible: Vec<String>,
    /// When it is due: a single date or a span; null when not set.
    pub due: Option<Period>,
    /// The status as officers track it ("Planned", "Done", ...).
    #[schemars(schema_with = "activity_status_schema")]
    pub status: String,
    /// Where it stands on `exported_on`: open, overdue, done or cancelled.
    pub state: ActivityState,
    /// Neither done nor cancelled.
    pub open: bool,
    /// Past due on `exported_on` and still open.
    pub overdue: bool,
}

/// Where a fact came from.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceSummary {
    /// The source's id in the workspace.
    #[schemars(with = "uuid::Uuid")]
    pub id: String,
    /// The headline or title as published.
    pub title: String,
    /// Who published it; empty when not known.
    pub publisher: String,
    /// Who wrote it; empty when not known.
    pub author: String,
    /// The web address it was read at; empty for a paper source.
    pub url: String,
    /// Publication time with the publisher's UTC offset (RFC 3339).
    #[schemars(with = "Option<chrono::DateTime<chrono::FixedOffset>>")]
    pub published_at: Option<String>,
}

// ---------------------------------------------------------------------------
// Building the summary.

/// Builds the summary for the options' scope. Its labels ("Protocol",
/// "In force") are English whatever the interface's language: the JSON is
/// for programs, and is the same file for every officer.
pub fn summary(workspace: &Workspace, options: &ExportOptions) -> Summary {
    crate::i18n::with_language(crate::i18n::Language::English, || {
        summary_in_english(workspace, options)
    })
}

fn summary_in_english(workspace: &Workspace, options: &ExportOptions) -> Summary {
    let covered = options.countries(workspace);
    let countries = covered
        .iter()
        .filter_map(|id| workspace.countries().get(id))
        .map(|country| country_summary(workspace, country, options))
        .collect();
    Summary {
        format: SUMMARY_FORMAT,
        schema_version: SUMMARY_SCHEMA_VERSION,
        accord_version: env!("CARGO_PKG_VERSION"),
        exported_on: options.today,
        scope: Scope {
            // Named once each, in the order covered, however they were asked.
            countries: if options.country_ids.is_empty() {
                Vec::new()
            } else {
                covered.iter().map(|id| workspace.label_of(*id)).collect()
            },
            from: options.from,
            to: options.to,
        },
        countries,
    }
}

/// The summary as pretty JSON text with a final newline.
pub fn to_json(
    workspace: &Workspace,
    options: &ExportOptions,
) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&summary(workspace, options))?;
    text.push('\n');
    Ok(text)
}

fn country_summary(
    workspace: &Workspace,
    country: &Country,
    options: &ExportOptions,
) -> CountrySummary {
    let mut cited: BTreeSet<SourceId> = country.sources.iter().copied().collect();
    let only = [country.id];
    let documents = super::documents_in_scope(workspace, &only, options);
    let meetings = super::meetings_in_scope(workspace, &only, options);
    let indicators = super::indicators_in_scope(workspace, country.id, options);
    let mut commissions: Vec<&Commission> = workspace
        .commissions()
        .values()
        .filter(|commission| {
            countries_of_institutions(workspace, &commission.parties).contains(&country.id)
        })
        .collect();
    commissions.sort_by(|a, b| (&a.name, a.id).cmp(&(&b.name, b.id)));
    let (plans, activities) = super::action_plans_and_activities(workspace, &documents, &only);

    for document in &documents {
        cited.extend(document.sources.iter().copied());
    }
    for meeting in &meetings {
        cited.extend(meeting.sources.iter().copied());
    }
    for indicator in &indicators {
        cited.extend(indicator.sources.iter().copied());
    }
    for commission in &commissions {
        cited.extend(commission.sources.iter().copied());
    }
    for activity in &activities {
        cited.extend(activity.sources.iter().copied());
    }

    let action_plans = plans
        .iter()
        .map(|plan| ActionPlanSummary {
            id: plan.id.to_string(),
            title: plan.title.clone(),
            validity: plan.validity,
            activities: activities
                .iter()
                .filter(|activity| activity.plan == plan.id)
                .map(|activity| ActivitySummary {
                    id: activity.id.to_string(),
                    description: activity.description.clone(),
                    responsible: activity
                        .responsible
                        .iter()
                        .map(|id| workspace.label_of(*id))
                        .collect(),
                    due: activity.due,
                    status: activity.status.label(),
                    state: ActivityState::of(activity, options.today),
                    open: activity.is_open(),
                    overdue: activity.is_overdue(options.today),
                })
                .collect(),
        })
        .collect();

    CountrySummary {
        id: country.id.to_string(),
        name: country.name.clone(),
        iso_code: country.iso_code.clone(),
        aliases: country.aliases.clone(),
        diplomatic_relations_established: country.relations.diplomatic_relations_established,
        embassies: country
            .relations
            .embassies
            .iter()
            .map(|embassy| EmbassySummary {
                side: embassy.side.label(),
                city: embassy.city.clone(),
                opened_on: embassy.opened_on,
            })
            .collect(),
        strategic_partnerships: country
            .relations
            .strategic_partnerships
            .iter()
            .map(|id| workspace.label_of(*id))
            .collect(),
        notes: country.notes.clone(),
        indicators: indicators
            .iter()
            .map(|indicator| IndicatorSummary {
                name: indicator.name(),
                period: indicator.period,
                value: indicator.value,
                unit: indicator.unit.clone(),
                change_percent: indicator.change_percent,
            })
            .collect(),
        agreements: documents
            .iter()
            .map(|document| agreement_summary(workspace, document))
            .collect(),
        commissions: commissions
            .iter()
            .map(|commission| commission_summary(workspace, commission, &meetings))
            .collect(),
        meetings: meetings
            .iter()
            .map(|meeting| meeting_summary(workspace, meeting))
            .collect(),
        action_plans,
        sources: cited
            .iter()
            .filter_map(|id| workspace.sources().get(id))
            .map(|source| SourceSummary {
                id: source.id.to_string(),
                title: source.title.clone(),
                publisher: source.publisher.clone(),
                author: source.author.clone(),
                url: source.url.clone(),
                published_at: source.published_at.map(|at| at.to_rfc3339()),
            })
            .collect(),
    }
}

fn parties(workspace: &Workspace, ids: &[crate::model::InstitutionId]) -> Vec<PartySummary> {
    ids.iter()
        .filter_map(|id| workspace.institutions().get(id))
        .map(|institution| PartySummary {
            id: institution.id.to_string(),
            name: institution.name.clone(),
            country: workspace.label_of(institution.country),
        })
        .collect()
}

fn person(workspace: &Workspace, id: PersonId, position: Option<&str>) -> SignatorySummary {
    let latest = || {
        workspace
            .people()
            .get(&id)
            .and_then(|person| person.positions.last())
            .map_or_else(String::new, |position| position.title.clone())
    };
    SignatorySummary {
        id: id.to_string(),
        name: workspace.label_of(id),
        position: position.map_or_else(latest, str::to_owned),
    }
}

fn agreement_summary(workspace: &Workspace, document: &Document) -> AgreementSummary {
    AgreementSummary {
        id: document.id.to_string(),
        kind: document.kind.label(),
        title: document.title.clone(),
        parties: parties(workspace, &document.parties),
        signatories: document
            .signatories
            .iter()
            .map(|signatory| person(workspace, signatory.person, Some(&signatory.position)))
            .collect(),
        signed_on: document.signed_on,
        signed_at_place: document.signed_at_place.clone(),
        signed_at_meeting: document.signed_at_meeting.map(|id| workspace.label_of(id)),
        status: document.current_status().map(DocumentStatus::label),
        status_history: document
            .status_history
            .iter()
            .map(|step| StatusStepSummary {
                status: step.status.label(),
                date: step.date,
            })
            .collect(),
        validity: document.validity,
        related: document
            .relations
            .iter()
            .map(|relation| RelatedSummary {
                relation: relation.kind.label(),
                id: relation.target.to_string(),
                title: workspace.label_of(relation.target),
            })
            .collect(),
        notes: document.notes.clone(),
    }
}

fn commission_summary(
    workspace: &Workspace,
    commission: &Commission,
    meetings: &[&Meeting],
) -> CommissionSummary {
    let mut sessions: Vec<&&Meeting> = meetings
        .iter()
        .filter(|meeting| meeting.commission == Some(commission.id))
        .collect();
    sessions.sort_by_key(|meeting| {
        (
            meeting.start.is_none(),
            meeting.start,
            meeting.session_number,
        )
    });
    CommissionSummary {
        id: commission.id.to_string(),
        name: commission.name.clone(),
        parties: parties(workspace, &commission.parties),
        established: commission.established,
        sessions: sessions
            .iter()
            .map(|meeting| SessionSummary {
                meeting_id: meeting.id.to_string(),
                number: meeting.session_number,
                start: meeting.start,
                end: meeting.end,
                place: meeting.place.clone(),
            })
            .collect(),
    }
}

fn meeting_summary(workspace: &Workspace, meeting: &Meeting) -> MeetingSummary {
    let mut documents_signed: Vec<String> = workspace
        .documents()
        .values()
        .filter(|document| document.signed_at_meeting == Some(meeting.id))
        .map(|document| document.title.clone())
        .collect();
    documents_signed.sort();
    MeetingSummary {
        id: meeting.id.to_string(),
        kind: meeting.kind.label(),
        title: query::meeting_title(workspace, meeting),
        commission: meeting.commission.map(|id| workspace.label_of(id)),
        session_number: meeting.session_number,
        start: meeting.start,
        end: meeting.end,
        place: meeting.place.clone(),
        participants: meeting
            .participants
            .iter()
            .map(|id| person(workspace, *id, None))
            .collect(),
        topics: meeting.topics.clone(),
        outcomes: meeting.outcomes.clone(),
        documents_signed,
    }
}
