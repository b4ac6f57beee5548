//! Merging workspace files: open the copies, find their base, plan, apply,
//! write the result atomically, and keep what a person may want back: both
//! inputs as backups and the merge report. What `accord merge`, git's
//! merge driver and the app share.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::base::find_base;
use super::{BaseOrigin, KeptForReference, Merge, MergeError, kept_text};
use crate::model::{Change, Edit, Workspace};
use crate::storage::{self, OpenError, Protection, SaveError, backups, versions};

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

impl FileMerge {
    /// The whole report: the summary, then the records kept because the
    /// result still refers to them.
    pub fn report(&self) -> String {
        let mut text = self.merge.report();
        for kept in &self.kept {
            text.push_str(&kept_text(kept));
            text.push('\n');
        }
        text
    }
}

/// Where the base of a merge of files comes from.
#[derive(Clone, Copy, Debug)]
pub enum BaseChoice<'a> {
    /// This file is the version both copies come from (`--base`, git's `%O`).
    File(&'a Path),
    /// Found from the copies' lineage among the versions kept in this
    /// backups folder (or one copy itself); two-way when there is none.
    Find(Option<&'a Path>),
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
    #[error("{}", crate::tr!(
        "query-merge-error-save",
        path = .path.display().to_string(),
        reason = .source.to_string()
    ))]
    Save {
        /// The file that was to be written.
        path: PathBuf,
        /// What went wrong while saving.
        #[source]
        source: SaveError,
    },
    /// A copy could not be kept as a backup; nothing was written.
    #[error("{}", crate::tr!(
        "query-merge-error-backup",
        path = .path.display().to_string(),
        reason = .source.to_string()
    ))]
    Backup {
        /// The copy that was to be kept.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

/// Merges the file `theirs` into `ours`, against the base chosen.
pub fn merge_files(
    base: BaseChoice<'_>,
    ours: &Path,
    theirs: &Path,
) -> Result<FileMerge, MergeFileError> {
    merge_files_with(&mut storage::open, base, ours, theirs)
}

/// [`merge_files`], each file read by `open` (the command line's decrypts
/// encrypted copies with their passphrase).
pub fn merge_files_with(
    open: &mut dyn FnMut(&Path) -> Result<Workspace, OpenError>,
    base: BaseChoice<'_>,
    ours: &Path,
    theirs: &Path,
) -> Result<FileMerge, MergeFileError> {
    let mut result = open(ours)?;
    let mut theirs = open(theirs)?;
    // Duplicates combined here are matched in the other copy too.
    super::combine::align_to_aliases(&mut theirs, &result);
    let (mut base, origin) = match base {
        BaseChoice::File(path) => (Some(open(path)?), BaseOrigin::Given),
        // Versions of an encrypted workspace are kept sealed and are not
        // read here: its merges find no base unless one is given.
        BaseChoice::Find(store) => {
            let found = find_base(store, &result, true, &theirs);
            (found.workspace, found.origin)
        }
    };
    if let Some(base) = base.as_mut() {
        super::combine::align_to_aliases(base, &result);
    }
    let merge = Merge::plan(base.as_ref(), &result, &theirs).with_origin(origin);
    let mut kept = Vec::new();
    drop(merge.apply(&mut result, &theirs, &mut kept)?);
    // What is left to decide goes into the file, for the app to resolve.
    if !merge.conflicts().is_empty() {
        drop(result.apply(Edit {
            description: String::new(),
            changes: vec![Change::SetConflicts(merge.recorded_conflicts())],
        }));
    }
    Ok(FileMerge {
        merge,
        result,
        kept,
    })
}

/// Keeps each of `inputs` as it is now among the backups in `root`, so
/// that whatever the merge writes, both copies can be restored (File >
/// Restore from backup… lists them under their own file).
pub fn keep_inputs(
    root: &Path,
    inputs: &[&Path],
    now: DateTime<Utc>,
) -> Result<(), MergeFileError> {
    for input in inputs {
        // Kept as they are on disk: an encrypted copy stays sealed.
        let kept = std::fs::read(input)
            .and_then(|bytes| backups::keep(root, input, &bytes, now, &Protection::Clear));
        kept.map_err(|source| MergeFileError::Backup {
            path: input.to_path_buf(),
            source,
        })?;
    }
    Ok(())
}

/// Keeps `report` with the backups in `root` (in `merge-reports/`),
/// named after the time and the file merged into; returns where. The
/// report names records, so it is sealed as the workspace is.
pub fn keep_report(
    root: &Path,
    merged_into: &Path,
    report: &str,
    protection: &Protection,
    now: DateTime<Utc>,
) -> std::io::Result<PathBuf> {
    let folder = root.join("merge-reports");
    std::fs::create_dir_all(&folder)?;
    let name = merged_into
        .file_name()
        .map_or_else(|| "workspace".into(), |name| name.to_string_lossy());
    let path = folder.join(format!("{} {name}.txt", now.format("%Y-%m-%d %H%M%S")));
    storage::atomic::write_protected_without_bak(&path, report.as_bytes(), protection)
        .map_err(|error| error.source)?;
    Ok(path)
}

/// Writes the merged workspace to `path`, atomically and sealed as
/// `protection` says (a merge of encrypted copies is never written in
/// clear), and keeps the version among those in `store`, so that merging
/// a copy of it later finds its base here.
pub fn write_result(
    result: &Workspace,
    path: &Path,
    store: Option<&Path>,
    protection: &Protection,
) -> Result<(), MergeFileError> {
    let bytes = zeroize::Zeroizing::new(storage::format::to_bytes(result));
    let failed = |source| MergeFileError::Save {
        path: path.to_owned(),
        source,
    };
    let written =
        storage::atomic::seal(path, &bytes, protection, &storage::NoFaults).map_err(failed)?;
    storage::atomic::write_sealed(path, &written, protection, &storage::NoFaults)
        .map_err(failed)?;
    if let Some(root) = store {
        versions::keep_written(root, path, &bytes, &written, protection);
    }
    Ok(())
}
