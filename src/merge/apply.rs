//! Applying a planned merge: the final version of each record under the
//! choices made, the records kept because the result still refers to them,
//! and the check that every merged record is valid where it stands.

use std::collections::BTreeSet;

use serde_json::Value;

use super::values::{self, record_from_value};
use super::{
    Conflict, HomeCountry, IncomingRecord, KeptForReference, Merge, MergeError, Outcome, Side,
    Subject,
};
use crate::model::validate::record_problems;
use crate::model::{
    Activity, AnyRecord, Change, Commission, Country, Document, Edit, Indicator, Institution,
    Meeting, Person, Record, RecordId, Source, Workspace,
};

impl Merge {
    /// Applies the merge, with the choices made, to `workspace` (this
    /// copy), and returns the edit that undoes it. A record that one side
    /// deleted but the result still refers to is kept, and listed in
    /// `kept`. Nothing changes when the result would not be valid.
    pub fn apply(
        &self,
        workspace: &mut Workspace,
        theirs: &Workspace,
        kept: &mut Vec<KeptForReference>,
    ) -> Result<Edit, MergeError> {
        let mut changes = Vec::with_capacity(self.records.len() + 2);
        for record in &self.records {
            match self.final_version(record)? {
                Some(version) => changes.push(Change::Put(version)),
                None => changes.push(Change::Remove(record.id)),
            }
        }
        if let Some(name) = &self.settings_choice_name() {
            changes.push(Change::SetName(name.clone()));
        }
        if let Some(home) = self.settings_choice_home() {
            changes.push(Change::SetHomeCountry(home));
        }
        if self.resolving {
            changes.push(Change::SetConflicts(Vec::new()));
        } else {
            // The result descends from both copies: its next version names
            // theirs as a parent, so a later merge finds the base.
            let mut lineage = workspace.lineage().clone();
            lineage.merged.push(theirs.lineage().clone());
            changes.push(Change::SetLineage(Box::new(lineage)));
        }
        let mut undo = workspace.apply(Edit {
            description: String::new(),
            changes,
        });
        keep_what_is_referred_to(workspace, theirs, kept, &mut undo);
        adopt_tombstones(workspace, theirs, &mut undo);
        if let Err(error) = self.check_result(workspace) {
            drop(workspace.apply(undo));
            return Err(error);
        }
        undo.description = if self.resolving {
            crate::tr!("query-merge-edit-resolve", count = self.conflicts.len())
        } else {
            crate::tr!("query-merge-edit-merge", count = self.records.len())
        };
        Ok(undo)
    }
    fn final_version(&self, record: &IncomingRecord) -> Result<Option<AnyRecord>, MergeError> {
        let mut value = match &record.outcome {
            Outcome::Theirs(taken) => return Ok(taken.as_deref().cloned()),
            Outcome::Combined(value) => value.clone(),
        };
        let mut label = String::new();
        for conflict in &self.conflicts {
            if conflict.subject != Subject::Record(record.id) {
                continue;
            }
            label.clone_from(&conflict.label);
            values::set_at(&mut value, &conflict.field, conflict.chosen().cloned());
        }
        if value.is_null() {
            return Ok(None);
        }
        record_from_value(record.id.kind(), value)
            .map(Some)
            .map_err(|error| MergeError::Unreadable {
                label,
                reason: error.to_string(),
            })
    }

    fn settings_choice_name(&self) -> Option<String> {
        self.settings_conflict("name").map_or_else(
            || self.name.clone(),
            |conflict| conflict.chosen().and_then(Value::as_str).map(str::to_owned),
        )
    }

    fn settings_choice_home(&self) -> Option<HomeCountry> {
        match self.settings_conflict("home_country") {
            Some(conflict) => Some(
                conflict
                    .chosen()
                    .and_then(|value| serde_json::from_value(value.clone()).ok()),
            ),
            None => self.home_country,
        }
    }

    fn settings_conflict(&self, field: &str) -> Option<&Conflict> {
        self.conflicts
            .iter()
            .find(|conflict| conflict.subject == Subject::Settings && conflict.field == [field])
    }

    /// Every record the merge put is valid where it now stands.
    fn check_result(&self, workspace: &Workspace) -> Result<(), MergeError> {
        for record in &self.records {
            let Some(version) = workspace.record(record.id) else {
                continue;
            };
            let problems = record_problems(workspace, &version);
            if !problems.is_empty() {
                return Err(MergeError::Invalid {
                    noun: record.id.kind().noun(),
                    label: version.label(),
                    problems,
                });
            }
        }
        Ok(())
    }
}

/// Puts back every record that the result refers to but one side deleted,
/// taking the version of the side that kept it, until nothing refers to a
/// missing record. This copy's version of a record the merge removed is in
/// `undo` (no copy of the workspace is made); `undo` grows to undo these too.
fn keep_what_is_referred_to(
    workspace: &mut Workspace,
    theirs: &Workspace,
    kept: &mut Vec<KeptForReference>,
    undo: &mut Edit,
) {
    loop {
        let missing = missing_targets(workspace);
        if missing.is_empty() {
            return;
        }
        let mut restored_any = false;
        for id in missing {
            let removed_here = undo.changes.iter().find_map(|change| match change {
                Change::Put(previous) if previous.id() == id => Some(previous.clone()),
                _ => None,
            });
            let (version, deleted_by) = match (removed_here, theirs.record(id)) {
                (Some(version), _) => (version, Side::Theirs),
                (None, Some(version)) => (version, Side::Ours),
                (None, None) => continue,
            };
            kept.push(KeptForReference {
                record: id,
                label: version.label(),
                deleted_by,
            });
            let inverse = workspace.apply(Edit {
                description: String::new(),
                changes: vec![Change::Put(version)],
            });
            undo.changes.splice(0..0, inverse.changes);
            restored_any = true;
        }
        if !restored_any {
            return;
        }
    }
}

/// The result remembers what either copy deleted, so a later merge with a
/// third copy cannot bring it back, but holds no tombstone of a record it
/// kept (deleted on one side, changed on the other, or still referred to).
fn adopt_tombstones(workspace: &mut Workspace, theirs: &Workspace, undo: &mut Edit) {
    let mut changes: Vec<Change> = theirs
        .tombstones()
        .values()
        .filter(|tombstone| {
            !workspace.contains(tombstone.record)
                && !workspace.tombstones().contains_key(&tombstone.record)
        })
        .cloned()
        .map(Change::Bury)
        .collect();
    changes.extend(
        workspace
            .tombstones()
            .keys()
            .filter(|id| workspace.contains(**id))
            .copied()
            .map(Change::Unbury),
    );
    if changes.is_empty() {
        return;
    }
    let inverse = workspace.apply(Edit {
        description: String::new(),
        changes,
    });
    undo.changes.splice(0..0, inverse.changes);
}

/// The records referred to that are not in `workspace`, in id order.
fn missing_targets(workspace: &Workspace) -> BTreeSet<RecordId> {
    fn scan<R: Record>(workspace: &Workspace, missing: &mut BTreeSet<RecordId>) {
        for record in R::collection(workspace).values() {
            for reference in record.references() {
                if !workspace.contains(reference.target) {
                    missing.insert(reference.target);
                }
            }
        }
    }
    let mut missing = BTreeSet::new();
    scan::<Country>(workspace, &mut missing);
    scan::<Institution>(workspace, &mut missing);
    scan::<Person>(workspace, &mut missing);
    scan::<Document>(workspace, &mut missing);
    scan::<Activity>(workspace, &mut missing);
    scan::<Commission>(workspace, &mut missing);
    scan::<Meeting>(workspace, &mut missing);
    scan::<Indicator>(workspace, &mut missing);
    scan::<Source>(workspace, &mut missing);
    if let Some(home) = workspace.home_country()
        && !workspace.contains(home.into())
    {
        missing.insert(home.into());
    }
    missing
}
