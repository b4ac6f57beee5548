//! The JSON summary: per country, its profile, indicators, agreement history,
//! commissions and meetings, action plans with their activities, and the
//! sources cited. Deterministic: the same workspace and options give the
//! same bytes.

use std::collections::BTreeSet;

use serde::Serialize;

use super::ExportOptions;
use crate::model::{
    Activity, Country, CountryId, Document, DocumentKind, Indicator, Meeting, PartialDate, Period,
    SourceId, Workspace,
};
use crate::query::{self, countries_of_activity, countries_of_document, countries_of_meeting};

/// The `format` value of a summary.
pub const SUMMARY_FORMAT: &str = "accord-summary";
/// Bumped whenever a field is renamed or removed.
pub const SUMMARY_SCHEMA_VERSION: u32 = 1;

/// The whole summary.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub format: &'static str,
    pub schema_version: u32,
    pub accord_version: &'static str,
    /// Statuses such as "overdue" are as of this day.
    pub exported_on: PartialDate,
    pub scope: Scope,
    pub countries: Vec<CountrySummary>,
}

/// Which countries and which period the summary covers.
#[derive(Debug, Serialize)]
pub struct Scope {
    /// Country names, or empty for all partner countries.
    pub countries: Vec<String>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

/// Everything about one country.
#[derive(Debug, Serialize)]
pub struct CountrySummary {
    pub id: CountryId,
    pub name: String,
    pub iso_code: String,
    pub aliases: Vec<String>,
    pub diplomatic_relations_established: Option<PartialDate>,
    pub embassies: Vec<EmbassySummary>,
    pub strategic_partnerships: Vec<String>,
    pub notes: String,
    pub indicators: Vec<IndicatorSummary>,
    pub agreements: Vec<AgreementSummary>,
    pub meetings: Vec<MeetingSummary>,
    pub action_plans: Vec<ActionPlanSummary>,
    pub sources: Vec<SourceSummary>,
}

#[derive(Debug, Serialize)]
pub struct EmbassySummary {
    pub side: &'static str,
    pub city: String,
    pub opened_on: Option<PartialDate>,
}

#[derive(Debug, Serialize)]
pub struct IndicatorSummary {
    pub name: String,
    pub period: Period,
    pub value: Option<f64>,
    pub unit: String,
    pub change_percent: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct PartySummary {
    pub name: String,
    pub country: String,
}

#[derive(Debug, Serialize)]
pub struct SignatorySummary {
    pub name: String,
    pub position: String,
}

#[derive(Debug, Serialize)]
pub struct StatusStepSummary {
    pub status: &'static str,
    pub date: Option<PartialDate>,
}

#[derive(Debug, Serialize)]
pub struct RelatedSummary {
    pub relation: &'static str,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct AgreementSummary {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    pub parties: Vec<PartySummary>,
    pub signatories: Vec<SignatorySummary>,
    pub signed_on: Option<PartialDate>,
    pub signed_at_place: String,
    pub signed_at_meeting: Option<String>,
    pub status: Option<&'static str>,
    pub status_history: Vec<StatusStepSummary>,
    pub validity: Option<Period>,
    pub related: Vec<RelatedSummary>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub struct MeetingSummary {
    pub id: String,
    pub kind: &'static str,
    pub title: String,
    pub commission: Option<String>,
    pub session_number: Option<u32>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub place: String,
    pub participants: Vec<SignatorySummary>,
    pub topics: Vec<String>,
    pub outcomes: String,
    pub documents_signed: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ActionPlanSummary {
    pub title: String,
    pub validity: Option<Period>,
    pub activities: Vec<ActivitySummary>,
}

#[derive(Debug, Serialize)]
pub struct ActivitySummary {
    pub description: String,
    pub responsible: Vec<String>,
    pub due: Option<Period>,
    /// The status as tracked ("Planned", "Done", ...).
    pub status: &'static str,
    /// Open: neither done nor cancelled.
    pub open: bool,
    /// Past due as of `exported_on` and still open.
    pub overdue: bool,
}

#[derive(Debug, Serialize)]
pub struct SourceSummary {
    pub title: String,
    pub publisher: String,
    pub author: String,
    pub url: String,
    pub published_at: Option<String>,
}

/// Builds the summary for the options' scope.
pub fn summary(workspace: &Workspace, options: &ExportOptions) -> Summary {
    let countries = options
        .countries(workspace)
        .into_iter()
        .filter_map(|id| workspace.countries().get(&id))
        .map(|country| country_summary(workspace, country, options))
        .collect();
    Summary {
        format: SUMMARY_FORMAT,
        schema_version: SUMMARY_SCHEMA_VERSION,
        accord_version: env!("CARGO_PKG_VERSION"),
        exported_on: PartialDate::Day(options.today),
        scope: Scope {
            countries: options
                .country_ids
                .iter()
                .map(|id| workspace.label_of(*id))
                .collect(),
            from: options.from,
            to: options.to,
        },
        countries,
    }
}

/// The summary as pretty JSON text with a final newline.
pub fn to_json(workspace: &Workspace, options: &ExportOptions) -> String {
    let mut text = serde_json::to_string_pretty(&summary(workspace, options)).unwrap_or_default();
    text.push('\n');
    text
}

fn country_summary(
    workspace: &Workspace,
    country: &Country,
    options: &ExportOptions,
) -> CountrySummary {
    let mut cited: BTreeSet<SourceId> = country.sources.iter().copied().collect();
    let in_range = |when: Option<Period>| query::within(when, options.from, options.to);

    let mut documents: Vec<&Document> = workspace
        .documents()
        .values()
        .filter(|document| countries_of_document(workspace, document).contains(&country.id))
        .filter(|document| in_range(document.key_date().map(Period::single)))
        .collect();
    documents.sort_by(|a, b| {
        (a.key_date().is_none(), a.key_date(), &a.title).cmp(&(
            b.key_date().is_none(),
            b.key_date(),
            &b.title,
        ))
    });
    let mut meetings: Vec<&Meeting> = workspace
        .meetings()
        .values()
        .filter(|meeting| countries_of_meeting(workspace, meeting).contains(&country.id))
        .filter(|meeting| {
            in_range(
                meeting
                    .start
                    .map(|start| Period::single(start).with_end(meeting.end)),
            )
        })
        .collect();
    meetings.sort_by(|a, b| {
        (a.start.is_none(), a.start, &a.title).cmp(&(b.start.is_none(), b.start, &b.title))
    });
    let mut indicators: Vec<&Indicator> = workspace
        .indicators()
        .values()
        .filter(|indicator| indicator.country == country.id && in_range(Some(indicator.period)))
        .collect();
    indicators.sort_by(|a, b| {
        (a.period.start, a.period.end, a.name()).cmp(&(b.period.start, b.period.end, b.name()))
    });

    for document in &documents {
        cited.extend(document.sources.iter().copied());
    }
    for meeting in &meetings {
        cited.extend(meeting.sources.iter().copied());
    }
    for indicator in &indicators {
        cited.extend(indicator.sources.iter().copied());
    }

    let action_plans = documents
        .iter()
        .filter(|document| document.kind == DocumentKind::ActionPlan)
        .map(|plan| {
            let mut activities: Vec<&Activity> = workspace
                .activities()
                .values()
                .filter(|activity| {
                    activity.plan == plan.id
                        && countries_of_activity(workspace, activity).contains(&country.id)
                })
                .collect();
            activities.sort_by(|a, b| {
                (a.due.map(|due| due.start), &a.description)
                    .cmp(&(b.due.map(|due| due.start), &b.description))
            });
            for activity in &activities {
                cited.extend(activity.sources.iter().copied());
            }
            ActionPlanSummary {
                title: plan.title.clone(),
                validity: plan.validity,
                activities: activities
                    .iter()
                    .map(|activity| ActivitySummary {
                        description: activity.description.clone(),
                        responsible: activity
                            .responsible
                            .iter()
                            .map(|id| workspace.label_of(*id))
                            .collect(),
                        due: activity.due,
                        status: activity.status.label(),
                        open: activity.is_open(),
                        overdue: activity.is_overdue(options.today),
                    })
                    .collect(),
            }
        })
        .collect();

    CountrySummary {
        id: country.id,
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
        meetings: meetings
            .iter()
            .map(|meeting| meeting_summary(workspace, meeting))
            .collect(),
        action_plans,
        sources: cited
            .iter()
            .filter_map(|id| workspace.sources().get(id))
            .map(|source| SourceSummary {
                title: source.title.clone(),
                publisher: source.publisher.clone(),
                author: source.author.clone(),
                url: source.url.clone(),
                published_at: source.published_at.map(|at| at.to_rfc3339()),
            })
            .collect(),
    }
}

fn agreement_summary(workspace: &Workspace, document: &Document) -> AgreementSummary {
    AgreementSummary {
        id: document.id.to_string(),
        kind: document.kind.label(),
        title: document.title.clone(),
        parties: document
            .parties
            .iter()
            .filter_map(|id| workspace.institutions().get(id))
            .map(|institution| PartySummary {
                name: institution.name.clone(),
                country: workspace.label_of(institution.country),
            })
            .collect(),
        signatories: document
            .signatories
            .iter()
            .map(|signatory| SignatorySummary {
                name: workspace.label_of(signatory.person),
                position: signatory.position.clone(),
            })
            .collect(),
        signed_on: document.signed_on,
        signed_at_place: document.signed_at_place.clone(),
        signed_at_meeting: document.signed_at_meeting.map(|id| workspace.label_of(id)),
        status: document.current_status().map(|status| status.label()),
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
                title: workspace.label_of(relation.target),
            })
            .collect(),
        notes: document.notes.clone(),
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
            .filter_map(|id| workspace.people().get(id))
            .map(|person| SignatorySummary {
                name: person.name.clone(),
                position: person
                    .positions
                    .last()
                    .map_or_else(String::new, |position| position.title.clone()),
            })
            .collect(),
        topics: meeting.topics.clone(),
        outcomes: meeting.outcomes.clone(),
        documents_signed,
    }
}
