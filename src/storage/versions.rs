//! The versions Accord saved or merged, kept by version id in the backups
//! folder (`backups/versions/ID.accord.json`), so that merging a copy that
//! left this machine finds the version both copies descend from. Unlike
//! the backups of one file (the last few replaced versions of a path),
//! these are found by what they are, wherever the copy was saved.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::VersionId;

/// How many versions are kept, the most recently kept first: a trip of a
/// few weeks with daily saves on both sides still finds its base.
pub const KEEP: usize = 60;

const SUFFIX: &str = ".accord.json";

/// The folder of kept versions inside the backups folder `root`.
pub fn folder(root: &Path) -> PathBuf {
    root.join("versions")
}

/// Where version `id` is kept, if it is.
fn path_of(root: &Path, id: VersionId) -> PathBuf {
    folder(root).join(format!("{id}{SUFFIX}"))
}

/// Keeps `bytes`, the file of version `id`, unless it is kept already,
/// then lets go of all but the [`KEEP`] most recently kept.
pub fn keep(root: &Path, id: VersionId, bytes: &[u8]) -> io::Result<()> {
    let path = path_of(root, id);
    if path.exists() {
        // The same id is the same content; touching it keeps it longer.
        let file = fs::File::options().append(true).open(&path)?;
        file.set_modified(std::time::SystemTime::now())?;
        return Ok(());
    }
    fs::create_dir_all(folder(root))?;
    super::atomic::write_without_bak(&path, bytes).map_err(|error| error.source)?;
    prune(root)
}

/// Keeps the version in `bytes` (as [`super::format::to_bytes`] made them)
/// when they name one. Not keeping it is not a failed save: a later merge
/// of a copy of it is then two-way, which loses nothing.
pub fn keep_written(root: &Path, bytes: &[u8]) {
    if let Some(id) = super::format::lineage_in(bytes).and_then(|lineage| lineage.id) {
        // Why it failed cannot be acted on here; the save itself succeeded.
        let _ = keep(root, id, bytes);
    }
}

/// The file of version `id`, when it is kept in `root`.
pub fn find(root: &Path, id: VersionId) -> Option<PathBuf> {
    let path = path_of(root, id);
    path.is_file().then_some(path)
}

fn prune(root: &Path) -> io::Result<()> {
    let mut kept = Vec::new();
    for entry in fs::read_dir(folder(root))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(SUFFIX) && !name.starts_with('.') {
            kept.push((entry.metadata()?.modified()?, entry.path()));
        }
    }
    kept.sort();
    let excess = kept.len().saturating_sub(KEEP);
    for (_, old) in &kept[..excess] {
        fs::remove_file(old)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Workspace};
    use crate::storage::format;

    #[test]
    fn a_version_saved_is_found_by_its_id_and_the_oldest_go_beyond_the_limit() {
        let root = tempfile::tempdir().unwrap();
        let mut workspace = Workspace::new("Office");
        let bytes = format::to_bytes(&workspace);
        keep_written(root.path(), &bytes);
        let id = format::lineage_in(&bytes).unwrap().id.unwrap();
        let found = find(root.path(), id).expect("kept");
        assert_eq!(fs::read(found).unwrap(), bytes);

        for index in 0..KEEP + 3 {
            let country = Country::new(format!("Country {index}"), chrono::Utc::now());
            drop(workspace.add(country, chrono::Utc::now()).unwrap());
            keep_written(root.path(), &format::to_bytes(&workspace));
        }
        assert_eq!(fs::read_dir(folder(root.path())).unwrap().count(), KEEP);
    }
}
