//! Finding the version two copies share, without being told: each file
//! names the versions it descends from ([`Lineage`]), and Accord keeps the
//! versions it saved or merged ([`crate::storage::versions`]). The newest
//! version both copies name and this machine still holds is the base.

use std::collections::BTreeSet;
use std::path::Path;

use crate::model::{VersionId, Workspace};
use crate::storage::{self, versions};

/// Where the base of a merge came from, for the sentence that says which
/// kind of merge it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseOrigin {
    /// Named by the caller: `accord merge --base`, or git's common version.
    Given,
    /// A version both copies descend from, kept on this machine.
    Kept(VersionId),
    /// One copy, as it is, is a version the other descends from.
    OneCopy(VersionId),
    /// Both copies descend from this version, but this machine does not
    /// hold it (saved elsewhere, or let go of): the merge is two-way.
    NotKept(VersionId),
    /// Neither copy names a version the other descends from (a copy made
    /// separately, or a file of format version 1): the merge is two-way.
    Unrelated,
}

impl BaseOrigin {
    /// Whether a base was found (the merge is three-way).
    pub fn found(self) -> bool {
        matches!(self, Self::Given | Self::Kept(_) | Self::OneCopy(_))
    }
}

/// The base found for a merge, and where it came from.
pub struct FoundBase {
    /// The common version's records; `None` when the merge is two-way.
    pub workspace: Option<Workspace>,
    /// Where it came from, or why there is none.
    pub origin: BaseOrigin,
}

/// Looks for the newest version both `ours` and `theirs` descend from:
/// among the versions kept in the backups folder `store`, or one of the
/// copies itself when the other descends from it. `ours_as_read` says that
/// `ours` holds exactly the version its file names (no unsaved edits), so
/// it may stand as the base itself.
pub fn find_base(
    store: Option<&Path>,
    ours: &Workspace,
    ours_as_read: bool,
    theirs: &Workspace,
) -> FoundBase {
    let theirs_versions: BTreeSet<VersionId> = theirs.lineage().known_versions().collect();
    let mut first_shared = None;
    for id in ours.lineage().known_versions() {
        if !theirs_versions.contains(&id) {
            continue;
        }
        first_shared.get_or_insert(id);
        let kept = store
            .and_then(|root| versions::find(root, id))
            .and_then(|path| storage::open(&path).ok());
        if let Some(workspace) = kept {
            return FoundBase {
                workspace: Some(workspace),
                origin: BaseOrigin::Kept(id),
            };
        }
        let copy = if theirs.lineage().id == Some(id) {
            Some(theirs)
        } else if ours_as_read && ours.lineage().id == Some(id) {
            Some(ours)
        } else {
            None
        };
        if let Some(copy) = copy {
            return FoundBase {
                workspace: Some(copy.clone()),
                origin: BaseOrigin::OneCopy(id),
            };
        }
    }
    FoundBase {
        workspace: None,
        origin: first_shared.map_or(BaseOrigin::Unrelated, BaseOrigin::NotKept),
    }
}

/// The first sentence of a merge's summary: which kind of merge it was,
/// and why.
pub fn origin_text(origin: BaseOrigin) -> String {
    match origin {
        BaseOrigin::Given => crate::tr!("query-merge-origin-given"),
        BaseOrigin::Kept(id) => crate::tr!("query-merge-origin-kept", version = short(id)),
        BaseOrigin::OneCopy(id) => crate::tr!("query-merge-origin-one-copy", version = short(id)),
        BaseOrigin::NotKept(id) => crate::tr!("query-merge-origin-not-kept", version = short(id)),
        BaseOrigin::Unrelated => crate::tr!("query-merge-origin-unrelated"),
    }
}

/// The first eight digits of a version id, as a person compares them.
fn short(id: VersionId) -> String {
    id.to_string()[..8].to_owned()
}
