//! Governments, ministries, agencies and embassies: the parties that sign.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CountryId, InstitutionId, OtherNames, PartialDate, SourceId};

labelled_enum!(
    /// What sort of body an institution is.
    InstitutionKind {
        /// A country's government as a whole, the usual party to intergovernmental agreements.
        Government => "model-institution-kind-government",
        /// A ministry, the usual counterpart of the officer's own.
        Ministry => "model-institution-kind-ministry",
        /// A body under a ministry (an employment service, an inspectorate).
        Agency => "model-institution-kind-agency",
        /// An embassy, ours there or theirs here.
        Embassy => "model-institution-kind-embassy",
        /// Anything else: a chamber of commerce, a fund, a university.
        Other => "model-institution-kind-other",
    }
);

/// A body of a country that is party to documents and employs people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// Never changes, so copies of the workspace merge institution by institution.
    pub id: InstitutionId,
    /// When the institution was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the institution's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The country it belongs to; that country cannot be deleted while this refers to it.
    pub country: CountryId,
    /// What sort of body it is.
    pub kind: InstitutionKind,
    /// Its current name as the file spells it; not blank. Earlier names go in `former_names`.
    pub name: String,
    /// The name in other languages (`{"az": …, "ru": …}`), shown when the
    /// interface is in one of them.
    #[serde(default, skip_serializing_if = "OtherNames::is_empty")]
    pub names: OtherNames,
    /// A short name or acronym ("İŞKUR").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// Earlier names, most recent last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
    /// The body it belongs to (a ministry's agency); cleared if the parent is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<InstitutionId>,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that mention this institution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A name an institution used to have.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    /// The name as it was then; not blank.
    pub name: String,
    /// When the name stopped being used, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<PartialDate>,
}

impl InstitutionKind {
    /// The kind a name says it is: "Government of Romania" is a
    /// government, "Ministry of Labour" (or "Ministerul Muncii",
    /// "Министерство труда") a ministry, "… Agency" an agency, "Embassy
    /// of …" an embassy. Anything else is Other.
    pub fn guess_from_name(name: &str) -> Self {
        let name = crate::model::fold(name);
        let has_word = |stems: &[&str]| {
            name.split(|c: char| !c.is_alphanumeric())
                .any(|word| stems.iter().any(|stem| word.starts_with(stem)))
        };
        // Word stems as folding leaves them (no accents, lower case).
        if has_word(&["embass", "ambasad", "посольств", "buyukelci", "sefirli"]) {
            Self::Embassy
        } else if has_word(&["minist", "министерств", "bakanl", "nazirli"]) {
            Self::Ministry
        } else if has_word(&["government", "guvern", "правительств", "hukumet", "cabinet"])
        {
            Self::Government
        } else if has_word(&["agenc", "agenti", "агентств", "ajans", "agentli"]) {
            Self::Agency
        } else {
            Self::Other
        }
    }
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
            modified_by: None,
            country,
            kind,
            name: name.into(),
            names: OtherNames::default(),
            short_name: String::new(),
            former_names: Vec::new(),
            parent: None,
            notes: String::new(),
            sources: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::InstitutionKind;

    #[test]
    fn the_kind_is_guessed_from_the_name_in_the_languages_of_the_work() {
        for (name, kind) in [
            ("Government of Romania", InstitutionKind::Government),
            ("Guvernul României", InstitutionKind::Government),
            (
                "Ministry of Labour and Social Protection",
                InstitutionKind::Ministry,
            ),
            (
                "Ministerul Muncii și Solidarității Sociale",
                InstitutionKind::Ministry,
            ),
            ("Министерство труда", InstitutionKind::Ministry),
            ("State Employment Agency", InstitutionKind::Agency),
            (
                "Agenția Națională pentru Ocuparea Forței de Muncă",
                InstitutionKind::Agency,
            ),
            (
                "Embassy of Azerbaijan in Bucharest",
                InstitutionKind::Embassy,
            ),
            ("Embassy of the Ministry of Magic", InstitutionKind::Embassy),
            ("Türkiye İş Kurumu", InstitutionKind::Other),
            ("Administration", InstitutionKind::Other),
        ] {
            assert_eq!(InstitutionKind::guess_from_name(name), kind, "{name}");
        }
    }
}
