//! File > Export… and a country page's "Export briefing…": the dialog's
//! choices reach the file written through the save dialog.

use super::*;

/// The sample workspace open, saving exports to `path`.
fn sample_saving_to(path: &std::path::Path) -> Harness<'static, AccordApp> {
    let mut harness = harness_with(PresetChooser {
        save_to: Some(path.to_owned()),
        ..PresetChooser::default()
    });
    click(&mut harness, "Open the sample workspace");
    harness
}

fn open_export_dialog(harness: &mut Harness<'static, AccordApp>) {
    click(harness, "File");
    click_menu_item(harness, "Export…");
    assert!(
        is_shown(harness, "All partner countries"),
        "the dialog opened"
    );
}

#[test]
fn file_export_writes_the_romania_briefing_where_the_save_dialog_says() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("briefing.md");
    let mut harness = sample_saving_to(&path);
    open_export_dialog(&mut harness);
    click(&mut harness, "Briefing note (Markdown)");
    click(&mut harness, "All partner countries");
    harness
        .get_by_role_and_label(Role::CheckBox, "Romania")
        .click();
    harness.run();
    click_and_wait(&mut harness, "Export…");

    let note = std::fs::read_to_string(&path).unwrap();
    assert!(
        note.starts_with("# Relations with Romania — briefing as of "),
        "{note}"
    );
    assert!(note.contains("## Legal framework"));
    assert!(
        !note.contains("Relations with Turkey"),
        "only the country chosen"
    );
    assert!(
        is_shown(&harness, &format!("Exported to {}", path.display())),
        "the status bar says where it went"
    );
    assert!(
        !is_shown(&harness, "All partner countries"),
        "the dialog closed"
    );
}

#[test]
fn a_country_page_exports_its_briefing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("romania.md");
    let mut harness = sample_saving_to(&path);
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    click_and_wait(&mut harness, "Export briefing…");
    let note = std::fs::read_to_string(&path).unwrap();
    let headings: Vec<&str> = note.lines().filter(|line| line.starts_with("# ")).collect();
    assert_eq!(headings.len(), 1, "{note}");
    assert!(headings[0].starts_with("# Relations with Romania — briefing as of "));
    assert!(note.contains("19 June 1992"));
}

#[test]
fn a_bad_period_disables_export_until_corrected_and_the_period_reaches_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("summary.json");
    let mut harness = sample_saving_to(&path);
    open_export_dialog(&mut harness);
    type_into(&mut harness, "From", "2022-13");
    assert!(is_shown(&harness, "\"2022-13\" is not a valid month"));
    assert!(!is_enabled(&harness, "Export…"));
    type_into(&mut harness, "From", "2022");
    type_into(&mut harness, "To", "2021");
    assert!(
        !is_enabled(&harness, "Export…"),
        "the period ends before it starts"
    );
    type_into(&mut harness, "To", "2022-06");
    assert!(is_enabled(&harness, "Export…"));
    click_and_wait(&mut harness, "Export…");

    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(summary["format"], "accord-summary");
    assert_eq!(summary["scope"]["from"], "2022");
    assert_eq!(summary["scope"]["to"], "2022-06");
    let names: Vec<&str> = summary["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|country| country["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Romania", "Turkey"], "every partner country");
    // Romania's November 2022 signing is outside the period.
    assert!(
        summary["countries"][0]["meetings"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_csv_export_has_the_byte_order_mark_for_excel_unless_unticked() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("agreements.csv");
    let mut harness = sample_saving_to(&path);
    open_export_dialog(&mut harness);
    click(&mut harness, "CSV table");
    click_and_wait(&mut harness, "Export…");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid,kind,title,"));
    let rows = csv::Reader::from_reader(&bytes[..]).records().count();
    assert_eq!(
        rows,
        harness.state().workspace().unwrap().documents().len(),
        "one row per agreement"
    );
}

#[test]
fn an_export_that_cannot_be_written_says_why() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("missing folder").join("summary.json");
    let mut harness = sample_saving_to(&path);
    open_export_dialog(&mut harness);
    click_and_wait(&mut harness, "Export…");
    assert!(is_shown(&harness, "Something went wrong"));
    assert!(
        harness
            .query_all_by_label_contains(&format!("Could not export to {}", path.display()))
            .next()
            .is_some(),
        "the message names the path"
    );
    assert!(!path.exists());
}

#[test]
fn the_export_dialog_writes_a_pdf_visit_pack_of_the_countries_ticked() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("pack.pdf");
    let mut harness = sample_saving_to(&path);
    open_export_dialog(&mut harness);
    click(&mut harness, "Briefing note (PDF)");
    assert!(is_shown(
        &harness,
        "Choose several countries for a visit pack: one briefing for a regional trip."
    ));
    click(&mut harness, "All partner countries");
    for country in ["Romania", "Turkey"] {
        harness
            .get_by_role_and_label(Role::CheckBox, country)
            .click();
        harness.run();
    }
    click_and_wait(&mut harness, "Export…");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF was written");
    // Its title, in the document's metadata (XMP, plain XML), names the
    // pack and both countries; the pages' text is read back with
    // pdftotext in the engine tests.
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("Visit pack — Romania, Turkey — as of 18 March 2026"),
        "the PDF is the visit pack of both countries"
    );
}

#[test]
fn the_periods_from_and_to_fields_line_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sample_saving_to(&dir.path().join("out.json"));
    open_export_dialog(&mut harness);
    // A second frame: the label column is measured on the first.
    harness.run();
    let left_of = |label: &str| {
        harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
            .rect()
            .left()
    };
    assert!(
        (left_of("From") - left_of("To")).abs() < 0.5,
        "From at {}, To at {}",
        left_of("From"),
        left_of("To")
    );
}
