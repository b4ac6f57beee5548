//! Officials: ministers, signatories, meeting participants.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{InstitutionId, OtherNames, PartialDate, PersonId, SourceId};

/// A person, with the spellings sources use and the posts held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Never changes, so copies of the workspace merge person by person.
    pub id: PersonId,
    /// When the person was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the person's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The correct spelling.
    pub name: String,
    /// The name in other languages (`{"az": …, "ru": …}`), shown when the
    /// interface is in one of them.
    #[serde(default, skip_serializing_if = "OtherNames::is_empty")]
    pub names: OtherNames,
    /// Other spellings seen in sources, kept as they were written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub name_variants: Vec<String>,
    /// The posts held, as entered; the post at a signing is kept on the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that name this person or the posts held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A post a person held at an institution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Where the post was held; the institution cannot be deleted while this refers to it.
    pub institution: InstitutionId,
    /// The post as the institution names it ("Minister of Labour"); not blank.
    pub title: String,
    /// When the person took up the post, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PartialDate>,
    /// When the person left the post, if known; not before `from`.
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
            modified_by: None,
            name: name.into(),
            names: OtherNames::default(),
            name_variants: Vec::new(),
            positions: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
