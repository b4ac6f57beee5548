//! Agreements, protocols, action plans and declarations, with their status
//! over time and their relations to each other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{DocumentId, InstitutionId, MeetingId, PartialDate, Period, PersonId, SourceId};

labelled_enum!(
    /// What sort of document it is.
    DocumentKind {
        CooperationProtocol => "Cooperation protocol",
        Agreement => "Agreement",
        ProceduralAgreement => "Procedural agreement",
        CommissionProtocol => "Commission session protocol",
        ActionPlan => "Action plan",
        Memorandum => "Memorandum",
        JointDeclaration => "Joint declaration",
        Other => "Other",
    }
);

labelled_enum!(
    /// Where a document stands in its life.
    DocumentStatus {
        Draft => "Draft",
        UnderNegotiation => "Under negotiation",
        Signed => "Signed",
        InForce => "In force",
        Expired => "Expired",
        Terminated => "Terminated",
        Superseded => "Superseded",
    }
);

labelled_enum!(
    /// How a document relates to another.
    RelationKind {
        Implements => "Implements",
        PartOf => "Part of",
        Amends => "Amends",
        Supersedes => "Supersedes",
    }
);

/// A signed (or planned) document between institutions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: DocumentId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub kind: DocumentKind,
    pub title: String,
    /// The institutions (governments included) party to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InstitutionId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<Signatory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_on: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signed_at_place: String,
    /// The meeting it was signed at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at_meeting: Option<MeetingId>,
    /// Status changes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusStep>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Period>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<DocumentRelation>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A person who signed, with the post they signed in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub person: PersonId,
    /// The post as it was at signing ("Minister of Labour and Social
    /// Protection of Population").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
}

/// One dated step of a document's status history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusStep {
    pub status: DocumentStatus,
    /// When it took this status, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// This document's relation to another one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRelation {
    pub kind: RelationKind,
    pub target: DocumentId,
}

impl Document {
    /// A new document, stamped `now`.
    pub fn new(kind: DocumentKind, title: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: DocumentId::random(),
            created_at: now,
            modified_at: now,
            kind,
            title: title.into(),
            parties: Vec::new(),
            signatories: Vec::new(),
            signed_on: None,
            signed_at_place: String::new(),
            signed_at_meeting: None,
            status_history: Vec::new(),
            validity: None,
            relations: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }

    /// The latest status, if any step is recorded.
    pub fn current_status(&self) -> Option<DocumentStatus> {
        self.status_history.last().map(|step| step.status)
    }

    /// The date a timeline places it at: signature, else its first dated
    /// status step, else the start of its validity.
    pub fn key_date(&self) -> Option<PartialDate> {
        self.signed_on
            .or_else(|| self.status_history.iter().find_map(|step| step.date))
            .or_else(|| self.validity.map(|period| period.start))
    }
}
