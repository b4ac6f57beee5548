//! Merging workspace files: open the copies, plan, apply, write the result
//! atomically. What `accord merge`, git's merge driver and the app share.

use std::path::{Path, PathBuf};

use super::{KeptForReference, Merge, MergeError};
use crate::model::Workspace;
use crate::storage::{self, OpenError, SaveError};

/// A merge of files, done: the plan with its conflicts (each holding this
/// copy's value until chosen), and the merged workspace.
pub struct FileMerge {
    pub merge: Merge,
    pub result: Workspace,
    pub kept: Vec<KeptForReference>,
}

/// Why files could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeFileError {
    #[error("{0}")]
    Open(#[from] OpenError),
    #[error("{0}")]
    Merge(#[from] MergeError),
    #[error("cannot write {}: {source}", path.display())]
    Save {
        path: PathBuf,
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
    let base = base.map(storage::open).transpose()?;
    let mut result = storage::open(ours)?;
    let theirs = storage::open(theirs)?;
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
