//! Standing joint bodies whose sessions are numbered meetings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CommissionId, InstitutionId, OtherNames, PartialDate, SourceId};

/// A standing joint commission, e.g. the Joint Standing Commission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    /// Never changes, so copies of the workspace merge commission by commission.
    pub id: CommissionId,
    /// When the commission was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the commission's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The commission's full name ("Joint Standing Commission"); not blank.
    pub name: String,
    /// The name in other languages (`{"az": …, "ru": …}`), shown when the
    /// interface is in one of them.
    #[serde(default, skip_serializing_if = "OtherNames::is_empty")]
    pub names: OtherNames,
    /// The institutions that sit on it; their countries are the ones its sessions concern.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InstitutionId>,
    /// When it was set up, to the precision the source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<PartialDate>,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that mention the commission.
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
            modified_by: None,
            name: name.into(),
            names: OtherNames::default(),
            parties: Vec::new(),
            established: None,
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
