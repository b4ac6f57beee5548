//! Conflicts recorded in the file: `accord merge` and git's merge driver
//! write the workspace with what is left to decide, and the app opens such
//! a file on the conflict screen, where resolving them (as a merge of
//! nothing new) clears them.

use serde_json::Value;

use super::values::any_value_of;
use super::{Arrival, Choice, Conflict, IncomingRecord, Merge, MergeKind, Outcome, Subject};
use crate::model::{AnyRecord, Holding, RecordedConflict, Workspace};

impl Conflict {
    /// The conflict as the file records it, holding the value chosen now
    /// (an edited value is recorded as held by this copy, since the result
    /// holds it in its place).
    pub fn recorded(&self) -> RecordedConflict {
        let (record, kind) = match self.subject {
            Subject::Record(id) => (Some(id.uuid()), id.kind().noun().to_owned()),
            Subject::Settings => (None, RecordedConflict::SETTINGS.to_owned()),
        };
        RecordedConflict {
            record,
            kind,
            label: self.label.clone(),
            field: self.field.clone(),
            base: self.base.clone(),
            ours: self.ours.clone(),
            theirs: self.theirs.clone(),
            ours_changed: self.ours_changed.clone(),
            theirs_changed: self.theirs_changed.clone(),
            holding: match self.choice {
                Choice::Theirs => Holding::Theirs,
                Choice::Ours | Choice::Edited(_) => Holding::Ours,
            },
        }
    }

    fn from_recorded(recorded: &RecordedConflict) -> Self {
        Self {
            subject: recorded
                .subject()
                .map_or(Subject::Settings, Subject::Record),
            label: recorded.label.clone(),
            field: recorded.field.clone(),
            base: recorded.base.clone(),
            ours: recorded.ours.clone(),
            theirs: recorded.theirs.clone(),
            choice: match recorded.holding {
                Holding::Ours => Choice::Ours,
                Holding::Theirs => Choice::Theirs,
            },
            ours_changed: recorded.ours_changed.clone(),
            theirs_changed: recorded.theirs_changed.clone(),
        }
    }
}

impl Merge {
    /// Every conflict as the file records it.
    pub fn recorded_conflicts(&self) -> Vec<RecordedConflict> {
        self.conflicts.iter().map(Conflict::recorded).collect()
    }

    /// The conflicts recorded in `workspace`, as a merge to resolve them:
    /// each record holds the value recorded as held, and applying the
    /// choices made (one undo step) clears the record of conflicts.
    pub fn resolving(workspace: &Workspace) -> Self {
        let mut merge = Self::plan(Some(workspace), workspace, workspace);
        merge.resolving = true;
        merge.kind = if workspace
            .recorded_conflicts()
            .iter()
            .any(|conflict| conflict.base.is_some())
        {
            MergeKind::ThreeWay
        } else {
            MergeKind::TwoWay
        };
        for recorded in workspace.recorded_conflicts() {
            let conflict = Conflict::from_recorded(recorded);
            if let Subject::Record(id) = conflict.subject
                && !merge.records.iter().any(|record| record.id == id)
            {
                let current = workspace.record(id);
                merge.records.push(IncomingRecord {
                    id,
                    label: current
                        .as_ref()
                        .map_or_else(|| conflict.label.clone(), AnyRecord::label),
                    arrival: Arrival::Combined,
                    outcome: Outcome::Combined(current.as_ref().map_or(Value::Null, any_value_of)),
                });
            }
            merge.conflicts.push(conflict);
        }
        merge
    }

    /// True when this resolves the conflicts recorded in a file rather
    /// than bringing in another copy.
    pub fn is_resolution(&self) -> bool {
        self.resolving
    }
}
