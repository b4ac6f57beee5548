//! Merging workspace files: open the copies, plan, apply, write the result
//! atomically. What `accord merge`, git's merge driver and the app share.

use std::path::{Path, PathBuf};

use super::{KeptForReference, Merge, MergeError};
use crate::model::Workspace;
use crate::storage::{self, OpenError, SaveError};

/// A merge of files, done: the plan with its conflicts (each holding this
/// copy's value until chosen), and the merged workspace.
pub struct FileMerge {
    /// The plan, with every conflict and the choice the result holds.
    pub merge: Merge,
    /// The merged workspace, to write where the caller says.
    pub result: Workspace,
    /// Records kept although one copy deleted them, because the result still refers to them.
    pub kept: Vec<KeptForReference>,
}

/// Why files could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeFileError {
    /// A copy could not be opened; nothing was merged.
    #[error("{0}")]
    Open(#[from] OpenError),
    /// The merge could not be applied; nothing was written.
    #[error("{0}")]
    Merge(#[from] MergeError),
    /// The merged workspace could not be written; the file there is as it was.
    #[error("cannot write {}: {source}", path.display())]
    Save {
        /// The file that was to be written.
        path: PathBuf,
        /// What went wrong while saving.
        #[source]
        source: SaveError,
    },
}

/// Merges the file `theirs` into `ours`, against `base` where given.
pub fn merge_files(
    base: Option<&Path>,
    ours: &Path,
    theirs: &Path,
) -> Result<FileMerge, MergeFileError> {
    merge_files_with(&mut storage::open, base, ours, theirs)
}

/// [`merge_files`], each file read by `open` (the command line's decrypts
/// encrypted copies with their passphrase).
pub fn merge_files_with(
    open: &mut dyn FnMut(&Path) -> Result<Workspace, OpenError>,
    base: Option<&Path>,
    ours: &Path,
    theirs: &Path,
) -> Result<FileMerge, MergeFileError> {
    let base = base.map(&mut *open).transpose()?;
    let mut result = open(ours)?;
    let theirs = open(theirs)?;
    let merge = Merge::plan(base.as_ref(), &result, &theirs);
    let mut kept = Vec::new();
    drop(merge.apply(&mut result, &theirs, &mut kept)?);
    Ok(FileMerge {
        merge,
        result,
        kept,
    })
}

/// Writes the merged workspace to `path`, atomically.
pub fn write_result(result: &Workspace, path: &Path) -> Result<(), MergeFileError> {
    storage::save(result, path).map_err(|source| MergeFileError::Save {
        path: path.to_owned(),
        source,
    })
}
