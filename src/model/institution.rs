//! Governments, ministries, agencies and embassies: the parties that sign.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CountryId, InstitutionId, PartialDate, SourceId};

labelled_enum!(
    /// What sort of body an institution is.
    InstitutionKind {
        Government => "Government",
        Ministry => "Ministry",
        Agency => "Agency",
        Embassy => "Embassy",
        Other => "Other",
    }
);

/// A body of a country that is party to documents and employs people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: InstitutionId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub country: CountryId,
    pub kind: InstitutionKind,
    pub name: String,
    /// A short name or acronym ("İŞKUR").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// Earlier names, most recent last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<InstitutionId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A name an institution used to have.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    pub name: String,
    /// When the name stopped being used, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<PartialDate>,
}

impl Institution {
    /// A new institution of `country`, stamped `now`.
    pub fn new(
        country: CountryId,
        kind: InstitutionKind,
        name: impl Into<String>,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id: InstitutionId::random(),
            created_at: now,
            modified_at: now,
            country,
            kind,
            name: name.into(),
            short_name: String::new(),
            former_names: Vec::new(),
            parent: None,
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}
