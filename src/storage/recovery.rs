//! Unsaved work, written every few seconds to the app's data folder so a
//! crash, a kill or a power cut costs at most the last few seconds. Each
//! open document has one entry: `<id>.accord.json` (an ordinary workspace
//! file, which any Accord can open) and `<id>.meta.json` (what the restore
//! dialog shows). A save or a discard removes the entry.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::encryption::{Protection, Unlock};
use crate::model::Workspace;

/// What the restore dialog says about an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// Names the entry's two files in the recovery folder (`ID.accord.json`, `ID.meta.json`).
    pub id: Uuid,
    /// When the entry was last written.
    pub saved_at: DateTime<Utc>,
    /// The file the changes belong to; `None` for a never-saved workspace.
    pub original: Option<PathBuf>,
    /// How many edits were not saved.
    pub changes: u64,
    /// The workspace's name, so the dialog can say which work this is.
    pub workspace_name: String,
    /// How many records the unsaved workspace holds, for the dialog.
    pub records: usize,
    /// The hash of the file as it was when these changes began, so a
    /// restored document still notices a change by someone else
    /// ([`super::content_hash`]; entries written before it was XXH3 are
    /// converted when listed, see [`list`]).
    #[serde(default, rename = "base_xxh3")]
    pub base_hash: Option<u64>,
    /// The running Accord that writes this entry: while it runs, the entry
    /// is its live autosave, not work left by a crash.
    #[serde(default)]
    pub instance: Option<Uuid>,
    /// Whether the entry's workspace is encrypted; then its name is not
    /// written here (this description is in clear).
    #[serde(default)]
    pub encrypted: bool,
}

/// An entry found in the recovery folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// What the dialog says about the entry.
    pub info: RecoveryInfo,
    /// The unsaved workspace itself, opened when the user restores it.
    pub workspace_file: PathBuf,
}

fn workspace_path(folder: &Path, id: Uuid) -> PathBuf {
    folder.join(format!("{id}.accord.json"))
}

fn meta_path(folder: &Path, id: Uuid) -> PathBuf {
    folder.join(format!("{id}.meta.json"))
}

/// Writes (or replaces) the entry `info.id`. The workspace goes first and
/// the description last, so an entry that is listed is always whole.
pub fn write(
    folder: &Path,
    info: &RecoveryInfo,
    workspace: &Workspace,
    protection: &Protection,
) -> io::Result<()> {
    let bytes = zeroize::Zeroizing::new(super::format::to_bytes(workspace));
    write_bytes(folder, info, &bytes, protection)
}

/// [`write()`] of bytes already made by `format::to_bytes`, so the caller can
/// let go of the workspace before the slow part. An encrypted workspace's
/// entry is encrypted with its key, and its description names no record
/// nor the workspace.
pub fn write_bytes(
    folder: &Path,
    info: &RecoveryInfo,
    bytes: &[u8],
    protection: &Protection,
) -> io::Result<()> {
    fs::create_dir_all(folder)?;
    super::atomic::write_protected_without_bak(&workspace_path(folder, info.id), bytes, protection)
        .map_err(|error| error.source)?;
    let mut info = info.clone();
    if protection.is_encrypted() {
        info.encrypted = true;
        info.workspace_name = String::new();
    }
    let meta = serde_json::to_vec_pretty(&info).map_err(io::Error::other)?;
    super::atomic::write_without_bak(&meta_path(folder, info.id), &meta)
        .map_err(|error| error.source)
}

/// Removes the entry `id`; an entry already gone is fine.
pub fn remove(folder: &Path, id: Uuid) -> io::Result<()> {
    for path in [meta_path(folder, id), workspace_path(folder, id)] {
        match fs::remove_file(&path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
    }
    Ok(())
}

fn lock_path(folder: &Path, instance: Uuid) -> PathBuf {
    folder.join(format!("{instance}.lock"))
}

/// Marks `instance` as running until the returned file is dropped or the
/// process ends (even by a crash: the OS releases the lock).
pub fn claim_instance(folder: &Path, instance: Uuid) -> io::Result<fs::File> {
    fs::create_dir_all(folder)?;
    let file = fs::File::create(lock_path(folder, instance))?;
    file.try_lock().map_err(io::Error::other)?;
    Ok(file)
}

/// Whether the Accord that claimed `instance` is still running.
fn is_running(folder: &Path, instance: Uuid) -> bool {
    let Ok(file) = fs::File::options()
        .write(true)
        .open(lock_path(folder, instance))
    else {
        return false;
    };
    // Locked by another open file, in this process or another: running.
    matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock))
}

/// The entries left by Accords that are no longer running (a crash, a
/// kill), newest first; the live autosaves of running ones are left out,
/// and the lock files of stopped ones are removed.
pub fn list_left_behind(folder: &Path) -> Vec<Entry> {
    let mut entries = list(folder);
    entries.retain(|entry| {
        entry
            .info
            .instance
            .is_none_or(|instance| !is_running(folder, instance))
    });
    if let Ok(read) = fs::read_dir(folder) {
        for entry in read.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(instance) = name
                .strip_suffix(".lock")
                .and_then(|id| id.parse::<Uuid>().ok())
            else {
                continue;
            };
            if !is_running(folder, instance) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    entries
}

/// Every whole entry in `folder`, newest first. A folder that does not
/// exist has none.
pub fn list(folder: &Path) -> Vec<Entry> {
    let Ok(read) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".meta.json"))
        .filter_map(|entry| {
            let bytes = fs::read(entry.path()).ok()?;
            let mut info: RecoveryInfo = serde_json::from_slice(&bytes).ok()?;
            upgrade_base_hash(&mut info, &bytes);
            let workspace_file = workspace_path(folder, info.id);
            workspace_file.exists().then_some(Entry {
                info,
                workspace_file,
            })
        })
        .collect();
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.info.saved_at));
    entries
}

/// An entry written before the hash was XXH3 holds `base_hash`, made with
/// std's hasher. If the original file still has that hash (the same
/// bytes), it is given the file's XXH3, so restoring it after an upgrade
/// does not report a change that did not happen; otherwise the file did
/// change, and the old value, which matches nothing, says so.
fn upgrade_base_hash(info: &mut RecoveryInfo, meta: &[u8]) {
    #[derive(Deserialize)]
    struct Legacy {
        base_hash: Option<u64>,
    }
    if info.base_hash.is_some() {
        return;
    }
    let Some(legacy) = serde_json::from_slice::<Legacy>(meta)
        .ok()
        .and_then(|legacy| legacy.base_hash)
    else {
        return;
    };
    let unchanged = info
        .original
        .as_deref()
        .and_then(|original| fs::read(original).ok())
        .filter(|bytes| legacy_content_hash(bytes) == legacy);
    info.base_hash = Some(unchanged.map_or(legacy, |bytes| super::content_hash(&bytes)));
}

/// The file hash of Accord before XXH3: std's `SipHash`, as it was written.
fn legacy_content_hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher as _;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.write_usize(bytes.len());
    hasher.finish()
}

/// Reads an entry's workspace, as far as it can be read; an encrypted
/// one with `unlock`.
pub fn load(entry: &Entry, unlock: &Unlock) -> Result<super::Opened, super::OpenError> {
    super::open_lenient_unlocked(&entry.workspace_file, unlock)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry as Accord wrote it before XXH3, for a file still as it was.
    #[test]
    fn an_entry_from_before_xxh3_restores_without_a_false_change() {
        let folder = tempfile::tempdir().unwrap();
        let original = folder.path().join("department.accord.json");
        let bytes = super::super::format::to_bytes(&Workspace::new("Department"));
        fs::write(&original, &bytes).unwrap();
        let id = Uuid::new_v4();
        let meta = serde_json::json!({
            "id": id,
            "saved_at": "2026-11-25T10:00:00Z",
            "original": original,
            "changes": 3,
            "workspace_name": "Department",
            "records": 0,
            "base_hash": legacy_content_hash(&bytes),
        });
        fs::write(meta_path(folder.path(), id), meta.to_string()).unwrap();
        fs::write(workspace_path(folder.path(), id), &bytes).unwrap();

        let entries = list(folder.path());
        assert_eq!(
            entries[0].info.base_hash,
            Some(super::super::content_hash(&bytes))
        );

        // Changed since: the old hash stays, and matches nothing.
        fs::write(&original, b"{}").unwrap();
        let entries = list(folder.path());
        assert_ne!(
            entries[0].info.base_hash,
            Some(super::super::content_hash(b"{}"))
        );
        assert!(entries[0].info.base_hash.is_some());
    }
}
