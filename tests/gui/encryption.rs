//! GUI tests: encryption at rest (issue 16). Opening an encrypted file asks
//! for its passphrase (again after a wrong one), the idle lock hides the
//! workspace until the passphrase is typed again, and after encrypting,
//! editing, autosaving, saving and backing up, no file in the workspace's
//! folder or the app's data folders holds a record's name in clear.

// Test code throughout, so clippy's `allow-unwrap-in-tests` covers the helpers.
#![cfg(test)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use accord::app::AccordApp;
use accord::model::{Country, Workspace};
use accord::storage::encryption::{Unlock, WorkspaceKey};
use accord::storage::{self, Protection, SaveRequest};
use age::secrecy::SecretString;
use egui_kittest::Harness;

use super::recovery::{
    Home, add_country, click_and_wait, country_names, open_by_path, save, settle,
};
use super::*;

/// Types into the password field labelled `label`.
fn type_secret(harness: &mut Harness<'static, AccordApp>, label: &str, text: &str) {
    type_into_field(harness, egui::accesskit::Role::PasswordInput, label, text);
}

const PASSPHRASE: &str = "plane hotel ministry 1995 Baku";

/// An encrypted workspace file holding these countries.
fn encrypted_file(path: &Path, countries: &[&str]) {
    let mut workspace = Workspace::new("Department");
    let now = chrono::Utc::now();
    for name in countries {
        let _ = workspace.add(Country::new(*name, now), now).unwrap();
    }
    let key = WorkspaceKey::new(&SecretString::from(PASSPHRASE.to_owned())).unwrap();
    let request = SaveRequest {
        path,
        expected: None,
        backups: None,
        faults: &storage::NoFaults,
        protection: &Protection::Encrypted(Arc::new(key)),
    };
    storage::save_checked(&workspace, &request).unwrap();
}

/// Opens `path` by its path and answers the passphrase prompt.
fn open_encrypted(harness: &mut Harness<'static, AccordApp>, path: &Path) {
    open_by_path(harness, path);
    assert!(
        is_shown(harness, "Encrypted workspace"),
        "the prompt is shown"
    );
    type_secret(harness, "Passphrase", PASSPHRASE);
    click_and_wait(harness, "Open");
}

#[test]
fn opening_an_encrypted_file_asks_for_its_passphrase_and_again_after_a_wrong_one() {
    let home = Home::new();
    let path = home.path("department.accord.json");
    encrypted_file(&path, &["Romania", "Moldova"]);
    let before = fs::read(&path).unwrap();
    let mut harness = home.start(None);

    open_by_path(&mut harness, &path);
    assert!(is_shown(&harness, "Encrypted workspace"));
    assert!(harness.state().workspace().is_none(), "nothing opened yet");
    type_secret(&mut harness, "Passphrase", "hotel plane");
    click_and_wait(&mut harness, "Open");
    assert!(
        harness
            .query_by_label_contains("Wrong passphrase for department.accord.json")
            .is_some(),
        "a wrong passphrase is said so, and asked again"
    );
    assert!(harness.state().workspace().is_none());

    // Enter in the field opens, as the Open button does.
    type_secret(&mut harness, "Passphrase", PASSPHRASE);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert_eq!(country_names(&harness), ["Moldova", "Romania"]);
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("🔒 department.accord.json"),
        "the title shows the lock: {}",
        harness.state().window_title()
    );
    assert_eq!(fs::read(&path).unwrap(), before, "opening wrote nothing");
}

#[test]
fn the_idle_lock_hides_the_workspace_until_the_passphrase_is_typed_again() {
    let home = Home::new();
    let path = home.path("department.accord.json");
    encrypted_file(&path, &["Romania"]);
    let mut harness = home.start(None);
    harness.state_mut().settings.lock_after_minutes = 5;
    open_encrypted(&mut harness, &path);
    click(&mut harness, "Countries");
    assert!(is_shown(&harness, "Romania"));

    // Four minutes without use: still open. Five: locked.
    let stopwatch = harness.state().stopwatch();
    stopwatch.advance(Duration::from_mins(4));
    harness.run();
    assert!(!harness.state().is_locked());
    stopwatch.advance(Duration::from_mins(1));
    harness.run();
    assert!(harness.state().is_locked());
    assert!(is_shown(&harness, "Locked"));
    assert!(
        !is_shown(&harness, "Romania"),
        "nothing of the workspace shows"
    );
    assert_eq!(harness.state().window_title(), "🔒 Locked — Accord");

    type_secret(&mut harness, "Passphrase", "not it at all");
    click_and_wait(&mut harness, "Unlock");
    assert!(
        harness.state().is_locked(),
        "a wrong passphrase does not unlock"
    );
    assert!(
        harness
            .query_by_label_contains("Not unlocked: wrong passphrase")
            .is_some()
    );

    // Enter in the field unlocks, as the button does.
    type_secret(&mut harness, "Passphrase", PASSPHRASE);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert!(!harness.state().is_locked());
    assert!(is_shown(&harness, "Romania"), "back where the officer was");

    // Use keeps it open: each minute's input restarts the count.
    for _ in 0..6 {
        stopwatch.advance(Duration::from_mins(1));
        harness.hover_at(egui::pos2(700.0, 450.0));
        harness.run();
    }
    assert!(!harness.state().is_locked());
}

/// Every file under `folder`, in its subfolders too.
fn all_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(next) = folders.pop() {
        for entry in fs::read_dir(&next).unwrap().map(Result::unwrap) {
            if entry.file_type().unwrap().is_dir() {
                folders.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files
}

/// Every file under `folder` that holds `needle` in clear.
fn files_with(folder: &Path, needle: &str) -> Vec<PathBuf> {
    all_files(folder)
        .into_iter()
        .filter(|file| {
            fs::read(file)
                .unwrap_or_default()
                .windows(needle.len())
                .any(|window| window == needle.as_bytes())
        })
        .collect()
}

#[test]
fn after_encrypting_editing_autosaving_saving_and_backing_up_no_file_holds_a_record_name_in_clear()
{
    let home = Home::new();
    let path = home.path("department.accord.json");
    let mut harness = home.start(Some(path.clone()));
    click(&mut harness, "New workspace…");
    add_country(&mut harness, "Romania");
    save(&mut harness);
    add_country(&mut harness, "Moldova");
    settle(&mut harness);
    save(&mut harness);
    // In clear so far: the file, its .bak, a backup, and (after an
    // edit) a recovery file.
    add_country(&mut harness, "Türkiye");
    settle(&mut harness);
    assert!(!files_with(&home.path("."), "Moldova").is_empty());

    click_menu_item(&mut harness, "File");
    click_menu_item(&mut harness, "Encrypt with a passphrase…");
    assert!(is_shown(&harness, "Encrypt with a passphrase"));
    assert!(
        harness
            .query_by_label_contains("nobody can open this workspace again")
            .is_some(),
        "the consequence of forgetting is said plainly"
    );
    type_secret(&mut harness, "Passphrase", "short");
    assert!(is_shown(&harness, "too weak: at least 8 characters"));
    assert!(!is_enabled(&harness, "Encrypt"));
    type_secret(&mut harness, "Passphrase", PASSPHRASE);
    assert!(is_shown(&harness, "strong"));
    type_secret(&mut harness, "Type it again", "plane hotel");
    assert!(is_shown(&harness, "The two passphrases differ."));
    type_secret(&mut harness, "Type it again", PASSPHRASE);
    click_and_wait(&mut harness, "Encrypt");
    settle(&mut harness);
    assert!(harness.state().window_title().starts_with("🔒 "));

    // Editing, autosaving and saving again, encrypted.
    add_country(&mut harness, "Georgia");
    settle(&mut harness);
    save(&mut harness);
    add_country(&mut harness, "Azərbaycan");
    settle(&mut harness);

    let mut in_clear = Vec::new();
    for name in ["Romania", "Moldova", "Türkiye", "Georgia", "Azərbaycan"] {
        in_clear.extend(files_with(&home.path("."), name));
    }
    let files = all_files(&home.path("."));
    eprintln!(
        "plaintext scan: {} files under the workspace's folder and the data folders, {} holding a record name in clear",
        files.len(),
        in_clear.len()
    );
    assert_eq!(in_clear, Vec::<PathBuf>::new());
    assert!(
        files
            .iter()
            .any(|file| file.starts_with(home.path("backups"))),
        "backups were kept"
    );
    assert!(
        files
            .iter()
            .any(|file| file.starts_with(home.path("recovery"))),
        "an autosave was written"
    );

    // It all opens with the passphrase: the file, and its backups.
    let unlock = Unlock::passphrase(SecretString::from(PASSPHRASE.to_owned()));
    let opened = storage::open_lenient_unlocked(&path, &unlock).unwrap();
    assert_eq!(opened.workspace.countries().len(), 4);
    let backups = storage::backups::list(&home.path("backups"), &path, &unlock);
    assert!(
        backups
            .iter()
            .all(|backup| backup.encrypted && backup.counts.is_ok())
    );

    // Remove encryption…: saved in clear again, its backups stay encrypted.
    click_menu_item(&mut harness, "File");
    click_menu_item(&mut harness, "Remove encryption…");
    click_and_wait(&mut harness, "Remove encryption");
    settle(&mut harness);
    assert!(storage::open(&path).is_ok(), "the file is in clear again");
    assert!(!harness.state().window_title().contains('🔒'));
}
