//! Writing a file so that it is either the old bytes or the new ones, never
//! a mix: write a temporary file beside it, fsync, then rename over it.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::encryption::Protection;

/// Why a save failed; the original file is untouched.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!(
    "model-save-failed",
    path = path.display().to_string(),
    step = step_in_words(step),
    error = source.to_string()
))]
pub struct SaveError {
    /// The file that was being saved.
    pub path: PathBuf,
    /// What was being done, in English: "creating a temporary file in
    /// the same folder", ... (a message shows it in its own language).
    pub step: &'static str,
    /// What the system said.
    #[source]
    pub source: io::Error,
}

/// A step of a save as the thread's language says it ("writing the
/// temporary file"), from the English words [`SaveError::step`] holds.
fn step_in_words(step: &str) -> String {
    use crate::tr;
    match step {
        "encrypting the workspace" => tr!("model-save-step-encrypt"),
        "creating a temporary file in the same folder" => tr!("model-save-step-create"),
        "writing the temporary file" => tr!("model-save-step-write"),
        "copying the file's permissions" => tr!("model-save-step-permissions"),
        "flushing the temporary file to disk" => tr!("model-save-step-sync"),
        "keeping the previous version as a backup" => tr!("model-save-step-backup"),
        "keeping the previous version in the backups folder" => {
            tr!("model-save-step-backups-folder")
        }
        "replacing the file" => tr!("model-save-step-replace"),
        other => other.to_owned(),
    }
}

impl SaveError {
    /// The OS error in plain words, for a person rather than a log.
    pub fn plain_words(&self) -> String {
        use crate::tr;
        use io::ErrorKind as Kind;
        let what = match self.source.kind() {
            Kind::StorageFull | Kind::QuotaExceeded => tr!("model-save-disk-full"),
            Kind::PermissionDenied => tr!("model-save-permission"),
            Kind::NotFound => tr!("model-save-folder-gone"),
            Kind::ReadOnlyFilesystem => tr!("model-save-read-only"),
            Kind::FileTooLarge => tr!("model-save-too-large"),
            Kind::TimedOut | Kind::Interrupted => tr!("model-save-timed-out"),
            _ => tr!("model-save-not-written"),
        };
        let detail = tr!(
            "model-save-while",
            step = step_in_words(self.step),
            error = self.source.to_string(),
            path = self.path.display().to_string()
        );
        format!("{what}\n\n{detail}")
    }
}

/// The backup kept beside `path`: `name.ext.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// A point in a save at which a test can make it fail, as a full disk, a
/// pulled drive or a permission change would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Encrypting the bytes, for an encrypted workspace (before anything is written).
    Encrypt,
    /// Creating the temporary file beside the target.
    CreateTemporary,
    /// Before writing the chunk that starts at this byte offset.
    Write {
        /// Where in the file's bytes the chunk starts.
        offset: usize,
    },
    /// Flushing what is still buffered into the temporary file.
    Flush,
    /// Giving the temporary file the old file's permissions.
    Permissions,
    /// Asking the disk to keep the bytes (fsync) before the rename.
    Sync,
    /// Keeping the old version as the `.bak` beside it.
    Backup,
    /// Renaming the temporary file over the target: the moment the new version takes its place.
    Replace,
}

/// Decides whether a save fails at a step; production code never fails.
pub trait Faults: Send + Sync {
    /// An error to fail `step` with, or `Ok` to go on.
    fn check(&self, step: SaveStep) -> io::Result<()>;
}

/// No injected failures: the real disk decides.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoFaults;

impl Faults for NoFaults {
    fn check(&self, _step: SaveStep) -> io::Result<()> {
        Ok(())
    }
}

/// How much is written between two fault checks: small enough that a test
/// can fail a save half-way through the data.
const CHUNK: usize = 64 * 1024;

/// Atomically replaces `path` with `bytes`, keeping the previous version at
/// [`backup_path`]. New files are readable by the owner only (on Unix); an
/// existing file keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, &NoFaults)
}

/// [`write_atomically`], asking `faults` before each step whether to fail.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    faults: &dyn Faults,
) -> Result<(), SaveError> {
    write_protected(path, bytes, &Protection::Clear, faults)
}

/// [`write_atomically_with`] of a workspace's `plaintext`, encrypted when
/// `protection` says so. The `.bak` of an encrypted workspace is encrypted
/// too, even when the version it keeps was in clear (the first save after
/// File > Encrypt…).
pub fn write_protected(
    path: &Path,
    plaintext: &[u8],
    protection: &Protection,
    faults: &dyn Faults,
) -> Result<(), SaveError> {
    replace(path, plaintext, faults, true, protection)
}

/// Atomically replaces `path` with `bytes`, keeping no `.bak`: for the
/// app's own recovery and backup files.
pub fn write_without_bak(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(path, bytes, &NoFaults, false, &Protection::Clear)
}

/// [`write_without_bak`] of `plaintext`, encrypted when `protection` says so.
pub fn write_protected_without_bak(
    path: &Path,
    plaintext: &[u8],
    protection: &Protection,
) -> Result<(), SaveError> {
    replace(path, plaintext, &NoFaults, false, protection)
}

/// The one place Accord writes a file: every save, `.bak`, backup and
/// recovery file comes through here, so encryption covers them all and
/// no clear copy of an encrypted workspace is ever written, not even a
/// temporary one (the bytes are sealed in memory first).
fn replace(
    path: &Path,
    plaintext: &[u8],
    faults: &dyn Faults,
    keep_bak: bool,
    protection: &Protection,
) -> Result<(), SaveError> {
    let sealed = seal(path, plaintext, protection, faults)?;
    replace_sealed(path, &sealed, faults, keep_bak, protection)
}

/// `plaintext` as it is to be written, sealed when `protection` encrypts.
pub fn seal<'a>(
    path: &Path,
    plaintext: &'a [u8],
    protection: &Protection,
    faults: &dyn Faults,
) -> Result<std::borrow::Cow<'a, [u8]>, SaveError> {
    faults
        .check(SaveStep::Encrypt)
        .and_then(|()| protection.seal(plaintext))
        .map_err(|source| SaveError {
            path: path.to_owned(),
            step: "encrypting the workspace",
            source,
        })
}

/// [`write_protected`] of bytes already made by [`seal`] (the caller
/// hashes what is written); a `.bak` in clear is still sealed.
pub fn write_sealed(
    path: &Path,
    sealed: &[u8],
    protection: &Protection,
    faults: &dyn Faults,
) -> Result<(), SaveError> {
    replace_sealed(path, sealed, faults, true, protection)
}

fn replace_sealed(
    path: &Path,
    bytes: &[u8],
    faults: &dyn Faults,
    keep_bak: bool,
    protection: &Protection,
) -> Result<(), SaveError> {
    let fail = |step: &'static str| {
        move |source: io::Error| SaveError {
            path: path.to_owned(),
            step,
            source,
        }
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path.file_name().unwrap_or_default().to_string_lossy();
    // tempfile creates the file with mode 0600 on Unix, and deletes it
    // again when dropped: a failed save leaves nothing behind.
    let creating = "creating a temporary file in the same folder";
    faults
        .check(SaveStep::CreateTemporary)
        .map_err(fail(creating))?;
    let mut temporary =
        locked_temporary(folder, &format!(".{file_name}.")).map_err(fail(creating))?;
    for (index, chunk) in bytes.chunks(CHUNK).enumerate() {
        faults
            .check(SaveStep::Write {
                offset: index * CHUNK,
            })
            .and_then(|()| temporary.write_all(chunk))
            .map_err(fail("writing the temporary file"))?;
    }
    faults
        .check(SaveStep::Flush)
        .and_then(|()| temporary.flush())
        .map_err(fail("writing the temporary file"))?;
    let existing = fs::metadata(path).ok();
    if let Some(existing) = &existing {
        faults
            .check(SaveStep::Permissions)
            .and_then(|()| temporary.as_file().set_permissions(existing.permissions()))
            .map_err(fail("copying the file's permissions"))?;
    }
    faults
        .check(SaveStep::Sync)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(fail("flushing the temporary file to disk"))?;
    if keep_bak && existing.is_some() {
        faults
            .check(SaveStep::Backup)
            .and_then(|()| keep_backup(path, protection))
            .map_err(fail("keeping the previous version as a backup"))?;
    }
    faults
        .check(SaveStep::Replace)
        .map_err(fail("replacing the file"))?;
    let replaced = temporary
        .persist(path)
        .map_err(|error| fail("replacing the file")(error.error))?;
    sync_folder(folder);
    drop(replaced);
    // Only now: a save killed before this point is cleared by the next
    // one that completes.
    remove_leftover_temporaries(folder, &file_name);
    Ok(())
}

/// A temporary file named `prefix…` in `folder`, locked for as long as it
/// is open, so that another Accord can tell a running save's file from
/// one left by a save that was killed (the OS releases the lock of a
/// killed process).
fn locked_temporary(folder: &Path, prefix: &str) -> io::Result<tempfile::NamedTempFile> {
    let temporary = tempfile::Builder::new()
        .prefix(prefix)
        .suffix(".tmp")
        .tempfile_in(folder)?;
    // A file system without locks (some network drives) falls back on
    // the age of the file, in `remove_leftover_temporaries`.
    let _ = temporary.as_file().try_lock();
    Ok(temporary)
}

/// Where locks do not work, a temporary file this old was left by a save
/// that was killed; a save in progress, even a colleague's on a shared
/// drive, is never this old.
const STALE: std::time::Duration = std::time::Duration::from_hours(1);

/// Removes every temporary file that killed saves of `file_name` (and of
/// its `.bak`) left in `folder`: those no running save holds locked. Best
/// effort: a failure changes nothing.
fn remove_leftover_temporaries(folder: &Path, file_name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{file_name}.");
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // `.backup.*.tmp`: how backups' temporaries were named before they
        // were named after their file; those were never locked.
        let unlocked_kind = name.starts_with(".backup.");
        if !((name.starts_with(&prefix) || unlocked_kind) && name.ends_with(".tmp")) {
            continue;
        }
        let held = match fs::File::open(entry.path()).map(|file| file.try_lock()) {
            // Nobody holds it; an old-style name may still be a save of
            // an older Accord, which did not lock.
            Ok(Ok(())) => unlocked_kind && !is_stale(&entry),
            Ok(Err(fs::TryLockError::WouldBlock)) => true,
            Ok(Err(fs::TryLockError::Error(_))) | Err(_) => !is_stale(&entry),
        };
        if !held {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn is_stale(entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|metadata| metadata.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age > STALE)
}

/// Copies the current file to its backup path, itself atomically, so a
/// crash mid-copy never leaves a torn backup. For an encrypted workspace
/// a version in clear is sealed on the way.
fn keep_backup(path: &Path, protection: &Protection) -> io::Result<()> {
    let backup = backup_path(path);
    let folder = backup.parent().unwrap_or(Path::new("."));
    let backup_name = backup.file_name().unwrap_or_default().to_string_lossy();
    // Named after the workspace file, so its leftovers are cleared with
    // the workspace's; written through the locked handle itself.
    let mut temporary = locked_temporary(folder, &format!(".{backup_name}."))?;
    if protection.is_encrypted() {
        let current = fs::read(path)?;
        temporary.write_all(&protection.seal_unless_encrypted(&current)?)?;
    } else {
        io::copy(&mut fs::File::open(path)?, temporary.as_file_mut())?;
    }
    temporary.as_file().sync_all()?;
    temporary.persist(&backup).map_err(|error| error.error)?;
    Ok(())
}

/// Makes the rename itself durable; only Unix can open a folder for fsync.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
