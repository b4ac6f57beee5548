//! Writing a file so that it is either the old bytes or the new ones, never
//! a mix: write a temporary file beside it, fsync, then rename over it.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why a save failed; the original file is untouched.
#[derive(Debug, thiserror::Error)]
#[error("could not save {}: {step}: {source}", path.display())]
pub struct SaveError {
    pub path: PathBuf,
    /// What was being done: "creating a temporary file in the same folder", ...
    pub step: &'static str,
    #[source]
    pub source: io::Error,
}

/// The backup kept beside `path`: `name.ext.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Atomically replaces `path` with `bytes`, keeping the previous version at
/// [`backup_path`]. New files are readable by the owner only (on Unix); an
/// existing file keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
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
    // tempfile creates the file with mode 0600 on Unix.
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(fail("creating a temporary file in the same folder"))?;
    temporary
        .write_all(bytes)
        .map_err(fail("writing the temporary file"))?;
    temporary
        .flush()
        .map_err(fail("writing the temporary file"))?;
    let existing = fs::metadata(path).ok();
    if let Some(existing) = &existing {
        temporary
            .as_file()
            .set_permissions(existing.permissions())
            .map_err(fail("copying the file's permissions"))?;
    }
    temporary
        .as_file()
        .sync_all()
        .map_err(fail("flushing the temporary file to disk"))?;
    if existing.is_some() {
        keep_backup(path).map_err(fail("keeping the previous version as a backup"))?;
    }
    temporary
        .persist(path)
        .map_err(|error| fail("replacing the file")(error.error))?;
    sync_folder(folder);
    Ok(())
}

/// Copies the current file to its backup path, itself atomically, so a
/// crash mid-copy never leaves a torn backup.
fn keep_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let folder = backup.parent().unwrap_or(Path::new("."));
    let temporary = tempfile::Builder::new()
        .prefix(".backup.")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    fs::copy(path, temporary.path())?;
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
