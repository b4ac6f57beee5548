//! GUI tests: recovery. Autosave and restore after a crash, saves that
//! fail, files changed by someone else, backups, damaged and newer files.
//! Every test gives the app its own recovery and backups folders, so none
//! touches the user's.

// Test code throughout, so clippy's `allow-unwrap-in-tests` covers the helpers.
#![cfg(test)]

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use accord::app::AccordApp;
use accord::model::Workspace;
use accord::storage::{self, Faults, SaveStep};
use egui::{Key, Modifiers};
use egui_kittest::Harness;

use super::*;

/// A temporary home: the recovery and backups folders, and the files.
pub(crate) struct Home {
    folder: tempfile::TempDir,
}

impl Home {
    pub(crate) fn new() -> Self {
        Self {
            folder: tempfile::tempdir().unwrap(),
        }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    fn recovery(&self) -> PathBuf {
        self.path("recovery")
    }

    /// An app started on this home, as after a (re)start; `save_to`
    /// answers its Save As dialog.
    pub(crate) fn start(&self, save_to: Option<PathBuf>) -> Harness<'static, AccordApp> {
        let mut app = super::app_with(PresetChooser {
            save_to,
            ..PresetChooser::default()
        });
        app.safety_mut().autosave_delay = Duration::ZERO;
        app.set_safety_folders(self.recovery(), self.path("backups"));
        let mut harness = harness_for(app);
        settle(&mut harness);
        harness
    }

    /// The files in the recovery folder, lock files of running Accords included.
    fn recovery_files(&self) -> Vec<String> {
        let Ok(read) = fs::read_dir(self.recovery()) else {
            return Vec::new();
        };
        read.map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// The recovery entries' files, without the lock files.
    fn recovery_entries(&self) -> Vec<String> {
        let mut names = self.recovery_files();
        names.retain(|name| {
            std::path::Path::new(name)
                .extension()
                .is_none_or(|extension| extension != "lock")
        });
        names
    }
}

/// Lets background work (opens, saves, autosaves) finish and shows it.
pub(crate) fn settle(harness: &mut Harness<'static, AccordApp>) {
    for _ in 0..4 {
        harness.step();
        harness.state_mut().finish_jobs();
    }
    harness.run();
}

/// Clicks a button that starts background work, and lets it finish.
pub(crate) fn click_and_wait(harness: &mut Harness<'static, AccordApp>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

pub(crate) fn add_country(harness: &mut Harness<'static, AccordApp>, name: &str) {
    click(harness, "Countries");
    click(harness, "Add country…");
    type_into(harness, "Name", name);
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().form.is_none(), "the form saved");
}

pub(crate) fn country_names(harness: &Harness<'static, AccordApp>) -> Vec<String> {
    let mut names: Vec<String> = harness
        .state()
        .workspace()
        .unwrap()
        .countries()
        .values()
        .map(|country| country.name.clone())
        .collect();
    names.sort();
    names
}

pub(crate) fn open_by_path(harness: &mut Harness<'static, AccordApp>, path: &Path) {
    // The start screen's button (the File menu has the same command).
    click(harness, "Open by path…");
    type_into(harness, "File path", &path.display().to_string());
    harness.get_by_label("Open").click();
    settle(harness);
}

/// A saved workspace file holding these countries.
fn workspace_file(path: &Path, countries: &[&str]) -> Vec<u8> {
    let mut workspace = Workspace::new("Department");
    let now = chrono::Utc::now();
    for name in countries {
        let _ = workspace
            .add(accord::model::Country::new(*name, now), now)
            .unwrap();
    }
    storage::save(&workspace, path).unwrap();
    fs::read(path).unwrap()
}

pub(crate) fn save(harness: &mut Harness<'static, AccordApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(harness);
}

#[test]
fn edits_left_unsaved_by_a_crash_are_offered_and_restored_on_the_next_start() {
    let home = Home::new();
    let mut harness = home.start(None);
    click(&mut harness, "New workspace…");
    add_country(&mut harness, "Romania");
    add_country(&mut harness, "Moldova");
    settle(&mut harness);
    assert_eq!(
        home.recovery_entries().len(),
        2,
        "the autosave wrote the workspace and its description"
    );
    // The crash: the app goes away without saving or asking.
    drop(harness);

    let mut harness = home.start(None);
    assert!(is_shown(&harness, "Unsaved work was found"));
    let offer = harness
        .get_by_label_contains("2 unsaved changes, written ")
        .value()
        .unwrap_or_default();
    assert!(offer.ends_with("— 2 records"), "{offer:?}");
    click_and_wait(&mut harness, "Restore");
    assert_eq!(country_names(&harness), ["Moldova", "Romania"]);
    assert!(
        harness.state().window_title().starts_with("● "),
        "the restored work is unsaved"
    );
    click(&mut harness, "Countries");
    assert!(is_shown(&harness, "Moldova"));

    // Saving it for real removes the recovery file.
    let path = home.path("department.accord.json");
    harness.state_mut().safety_mut().autosave_delay = Duration::from_mins(1);
    drop(harness);
    let mut harness = home.start(Some(path.clone()));
    click_and_wait(&mut harness, "Restore");
    save(&mut harness);
    assert_eq!(storage::open(&path).unwrap().countries().len(), 2);
    assert_eq!(home.recovery_entries(), Vec::<String>::new());
    drop(harness);
    let harness = home.start(None);
    assert!(!is_shown(&harness, "Unsaved work was found"));
}

#[test]
fn a_second_accord_does_not_take_a_running_ones_autosave_for_a_crash() {
    let home = Home::new();
    let mut first = home.start(None);
    click(&mut first, "New workspace…");
    add_country(&mut first, "Romania");
    settle(&mut first);
    assert_eq!(home.recovery_files().len(), 3, "entry, description, lock");

    let second = home.start(None);
    assert!(!is_shown(&second, "Unsaved work was found"));
    drop(second);
    // The first one crashes: now its work is left behind, and offered.
    drop(first);
    let third = home.start(None);
    assert!(is_shown(&third, "Unsaved work was found"));
}

#[test]
fn discarding_unsaved_work_removes_it_for_good() {
    let home = Home::new();
    let mut harness = home.start(None);
    click(&mut harness, "New workspace…");
    add_country(&mut harness, "Georgia");
    settle(&mut harness);
    drop(harness);

    let mut harness = home.start(None);
    click_and_wait(&mut harness, "Discard");
    assert!(!is_shown(&harness, "Unsaved work was found"));
    assert!(harness.state().workspace().is_none());
    assert_eq!(home.recovery_entries(), Vec::<String>::new());
}

#[test]
fn discarding_changes_when_asked_to_save_removes_their_recovery_file() {
    let home = Home::new();
    let mut harness = home.start(None);
    click(&mut harness, "New workspace…");
    add_country(&mut harness, "Georgia");
    settle(&mut harness);
    assert_eq!(home.recovery_entries().len(), 2);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().is_asking_to_save());
    click_and_wait(&mut harness, "Discard changes");
    assert!(harness.state().workspace().unwrap().countries().is_empty());
    assert_eq!(home.recovery_entries(), Vec::<String>::new());
}

/// Fails every save at its last step, as a disk that fills up would.
struct DiskFull;

impl Faults for DiskFull {
    fn check(&self, step: SaveStep) -> io::Result<()> {
        if step == SaveStep::Replace {
            Err(io::Error::from(io::ErrorKind::StorageFull))
        } else {
            Ok(())
        }
    }
}

#[test]
fn a_failed_save_keeps_the_document_unsaved_says_why_and_offers_save_as() {
    let home = Home::new();
    let path = home.path("department.accord.json");
    let original = workspace_file(&path, &["Romania"]);
    let elsewhere = home.path("copy.accord.json");
    let mut harness = home.start(Some(elsewhere.clone()));
    open_by_path(&mut harness, &path);
    add_country(&mut harness, "Moldova");

    harness.state_mut().safety_mut().faults = Arc::new(DiskFull);
    save(&mut harness);
    assert!(is_shown(&harness, "Not saved"));
    assert!(
        harness
            .query_by_label_contains("The disk is full.")
            .is_some()
    );
    assert_eq!(fs::read(&path).unwrap(), original, "the file is untouched");
    assert!(harness.state().session.as_ref().unwrap().is_modified());
    assert!(harness.state().window_title().starts_with("● "));
    assert_eq!(country_names(&harness), ["Moldova", "Romania"]);

    // Save as… from the message, to another disk that has room.
    harness.state_mut().safety_mut().faults = Arc::new(storage::NoFaults);
    click_and_wait(&mut harness, "Save as…");
    assert_eq!(storage::open(&elsewhere).unwrap().countries().len(), 2);
    assert!(!harness.state().session.as_ref().unwrap().is_modified());
    assert_eq!(fs::read(&path).unwrap(), original);
}

#[test]
fn a_file_changed_by_someone_else_is_never_overwritten_silently() {
    let home = Home::new();
    let path = home.path("shared.accord.json");
    workspace_file(&path, &["Romania"]);
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);
    add_country(&mut harness, "Moldova");
    // A colleague saves their version on the shared drive.
    let theirs = workspace_file(&path, &["Romania", "Türkiye", "Georgia"]);

    save(&mut harness);
    assert!(is_shown(&harness, "Changed by someone else"));
    assert_eq!(fs::read(&path).unwrap(), theirs, "nothing was written");
    click_and_wait(
        &mut harness,
        "Overwrite with yours (theirs is kept as a backup)",
    );
    let mine = storage::open(&path).unwrap();
    assert_eq!(mine.countries().len(), 2);

    // Their version is the newest backup, and opens as a new document.
    click(&mut harness, "File");
    harness
        .get_by_label_contains("Restore from backup…")
        .click();
    settle(&mut harness);
    assert!(
        is_shown(&harness, "3 records"),
        "their version, 3 countries"
    );
    click_and_wait(&mut harness, "Open backup 1");
    assert_eq!(country_names(&harness), ["Georgia", "Romania", "Türkiye"]);
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.path, None, "a new, unsaved document");
    assert!(session.is_modified());
    assert_eq!(storage::open(&path).unwrap(), mine, "the file is unchanged");
}

#[test]
fn coming_back_to_the_window_notices_a_change_and_reload_keeps_your_version() {
    let home = Home::new();
    let path = home.path("shared.accord.json");
    workspace_file(&path, &["Romania"]);
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);
    harness.state_mut().safety_mut().autosave_delay = Duration::from_mins(1);
    add_country(&mut harness, "Moldova");
    workspace_file(&path, &["Romania", "Türkiye"]);

    harness.event(egui::Event::WindowFocused(true));
    settle(&mut harness);
    assert!(is_shown(&harness, "Changed by someone else"));
    click_and_wait(
        &mut harness,
        "Reload their version (yours is kept as a recovery file)",
    );
    assert_eq!(country_names(&harness), ["Romania", "Türkiye"]);

    // Yours is offered back from the recovery folder.
    click(&mut harness, "File");
    harness
        .get_by_label_contains("Recover unsaved work…")
        .click();
    settle(&mut harness);
    assert!(is_shown(&harness, "Unsaved work was found"));
    click_and_wait(&mut harness, "Restore");
    assert_eq!(country_names(&harness), ["Moldova", "Romania"]);
}

#[test]
fn a_damaged_file_opens_in_a_repair_view_and_is_saved_only_under_a_new_name() {
    let home = Home::new();
    let path = home.path("damaged.accord.json");
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    fs::copy(hostile.join("dangling-reference.json"), &path).unwrap();
    let original = fs::read(&path).unwrap();
    let repaired = home.path("damaged (repaired).accord.json");
    let mut harness = home.start(Some(repaired.clone()));
    open_by_path(&mut harness, &path);

    assert!(
        harness
            .query_by_label_contains("This file has 1 problem.")
            .is_some()
    );
    assert!(is_shown(&harness, "Problems in this file"));
    assert!(harness
        .query_by_label_contains("institutions[0] \"Ministry of Labour and Social Solidarity of Romania\": country: refers to country")
        .is_some());
    click(&mut harness, "Go to record");
    let session = harness.state().session.as_ref().unwrap();
    let route = harness.state().history.current();
    assert_eq!(
        route,
        accord::app::route::Route::Record(session.problems[0].record.unwrap())
    );
    assert_eq!(
        harness.state().workspace().unwrap().counts().total(),
        44,
        "every record of the file is there"
    );

    save(&mut harness);
    assert_eq!(
        fs::read(&path).unwrap(),
        original,
        "the damaged file is untouched"
    );
    assert!(repaired.exists(), "Save asked for a new name");
}

#[test]
fn a_file_from_a_newer_version_opens_read_only() {
    let home = Home::new();
    let path = home.path("future.accord.json");
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    fs::copy(hostile.join("future-version.json"), &path).unwrap();
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);

    assert!(harness
        .query_by_label_contains("Read-only: future.accord.json was written by a newer version of Accord (format version 7")
        .is_some());
    assert_eq!(country_names(&harness), ["Azerbaijan"]);
    click(&mut harness, "Countries");
    click(&mut harness, "Add country…");
    assert!(harness.state().form.is_none(), "no editing");
    assert!(harness.state().status.contains("read-only"));
}

/// A save that hits a bug part way through, as a panic.
struct PanickingDisk;

impl Faults for PanickingDisk {
    fn check(&self, _step: SaveStep) -> io::Result<()> {
        panic!("injected bug in the save");
    }
}

#[test]
fn a_save_job_that_panics_is_reported_and_the_document_stays_unsaved() {
    let home = Home::new();
    let path = home.path("department.accord.json");
    let original = workspace_file(&path, &["Romania"]);
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);
    add_country(&mut harness, "Moldova");

    harness.state_mut().safety_mut().faults = Arc::new(PanickingDisk);
    // `save` waits for the job: with no report from it, this would hang.
    save(&mut harness);
    assert!(is_shown(&harness, "Something went wrong"));
    assert!(
        harness
            .query_by_label_contains("injected bug in the save")
            .is_some()
    );
    assert_eq!(fs::read(&path).unwrap(), original, "the file is untouched");
    assert!(harness.state().session.as_ref().unwrap().is_modified());
    assert_eq!(country_names(&harness), ["Moldova", "Romania"]);
}

#[cfg(unix)]
#[test]
fn a_file_without_write_permission_opens_read_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = Home::new();
    let path = home.path("locked.accord.json");
    let original = workspace_file(&path, &["Romania"]);
    // Checked on the mode: root, who runs these tests in CI, could write it.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);

    assert!(
        harness
            .query_by_label_contains("Read-only: locked.accord.json is marked read-only")
            .is_some()
    );
    assert_eq!(country_names(&harness), ["Romania"]);
    click(&mut harness, "Countries");
    click(&mut harness, "Add country…");
    assert!(harness.state().form.is_none(), "no editing");
    // The refusal gives this file's reason, not a newer version's.
    let status = &harness.state().status;
    assert!(status.contains("is marked read-only"), "{status}");
    assert!(!status.contains("newer version"), "{status}");
    assert_eq!(fs::read(&path).unwrap(), original, "the file is untouched");
}

#[test]
fn a_windows_1252_file_opens_converted_and_read_only() {
    let home = Home::new();
    let path = home.path("legacy.accord.json");
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    fs::copy(hostile.join("windows-1252.json"), &path).unwrap();
    let original = fs::read(&path).unwrap();
    let mut harness = home.start(None);
    open_by_path(&mut harness, &path);

    assert!(
        harness
            .query_by_label_contains(
                "Converted from Windows-1252: legacy.accord.json is not in the UTF-8 Accord writes"
            )
            .is_some()
    );
    assert_eq!(country_names(&harness), ["România"]);
    assert_eq!(fs::read(&path).unwrap(), original, "the file is untouched");
}
