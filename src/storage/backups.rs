//! The last [`KEEP`] versions of each workspace file, kept in the app's
//! data folder (not beside the workspace, so a shared drive stays tidy and
//! a colleague's copy is not cluttered): before a save replaces a file, the
//! version on disk is copied here under a timestamped name.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};

use super::encryption::{self, Protection, Unlock};
use crate::model::RecordCounts;

/// How many versions of one workspace are kept.
pub const KEEP: usize = 10;

const SUFFIX: &str = ".accord.json";
const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";

/// One kept version of a workspace file.
#[derive(Clone, Debug)]
pub struct Backup {
    /// The kept copy, in the app's data folder; Restore opens it from here.
    pub path: PathBuf,
    /// When it was replaced by a newer save.
    pub saved_at: DateTime<Utc>,
    /// Its records, or why it cannot be read.
    pub counts: Result<RecordCounts, String>,
    /// Whether it is encrypted (then it opens with the passphrase it was
    /// saved under).
    pub encrypted: bool,
}

/// The folder holding the backups of `workspace`, inside `root`: named
/// after the file and a hash of its full path, so two `department.json`
/// in different folders keep separate histories.
pub fn folder_for(root: &Path, workspace: &Path) -> PathBuf {
    let full = workspace
        .canonicalize()
        .unwrap_or_else(|_| workspace.to_owned());
    // A hash fixed by its specification: the same folder after an upgrade.
    let hash = xxhash_rust::xxh3::xxh3_64(full.as_os_str().as_encoded_bytes());
    let name = workspace
        .file_name()
        .map_or_else(|| "workspace".into(), |name| name.to_string_lossy());
    root.join(format!("{name}-{hash:016x}"))
}

/// Keeps `bytes` (the version about to be replaced, as it is on disk) as
/// the newest backup of `workspace`, then deletes all but the newest
/// [`KEEP`]. When `protection` encrypts, a version in clear is sealed first,
/// and so are the backups in clear kept before the workspace was
/// encrypted: the data folder then holds no clear copy of it.
pub fn keep(
    root: &Path,
    workspace: &Path,
    bytes: &[u8],
    now: DateTime<Utc>,
    protection: &Protection,
) -> io::Result<()> {
    let folder = folder_for(root, workspace);
    fs::create_dir_all(&folder)?;
    let bytes = protection.seal_unless_encrypted(bytes)?;
    let stamp = now.format(STAMP).to_string();
    let mut path = folder.join(format!("{stamp}{SUFFIX}"));
    let mut extra = 1;
    while path.exists() {
        path = folder.join(format!("{stamp}-{extra}{SUFFIX}"));
        extra += 1;
    }
    super::atomic::write_without_bak(&path, &bytes).map_err(|error| error.source)?;
    let mut names = backup_names(&folder)?;
    names.sort();
    let excess = names.len().saturating_sub(KEEP);
    for old in &names[..excess] {
        fs::remove_file(folder.join(old))?;
    }
    if protection.is_encrypted() {
        for name in &names[excess..] {
            seal_if_clear(&folder.join(name), protection)?;
        }
    }
    Ok(())
}

/// Replaces a backup in clear with its encrypted version, atomically.
fn seal_if_clear(path: &Path, protection: &Protection) -> io::Result<()> {
    let bytes = fs::read(path)?;
    if encryption::is_encrypted(&bytes) {
        return Ok(());
    }
    let sealed = zeroize::Zeroizing::new(bytes);
    super::atomic::write_protected_without_bak(path, &sealed, protection)
        .map_err(|error| error.source)
}

fn backup_names(folder: &Path) -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(folder)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(SUFFIX) && !name.starts_with('.') {
            names.push(name);
        }
    }
    Ok(names)
}

/// The backups of `workspace`, newest first, each read to count its
/// records (an encrypted one with `unlock`, the session's key). Slow for
/// big files: call it off the UI thread.
pub fn list(root: &Path, workspace: &Path, unlock: &Unlock) -> Vec<Backup> {
    let folder = folder_for(root, workspace);
    let Ok(mut names) = backup_names(&folder) else {
        return Vec::new();
    };
    names.sort();
    names.reverse();
    names
        .into_iter()
        .filter_map(|name| {
            let stamp = name.strip_suffix(SUFFIX)?;
            let stamp = stamp.split('-').next().unwrap_or(stamp);
            let saved_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
            let path = folder.join(&name);
            let encrypted = super::is_encrypted_file(&path);
            let counts = super::open_unlocked(&path, unlock)
                .map(|(workspace, _)| workspace.counts())
                .map_err(|error| match error.decrypt_failure() {
                    Some(encryption::DecryptFailure::NeedsPassphrase) => {
                        crate::tr!("model-backup-earlier-passphrase")
                    }
                    _ => error.to_string(),
                });
            Some(Backup {
                path,
                saved_at,
                counts,
                encrypted,
            })
        })
        .collect()
}
