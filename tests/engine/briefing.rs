//! The briefing as a minister's office receives it: the PDF read back with
//! poppler's `pdftotext` (an independent reader: if the text is not
//! extractable, these fail), its facts in the right section, every letter
//! of the partner countries' names printed, page numbers, the chart; the
//! visit pack of several countries and the one-page key facts, as PDF and
//! as Markdown read by a Markdown parser; and the command line's formats.

use std::process::Command;

use super::{day, options_for, sample, sample_path};
use accord::export::{self, ExportOptions, Format};
use accord::model::{Country, Workspace};
use chrono::Utc;

/// What `pdftotext` reads from `pdf`, page by page (it separates pages
/// with a form feed). None, with a note, where poppler is not installed
/// and this is not CI on Linux (CI installs it: `.ci/run`; the Windows
/// build's tests run under wine, where the Linux pdftotext cannot be run).
pub(crate) fn pdf_pages(pdf: &[u8]) -> Option<Vec<String>> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("briefing.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = match Command::new("pdftotext").arg(&path).arg("-").output() {
        Ok(output) => output,
        Err(error) => {
            assert!(
                std::env::var_os("CI").is_none() || cfg!(windows),
                "pdftotext is needed under CI (poppler-utils): {error}"
            );
            eprintln!("SKIPPED: pdftotext (poppler-utils) is not installed: {error}");
            return None;
        }
    };
    assert!(output.status.success(), "pdftotext refused the PDF");
    let text = String::from_utf8(output.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // After the last page's form feed comes nothing.
    if pages.last().is_some_and(|last| last.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

fn pdf_of(workspace: &Workspace, options: &ExportOptions, format: Format) -> Vec<u8> {
    let bytes = export::render(workspace, options, format).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    bytes
}

/// `text` with its line breaks folded to spaces: a table cell or a long
/// line wraps where the page is narrow.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text between the heading `from` and the heading `to` (or the end).
fn between<'a>(text: &'a str, from: &str, to: Option<&str>) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{text}"));
    let rest = &text[start + from.len()..];
    let end = to.map_or(rest.len(), |to| {
        rest.find(to)
            .unwrap_or_else(|| panic!("no {to:?} after {from:?} in:\n{text}"))
    });
    &rest[..end]
}

#[test]
fn the_romania_pdf_holds_its_seed_facts_in_the_right_sections() {
    let workspace = sample();
    let pdf = pdf_of(
        &workspace,
        &options_for(&workspace, &["Romania"], day("2023-06-01")),
        Format::Pdf,
    );
    let Some(pages) = pdf_pages(&pdf) else { return };
    let count = pages.len();
    for (index, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {count}", index + 1)),
            "page {} has no page number:\n{page}",
            index + 1
        );
    }
    let text = flat(&pages.join("\n"));
    // The title block: the country, the day, the department.
    let title = between(&text, "Romania", Some("The relationship"));
    assert!(title.contains("Briefing as of 1 June 2023"), "{title}");
    assert!(title.contains(workspace.name().trim()), "{title}");

    let relationship = between(&text, "The relationship", Some("Legal framework"));
    assert!(
        relationship.contains("Diplomatic relations since 19 June 1992."),
        "{relationship}"
    );
    assert!(
        relationship.contains("Embassy of Romania in Baku (opened 3 November 1998)"),
        "{relationship}"
    );
    let framework = between(&text, "Legal framework", Some("Commissions"));
    assert!(
        framework.contains("2 documents recorded; 2 in force or signed."),
        "{framework}"
    );
    // A table: its heads, then the plan with its kind and validity.
    for head in [
        "Document", "Kind", "Signed", "Status", "Validity", "Parties",
    ] {
        assert!(framework.contains(head), "no column {head:?}: {framework}");
    }
    assert!(framework.contains("Action plan"), "{framework}");
    assert!(framework.contains("2023 – 2024"), "{framework}");
    assert!(
        framework.contains("Joint declaration on strategic partnership"),
        "{framework}"
    );
    let last = between(&text, "Last meetings", Some("Next meeting"));
    assert!(last.contains("Babayev"), "{last}");
    assert!(last.contains("November 2022"), "{last}");
    let activities = between(
        &text,
        "Activities: 0 overdue, 6 open",
        Some("Economic figures"),
    );
    assert!(activities.contains("DOST"), "{activities}");
    let figures = between(&text, "Economic figures", Some("Sources"));
    assert!(figures.contains("USD 120.5 million"), "{figures}");
    assert!(figures.contains("+76.4%"), "{figures}");
    assert!(figures.contains("Azernews"), "{figures}");
    // The chart, drawn from the same figures: its title, a year, the legend.
    assert!(
        figures.contains("Trade by year, in USD million"),
        "{figures}"
    );
    assert!(figures.contains("2021"), "{figures}");
    assert!(figures.contains("part of a year"), "{figures}");
    let sources = between(&text, "Sources", None);
    assert!(sources.contains("Ayya Lmahamad"), "{sources}");
}

#[test]
fn the_turkey_pdf_names_iskur_and_the_istanbul_session() {
    let workspace = sample();
    let pdf = pdf_of(
        &workspace,
        &options_for(&workspace, &["Turkey"], day("2023-01-15")),
        Format::Pdf,
    );
    let Some(pages) = pdf_pages(&pdf) else { return };
    let text = flat(&pages.join("\n"));
    let framework = between(&text, "Legal framework", Some("Commissions"));
    assert!(framework.contains("İŞKUR"), "{framework}");
    // The 1995 protocol: its title, then (the kind wrapping in its cell) the year.
    assert!(
        framework.contains("Cooperation Protocol between the Ministry of Labour"),
        "{framework}"
    );
    assert!(framework.contains("1995"), "{framework}");
    let commissions = between(&text, "Commissions", Some("Last meetings"));
    assert!(commissions.contains("10th session"), "{commissions}");
    assert!(commissions.contains("Istanbul"), "{commissions}");
    let activities = between(&text, "Activities:", Some("Economic figures"));
    assert!(activities.contains("COVID-19"), "{activities}");
    // Turkey has no figures: no chart is drawn.
    let figures = between(&text, "Economic figures", Some("Sources"));
    assert!(figures.contains("None recorded."), "{figures}");
    assert!(!figures.contains("Trade by year"), "{figures}");
}

#[test]
fn every_letter_of_the_partners_names_prints_and_reads_back() {
    let now = Utc::now();
    let mut workspace = Workspace::new("Nazirlik — Beynəlxalq əlaqələr şöbəsi");
    let names = [
        "Azərbaycan İŞKUR ığ",
        "Türkiye Ağrı Işık",
        "România Ţară Bucureşti Constanța",
        "Россия Ёжик",
    ];
    for name in names {
        let _undo = workspace.add(Country::new(name, now), now).unwrap();
    }
    let pdf = pdf_of(
        &workspace,
        &ExportOptions::all(day("2026-03-18")),
        Format::Pdf,
    );
    let Some(pages) = pdf_pages(&pdf) else { return };
    let text = flat(&pages.join("\n"));
    for name in names {
        assert!(text.contains(name), "{name:?} did not read back:\n{text}");
    }
    assert!(text.contains("Beynəlxalq əlaqələr şöbəsi"), "{text}");
}

#[test]
fn a_visit_pack_has_a_contents_page_and_each_country_from_its_page() {
    let workspace = sample();
    let options = options_for(&workspace, &["Turkey", "Romania"], day("2023-06-01"));
    let pdf = pdf_of(&workspace, &options, Format::Pdf);
    assert_eq!(
        export::suggested_file_name(&workspace, &options, Format::Pdf),
        "Romania, Turkey visit pack.pdf"
    );
    let Some(pages) = pdf_pages(&pdf) else { return };
    let contents = flat(&pages[0]);
    assert!(contents.contains("Visit pack"), "{contents}");
    let page_of = |country: &str| -> usize {
        let after = between(&contents, &format!("{country} — page "), None);
        after
            .split_whitespace()
            .next()
            .and_then(|number| number.parse().ok())
            .unwrap_or_else(|| panic!("no page for {country}: {contents}"))
    };
    // Name order, and each country's title block on the page it says.
    let (romania, turkey) = (page_of("Romania"), page_of("Turkey"));
    assert!(romania < turkey, "{contents}");
    assert!(flat(&pages[romania - 1]).starts_with("Romania Briefing as of 1 June 2023"));
    assert!(flat(&pages[turkey - 1]).starts_with("Turkey Briefing as of 1 June 2023"));
}

#[test]
fn the_key_facts_fit_on_one_page_and_the_markdown_has_its_headings() {
    let workspace = sample();
    let options = options_for(&workspace, &["Romania"], day("2026-03-18"));
    let pdf = pdf_of(&workspace, &options, Format::KeyFactsPdf);
    let markdown =
        String::from_utf8(export::render(&workspace, &options, Format::KeyFactsMarkdown).unwrap())
            .unwrap();
    let headings: Vec<String> = super::exports::headings(&markdown)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert_eq!(
        headings,
        [
            "Relations with Romania — key facts as of 18 March 2026",
            "The relationship",
            "In force",
            "Last meeting",
            "Next meeting",
            "Activities: 6 overdue, 0 open",
            "Latest figures",
        ],
        "{markdown}"
    );
    assert!(markdown.contains("USD 215.5 million"), "{markdown}");
    let Some(pages) = pdf_pages(&pdf) else { return };
    assert_eq!(pages.len(), 1, "{pages:?}");
    let text = flat(&pages[0]);
    assert!(text.contains("Key facts as of 18 March 2026"), "{text}");
    assert!(text.contains("Page 1 of 1"), "{text}");
}

#[test]
fn the_command_line_writes_a_pdf_visit_pack_and_key_facts() {
    let folder = tempfile::tempdir().unwrap();
    let sample = sample_path();
    for (format, file) in [("pdf", "pack.pdf"), ("key-facts-pdf", "facts.pdf")] {
        let out = folder.path().join(file);
        let status = Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(["export"])
            .arg(&sample)
            .args([
                "--format",
                format,
                "--country",
                "Romania",
                "--country",
                "Turkey",
            ])
            .args(["--as-of", "2023-06-01", "--output"])
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "--format {format} failed");
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with(b"%PDF-"),
            "--format {format} wrote no PDF"
        );
        if let Some(pages) = pdf_pages(&bytes) {
            let text = flat(&pages.join("\n"));
            assert!(
                text.contains("Romania") && text.contains("Turkey"),
                "{text}"
            );
        }
    }
    let output = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["export"])
        .arg(&sample)
        .args(["--format", "key-facts-md", "--country", "Turkey"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("# Relations with Turkey — key facts as of"),
        "{text}"
    );
}
