//! The file's history in its header and beside its records: the lineage
//! written after the version line and read back from the header alone, and
//! the tombstones and conflicts a merge left, read with their problems.

use serde_json::{Map, Value};

use super::format::Problem;
use crate::model::{Lineage, RecordedConflict, Tombstone, VersionId, Workspace};

/// The version a file's content (all but its lineage) is.
pub(super) fn version_of_body(body: &[u8]) -> VersionId {
    VersionId(xxhash_rust::xxh3::xxh3_128(body))
}

/// The header line after which the lineage goes.
fn version_line() -> String {
    format!("\n  \"version\": {},\n", super::FORMAT_VERSION)
}

/// `body` with `lineage` written after the version line, indented as the
/// pretty printer would, so the file reads as one JSON object.
pub(super) fn with_lineage(body: Vec<u8>, lineage: &Lineage) -> Vec<u8> {
    let line = version_line();
    let Some(at) = memchr::memmem::find(&body, line.as_bytes()).map(|at| at + line.len()) else {
        return body;
    };
    // Plain data with string keys: serialising cannot fail.
    let pretty = serde_json::to_string_pretty(lineage).unwrap_or_default();
    let mut block = String::from("  \"lineage\": ");
    block.push_str(&pretty.replace('\n', "\n  "));
    block.push_str(",\n");
    let mut bytes = Vec::with_capacity(body.len() + block.len());
    bytes.extend_from_slice(&body[..at]);
    bytes.extend_from_slice(block.as_bytes());
    bytes.extend_from_slice(&body[at..]);
    bytes
}

/// The lineage written in `bytes` made by [`super::format::to_bytes`], read from the
/// header alone (the save job says which version it wrote without
/// reading the whole file again).
pub fn lineage_in(bytes: &[u8]) -> Option<Lineage> {
    let start = memchr::memmem::find(bytes, b"\n  \"lineage\": ")? + b"\n  \"lineage\": ".len();
    let length = memchr::memmem::find(&bytes[start..], b"\n  },\n")? + b"\n  }".len();
    serde_json::from_slice(&bytes[start..start + length]).ok()
}

/// The versions the file descends from; a file without (version 1) has none.
pub(super) fn read_lineage(
    root: &Map<String, Value>,
    workspace: &mut Workspace,
    problems: &mut Vec<Problem>,
) {
    let Some(lineage) = root.get("lineage") else {
        return;
    };
    match serde_path_to_error::deserialize::<_, Lineage>(lineage) {
        Ok(lineage) => workspace.lineage = lineage,
        Err(error) => {
            let path = error.path().to_string();
            problems.push(Problem::new(format!(
                "lineage: {path}: {}",
                error.into_inner()
            )));
        }
    }
}

/// The deleted records remembered; one that is also in the workspace is a
/// problem, since a record cannot be both there and deleted.
pub(super) fn read_tombstones(
    root: &Map<String, Value>,
    workspace: &mut Workspace,
    problems: &mut Vec<Problem>,
) {
    let Some(tombstones) = root.get("tombstones") else {
        return;
    };
    let Value::Array(items) = tombstones else {
        problems.push(Problem::new(crate::tr!("model-load-tombstones-not-a-list")));
        return;
    };
    for (index, item) in items.iter().enumerate() {
        match serde_path_to_error::deserialize::<_, Tombstone>(item) {
            Ok(tombstone) if workspace.contains(tombstone.record) => problems.push(Problem {
                text: crate::tr!(
                    "model-load-tombstone-of-present",
                    index = index.to_string(),
                    kind = tombstone.record.kind().noun(),
                    label = format!("{:?}", workspace.label_of(tombstone.record))
                ),
                record: Some(tombstone.record),
            }),
            Ok(tombstone) => drop(workspace.tombstones.insert(tombstone.record, tombstone)),
            Err(error) => problems.push(Problem::new(format!(
                "tombstones[{index}]: {}",
                error.into_inner()
            ))),
        }
    }
}

/// The conflicts a merge left to resolve.
pub(super) fn read_conflicts(
    root: &Map<String, Value>,
    workspace: &mut Workspace,
    problems: &mut Vec<Problem>,
) {
    let Some(conflicts) = root.get("conflicts") else {
        return;
    };
    let Value::Array(items) = conflicts else {
        problems.push(Problem::new(crate::tr!("model-load-conflicts-not-a-list")));
        return;
    };
    for (index, item) in items.iter().enumerate() {
        match serde_path_to_error::deserialize::<_, RecordedConflict>(item) {
            Ok(conflict) => workspace.conflicts.push(conflict),
            Err(error) => problems.push(Problem::new(format!(
                "conflicts[{index}]: {}",
                error.into_inner()
            ))),
        }
    }
}
