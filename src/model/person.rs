//! Officials: ministers, signatories, meeting participants.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{InstitutionId, PartialDate, PersonId, SourceId};

/// A person, with the spellings sources use and the posts held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    /// The correct spelling.
    pub name: String,
    /// Other spellings seen in sources, kept as they were written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub name_variants: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A post a person held at an institution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub institution: InstitutionId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<PartialDate>,
}

impl Person {
    /// A new person named `name`, stamped `now`.
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: PersonId::random(),
            created_at: now,
            modified_at: now,
            name: name.into(),
            name_variants: Vec::new(),
            positions: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
