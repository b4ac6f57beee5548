//! The human-readable exports in Azerbaijani and Russian, read back as a
//! reader's tools read them: the Markdown briefing by a Markdown parser,
//! the CSV by the csv crate, the calendar by the `ical` parser, the PDF by
//! poppler's `pdftotext`; `accord --lang` on the command line; and the
//! JSON summary, which stays the same bytes in every language.

use std::process::Command;

use accord::export::csv::{CsvOptions, CsvTable};
use accord::export::{self, ExportOptions, Format};
use accord::i18n::{Language, with_language};
use accord::model::Workspace;

use super::{day, options_for, sample, sample_path};
use crate::exports::headings;

/// The export in `language`, as the GUI's worker thread or `--lang` makes it.
fn render_in(
    language: Language,
    workspace: &Workspace,
    options: &ExportOptions,
    format: Format,
) -> Vec<u8> {
    with_language(language, || export::render(workspace, options, format)).unwrap()
}

fn romania_briefing(language: Language) -> String {
    let workspace = sample();
    let options = options_for(&workspace, &["Romania"], day("2023-06-01"));
    String::from_utf8(render_in(language, &workspace, &options, Format::Markdown)).unwrap()
}

/// The section headings a briefing has in English, which no translated
/// note may keep.
const ENGLISH_SECTIONS: [&str; 8] = [
    "The relationship",
    "Legal framework",
    "Commissions",
    "Last meetings",
    "Next meeting",
    "Activities:",
    "Economic figures",
    "Sources",
];

/// The briefing's section headings (level 2), in order.
fn sections_of(headings: &[(u8, String)]) -> Vec<&str> {
    headings
        .iter()
        .filter(|(level, _)| *level == 2)
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn the_romania_briefing_is_written_in_azerbaijani() {
    let note = romania_briefing(Language::Azerbaijani);
    assert!(note.contains("19 iyun 1992"), "{note}");
    // Names given in Azerbaijani are the ones the briefing uses.
    assert!(
        note.contains(
            "Azərbaycan ilə Rumıniya arasında strateji tərəfdaşlıq haqqında Birgə Bəyannamə"
        ),
        "{note}"
    );
    let found = headings(&note);
    assert_eq!(
        found[0],
        (
            1,
            "Rumıniya ilə münasibətlər — 1 iyun 2023 tarixinə arayış".to_owned()
        )
    );
    let sections = sections_of(&found);
    assert_eq!(
        &sections[..3],
        ["Münasibətlər", "Hüquqi baza", "Komissiyalar"]
    );
    assert!(sections.contains(&"İqtisadi göstəricilər"), "{sections:?}");
    assert!(note.contains("Diplomatik münasibətlər 19 iyun 1992 tarixində qurulub."));
    for english in ENGLISH_SECTIONS {
        assert!(
            !sections.iter().any(|section| section.starts_with(english)),
            "{english:?} left in {sections:?}"
        );
    }
}

#[test]
fn the_romania_briefing_is_written_in_russian_with_russian_headings() {
    let note = romania_briefing(Language::Russian);
    assert!(note.contains("19 июня 1992"), "{note}");
    assert!(
        note.contains(
            "Совместная декларация о стратегическом партнёрстве между Азербайджаном и Румынией"
        ),
        "{note}"
    );
    assert!(
        note.contains("Дипломатические отношения установлены 19 июня 1992 г."),
        "{note}"
    );
    let found = headings(&note);
    assert_eq!(
        found[0],
        (
            1,
            "Румыния: двусторонние отношения — справка на 1 июня 2023 г.".to_owned()
        )
    );
    let sections = sections_of(&found);
    assert_eq!(
        [
            sections[0],
            sections[1],
            sections[2],
            sections[3],
            sections[4]
        ],
        [
            "Отношения",
            "Правовая база",
            "Комиссии",
            "Последние встречи",
            "Следующая встреча"
        ]
    );
    assert!(
        sections[5].starts_with("Мероприятия: просрочено — "),
        "{sections:?}"
    );
    assert_eq!(&sections[6..], ["Экономические показатели", "Источники"]);
    for english in ENGLISH_SECTIONS {
        assert!(
            !sections.iter().any(|section| section.starts_with(english)),
            "{english:?} left in {sections:?}"
        );
    }
    // Counted with the Russian plural forms.
    assert!(
        ["Учтён ", "Учтено "]
            .iter()
            .any(|start| note.contains(start)),
        "{note}"
    );
}

#[test]
fn the_csv_headings_are_russian_and_the_rows_read_back() {
    let workspace = sample();
    let options = ExportOptions::all(day("2023-06-01"));
    for (table, expected) in [
        (
            CsvTable::Agreements,
            &[
                "идентификатор",
                "вид",
                "название",
                "страны",
                "дата подписания",
            ][..],
        ),
        (
            CsvTable::Meetings,
            &["идентификатор", "вид", "название", "комиссия", "место"][..],
        ),
        (
            CsvTable::Activities,
            &["идентификатор", "план действий", "описание", "состояние"][..],
        ),
    ] {
        let format = Format::Csv(CsvOptions { table, bom: false });
        let bytes = render_in(Language::Russian, &workspace, &options, format);
        let english = render_in(Language::English, &workspace, &options, format);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        for name in expected {
            assert!(
                header.iter().any(|column| column == name),
                "no {name:?} in {header:?}"
            );
        }
        assert!(
            !header
                .iter()
                .any(|column| column == "title" || column == "kind"),
            "{header:?}"
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let english_rows = csv::Reader::from_reader(english.as_slice())
            .records()
            .count();
        assert!(!rows.is_empty());
        assert_eq!(rows.len(), english_rows, "one row per record in both");
        assert!(rows.iter().all(|row| row.len() == header.len()));
        if table == CsvTable::Activities {
            let state = header.iter().position(|c| c == "состояние").unwrap();
            let states: Vec<&str> = rows.iter().map(|row| &row[state]).collect();
            assert!(
                states.iter().all(|state| {
                    ["открыто", "просрочено", "выполнено", "отменено"].contains(state)
                }),
                "{states:?}"
            );
        }
    }
}

#[test]
fn the_calendar_in_azerbaijani_says_what_it_knows_in_azerbaijani() {
    let workspace = sample();
    let options = ExportOptions::all(day("2026-11-25"));
    let ics = with_language(Language::Azerbaijani, || {
        export::ics::to_ics(&workspace, &options)
    });
    let events = super::ics::events(&ics);
    assert_eq!(events.len(), 19, "the same events as in English");

    let session = events
        .iter()
        .find(|event| {
            super::ics::value(event, "SUMMARY")
                .contains("10th meeting of the Joint Standing Commission")
        })
        .expect("the Istanbul session");
    let summary = super::ics::unescape(super::ics::value(session, "SUMMARY"));
    assert!(summary.ends_with("(günü məlum deyil)"), "{summary}");
    let description = super::ics::unescape(super::ics::value(session, "DESCRIPTION"));
    assert!(
        description.contains("Sənədlər: Protocol of the 10th meeting"),
        "{description}"
    );
    assert!(description.contains("may 2022"), "{description}");

    let english_labels = [
        "Participants:",
        "Topics:",
        "Documents:",
        "Outcomes:",
        "Document:",
        "Parties:",
        "Signatories:",
        "Status:",
        "Valid:",
        "Action plan:",
        "Responsible:",
        "Due period:",
    ];
    let english_months = [
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut labels_seen = 0;
    for event in &events {
        let summary = super::ics::unescape(super::ics::value(event, "SUMMARY"));
        assert!(
            !summary.contains("(day unknown)") && !summary.contains("(month unknown)"),
            "{summary}"
        );
        let description = super::ics::unescape(super::ics::value(event, "DESCRIPTION"));
        for line in description.lines().skip(1) {
            assert!(
                !english_labels.iter().any(|label| line.starts_with(label)),
                "English label in {line:?}"
            );
            labels_seen += usize::from(
                [
                    "İştirakçılar:",
                    "Sənədlər:",
                    "Sənəd:",
                    "Tərəflər:",
                    "İmzalayanlar:",
                    "Statusu:",
                    "Qüvvədədir:",
                    "Fəaliyyət planı:",
                    "Məsul:",
                    "İcra müddəti:",
                    "Nəticələr:",
                    "Mövzular:",
                ]
                .iter()
                .any(|label| line.starts_with(label)),
            );
        }
        // The dates the export writes are Azerbaijani ones.
        let first = description.lines().next().unwrap_or_default();
        assert!(
            !english_months.iter().any(|month| first.contains(month)),
            "{first}"
        );
    }
    assert!(labels_seen > 10, "{labels_seen} Azerbaijani labels");
}

#[test]
fn the_json_summary_is_the_same_bytes_in_every_language() {
    let workspace = sample();
    let options = ExportOptions::all(day("2023-06-01"));
    let english = render_in(Language::English, &workspace, &options, Format::Json);
    for language in [Language::Russian, Language::Azerbaijani] {
        assert!(
            render_in(language, &workspace, &options, Format::Json) == english,
            "the JSON summary changed in {language:?}"
        );
    }
    let schema = accord::export::json::schema_json();
    assert_eq!(
        with_language(Language::Russian, accord::export::json::schema_json),
        schema
    );
}

fn accord(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_speaks_the_language_it_is_given() {
    let sample = sample_path();
    let sample = sample.to_str().unwrap();

    let output = accord(&["--lang", "ru", "validate", sample]);
    assert!(output.status.success());
    let said = String::from_utf8(output.stdout).unwrap();
    assert!(said.contains(": файл корректен, "), "{said}");
    assert!(
        said.contains(" записей: ") || said.contains(" записи: ") || said.contains(" запись: "),
        "{said}"
    );
    assert!(!said.contains("valid"), "{said}");

    let output = accord(&["validate", sample, "--lang", "az"]);
    let said = String::from_utf8(output.stdout).unwrap();
    assert!(
        said.contains(": düzgündür, ") && said.contains(" qeyd: "),
        "{said}"
    );

    let output = accord(&[
        "export",
        sample,
        "--format",
        "md",
        "--country",
        "Romania",
        "--as-of",
        "2023-06-01",
        "--lang",
        "ru",
    ]);
    assert!(output.status.success());
    let note = String::from_utf8(output.stdout).unwrap();
    assert!(
        note.starts_with("# Румыния: двусторонние отношения — справка на 1 июня 2023 г."),
        "{note}"
    );
    assert!(note.contains("19 июня 1992"));

    // An error, in the language asked for.
    let output = accord(&[
        "--lang",
        "ru",
        "export",
        sample,
        "--format",
        "md",
        "--country",
        "Atlantis",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.contains("в рабочей области нет страны \"Atlantis\""),
        "{error}"
    );

    // The JSON summary from the command line is the same in both.
    let json = |lang: &str| {
        let output = accord(&[
            "--lang",
            lang,
            "export",
            sample,
            "--format",
            "json",
            "--as-of",
            "2023-06-01",
        ]);
        assert!(output.status.success());
        output.stdout
    };
    assert!(json("ru") == json("en"));
}

/// What `pdftotext` reads from `pdf`, its words on one line; None where
/// poppler is missing and this is not CI on Linux (as in `briefing.rs`).
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let pages = super::briefing::pdf_pages(pdf)?;
    Some(
        pages
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[test]
fn the_pdf_follows_the_language_and_prints_its_letters() {
    let workspace = sample();
    let options = options_for(&workspace, &["Romania"], day("2023-06-01"));
    let russian = render_in(Language::Russian, &workspace, &options, Format::Pdf);
    assert!(russian.starts_with(b"%PDF-"));
    if let Some(text) = pdf_text(&russian) {
        for expected in [
            "Справка по состоянию на 1 июня 2023 г.",
            "Правовая база",
            "Дипломатические отношения установлены 19 июня 1992 г.",
            "Стр. 1 из",
        ] {
            assert!(text.contains(expected), "no {expected:?} in {text}");
        }
        assert!(!text.contains("Legal framework"), "{text}");
    }

    let pack = options_for(&workspace, &["Romania", "Turkey"], day("2023-06-01"));
    let azerbaijani = render_in(
        Language::Azerbaijani,
        &workspace,
        &pack,
        Format::KeyFactsPdf,
    );
    if let Some(text) = pdf_text(&azerbaijani) {
        for expected in [
            "Səfər paketi: əsas faktlar",
            "1 iyun 2023 tarixinə əsas faktlar",
            "Qüvvədə olanlar",
            "Səhifə 1 /",
        ] {
            assert!(text.contains(expected), "no {expected:?} in {text}");
        }
    }
}
