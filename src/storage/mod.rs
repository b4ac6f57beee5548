//! Reading and writing workspace files.

pub mod atomic;
pub mod backups;
pub mod encryption;
pub mod format;
mod history;
pub mod plain_words;
pub mod recovery;
mod sound_file;
pub mod strict_json;
pub mod versions;

use std::path::{Path, PathBuf};

pub use atomic::{
    Faults, NoFaults, SaveError, SaveStep, backup_path, write_atomically, write_atomically_with,
    write_protected,
};
pub use encryption::{DecryptFailure, Protection, Unlock, WorkspaceKey};
pub use format::{FORMAT_NAME, FORMAT_VERSION, LoadError, Problem};

use crate::model::Workspace;

/// Why a workspace file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read at all: missing, unreadable, a folder.
    #[error("{}", crate::tr!(
        "model-open-cannot-read",
        path = path.display().to_string(),
        error = source.to_string()
    ))]
    Read {
        /// The file that was to be opened.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is encrypted and could not be decrypted: no passphrase, a
    /// wrong one, or a damaged file. Nothing was written.
    #[error("{}: {failure}", path.display())]
    Encrypted {
        /// The file that was to be opened.
        path: PathBuf,
        /// Why it could not be decrypted.
        #[source]
        failure: DecryptFailure,
    },
    /// The file was read but is not a sound workspace.
    #[error("{}: {error}", path.display())]
    Load {
        /// The file that was to be opened.
        path: PathBuf,
        /// What is wrong with its content, every problem named.
        #[source]
        error: LoadError,
    },
}

impl OpenError {
    /// The load problems, each on its own line, or the single I/O error.
    pub fn problems(&self) -> Vec<String> {
        match self {
            Self::Read { .. } | Self::Encrypted { .. } => vec![self.to_string()],
            Self::Load { error, .. } => error.problems(),
        }
    }

    /// Why decryption failed, when it did.
    pub fn decrypt_failure(&self) -> Option<&DecryptFailure> {
        match self {
            Self::Encrypted { failure, .. } => Some(failure),
            _ => None,
        }
    }
}

/// Reads and validates the workspace file at `path`; an encrypted one is
/// refused, saying it needs its passphrase ([`open_unlocked`] opens it).
pub fn open(path: &Path) -> Result<Workspace, OpenError> {
    open_unlocked(path, &Unlock::Nothing).map(|(workspace, _)| workspace)
}

/// [`open`], decrypting an encrypted file with `unlock`: the workspace and
/// how its saves are to be written (sealed with the file's key, or in clear).
pub fn open_unlocked(path: &Path, unlock: &Unlock) -> Result<(Workspace, Protection), OpenError> {
    let FileBytes {
        plaintext,
        protection,
        ..
    } = read_decrypted(path, unlock)?;
    Ok((parse(path, plaintext)?, protection))
}

/// The workspace in `plaintext`, the content of the file at `path`, read
/// strictly (as [`open`] does); the text is zeroed once parsed.
pub fn parse(
    path: &Path,
    mut plaintext: zeroize::Zeroizing<Vec<u8>>,
) -> Result<Workspace, OpenError> {
    // Moved out, not copied: the text made of it is zeroed below.
    let text = utf8(path, std::mem::take(&mut *plaintext))?;
    let workspace = format::from_str(&text).map_err(|error| OpenError::Load {
        path: path.to_owned(),
        error,
    });
    zero_text(text);
    workspace
}

/// The bytes a workspace file holds, decrypted when it is encrypted, with
/// the hash of the bytes as they are on disk.
struct FileBytes {
    plaintext: zeroize::Zeroizing<Vec<u8>>,
    protection: Protection,
    hash: u64,
}

fn read_decrypted(path: &Path, unlock: &Unlock) -> Result<FileBytes, OpenError> {
    let bytes = read(path)?;
    let hash = content_hash(&bytes);
    if !encryption::is_encrypted(&bytes) {
        return Ok(FileBytes {
            plaintext: zeroize::Zeroizing::new(bytes),
            protection: Protection::Clear,
            hash,
        });
    }
    let (plaintext, key) =
        encryption::decrypt(&bytes, unlock).map_err(|failure| OpenError::Encrypted {
            path: path.to_owned(),
            failure,
        })?;
    Ok(FileBytes {
        plaintext,
        protection: Protection::Encrypted(key),
        hash,
    })
}

/// The bytes of the file at `path` as a workspace's text: decrypted with
/// `unlock` when it is encrypted (zeroed when dropped), with how it is to
/// be written back.
pub fn read_plaintext(
    path: &Path,
    unlock: &Unlock,
) -> Result<(zeroize::Zeroizing<Vec<u8>>, Protection), OpenError> {
    read_decrypted(path, unlock).map(|bytes| (bytes.plaintext, bytes.protection))
}

/// Whether the file at `path` is encrypted, by its first bytes; `false`
/// when it cannot be read (opening it then says why).
pub fn is_encrypted_file(path: &Path) -> bool {
    let mut start = [0; encryption::AGE_MAGIC.len()];
    std::fs::File::open(path)
        .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut start))
        .is_ok_and(|()| encryption::is_encrypted(&start))
}

/// Zeroes a decrypted workspace's text once it is parsed.
fn zero_text(text: String) {
    drop(zeroize::Zeroizing::new(text));
}

fn read(path: &Path) -> Result<Vec<u8>, OpenError> {
    std::fs::read(path).map_err(|source| OpenError::Read {
        path: path.to_owned(),
        source,
    })
}

fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, OpenError> {
    String::from_utf8(bytes).map_err(|error| OpenError::Load {
        path: path.to_owned(),
        error: LoadError::Damaged(plain_words::not_utf8(error.as_bytes(), &error.utf8_error())),
    })
}

/// The text of `bytes` for the app: UTF-8, or converted from UTF-16 or
/// Windows-1252 (then with the sentence saying so, since saving must take
/// a new name rather than change the file another program reads).
fn text_for_the_app(path: &Path, bytes: Vec<u8>) -> Result<(String, Option<String>), OpenError> {
    let converted = match String::from_utf8(bytes) {
        Ok(text) => match plain_words::utf16_read_as_utf8(&text) {
            None => return Ok((text, None)),
            Some(encoding) => encoding
                .decode(text.as_bytes())
                .map(|converted| (encoding, converted))
                .ok_or_else(|| text.into_bytes()),
        },
        Err(error) => plain_words::guess_encoding(error.as_bytes())
            .filter(|_| error.utf8_error().error_len().is_some())
            .and_then(|encoding| Some((encoding, encoding.decode(error.as_bytes())?)))
            .ok_or_else(|| error.into_bytes()),
    };
    match converted {
        Ok((encoding, text)) => Ok((
            text,
            Some(crate::tr!(
                "model-open-converted",
                encoding = encoding.name(),
                file = path.file_name().unwrap_or_default().to_string_lossy()
            )),
        )),
        Err(bytes) => utf8(path, bytes).map(|text| (text, None)),
    }
}

/// The user's data folder, which holds `recovery/` and `backups/`
/// (`~/.local/share/accord` on Linux, `%APPDATA%\Accord\data` on
/// Windows, `~/Library/Application Support/Accord` on macOS), or the folder
/// named by `ACCORD_DATA_DIR`, so a test or a portable install keeps its own.
pub fn data_folder() -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os("ACCORD_DATA_DIR").filter(|folder| !folder.is_empty()) {
        return Some(PathBuf::from(folder));
    }
    directories::ProjectDirs::from("", "", "Accord").map(|dirs| dirs.data_dir().to_owned())
}

/// The backups folder in the user's data folder: replaced versions of each
/// file, the versions Accord saved or merged (`versions/`) and the merge
/// reports (`merge-reports/`).
pub fn backups_folder() -> Option<PathBuf> {
    data_folder().map(|data| data.join("backups"))
}

/// Saves `workspace` to `path` atomically, keeping a backup of the old file.
pub fn save(workspace: &Workspace, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, &format::to_bytes(workspace))
}

/// Identifies a file's content, to notice that someone else changed it.
/// Kept in recovery files and compared across runs, upgrades and
/// platforms, so it is XXH3, whose value is fixed by its specification
/// (std's hasher may change with any Rust release).
pub fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Why the file at `path` must not be written, when it must not: its
/// permissions say read-only. Checked on the mode itself, since a save
/// run as root (or an administrator) would succeed anyway.
pub fn read_only_reason(path: &Path) -> Option<String> {
    let permissions = std::fs::metadata(path).ok()?.permissions();
    #[cfg(unix)]
    let read_only = {
        use std::os::unix::fs::PermissionsExt as _;
        permissions.readonly() || permissions.mode() & 0o200 == 0
    };
    #[cfg(not(unix))]
    let read_only = permissions.readonly();
    read_only.then(|| {
        crate::tr!(
            "model-open-read-only",
            file = path.file_name().unwrap_or_default().to_string_lossy()
        )
    })
}

/// The hash of the file at `path` now; `None` when it cannot be read
/// (deleted, moved, unplugged).
pub fn hash_of_file(path: &Path) -> Option<u64> {
    std::fs::read(path).ok().map(|bytes| content_hash(&bytes))
}

/// A file opened by the app: what could be read, every problem, and the
/// hash of the bytes read (to notice a change by someone else later).
#[derive(Clone, Debug)]
pub struct Opened {
    /// Every record that could be read; empty when the file holds none.
    pub workspace: Workspace,
    /// Every problem found, each naming the record and field where it is.
    pub problems: Vec<Problem>,
    /// The file's format version when it is newer than this build reads; such a file opens
    /// read-only.
    pub newer_version: Option<u64>,
    /// The [`content_hash`] of the bytes read, to notice later that someone else saved the file.
    pub hash: u64,
    /// Why the file must not be written over, in a sentence for the
    /// window: its permissions say read-only, or it was converted from
    /// another text encoding (saving it must take a new name).
    pub read_only: Option<String>,
    /// How its saves are to be written: sealed with the key it was
    /// encrypted with, or in clear.
    pub protection: Protection,
}

/// Reads as much of the file at `path` as can be read; fails only when
/// nothing can (unreadable, not UTF-8, not JSON, not a workspace, or
/// encrypted: [`open_lenient_unlocked`] opens that).
pub fn open_lenient(path: &Path) -> Result<Opened, OpenError> {
    open_lenient_unlocked(path, &Unlock::Nothing)
}

/// [`open_lenient`], decrypting an encrypted file with `unlock`.
pub fn open_lenient_unlocked(path: &Path, unlock: &Unlock) -> Result<Opened, OpenError> {
    // XXH3 hashes a large file in about a millisecond: no thread needed.
    let FileBytes {
        mut plaintext,
        protection,
        hash,
    } = read_decrypted(path, unlock)?;
    let (text, converted) = text_for_the_app(path, std::mem::take(&mut *plaintext))?;
    let lenient = format::from_str_lenient(&text).map_err(|error| OpenError::Load {
        path: path.to_owned(),
        error,
    });
    zero_text(text);
    let lenient = lenient?;
    Ok(Opened {
        workspace: lenient.workspace,
        problems: lenient.problems,
        newer_version: lenient.newer_version,
        hash,
        read_only: converted.or_else(|| read_only_reason(path)),
        protection,
    })
}

/// Why the app's save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveFailure {
    /// The file is not what was opened or last saved: someone else saved
    /// it. Nothing was written.
    #[error("{}", crate::tr!("model-save-changed-on-disk", path = path.display().to_string()))]
    ChangedOnDisk {
        /// The file that was to be saved.
        path: PathBuf,
    },
    /// The write itself failed; the file on disk is as it was.
    #[error(transparent)]
    Write(#[from] SaveError),
}

/// How the app saves: the file must still be the version it expects.
pub struct SaveRequest<'a> {
    /// The file to save to.
    pub path: &'a Path,
    /// The hash of the file as last opened or saved; `None` to overwrite
    /// whatever is there (the user said so, or it is a new file).
    pub expected: Option<u64>,
    /// Where the replaced version is kept; `None` keeps none.
    pub backups: Option<&'a Path>,
    /// Where tests make the save fail; the app passes [`NoFaults`].
    pub faults: &'a dyn Faults,
    /// Whether the file, its `.bak` and the backup are written encrypted.
    pub protection: &'a Protection,
}

/// Serialises and saves `workspace` (call it off the UI thread): checks
/// that the file was not changed by someone else, keeps the version on
/// disk as a backup, then replaces it atomically. Returns the new hash.
pub fn save_checked(workspace: &Workspace, request: &SaveRequest<'_>) -> Result<u64, SaveFailure> {
    save_bytes_checked(&format::to_bytes(workspace), request)
}

/// [`save_checked`] of bytes already made by [`format::to_bytes`]: the app
/// serialises first and lets go of the workspace, so an edit made while the
/// disk is being written does not have to copy it.
pub fn save_bytes_checked(bytes: &[u8], request: &SaveRequest<'_>) -> Result<u64, SaveFailure> {
    let path = request.path;
    let on_disk = std::fs::read(path).ok();
    if let (Some(expected), Some(current)) = (request.expected, on_disk.as_deref())
        && content_hash(current) != expected
    {
        return Err(SaveFailure::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    if let (Some(root), Some(current)) = (request.backups, on_disk.as_deref()) {
        backups::keep(root, path, current, chrono::Utc::now(), request.protection).map_err(
            |source| SaveError {
                path: path.to_owned(),
                step: "keeping the previous version in the backups folder",
                source,
            },
        )?;
    }
    // Hashed as written, encrypted or not: the change check compares the
    // bytes on disk.
    let written = atomic::seal(path, bytes, request.protection, request.faults)?;
    atomic::write_sealed(path, &written, request.protection, request.faults)?;
    if let Some(root) = request.backups {
        versions::keep_written(root, path, bytes, &written, request.protection);
    }
    Ok(content_hash(&written))
}
