//! The message files against each other and against the code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::catalogue::{CODES, files};
use super::*;

fn parsed(language: usize) -> Vec<(&'static str, ast::Resource<&'static str>)> {
    files(language)
        .map(|(area, text)| {
            let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
                panic!(
                    "assets/i18n/{}/{area}.ftl does not parse: {errors:?}",
                    CODES[language]
                )
            });
            (area, resource)
        })
        .collect()
}

/// id → (area, "same in every language" comment given)
fn messages(language: usize) -> BTreeMap<String, (&'static str, bool)> {
    let mut found = BTreeMap::new();
    for (area, resource) in parsed(language) {
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let same = message.comment.as_ref().is_some_and(|comment| {
                    comment
                        .content
                        .iter()
                        .any(|line| line.to_lowercase().contains("same in every language"))
                });
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), (area, same)).is_none(),
                    "{id} is defined twice in {}",
                    CODES[language]
                );
            }
        }
    }
    found
}

/// Each area's file holds its own ids (`forms-…` in forms.ftl), so that
/// two files never define one id.
#[test]
fn each_area_names_its_own_messages() {
    for (id, (area, _)) in messages(0) {
        if area != "common" {
            assert!(
                id.starts_with(&format!("{area}-")),
                "{id} in {area}.ftl should begin with \"{area}-\""
            );
        }
    }
}

#[test]
fn message_files_parse() {
    for language in 0..CODES.len() {
        assert!(!parsed(language).is_empty());
    }
}

#[test]
fn message_files_are_complete() {
    let english = messages(0);
    for (language, code) in CODES.iter().enumerate().skip(1) {
        let translated = messages(language);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "missing from {code}: {missing:?}");
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(extra.is_empty(), "in {code} but not in English: {extra:?}");
        for (id, (area, _)) in &english {
            assert_eq!(
                translated[id].0, *area,
                "{id} is in {area}.ftl in English but {}.ftl in {code}",
                translated[id].0
            );
            assert_eq!(
                placeables("en", id),
                placeables(code, id),
                "{id} takes other values in {code} than in English"
            );
        }
    }
}

/// A message whose Azerbaijani or Russian text is the English one was
/// left untranslated, unless its comment says it is the same in every
/// language (an acronym, a file format).
#[test]
fn no_message_is_left_in_english() {
    let english = messages(0);
    let mut untranslated = Vec::new();
    for (language, code) in CODES.iter().enumerate().skip(1) {
        let translated = messages(language);
        for (id, (_, same)) in &translated {
            let english_text = raw_value("en", id).unwrap_or_default();
            let has_words = english_text.chars().any(char::is_alphabetic);
            if has_words
                && !same
                && english.contains_key(id)
                && raw_value(code, id).as_deref() == Some(english_text.as_str())
            {
                untranslated.push(format!("{code}: {id} = {english_text}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "left in English:\n{}",
        untranslated.join("\n")
    );
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("the source folder reads") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for folder in ["src", "tests"] {
        rust_files(&root.join(folder), &mut paths);
    }
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            (path, text)
        })
        .collect()
}

#[test]
fn every_message_the_code_asks_for_is_in_the_files() {
    let english = messages(0);
    // `tr!("…")`, and the ids written as literals for `message` (the
    // vocabularies' labels: `Planned => "model-activity-status-planned"`).
    let asked = regex::Regex::new(
        r#"\btr!\(\s*"([^"]+)"|"((?:app|forms|views|tools|model|query|export|names)-[a-z0-9-]+)""#,
    )
    .expect("a valid pattern");
    let mut unknown = Vec::new();
    for (path, text) in sources() {
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        let code = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"));
        for found in code.flat_map(|line| asked.captures_iter(line)) {
            let id = found
                .get(1)
                .or_else(|| found.get(2))
                .map_or("", |id| id.as_str());
            if !english.contains_key(id) {
                unknown.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "asked for but not in the files:\n{}",
        unknown.join("\n")
    );
}

/// A word written straight into a widget call never reaches the message
/// files, so no translation can replace it.
#[test]
fn the_interface_writes_no_words_outside_the_message_files() {
    let widget_with_words = regex::Regex::new(
        r#"(?x)
        \b(button|label|heading|weak|small|strong|monospace|checkbox|radio|radio_value
          |selectable_label|selectable_value|hyperlink_to|on_hover_text|on_disabled_hover_text
          |collapsing|menu_button|hint_text|Button::new|Label::new|RichText::new
          |CollapsingHeader::new|Checkbox::new|heading|subheading|menu|menu_item|menu_title
          |Window::new|Column::new|ColumnHeader::new|show_tooltip_text|describe_problem|announce)
        \(\s*(&?ui,\s*)?"[^"]*\p{L}"#,
    )
    .expect("a valid pattern");
    let mut written = Vec::new();
    for (path, text) in sources() {
        if !path.components().any(|part| part.as_os_str() == "app") || path.starts_with("tests") {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            if widget_with_words.is_match(line) && !line.trim_start().starts_with("//") {
                written.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        written.is_empty(),
        "words outside the message files:\n{}",
        written.join("\n")
    );
}

#[test]
fn dates_are_written_in_each_languages_way() {
    let day = chrono::NaiveDate::from_ymd_opt(1992, 6, 19).expect("a real day");
    let cases = [
        (Language::English, "19 June 1992", "May 2022"),
        (Language::Azerbaijani, "19 iyun 1992", "may 2022"),
        (Language::Russian, "19 июня 1992 г.", "май 2022"),
    ];
    for (language, expected_day, expected_month) in cases {
        with_language(language, || {
            assert_eq!(dates::day(day), expected_day);
            assert_eq!(dates::month(2022, 5), expected_month);
        });
    }
}

#[test]
fn russian_counts_take_one_few_and_many_forms() {
    with_language(Language::Russian, || {
        let counted: Vec<_> = [1, 3, 5, 21, 12]
            .into_iter()
            .map(|count| crate::tr!("common-records", count = count))
            .collect();
        assert_eq!(
            counted,
            [
                "1 запись",
                "3 записи",
                "5 записей",
                "21 запись",
                "12 записей"
            ]
        );
    });
    assert_eq!(crate::tr!("common-records", count = 1), "1 record");
}

#[test]
fn a_thread_keeps_its_own_language() {
    set_current(Language::Russian);
    let other = std::thread::spawn(|| crate::tr!("common-save"))
        .join()
        .expect("the thread ends");
    assert_eq!(other, "Save");
    assert_eq!(crate::tr!("common-save"), "Сохранить");
    set_current(Language::English);
}

#[test]
fn locale_codes_name_their_language() {
    assert_eq!(
        Language::from_code("az-Latn-AZ"),
        Some(Language::Azerbaijani)
    );
    assert_eq!(Language::from_code("ru_RU.UTF-8"), Some(Language::Russian));
    assert_eq!(Language::from_code("en-GB"), Some(Language::English));
    assert_eq!(Language::from_code("tr-TR"), None);
}

#[test]
fn numbers_are_grouped_as_each_language_groups_them() {
    assert_eq!(number(100_000), "100,000");
    assert_eq!(
        with_language(Language::Russian, || number(1_234_567)),
        "1\u{A0}234\u{A0}567"
    );
    assert_eq!(number(999), "999");
    assert_eq!(decimal(1_234_567.5), "1,234,567.5");
    assert_eq!(decimal(-76.4), "-76.4");
    assert_eq!(
        with_language(Language::Russian, || decimal(1234.5)),
        "1\u{A0}234,5"
    );
    assert_eq!(
        with_language(Language::Azerbaijani, || decimal(76.4)),
        "76,4"
    );
}
