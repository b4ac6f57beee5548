//! Encryption at rest (issue 16): a workspace sealed with a passphrase opens
//! with it and with nothing else, a damaged encrypted file is refused
//! saying so and never written over, the command line's encrypt, decrypt
//! and `--passphrase-file` say exactly what the issue asks, merging two
//! encrypted copies gives an encrypted result, and `accord fmt` killed at
//! random moments on an encrypted file leaves the old file or the new one.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::Instant;

use super::saving::KillMoments;

use accord::model::{Country, Workspace};
use accord::storage::encryption::{self, DecryptFailure, Unlock, WorkspaceKey};
use accord::storage::{self, OpenError, Protection, SaveRequest, format};
use age::secrecy::SecretString;
use chrono::{TimeZone as _, Utc};

pub(crate) const PASSPHRASE: &str = "plane hotel ministry 1995 Baku";

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

/// A workspace whose country names are easy to look for in clear.
fn workspace_named(names: &[&str]) -> Workspace {
    let mut workspace = Workspace::new("Department");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
    for name in names {
        let _ = workspace.add(Country::new(*name, now), now).unwrap();
    }
    workspace
}

fn key() -> Arc<WorkspaceKey> {
    Arc::new(WorkspaceKey::new(&secret(PASSPHRASE)).unwrap())
}

/// Saves `workspace` encrypted to `path` as the app does.
fn save_encrypted(workspace: &Workspace, path: &Path, protection: &Protection) {
    let request = SaveRequest {
        path,
        expected: None,
        backups: None,
        faults: &storage::NoFaults,
        protection,
    };
    storage::save_checked(workspace, &request).unwrap();
}

#[test]
fn an_encrypted_workspace_round_trips_with_its_passphrase_and_with_the_session_key() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let workspace = workspace_named(&["Romania", "Türkiye", "Azərbaycan"]);
    let key = key();
    save_encrypted(&workspace, &path, &Protection::Encrypted(Arc::clone(&key)));
    let bytes = fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"), "an age file");
    assert!(!contains(&bytes, "Romania"));

    let opened =
        storage::open_lenient_unlocked(&path, &Unlock::passphrase(secret(PASSPHRASE))).unwrap();
    assert_eq!(opened.workspace, workspace);
    assert!(opened.protection.is_encrypted());
    assert_eq!(opened.hash, storage::content_hash(&bytes));
    // The session's own key opens it without the passphrase (no scrypt).
    let (strict, _) = storage::open_unlocked(&path, &Unlock::Key(key)).unwrap();
    assert_eq!(strict, workspace);
    // The plain opener refuses it, saying it needs a passphrase.
    assert!(matches!(
        storage::open(&path),
        Err(OpenError::Encrypted {
            failure: DecryptFailure::NeedsPassphrase,
            ..
        })
    ));
}

#[test]
fn a_wrong_passphrase_is_told_plainly_and_the_file_is_left_as_it_is() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    save_encrypted(
        &workspace_named(&["Romania"]),
        &path,
        &Protection::Encrypted(key()),
    );
    let before = fs::read(&path).unwrap();
    let error = storage::open_lenient_unlocked(&path, &Unlock::passphrase(secret("plane hotel")))
        .unwrap_err();
    assert!(matches!(
        error.decrypt_failure(),
        Some(DecryptFailure::WrongPassphrase)
    ));
    assert_eq!(
        error.to_string(),
        format!("{}: wrong passphrase", path.display())
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_truncated_or_tampered_encrypted_file_is_refused_as_damaged_and_fmt_does_not_touch_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let workspace = workspace_named(&["Romania", "Moldova"]);
    let key = key();
    save_encrypted(&workspace, &path, &Protection::Encrypted(Arc::clone(&key)));
    let sealed = fs::read(&path).unwrap();
    let header_end = find(&sealed, b"\n--- ").unwrap();
    let payload = header_end
        + sealed[header_end + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .unwrap()
        + 2;

    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for cut in [
        20,
        header_end,
        payload + 5,
        sealed.len() - 1,
        sealed.len() - 17,
    ] {
        damaged.push((format!("cut at {cut}"), sealed[..cut].to_vec()));
    }
    for at in [payload + 20, sealed.len() - 3, header_end + 6] {
        let mut bytes = sealed.clone();
        bytes[at] ^= 0x01;
        damaged.push((format!("byte {at} flipped"), bytes));
    }
    let passphrase_file = folder.path().join("passphrase");
    fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).unwrap();
    for (what, bytes) in damaged {
        fs::write(&path, &bytes).unwrap();
        for unlock in [
            Unlock::passphrase(secret(PASSPHRASE)),
            Unlock::Key(Arc::clone(&key)),
        ] {
            let error = storage::open_lenient_unlocked(&path, &unlock).unwrap_err();
            assert!(
                matches!(error.decrypt_failure(), Some(DecryptFailure::Damaged(_))),
                "{what}: {error}"
            );
            assert!(error.to_string().contains("damaged"), "{what}: {error}");
        }
        let fmt = accord(
            &["fmt", &path.display().to_string(), "--passphrase-file"],
            &passphrase_file,
        );
        assert_eq!(fmt.status.code(), Some(2), "{what}");
        assert!(stderr(&fmt).contains("damaged"), "{what}: {}", stderr(&fmt));
        assert_eq!(fs::read(&path).unwrap(), bytes, "{what}: fmt wrote over it");
    }
}

#[test]
fn the_command_line_says_exactly_what_an_encrypted_file_needs() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    storage::save(&workspace_named(&["Romania"]), &path).unwrap();
    let original = fs::read(&path).unwrap();
    let file = path.display().to_string();
    let good = folder.path().join("good");
    fs::write(&good, format!("{PASSPHRASE}\n")).unwrap();
    let bad = folder.path().join("bad");
    fs::write(&bad, "not the passphrase at all\n").unwrap();

    let encrypted = accord(&["encrypt", &file, "--passphrase-file"], &good);
    assert!(encrypted.status.success(), "{}", stderr(&encrypted));
    let bytes = fs::read(&path).unwrap();
    assert!(encryption::is_encrypted(&bytes));
    // The .bak keeps the version in clear, encrypted.
    let bak = fs::read(storage::backup_path(&path)).unwrap();
    assert!(encryption::is_encrypted(&bak));
    let (bak_plain, _) = storage::read_plaintext(
        &storage::backup_path(&path),
        &Unlock::passphrase(secret(PASSPHRASE)),
    )
    .unwrap();
    assert_eq!(&bak_plain[..], &original[..]);

    // Every command that reads a workspace, without a passphrase and
    // with no terminal: exit 2 and the words.
    let merged = folder
        .path()
        .join("merged.accord.json")
        .display()
        .to_string();
    let text = folder.path().join("news.txt");
    fs::write(&text, "Romania signed in May 2022.").unwrap();
    let commands: [Vec<&str>; 6] = [
        vec!["validate", &file],
        vec!["export", &file, "--format", "json"],
        vec!["fmt", &file],
        vec!["duplicates", &file],
        vec!["extract", text.to_str().unwrap(), "--workspace", &file],
        vec!["merge", &file, &file, "-o", &merged],
    ];
    for command in &commands {
        let output = accord_without_passphrase(command);
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        assert_eq!(
            stderr(&output),
            format!("accord: {file} is encrypted: give --passphrase-file or run in a terminal\n"),
            "{command:?}"
        );
        let mut wrong = command.clone();
        wrong.push("--passphrase-file");
        let output = accord(&wrong, &bad);
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        assert_eq!(
            stderr(&output),
            format!("accord: wrong passphrase for {file}\n")
        );
        let mut right = command.clone();
        right.push("--passphrase-file");
        let output = accord(&right, &good);
        assert!(output.status.success(), "{command:?}: {}", stderr(&output));
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "fmt of a canonical file wrote nothing"
    );

    // validate says what the file is.
    let validated = accord(&["validate", &file, "--passphrase-file"], &good);
    assert!(
        stdout(&validated).starts_with(&format!(
            "{file}: an encrypted Accord workspace (an age file, opened with a passphrase)\n{file}: valid, 1 record:"
        )),
        "{}",
        stdout(&validated)
    );

    // decrypt writes the very bytes that were encrypted.
    let out = folder.path().join("clear.accord.json");
    let decrypted = accord(
        &[
            "decrypt",
            &file,
            "-o",
            &out.display().to_string(),
            "--passphrase-file",
        ],
        &good,
    );
    assert!(decrypted.status.success(), "{}", stderr(&decrypted));
    assert_eq!(fs::read(&out).unwrap(), original);
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "decrypt left the file as it was"
    );
    // Decrypted in place: the .bak is the encrypted version.
    let in_place = accord(&["decrypt", &file, "-o", &file, "--passphrase-file"], &good);
    assert!(in_place.status.success(), "{}", stderr(&in_place));
    assert_eq!(fs::read(&path).unwrap(), original);
    assert_eq!(fs::read(storage::backup_path(&path)).unwrap(), bytes);
}

#[test]
fn merging_two_encrypted_copies_gives_an_encrypted_result_with_both_copies_edits() {
    let folder = tempfile::tempdir().unwrap();
    let ours = folder.path().join("ours.accord.json");
    let theirs = folder.path().join("theirs.accord.json");
    let merged = folder.path().join("merged.accord.json");
    let base = workspace_named(&["Romania"]);
    let now = Utc::now();
    let mut our_copy = base.clone();
    let _ = our_copy.add(Country::new("Moldova", now), now).unwrap();
    let mut their_copy = base;
    let _ = their_copy.add(Country::new("Georgia", now), now).unwrap();
    // Two travelling copies of one encrypted workspace share its key.
    let protection = Protection::Encrypted(key());
    save_encrypted(&our_copy, &ours, &protection);
    save_encrypted(&their_copy, &theirs, &protection);
    let passphrase_file = folder.path().join("passphrase");
    fs::write(&passphrase_file, PASSPHRASE).unwrap();

    let output = accord(
        &[
            "merge",
            &ours.display().to_string(),
            &theirs.display().to_string(),
            "-o",
            &merged.display().to_string(),
            "--passphrase-file",
        ],
        &passphrase_file,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = fs::read(&merged).unwrap();
    assert!(encryption::is_encrypted(&bytes), "the result is encrypted");
    assert!(!contains(&bytes, "Moldova") && !contains(&bytes, "Georgia"));
    let (result, _) =
        storage::open_unlocked(&merged, &Unlock::passphrase(secret(PASSPHRASE))).unwrap();
    let mut names: Vec<&str> = result
        .countries()
        .values()
        .map(|c| c.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["Georgia", "Moldova", "Romania"]);
}

/// `accord fmt` on an encrypted file killed at random moments: after each
/// kill the file is the old encrypted bytes, or decrypts to the new ones.
#[test]
fn accord_fmt_killed_at_random_moments_on_an_encrypted_file_leaves_the_old_file_or_the_new_one() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let passphrase_file = folder.path().join("passphrase");
    fs::write(&passphrase_file, PASSPHRASE).unwrap();
    let names: Vec<String> = (0..1500).map(|index| format!("Country {index}")).collect();
    let workspace = workspace_named(&names.iter().map(String::as_str).collect::<Vec<_>>());
    let new_plain = format::to_bytes(&workspace);
    let value: serde_json::Value = serde_json::from_slice(&new_plain).unwrap();
    let old_plain = serde_json::to_vec(&value).unwrap();
    let protection = Protection::Encrypted(key());
    let old_bytes = protection.seal(&old_plain).unwrap().into_owned();
    let unlock = Unlock::passphrase(secret(PASSPHRASE));

    let run = || {
        Command::new(env!("CARGO_BIN_EXE_accord"))
            .arg("fmt")
            .arg(&path)
            .arg("--passphrase-file")
            .arg(&passphrase_file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    fs::write(&path, &old_bytes).unwrap();
    let started = Instant::now();
    assert!(run().wait().unwrap().success());
    let full_run = started.elapsed();
    assert_eq!(
        &storage::read_plaintext(&path, &unlock).unwrap().0[..],
        &new_plain[..]
    );

    let (mut old_seen, mut new_seen) = (0, 0);
    let kills = 40;
    // Uniform over 1.5 runs: most of a run is the key derivation, and a
    // run beside other tests can take longer than the first.
    let moments = KillMoments {
        full_run,
        spread: 1.5,
        seed: 0x5eed_f00d,
    };
    moments.kill(
        kills,
        &run,
        &|| fs::write(&path, &old_bytes).unwrap(),
        &mut |kill, delay| {
            let bytes = fs::read(&path).unwrap();
            assert!(
                encryption::is_encrypted(&bytes),
                "kill {kill}: not encrypted"
            );
            if bytes == old_bytes {
                old_seen += 1;
            } else {
                let (plain, _) = storage::read_plaintext(&path, &unlock).unwrap_or_else(|error| {
                    panic!("kill {kill} after {delay:?} left a file that does not decrypt: {error}")
                });
                assert_eq!(&plain[..], &new_plain[..], "kill {kill}: neither version");
                new_seen += 1;
            }
            // No temporary file in clear, whatever the moment of the kill.
            for entry in fs::read_dir(folder.path()).unwrap() {
                let entry = entry.unwrap();
                if entry.file_name() != "passphrase" {
                    assert!(
                        !contains(&fs::read(entry.path()).unwrap(), "Country 1499"),
                        "kill {kill}: {} holds the workspace in clear",
                        entry.path().display()
                    );
                }
            }
        },
    );
    eprintln!(
        "{kills} kills over runs of {full_run:?}: {old_seen} left the old encrypted file, {new_seen} the new one"
    );
    assert!(
        old_seen > 0 && new_seen > 0,
        "the kills should land before and after"
    );
}

/// Every file under `folder` whose bytes hold `needle` in clear.
pub(crate) fn files_holding(folder: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(folder) else {
        return found;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_holding(&path, needle));
        } else if fs::read(&path).is_ok_and(|bytes| contains(&bytes, needle)) {
            found.push(path);
        }
    }
    found
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    find(bytes, needle.as_bytes()).is_some()
}

fn find(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    bytes
        .windows(needle.len())
        .position(|window| window == needle)
}

fn accord(args: &[&str], passphrase_file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .arg(passphrase_file)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn accord_without_passphrase(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn backups_and_recovery_files_of_an_encrypted_workspace_hold_no_record_name_in_clear() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("desk").join("department.accord.json");
    let backups = home.path().join("data").join("backups");
    let recovery = home.path().join("data").join("recovery");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    // Saved in clear twice first: a .bak and a backup in clear exist.
    for names in [&["Romania"][..], &["Romania", "Moldova"][..]] {
        let request = SaveRequest {
            path: &path,
            expected: None,
            backups: Some(&backups),
            faults: &storage::NoFaults,
            protection: &Protection::Clear,
        };
        storage::save_checked(&workspace_named(names), &request).unwrap();
    }
    // Encrypted: the next save seals the file, its .bak and the backups.
    let protection = Protection::Encrypted(key());
    let workspace = workspace_named(&["Romania", "Moldova", "Georgia"]);
    let request = SaveRequest {
        path: &path,
        expected: None,
        backups: Some(&backups),
        faults: &storage::NoFaults,
        protection: &protection,
    };
    storage::save_checked(&workspace, &request).unwrap();
    let info = storage::recovery::RecoveryInfo {
        id: uuid::Uuid::new_v4(),
        saved_at: Utc::now(),
        original: Some(path.clone()),
        changes: 1,
        workspace_name: "Department".to_owned(),
        records: 3,
        base_hash: None,
        instance: None,
        encrypted: false,
    };
    storage::recovery::write(&recovery, &info, &workspace, &protection).unwrap();

    for name in ["Romania", "Moldova", "Georgia"] {
        assert_eq!(
            files_holding(home.path(), name),
            Vec::<PathBuf>::new(),
            "{name}"
        );
    }
    // And they all open with the session's key.
    let listed = storage::backups::list(&backups, &path, &Unlock::passphrase(secret(PASSPHRASE)));
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|backup| backup.encrypted && backup.counts.is_ok())
    );
    let entries = storage::recovery::list(&recovery);
    let Protection::Encrypted(key) = &protection else {
        unreachable!()
    };
    let restored = storage::recovery::load(&entries[0], &Unlock::Key(Arc::clone(key))).unwrap();
    assert_eq!(restored.workspace, workspace);
    assert!(entries[0].info.encrypted && entries[0].info.workspace_name.is_empty());
}
