//! File > Merge a copy…: a copy edited elsewhere comes in through the
//! preview, with a choice per conflict, as one undoable step.

use accord::model::{Country, Source, Workspace};
use accord::storage::{self, format};
use chrono::{TimeZone as _, Utc};
use egui_kittest::kittest::Queryable as _;

use super::{PresetChooser, click, click_and_wait, harness_with, is_shown};

fn sample_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json")
}

fn notes_of(workspace: &Workspace, name: &str) -> String {
    country(workspace, name).notes.clone()
}

fn country<'a>(workspace: &'a Workspace, name: &str) -> &'a Country {
    workspace
        .countries()
        .values()
        .find(|country| country.name == name)
        .expect("the sample holds this country")
}

/// The sample as a colleague changed it: two countries' notes and a new
/// source, saved as a descendant of the sample's version.
fn their_copy(path: &std::path::Path) {
    std::fs::write(path, their_bytes()).expect("the copy is written");
}

/// [`their_copy`] as an older Accord (format version 1) wrote it: it
/// names no version, so nothing tells what it shares with this copy.
fn their_copy_from_an_older_accord(path: &std::path::Path) {
    let text = String::from_utf8(their_bytes()).expect("UTF-8");
    let start = text.find("  \"lineage\": {").expect("a lineage");
    let end = start + text[start..].find("  },\n").expect("its end") + "  },\n".len();
    let version_1 = format!("{}{}", &text[..start], &text[end..]).replacen(
        "\"version\": 2,",
        "\"version\": 1,",
        1,
    );
    std::fs::write(path, version_1).expect("the copy is written");
}

fn their_bytes() -> Vec<u8> {
    let mut workspace = storage::open(&sample_path()).expect("the sample opens");
    let now = Utc
        .with_ymd_and_hms(2026, 3, 17, 9, 0, 0)
        .single()
        .expect("a real moment");
    for (name, notes) in [
        ("Romania", "Theirs on Romania"),
        ("Turkey", "Theirs on Turkey"),
    ] {
        let mut record = country(&workspace, name).clone();
        record.notes = notes.to_owned();
        drop(workspace.update(record, now).expect("a valid edit"));
    }
    drop(
        workspace
            .add(Source::new("Notes from the Bucharest trip", now), now)
            .expect("a valid source"),
    );
    format::to_bytes(&workspace)
}

#[test]
fn a_copy_merges_in_with_theirs_for_one_conflict_mine_for_another_and_undo_takes_it_back() {
    let folder = tempfile::tempdir().unwrap();
    let theirs = folder.path().join("laptop.accord.json");
    their_copy_from_an_older_accord(&theirs);
    let mut harness = harness_with(PresetChooser {
        open: Some(theirs),
        ..PresetChooser::default()
    });
    click(&mut harness, "Open the sample workspace");
    let sample = harness.state().workspace().unwrap().clone();

    click(&mut harness, "File");
    click_and_wait(&mut harness, "Merge a copy…");
    assert!(is_shown(
        &harness,
        "Merge laptop.accord.json into this workspace"
    ));
    // No common version is known here: the preview says so.
    assert!(
        harness
            .query_all_by_label_contains("Two-way merge: no common version was found")
            .next()
            .is_some()
    );
    assert!(is_shown(&harness, "2 conflicts"));
    assert!(is_shown(
        &harness,
        "Added: source Notes from the Bucharest trip"
    ));
    // Nothing has changed yet.
    assert_eq!(harness.state().workspace().unwrap(), &sample);

    // A long value shows its beginning on one line.
    let turkey_notes = notes_of(&sample, "Turkey");
    let mine_on_turkey: String = format!("Keep mine: {turkey_notes:?}")
        .chars()
        .take(40)
        .collect();
    click(&mut harness, "Take theirs: \"Theirs on Romania\"");
    harness.get_by_label_contains(&mine_on_turkey).click();
    harness.run();
    click(&mut harness, "Apply merge");

    let merged = harness.state().workspace().unwrap().clone();
    assert_eq!(notes_of(&merged, "Romania"), "Theirs on Romania");
    assert_eq!(notes_of(&merged, "Turkey"), notes_of(&sample, "Turkey"));
    assert!(
        merged
            .sources()
            .values()
            .any(|source| source.title == "Notes from the Bucharest trip")
    );
    assert!(
        harness.state().window_title().starts_with("● "),
        "a merge is unsaved until saved"
    );

    click(&mut harness, "Edit");
    assert!(
        harness
            .query_all_by_label_contains("Merge a copy (")
            .next()
            .is_some(),
        "Undo names the merge"
    );
    // The first match: the status line also mentions Undo.
    harness
        .query_all_by_label_contains("Undo")
        .next()
        .expect("Edit > Undo")
        .click();
    harness.run();
    assert_eq!(harness.state().workspace().unwrap(), &sample);
}

#[test]
fn a_copy_that_left_this_workspace_merges_three_way_with_nothing_to_ask() {
    let folder = tempfile::tempdir().unwrap();
    let theirs = folder.path().join("laptop.accord.json");
    their_copy(&theirs);
    let mut harness = harness_with(PresetChooser {
        open: Some(theirs),
        ..PresetChooser::default()
    });
    click(&mut harness, "Open the sample workspace");
    click(&mut harness, "File");
    click_and_wait(&mut harness, "Merge a copy…");
    // The copy descends from the sample as it is open here: its base.
    assert!(
        harness
            .query_all_by_label_contains(
                "Three-way merge: one copy is the version the other comes from"
            )
            .next()
            .is_some()
    );
    assert!(is_shown(&harness, "No conflicts"));
    click(&mut harness, "Apply merge");
    let merged = harness.state().workspace().unwrap().clone();
    assert_eq!(notes_of(&merged, "Romania"), "Theirs on Romania");
    assert_eq!(notes_of(&merged, "Turkey"), "Theirs on Turkey");
}

#[test]
fn a_copy_that_does_not_load_is_named_and_nothing_changes() {
    let folder = tempfile::tempdir().unwrap();
    let theirs = folder.path().join("broken.accord.json");
    std::fs::write(&theirs, "{ \"format\": ").unwrap();
    let mut harness = harness_with(PresetChooser {
        open: Some(theirs),
        ..PresetChooser::default()
    });
    click(&mut harness, "Open the sample workspace");
    let sample = harness.state().workspace().unwrap().clone();
    click(&mut harness, "File");
    click_and_wait(&mut harness, "Merge a copy…");
    assert!(is_shown(&harness, "Something went wrong"));
    assert!(
        harness
            .query_all_by_label_contains("broken.accord.json")
            .next()
            .is_some()
    );
    assert_eq!(harness.state().workspace().unwrap(), &sample);
}
