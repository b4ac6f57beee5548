//! File > Merge a copy…: a copy edited elsewhere comes in through the
//! preview, with a choice per conflict, as one undoable step.

use accord::model::{Country, Source, Workspace};
use accord::storage::{self, format};
use chrono::{TimeZone as _, Utc};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

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

/// Two copies of the sample that changed Romania's notes each its own way,
/// merged by `accord merge`'s library into `path`: the file then holds the
/// conflict, with this copy's value in the record.
fn merged_with_a_conflict(folder: &std::path::Path) -> std::path::PathBuf {
    let base = folder.join("office.accord.json");
    std::fs::copy(sample_path(), &base).expect("copied");
    let now = Utc
        .with_ymd_and_hms(2026, 12, 3, 9, 0, 0)
        .single()
        .expect("a real moment");
    let copy_with = |name: &str, notes: &str, officer: &str| {
        let mut workspace = storage::open(&base).expect("opens");
        workspace.set_editor(Some(officer));
        let mut romania = country(&workspace, "Romania").clone();
        romania.notes = notes.to_owned();
        drop(workspace.update(romania, now).expect("a valid edit"));
        let path = folder.join(name);
        std::fs::write(&path, format::to_bytes(&workspace)).expect("written");
        path
    };
    let ours = copy_with("ours.accord.json", "From the office.", "Leyla Məmmədova");
    let theirs = copy_with("laptop.accord.json", "From the trip.", "Orxan Əliyev");
    let done = accord::merge::files::merge_files(
        accord::merge::files::BaseChoice::File(&base),
        &ours,
        &theirs,
    )
    .expect("merges");
    let merged = folder.join("merged.accord.json");
    accord::merge::files::write_result(
        &done.result,
        &merged,
        None,
        &accord::storage::Protection::Clear,
    )
    .expect("written");
    merged
}

#[test]
fn a_file_holding_recorded_conflicts_opens_on_the_conflict_screen_and_resolving_clears_them() {
    let folder = tempfile::tempdir().unwrap();
    let merged = merged_with_a_conflict(folder.path());
    assert_eq!(
        storage::open(&merged).unwrap().recorded_conflicts().len(),
        1,
        "the file records the conflict"
    );
    let mut harness = harness_with(PresetChooser {
        open: Some(merged),
        ..PresetChooser::default()
    });
    click(&mut harness, "File");
    click_and_wait(&mut harness, "Open…");
    assert!(is_shown(
        &harness,
        "Resolve the conflicts recorded in merged.accord.json"
    ));
    assert!(is_shown(&harness, "1 conflict"));
    assert!(
        harness
            .query_all_by_label_contains("changed by Orxan Əliyev on 3 December 2026")
            .next()
            .is_some(),
        "who changed the other side, and when"
    );
    click(&mut harness, "Take theirs: \"From the trip.\"");
    click(&mut harness, "Apply merge");
    let resolved = harness.state().workspace().unwrap().clone();
    assert_eq!(notes_of(&resolved, "Romania"), "From the trip.");
    assert!(
        resolved.recorded_conflicts().is_empty(),
        "resolved, so cleared"
    );
    assert!(harness.state().window_title().starts_with("● "));

    click(&mut harness, "Edit");
    harness
        .query_all_by_label_contains("Undo")
        .next()
        .expect("Edit > Undo")
        .click();
    harness.run();
    let undone = harness.state().workspace().unwrap();
    assert_eq!(notes_of(undone, "Romania"), "From the office.");
    assert_eq!(
        undone.recorded_conflicts().len(),
        1,
        "undo brings them back"
    );
}

#[test]
fn a_copy_saved_here_before_it_left_is_the_base_when_it_comes_back() {
    let folder = tempfile::tempdir().unwrap();
    let office = folder.path().join("office.accord.json");
    let laptop = folder.path().join("laptop.accord.json");
    let mut app = super::app_with(PresetChooser {
        save_to: Some(office.clone()),
        open: Some(laptop.clone()),
        ..PresetChooser::default()
    });
    app.set_safety_folders(
        folder.path().join("recovery"),
        folder.path().join("backups"),
    );
    let mut harness = super::harness_for(app);
    click(&mut harness, "Open the sample workspace");
    // Ctrl+S on a workspace with no file yet asks where: the office file.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.step();
    harness.state_mut().finish_jobs();
    harness.run();
    assert!(office.exists(), "saved");
    // The laptop leaves with a copy of what was saved, and changes it.
    std::fs::copy(&office, &laptop).unwrap();
    let mut copy = storage::open(&laptop).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let mut turkey = country(&copy, "Turkey").clone();
    turkey.notes = "From the trip.".to_owned();
    drop(copy.update(turkey, at).unwrap());
    std::fs::write(&laptop, format::to_bytes(&copy)).unwrap();
    // Meanwhile the office changes another field.
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    click(&mut harness, "Edit…");
    super::type_into(&mut harness, "Name", "România");
    click(&mut harness, "Save");

    click(&mut harness, "File");
    click_and_wait(&mut harness, "Merge a copy…");
    assert!(
        harness
            .query_all_by_label_contains("found among the versions kept on this machine")
            .next()
            .is_some(),
        "the version saved here is the base"
    );
    assert!(is_shown(&harness, "No conflicts"));
    click(&mut harness, "Apply merge");
    harness.state_mut().finish_jobs();
    harness.run();
    let merged = harness.state().workspace().unwrap();
    assert_eq!(notes_of(merged, "Turkey"), "From the trip.");
    assert!(merged.countries().values().any(|c| c.name == "România"));

    // The report is kept with the backups, and shown on request.
    click(&mut harness, "File");
    harness.get_by_label_contains("Last merge report…").click();
    harness.run();
    assert!(is_shown(&harness, "Last merge report"));
    let report = harness
        .get_by_label_contains("Merged laptop.accord.json into this workspace.")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(report.contains("Changed: country Turkey"), "{report}");
    let kept = report
        .split("Kept with the backups in ")
        .nth(1)
        .unwrap_or_else(|| panic!("{report}"));
    assert!(
        std::fs::read_to_string(kept.trim())
            .unwrap()
            .contains("Three-way merge against the version both copies come from")
    );
}

#[test]
fn a_pair_of_likely_duplicates_is_combined_from_the_duplicates_screen_and_undo_parts_them() {
    use accord::model::{Institution, InstitutionKind};
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("merged.accord.json");
    let mut workspace = storage::open(&sample_path()).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let romania = country(&workspace, "Romania").id;
    for spelling in ["Government of Romania", "Government of România"] {
        let government = Institution::new(romania, InstitutionKind::Government, spelling, now);
        drop(workspace.add(government, now).unwrap());
    }
    std::fs::write(&path, format::to_bytes(&workspace)).unwrap();
    let governments = |workspace: &Workspace| {
        workspace
            .institutions()
            .values()
            .filter(|institution| institution.name.starts_with("Government of Rom"))
            .count()
    };

    let mut harness = harness_with(PresetChooser {
        open: Some(path),
        ..PresetChooser::default()
    });
    click(&mut harness, "File");
    click_and_wait(&mut harness, "Open…");
    let before = governments(harness.state().workspace().unwrap());
    click(&mut harness, "Edit");
    click_and_wait(&mut harness, "Likely duplicates…");
    assert!(is_shown(&harness, "Likely duplicates"));
    harness
        .query_all_by_label_contains("Combine “Government of Rom")
        .next()
        .expect("a Combine button for the pair")
        .click();
    harness.run();
    let combined = harness.state().workspace().unwrap().clone();
    assert_eq!(governments(&combined), before - 1, "two are one now");
    let alias = combined
        .tombstones()
        .values()
        .find(|tombstone| tombstone.combined_into.is_some())
        .expect("the other id kept as an alias");
    assert!(combined.contains(alias.combined_into.unwrap()));

    click(&mut harness, "Edit");
    harness
        .query_all_by_label_contains("Undo")
        .next()
        .expect("Edit > Undo")
        .click();
    harness.run();
    assert_eq!(governments(harness.state().workspace().unwrap()), before);
}
