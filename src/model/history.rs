//! Where a workspace comes from and what it let go of: the version it
//! descends from ([`Lineage`]), so that a merge can find the version two
//! copies share, and the records deleted from it ([`Tombstone`]), so that
//! a merge never brings one back.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{RecordId, RecordKind};

/// How many earlier versions a file names besides its parents: enough to
/// find the version two copies share after weeks of separate saves, few
/// enough that the header stays short.
pub const ANCESTORS_KEPT: usize = 64;

/// One saved version of a workspace, named by a hash of its content (its
/// records, settings and tombstones): the same content is the same
/// version, so saving an unchanged workspace writes the same bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VersionId(pub u128);

impl fmt::Display for VersionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl std::str::FromStr for VersionId {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.len() != 32
            || !text
                .bytes()
                .all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(crate::tr!(
                "model-version-id-invalid",
                text = format!("{text:?}")
            ));
        }
        u128::from_str_radix(text, 16)
            .map(Self)
            .map_err(|error| error.to_string())
    }
}

impl Serialize for VersionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for VersionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The versions a workspace descends from, as its file says, and the
/// versions merged into it since it was read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lineage {
    /// The version the file was when read; `None` for a new workspace or
    /// one read from a file of format version 1, which named none.
    pub id: Option<VersionId>,
    /// The versions that version was made from: one for a save, two for a
    /// merge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<VersionId>,
    /// Earlier versions, newest first, up to [`ANCESTORS_KEPT`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ancestors: Vec<VersionId>,
    /// Versions merged in since it was read: they become parents of the
    /// next version saved. Never written as such.
    #[serde(skip)]
    pub merged: Vec<Lineage>,
}

impl Lineage {
    /// The lineage of the version whose content hashes to `id`, made from
    /// this one: itself when nothing changed, else a new version whose
    /// parents are the version read and every version merged in.
    #[must_use]
    pub fn next(&self, id: VersionId) -> Self {
        if self.id == Some(id) && self.merged.is_empty() {
            return Self {
                merged: Vec::new(),
                ..self.clone()
            };
        }
        let mut parents: Vec<VersionId> = Vec::new();
        let mut ancestors: Vec<VersionId> = Vec::new();
        for source in std::iter::once(self).chain(&self.merged) {
            parents.extend(source.id);
            ancestors.extend(source.parents.iter().chain(&source.ancestors));
        }
        if self.id == Some(id) {
            // Nothing new came of the merge: the version stays, its parents too.
            parents.retain(|parent| Some(*parent) != self.id);
            parents.splice(0..0, self.parents.iter().copied());
        }
        let mut seen = std::collections::BTreeSet::from([id]);
        parents.retain(|parent| seen.insert(*parent));
        ancestors.retain(|ancestor| seen.insert(*ancestor));
        ancestors.truncate(ANCESTORS_KEPT);
        Self {
            id: Some(id),
            parents,
            ancestors,
            merged: Vec::new(),
        }
    }

    /// This version and every one it names, newest first: where to look
    /// for a version two copies share.
    pub fn known_versions(&self) -> impl Iterator<Item = VersionId> + '_ {
        self.id
            .into_iter()
            .chain(self.parents.iter().copied())
            .chain(self.ancestors.iter().copied())
            .chain(self.merged.iter().flat_map(|merged| {
                merged
                    .id
                    .into_iter()
                    .chain(merged.parents.iter().copied())
                    .chain(merged.ancestors.iter().copied())
            }))
    }
}

/// What is left of a deleted record: enough for a merge to know that it
/// was deleted, when, and by whom, so the other copy cannot bring it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "TombstoneInFile", into = "TombstoneInFile")]
pub struct Tombstone {
    /// The deleted record's id, with its kind.
    pub record: RecordId,
    /// When it was deleted.
    pub deleted_at: DateTime<Utc>,
    /// The officer who deleted it, when the app knew their name.
    pub deleted_by: Option<String>,
    /// The record it was combined into, when it went as a duplicate: its
    /// id stays an alias of that record, so a later merge with a copy that
    /// still holds it (or refers to it) matches it to the one kept.
    pub combined_into: Option<RecordId>,
}

/// A tombstone as the file writes it: the kind as a word beside the id.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TombstoneInFile {
    id: uuid::Uuid,
    kind: String,
    deleted_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    deleted_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    combined_into: Option<uuid::Uuid>,
}

impl TryFrom<TombstoneInFile> for Tombstone {
    type Error = String;

    fn try_from(file: TombstoneInFile) -> Result<Self, Self::Error> {
        let kind = RecordKind::from_noun(&file.kind).ok_or_else(|| {
            let words: Vec<&str> = RecordKind::ALL.iter().map(|kind| kind.noun()).collect();
            crate::tr!(
                "model-tombstone-kind-invalid",
                kind = format!("{:?}", file.kind),
                kinds = words.join(", ")
            )
        })?;
        Ok(Self {
            record: RecordId::of_kind(kind, file.id),
            deleted_at: file.deleted_at,
            deleted_by: file.deleted_by,
            combined_into: file.combined_into.map(|uuid| RecordId::of_kind(kind, uuid)),
        })
    }
}

impl From<Tombstone> for TombstoneInFile {
    fn from(tombstone: Tombstone) -> Self {
        Self {
            id: tombstone.record.uuid(),
            kind: tombstone.record.kind().noun().to_owned(),
            deleted_at: tombstone.deleted_at,
            deleted_by: tombstone.deleted_by,
            combined_into: tombstone.combined_into.map(RecordId::uuid),
        }
    }
}

/// When a record was last changed, and by whom when known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamp {
    /// When it was changed.
    pub at: DateTime<Utc>,
    /// The officer who changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// Which copy's value a recorded conflict's field holds in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holding {
    /// This copy's (the copy merged into).
    Ours,
    /// The other copy's.
    Theirs,
}

/// A conflict a merge left for an officer to resolve, recorded in the
/// file (by `accord merge` or git's merge driver) so that the app opens
/// on it. The record holds the value [`Self::holding`] names meanwhile,
/// so the file is a valid workspace throughout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedConflict {
    /// The record's id; absent for the workspace's own settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<uuid::Uuid>,
    /// The record's kind as a word (`"country"`), or `"settings"`.
    pub kind: String,
    /// The record's label, or the workspace's name.
    pub label: String,
    /// The field, from the top of the record; empty for the record as a
    /// whole (deleted in one copy, changed in the other).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub field: Vec<String>,
    /// The value in the version both copies come from, when known and not empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<serde_json::Value>,
    /// This copy's value; absent where empty or deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<serde_json::Value>,
    /// The other copy's value; absent where empty or deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<serde_json::Value>,
    /// When and by whom this copy's version of the record was changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours_changed: Option<Stamp>,
    /// When and by whom the other copy's version was changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs_changed: Option<Stamp>,
    /// Which value the file holds until the conflict is resolved.
    pub holding: Holding,
}

impl RecordedConflict {
    /// The kind word of the workspace's settings.
    pub const SETTINGS: &'static str = "settings";

    /// The record the conflict is in; `None` for the settings (or a kind
    /// this version does not know).
    pub fn subject(&self) -> Option<RecordId> {
        let kind = RecordKind::from_noun(&self.kind)?;
        Some(RecordId::of_kind(kind, self.record?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_version_keeps_its_lineage_and_a_change_makes_it_the_parent() {
        let read = Lineage {
            id: Some(VersionId(1)),
            parents: vec![VersionId(2)],
            ancestors: vec![VersionId(3)],
            merged: Vec::new(),
        };
        assert_eq!(read.next(VersionId(1)), read);
        let saved = read.next(VersionId(9));
        assert_eq!(saved.id, Some(VersionId(9)));
        assert_eq!(saved.parents, [VersionId(1)]);
        assert_eq!(saved.ancestors, [VersionId(2), VersionId(3)]);
    }

    #[test]
    fn a_merge_names_both_copies_as_parents() {
        let mut ours = Lineage {
            id: Some(VersionId(1)),
            parents: vec![VersionId(5)],
            ..Lineage::default()
        };
        ours.merged.push(Lineage {
            id: Some(VersionId(2)),
            parents: vec![VersionId(5)],
            ..Lineage::default()
        });
        let merged = ours.next(VersionId(7));
        assert_eq!(merged.parents, [VersionId(1), VersionId(2)]);
        assert_eq!(merged.ancestors, [VersionId(5)], "named once");
    }

    #[test]
    fn a_version_id_reads_back_as_written() {
        let id = VersionId(0x0123_4567_89ab_cdef_0011_2233_4455_6677);
        assert_eq!(id.to_string().parse::<VersionId>(), Ok(id));
        assert!("0123".parse::<VersionId>().is_err());
        assert!(
            "0123456789ABCDEF0011223344556677"
                .parse::<VersionId>()
                .is_err()
        );
    }
}
