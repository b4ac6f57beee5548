//! Standing joint bodies whose sessions are numbered meetings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CommissionId, InstitutionId, PartialDate, SourceId};

/// A standing joint commission, e.g. the Joint Standing Commission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    pub id: CommissionId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InstitutionId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Commission {
    /// A new commission, stamped `now`.
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: CommissionId::random(),
            created_at: now,
            modified_at: now,
            name: name.into(),
            parties: Vec::new(),
            established: None,
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
