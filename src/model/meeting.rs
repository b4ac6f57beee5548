//! Commission sessions, visits, consultations and other events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CommissionId, CountryId, MeetingId, PartialDate, PersonId, SourceId};

labelled_enum!(
    /// What sort of event a meeting is.
    MeetingKind {
        CommissionSession => "Commission session",
        IncomingVisit => "Incoming visit",
        OutgoingVisit => "Outgoing visit",
        Consultation => "Consultation",
        WorkingGroup => "Working group",
        Signing => "Signing",
        Other => "Other",
    }
);

/// An event with participants, place, topics and outcomes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: MeetingId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub kind: MeetingKind,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outcomes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
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
