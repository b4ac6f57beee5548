//! A partner country (or the home country) and its relations profile.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CountryId, DocumentId, OtherNames, PartialDate, SourceId};

/// A country, with the names it is known by and the state of relations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// Never changes, so copies of the workspace merge country by country.
    pub id: CountryId,
    /// When the country was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the country's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The name officers use for it now; not blank.
    pub name: String,
    /// The name in other languages (`{"az": …, "ru": …}`), shown when the
    /// interface is in one of them.
    #[serde(default, skip_serializing_if = "OtherNames::is_empty")]
    pub names: OtherNames,
    /// ISO 3166-1 alpha-2 code, e.g. "TR".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub iso_code: String,
    /// Other names, old and new ("Türkiye" for "Turkey").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Always written, as `{}` when nothing is known yet.
    #[serde(default)]
    pub relations: RelationsProfile,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that mention this country.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// The relations between the home country and this one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationsProfile {
    /// When diplomatic relations began, often known only to the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diplomatic_relations_established: Option<PartialDate>,
    /// The embassies each side keeps in the other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embassies: Vec<Embassy>,
    /// Joint declarations of strategic partnership (documents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategic_partnerships: Vec<DocumentId>,
}

labelled_enum!(
    /// Whose embassy it is, seen from the home country.
    EmbassySide {
        /// The home country's embassy in the partner country.
        Ours => "model-embassy-side-ours",
        /// The partner country's embassy in the home country.
        Theirs => "model-embassy-side-theirs",
    }
);

/// An embassy of one country in the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Embassy {
    /// Ours in their country, or theirs in ours.
    pub side: EmbassySide,
    /// The city it is in; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// When it opened, often known only to the year or month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_on: Option<PartialDate>,
}

impl Country {
    /// A new country named `name`, stamped `now`.
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: CountryId::random(),
            created_at: now,
            modified_at: now,
            modified_by: None,
            name: name.into(),
            names: OtherNames::default(),
            iso_code: String::new(),
            aliases: Vec::new(),
            relations: RelationsProfile::default(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }

    /// Whether `query` (in any case and script, with or without accents)
    /// is the whole of this country's name, an alias, its name in another
    /// language or its ISO code:
    /// "TÜRKİYE" and "turkiye" both name Türkiye.
    pub fn is_named(&self, query: &str) -> bool {
        let query = super::fold(query.trim());
        let whole = |name: &str| super::name_match(&query, name) == Some(super::NameMatch::Whole);
        whole(&self.name)
            || whole(&self.iso_code)
            || self.aliases.iter().any(|alias| whole(alias))
            || self.names.names().any(whole)
    }
}
