//! The versions Accord saved or merged, kept by version id in the backups
//! folder (`backups/versions/FILE-HASH/ID.accord.json`, a folder per file
//! saved), so that merging a copy that
//! left this machine finds the version both copies descend from. Unlike
//! the backups of one file (the last few replaced versions of a path),
//! these are found by what they are, wherever the copy was saved.

use super::encryption::Protection;
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

/// Where the versions saved to `workspace` are kept: a folder per file (as
/// its backups have), so that encrypting it seals exactly its own.
fn folder_of(root: &Path, workspace: &Path) -> PathBuf {
    super::backups::folder_for(&folder(root), workspace)
}

/// Keeps `bytes`, the file of version `id`, in `dir` unless it is kept
/// already, then lets go of all but the [`KEEP`] most recently kept there.
fn keep(dir: &Path, id: VersionId, bytes: &[u8]) -> io::Result<()> {
    let path = dir.join(format!("{id}{SUFFIX}"));
    // The same id is the same content; touching it keeps it longer. Kept in
    // clear before the workspace was encrypted, it is replaced sealed.
    let same_seal = fs::read(&path).is_ok_and(|kept| {
        super::encryption::is_encrypted(&kept) == super::encryption::is_encrypted(bytes)
    });
    if same_seal {
        let file = fs::File::options().append(true).open(&path)?;
        file.set_modified(std::time::SystemTime::now())?;
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    super::atomic::write_without_bak(&path, bytes).map_err(|error| error.source)?;
    prune(dir)
}

/// Keeps `written` (the bytes saved to `workspace`, sealed when it is
/// encrypted) as the version its `plaintext` (as [`super::format::to_bytes`]
/// made it) names, when it names one. Not keeping it is not a failed save:
/// a later merge of a copy of it is then two-way, which loses nothing.
/// Saved encrypted, the file's versions kept in clear are sealed too: the
/// data folder then holds no clear copy of it.
pub fn keep_written(
    root: &Path,
    workspace: &Path,
    plaintext: &[u8],
    written: &[u8],
    protection: &Protection,
) {
    let dir = folder_of(root, workspace);
    // Why it failed cannot be acted on here; the save itself succeeded.
    if let Some(id) = super::format::lineage_in(plaintext).and_then(|lineage| lineage.id) {
        let _ = keep(&dir, id, written);
    }
    if protection.is_encrypted() {
        let _ = seal_kept(&dir, protection);
    }
}

/// Seals every version in `dir` kept in clear.
fn seal_kept(dir: &Path, protection: &Protection) -> io::Result<()> {
    for path in kept_in(dir)? {
        let kept = fs::read(&path)?;
        if let std::borrow::Cow::Owned(sealed) = protection.seal_unless_encrypted(&kept)? {
            super::atomic::write_without_bak(&path, &sealed).map_err(|error| error.source)?;
        }
    }
    Ok(())
}

/// The file of version `id`, when it is kept in `root`, under whichever
/// file it was saved as (or in the folder itself, where the first stores
/// kept them).
pub fn find(root: &Path, id: VersionId) -> Option<PathBuf> {
    let name = format!("{id}{SUFFIX}");
    let top = folder(root);
    let flat = top.join(&name);
    if flat.is_file() {
        return Some(flat);
    }
    fs::read_dir(&top)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path().join(&name))
        .find(|path| path.is_file())
}

fn kept_in(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut kept = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(SUFFIX) && !name.starts_with('.') {
            kept.push(entry.path());
        }
    }
    Ok(kept)
}

fn prune(dir: &Path) -> io::Result<()> {
    let mut kept = Vec::new();
    for path in kept_in(dir)? {
        kept.push((fs::metadata(&path)?.modified()?, path));
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
        keep_written(
            root.path(),
            Path::new("office.accord.json"),
            &bytes,
            &bytes,
            &Protection::Clear,
        );
        let id = format::lineage_in(&bytes).unwrap().id.unwrap();
        let found = find(root.path(), id).expect("kept");
        assert_eq!(fs::read(found).unwrap(), bytes);

        for index in 0..KEEP + 3 {
            let country = Country::new(format!("Country {index}"), chrono::Utc::now());
            drop(workspace.add(country, chrono::Utc::now()).unwrap());
            let bytes = format::to_bytes(&workspace);
            keep_written(
                root.path(),
                Path::new("office.accord.json"),
                &bytes,
                &bytes,
                &Protection::Clear,
            );
        }
        let dir = folder_of(root.path(), Path::new("office.accord.json"));
        assert_eq!(fs::read_dir(dir).unwrap().count(), KEEP);
    }
}
