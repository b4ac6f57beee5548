//! A record's name in other languages than the one it is filed under:
//! `"names": {"az": "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "ru": "…"}`.
//!
//! The record's own `name` (or `title`) stays its primary name, the one
//! sorted and exported by default; a name here is shown instead when the
//! interface is in its language, is searched like the primary one, and
//! merges as its own field (the JSON object merges key by key).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Names keyed by language code (`az`, `ru`, `tr`, `ro`, `en`…).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OtherNames(BTreeMap<String, String>);

impl OtherNames {
    /// No names in other languages; left out of the file then.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The name in the language coded `code`, if one is given.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }

    /// Gives the name in `code`, or takes it away when `name` is blank.
    pub fn set(&mut self, code: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            self.0.remove(code);
        } else {
            self.0.insert(code.to_owned(), name.to_owned());
        }
    }

    /// Each (language code, name), in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(code, name)| (code.as_str(), name.as_str()))
    }

    /// The names alone, for search and duplicate finding.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }

    /// The name a person reads in the interface's language: the one in
    /// that language when given, else `primary`.
    pub fn shown<'a>(&'a self, primary: &'a str) -> &'a str {
        self.get(crate::i18n::current().code()).unwrap_or(primary)
    }

    /// The name for `code` when given, else `primary` (the exports, in
    /// the briefing's language).
    pub fn in_language<'a>(&'a self, code: &str, primary: &'a str) -> &'a str {
        self.get(code).unwrap_or(primary)
    }
}

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
