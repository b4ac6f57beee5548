//! Commission sessions, visits, consultations and other events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CommissionId, CountryId, MeetingId, PartialDate, PersonId, SourceId};

labelled_enum!(
    /// What sort of event a meeting is.
    MeetingKind {
        /// A numbered session of a joint commission.
        CommissionSession => "model-meeting-kind-commission-session",
        /// A partner's delegation visiting us.
        IncomingVisit => "model-meeting-kind-incoming-visit",
        /// Our delegation visiting a partner.
        OutgoingVisit => "model-meeting-kind-outgoing-visit",
        /// Political or expert consultations between ministries.
        Consultation => "model-meeting-kind-consultation",
        /// A meeting of a working group set up under an agreement or commission.
        WorkingGroup => "model-meeting-kind-working-group",
        /// A ceremony at which documents are signed.
        Signing => "model-meeting-kind-signing",
        /// Any other event.
        Other => "model-meeting-kind-other",
    }
);

/// An event with participants, place, topics and outcomes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Never changes, so copies of the workspace merge meeting by meeting.
    pub id: MeetingId,
    /// When the meeting was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the meeting's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// What sort of event it is.
    pub kind: MeetingKind,
    /// The meeting's name as minutes and calendars show it; not blank.
    pub title: String,
    /// The partner countries it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<CountryId>,
    /// The commission whose session it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission: Option<CommissionId>,
    /// The session number ("10th meeting").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_number: Option<u32>,
    /// The first day, to the precision the source gives; required when there is an `end`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// The last day of a meeting over several days; not before `start`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// The city or venue, as written; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The people who took part, ours and theirs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<PersonId>,
    /// The subjects on the agenda, one text each, in agenda order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// What was agreed or decided, as free text; empty when not yet known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outcomes: String,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that report the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Meeting {
    /// A new meeting, stamped `now`.
    pub fn new(kind: MeetingKind, title: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: MeetingId::random(),
            created_at: now,
            modified_at: now,
            modified_by: None,
            kind,
            title: title.into(),
            countries: Vec::new(),
            commission: None,
            session_number: None,
            start: None,
            end: None,
            place: String::new(),
            participants: Vec::new(),
            topics: Vec::new(),
            outcomes: String::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
