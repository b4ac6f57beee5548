//! A record's name in other languages than the one it is filed under:
//! `"names": {"az": "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "ru": "…"}`.
//!
//! The record's own `name` (or `title`) stays its primary name, the one
//! sorted and exported by default; a name here is shown instead when the
//! interface is in its language, is searched like the primary one, and
//! merges as its own field (the JSON object merges key by key).

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One name in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalName {
    /// The language's code: `az`, `ru`, `tr`, `ro`, `en`…
    pub language: String,
    /// The name as that language writes it.
    pub name: String,
}

/// Names keyed by language code, in the order they were given; written to
/// the file as one object (`{"az": …, "ru": …}`). A list rather than a map
/// so that a form's row keeps its place while its code is being typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OtherNames(pub Vec<LocalName>);

impl OtherNames {
    /// No names in other languages; left out of the file then.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The name in the language coded `code`, if one is given.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|local| local.language == code && !local.name.trim().is_empty())
            .map(|local| local.name.as_str())
    }

    /// Gives the name in `code`, or takes it away when `name` is blank.
    pub fn set(&mut self, code: &str, name: &str) {
        let name = name.trim();
        let at = self.0.iter().position(|local| local.language == code);
        match (at, name.is_empty()) {
            (Some(at), true) => {
                self.0.remove(at);
            }
            (Some(at), false) => name.clone_into(&mut self.0[at].name),
            (None, true) => {}
            (None, false) => self.0.push(LocalName {
                language: code.to_owned(),
                name: name.to_owned(),
            }),
        }
    }

    /// Each (language code, name), in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|local| (local.language.as_str(), local.name.as_str()))
    }

    /// The names alone, for search and duplicate finding.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|local| local.name.as_str())
    }

    /// The name a person reads in the interface's language: the one in
    /// that language when given, else `primary`.
    pub fn shown<'a>(&'a self, primary: &'a str) -> &'a str {
        self.get(crate::i18n::current().code()).unwrap_or(primary)
    }
}

impl Serialize for OtherNames {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for local in &self.0 {
            map.serialize_entry(&local.language, &local.name)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for OtherNames {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamesVisitor;

        impl<'de> Visitor<'de> for NamesVisitor {
            type Value = OtherNames;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("an object of names by language code")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut names = Vec::new();
                while let Some((language, name)) = map.next_entry::<String, String>()? {
                    names.push(LocalName { language, name });
                }
                Ok(OtherNames(names))
            }
        }

        deserializer.deserialize_map(NamesVisitor)
    }
}

/// `shown_name()` for each kind of record that has names in other
/// languages: its name as the interface's language writes it.
macro_rules! shown_name {
    ($($kind:ident . $field:ident),+) => {$(
        impl super::$kind {
            /// The name in the interface's language when the record has
            /// one in it, else its own name: what lists, pages, pickers
            /// and briefings show.
            pub fn shown_name(&self) -> &str {
                self.names.shown(&self.$field)
            }
        }
    )+};
}

shown_name!(
    Country.name,
    Institution.name,
    Person.name,
    Document.title,
    Commission.name
);

/// Whether `code` has the shape of a language code: two or three
/// lowercase letters, optionally a script or region (`az`, `az-Cyrl`, `pt-BR`).
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|byte| byte.is_ascii_lowercase())
        && parts.all(|part| {
            (2..=4).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, with_language};

    fn ministry() -> OtherNames {
        let mut names = OtherNames::default();
        names.set("az", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi");
        names.set("ru", "Министерство труда и социальной защиты населения");
        names
    }

    #[test]
    fn the_name_in_the_interfaces_language_is_shown_else_the_primary() {
        let names = ministry();
        let primary = "Ministry of Labour and Social Protection of Population";
        assert_eq!(
            with_language(Language::English, || names.shown(primary).to_owned()),
            primary
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || names.shown(primary).to_owned()),
            "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"
        );
        assert_eq!(
            with_language(Language::Russian, || names.shown(primary).to_owned()),
            "Министерство труда и социальной защиты населения"
        );
    }

    #[test]
    fn a_blank_name_takes_the_language_away_and_the_file_form_is_an_object() {
        let mut names = ministry();
        names.set("ru", "   ");
        assert_eq!(names.get("ru"), None);
        assert_eq!(
            serde_json::to_value(&names).expect("serializes"),
            serde_json::json!({"az": "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"})
        );
    }

    #[test]
    fn language_codes_are_checked_for_their_shape() {
        for good in ["az", "ru", "tr", "ro", "az-Cyrl", "pt-BR"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "A", "Azerbaijani", "a z", "az-", "RU"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
