//! Reading and writing workspace files.

pub mod atomic;
pub mod format;

use std::path::{Path, PathBuf};

pub use atomic::{SaveError, backup_path, write_atomically};
pub use format::{FORMAT_NAME, FORMAT_VERSION, LoadError};

use crate::model::Workspace;

/// Why a workspace file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {error}", path.display())]
    Load {
        path: PathBuf,
        #[source]
        error: LoadError,
    },
}

impl OpenError {
    /// The load problems, each on its own line, or the single I/O error.
    pub fn problems(&self) -> Vec<String> {
        match self {
            Self::Read { .. } => vec![self.to_string()],
            Self::Load { error, .. } => error.problems(),
        }
    }
}

/// Reads and validates the workspace file at `path`.
pub fn open(path: &Path) -> Result<Workspace, OpenError> {
    let bytes = std::fs::read(path).map_err(|source| OpenError::Read {
        path: path.to_owned(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|error| OpenError::Load {
        path: path.to_owned(),
        error: LoadError::NotAWorkspace(format!(
            "not UTF-8 text (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        )),
    })?;
    format::from_str(&text).map_err(|error| OpenError::Load {
        path: path.to_owned(),
        error,
    })
}

/// Saves `workspace` to `path` atomically, keeping a backup of the old file.
pub fn save(workspace: &Workspace, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, &format::to_bytes(workspace))
}
