//! Read-only questions asked of a workspace: which country a record concerns,
//! a country's history in date order. Shared by the GUI and the exports.

pub mod calendar;
pub mod indicators;
pub mod next;
pub mod search;

use std::collections::BTreeSet;

use chrono::NaiveDate;

pub use crate::i18n::words::{lowercase, ordinal, session_ordinal};
use crate::model::{
    Activity, CountryId, Document, DocumentKind, InstitutionId, Meeting, MeetingKind, PartialDate,
    Period, RecordId, RecordKind, Workspace,
};
use crate::tr;

/// The countries of some institutions.
pub fn countries_of_institutions(
    workspace: &Workspace,
    institutions: &[InstitutionId],
) -> BTreeSet<CountryId> {
    institutions
        .iter()
        .filter_map(|id| workspace.institutions().get(id))
        .map(|institution| institution.country)
        .collect()
}

/// The countries a document concerns: those of its parties.
pub fn countries_of_document(workspace: &Workspace, document: &Document) -> BTreeSet<CountryId> {
    countries_of_institutions(workspace, &document.parties)
}

/// The countries a meeting concerns: those named on it and those of its
/// commission's parties.
pub fn countries_of_meeting(workspace: &Workspace, meeting: &Meeting) -> BTreeSet<CountryId> {
    let mut countries: BTreeSet<CountryId> = meeting.countries.iter().copied().collect();
    if let Some(commission) = meeting
        .commission
        .and_then(|id| workspace.commissions().get(&id))
    {
        countries.extend(countries_of_institutions(workspace, &commission.parties));
    }
    countries
}

/// The countries an activity concerns: its plan's and its responsible sides'.
pub fn countries_of_activity(workspace: &Workspace, activity: &Activity) -> BTreeSet<CountryId> {
    let mut countries = countries_of_institutions(workspace, &activity.responsible);
    if let Some(plan) = workspace.documents().get(&activity.plan) {
        countries.extend(countries_of_document(workspace, plan));
    }
    countries
}

/// Whether any of `institutions` belongs to `country`; unlike
/// [`countries_of_institutions`] it allocates nothing, for scans over
/// every record.
fn any_of_country(
    workspace: &Workspace,
    institutions: &[InstitutionId],
    country: CountryId,
) -> bool {
    institutions.iter().any(|id| {
        workspace
            .institutions()
            .get(id)
            .is_some_and(|institution| institution.country == country)
    })
}

/// Whether `document` concerns `country` (see [`countries_of_document`]).
fn document_concerns(workspace: &Workspace, document: &Document, country: CountryId) -> bool {
    any_of_country(workspace, &document.parties, country)
}

/// Whether `meeting` concerns `country` (see [`countries_of_meeting`]).
fn meeting_concerns(workspace: &Workspace, meeting: &Meeting, country: CountryId) -> bool {
    meeting.countries.contains(&country)
        || meeting
            .commission
            .and_then(|id| workspace.commissions().get(&id))
            .is_some_and(|commission| any_of_country(workspace, &commission.parties, country))
}

/// Whether `activity` concerns `country` (see [`countries_of_activity`]).
fn activity_concerns(workspace: &Workspace, activity: &Activity, country: CountryId) -> bool {
    any_of_country(workspace, &activity.responsible, country)
        || workspace
            .documents()
            .get(&activity.plan)
            .is_some_and(|plan| document_concerns(workspace, plan, country))
}

/// What an entry of a country's timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineKind {
    /// A document, of this kind.
    Document(DocumentKind),
    /// A meeting, of this kind.
    Meeting(MeetingKind),
    /// An activity of an action plan.
    Activity,
}

impl TimelineKind {
    /// The kind's name as the timeline shows it.
    pub fn label(self) -> String {
        match self {
            Self::Document(kind) => kind.label(),
            Self::Meeting(kind) => kind.label(),
            Self::Activity => crate::tr!("query-timeline-activity"),
        }
    }
}

/// One line of a country's agreement history.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// When it happened or is due; `None` when no source gives a date.
    pub when: Option<Period>,
    /// A document's kind, or a meeting's, or "activity".
    pub kind: TimelineKind,
    /// The document, meeting or activity the line is about.
    pub record: RecordId,
    /// A document's title, a meeting's title with its session, or an activity's description.
    pub title: String,
    /// The current status, as read ("In force", "Overdue", ...).
    pub status: String,
}

/// Every document, meeting and activity concerning `country`, oldest first,
/// with undated entries last. Partial dates sort by [`PartialDate`]'s order.
pub fn country_timeline(
    workspace: &Workspace,
    country: CountryId,
    today: NaiveDate,
) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    for document in workspace.documents().values() {
        if document_concerns(workspace, document, country) {
            entries.push(TimelineEntry {
                when: document.key_date().map(Period::single),
                kind: TimelineKind::Document(document.kind),
                record: document.id.into(),
                title: document.shown_name().to_owned(),
                status: document
                    .current_status()
                    .map_or_else(String::new, crate::model::DocumentStatus::label),
            });
        }
    }
    for meeting in workspace.meetings().values() {
        if meeting_concerns(workspace, meeting, country) {
            entries.push(TimelineEntry {
                when: meeting
                    .start
                    .map(|start| Period::single(start).with_end(meeting.end)),
                kind: TimelineKind::Meeting(meeting.kind),
                record: meeting.id.into(),
                title: meeting_title(workspace, meeting),
                status: String::new(),
            });
        }
    }
    for activity in workspace.activities().values() {
        if activity_concerns(workspace, activity, country) {
            entries.push(TimelineEntry {
                when: activity.due,
                kind: TimelineKind::Activity,
                record: activity.id.into(),
                title: activity.description.clone(),
                status: activity_status_text(activity, today),
            });
        }
    }
    entries.sort_by(|a, b| {
        let key = |entry: &TimelineEntry| {
            (
                entry.when.is_none(),
                entry.when.map(|when| when.start),
                entry.when.and_then(|when| when.end),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.title.cmp(&b.title))
    });
    entries
}

/// A meeting's title with its session number when it has one:
/// "Joint Standing Commission — 10th session".
pub fn meeting_title(workspace: &Workspace, meeting: &Meeting) -> String {
    match (meeting.session_number, meeting.commission) {
        (Some(number), Some(commission)) if meeting.title.trim().is_empty() => tr!(
            "query-meeting-session-title",
            commission = workspace.label_of(commission),
            ordinal = session_ordinal(number)
        ),
        _ => meeting.title.clone(),
    }
}

/// A record kind as a sentence names it, in lower case: "country",
/// "ölkə", "страна".
pub fn kind_noun(kind: RecordKind) -> String {
    match kind {
        RecordKind::Country => tr!("query-noun-country"),
        RecordKind::Institution => tr!("query-noun-institution"),
        RecordKind::Person => tr!("query-noun-person"),
        RecordKind::Document => tr!("query-noun-document"),
        RecordKind::Activity => tr!("query-noun-activity"),
        RecordKind::Commission => tr!("query-noun-commission"),
        RecordKind::Meeting => tr!("query-noun-meeting"),
        RecordKind::Indicator => tr!("query-noun-indicator"),
        RecordKind::Source => tr!("query-noun-source"),
    }
}

/// An activity's status as read on `today`: "Overdue" wins over the stored
/// status when the due period has passed and it is not done.
pub fn activity_status_text(activity: &Activity, today: NaiveDate) -> String {
    if activity.is_overdue(today) {
        tr!(
            "query-activity-overdue",
            status = lowercase(&activity.status.label())
        )
    } else {
        activity.status.label()
    }
}

/// Whether a dated thing falls within `[from, to]`; either bound may be
/// absent. Undated things fall within only an unbounded range.
pub fn within(when: Option<Period>, from: Option<PartialDate>, to: Option<PartialDate>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some(when) = when else { return false };
    let after_start = from.is_none_or(|from| when.last_day() >= from.first_day());
    let before_end = to.is_none_or(|to| when.first_day() <= to.last_day());
    after_start && before_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn ordinals_read_as_english() {
        let read: Vec<String> = [1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            read,
            [
                "1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd",
                "101st", "111th"
            ]
        );
    }

    #[test]
    fn sessions_are_numbered_in_each_language() {
        use crate::i18n::with_language;
        let numbers = [1, 2, 3, 6, 9, 10, 40, 100, 21];
        let azerbaijani: Vec<String> = with_language(Language::Azerbaijani, || {
            numbers.map(session_ordinal).to_vec()
        });
        assert_eq!(
            azerbaijani,
            [
                "1-ci", "2-ci", "3-cü", "6-cı", "9-cu", "10-cu", "40-cı", "100-cü", "21-ci"
            ]
        );
        assert_eq!(
            with_language(Language::Russian, || session_ordinal(10)),
            "10-е"
        );
        assert_eq!(session_ordinal(22), "22nd");
        assert_eq!(
            with_language(Language::Azerbaijani, || lowercase("İcra İşləri")),
            "icra işləri"
        );
    }

    #[test]
    fn a_range_includes_what_overlaps_it() {
        let date = |text: &str| text.parse::<PartialDate>().unwrap();
        let may_2022 = Some(Period::single(date("2022-05")));
        assert!(within(may_2022, Some(date("2022-05-31")), None));
        assert!(!within(may_2022, Some(date("2022-06-01")), None));
        assert!(within(may_2022, None, Some(date("2022"))));
        assert!(within(None, None, None));
        assert!(!within(None, Some(date("2022")), None));
    }
}
