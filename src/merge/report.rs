//! A merge told in words: what came from each side and every conflict with
//! its three values, for the command line and the merge report kept with
//! the backups.

use std::fmt::Write as _;

use serde_json::Value;

use super::{
    Arrival, Choice, Conflict, IncomingRecord, KeptForReference, Merge, MergeKind, Side,
    SideChanges, Stamp, Subject,
};

impl Merge {
    /// The summary `accord merge` prints: the kind of merge, what each side
    /// did, then each conflict with its record, field and values.
    pub fn summary(&self) -> String {
        let mut text = super::base::origin_text(self.origin);
        text.push('\n');
        let _ = writeln!(text, "{}", self.changes_text());
        match self.conflicts.len() {
            0 => text.push_str("No conflicts.\n"),
            1 => text.push_str("1 conflict:\n"),
            count => {
                let _ = writeln!(text, "{count} conflicts:");
            }
        }
        for conflict in &self.conflicts {
            let _ = writeln!(text, "- {}", conflict_text(conflict));
        }
        text
    }
}

impl Merge {
    /// The report kept with the backups: the summary (each conflict with
    /// the choice applied), then every record that came in or went.
    pub fn report(&self) -> String {
        let mut text = self.summary();
        if !self.records.is_empty() {
            text.push_str("Records the merge changed in this copy:\n");
        }
        for record in &self.records {
            let _ = writeln!(text, "- {}", record.describe());
        }
        text
    }

    /// What each copy did, in a line: "This copy: 1 added, 2 changed, 0
    /// deleted. The other copy: …". Without a base nobody's edits can be
    /// told apart, only where the copies differ.
    pub fn changes_text(&self) -> String {
        let ours = self.changes_of(Side::Ours);
        let theirs = self.changes_of(Side::Theirs);
        match self.kind {
            MergeKind::ThreeWay => format!(
                "This copy: {}. The other copy: {}.",
                changes_text(ours),
                changes_text(theirs)
            ),
            MergeKind::TwoWay => format!(
                "Only in this copy: {}. Only in the other copy: {}. In both but different: {}.",
                records(ours.added),
                records(theirs.added),
                records(ours.changed)
            ),
        }
    }
}

fn records(count: usize) -> String {
    match count {
        1 => "1 record".to_owned(),
        count => format!("{count} records"),
    }
}

fn changes_text(changes: SideChanges) -> String {
    let count = |n: usize, what: &str| format!("{n} {what}");
    [
        count(changes.added, "added"),
        count(changes.changed, "changed"),
        count(changes.deleted, "deleted"),
    ]
    .join(", ")
}

impl IncomingRecord {
    /// "Added: source Notes from the Bucharest trip".
    pub fn describe(&self) -> String {
        let what = match self.arrival {
            Arrival::Added => "Added",
            Arrival::Changed => "Changed",
            Arrival::Deleted => "Deleted",
            Arrival::Combined => "Combined",
        };
        format!("{what}: {} {}", self.id.kind().noun(), self.label)
    }
}

/// "Country "Romania", field notes: base "…", this copy "…", the other
/// copy "…" (keeping this copy's)".
pub fn conflict_text(conflict: &Conflict) -> String {
    let subject = match conflict.subject {
        Subject::Record(id) => format!("{} {:?}", id.kind().noun(), conflict.label),
        Subject::Settings => format!("the workspace settings of {:?}", conflict.label),
    };
    if conflict.is_about_deletion() {
        let (deleted, changed) = if conflict.ours.is_none() {
            ("this copy", "the other copy")
        } else {
            ("the other copy", "this copy")
        };
        let keeping = if conflict.chosen().is_some() {
            "keeping it"
        } else {
            "deleting it"
        };
        let stamp = conflict
            .ours_changed
            .as_ref()
            .or(conflict.theirs_changed.as_ref());
        return format!(
            "{subject} was deleted in {deleted} and changed in {changed}{} ({keeping})",
            changed_text(stamp)
        );
    }
    let keeping = match conflict.choice {
        Choice::Ours => "keeping this copy's",
        Choice::Theirs => "taking the other copy's",
        Choice::Edited(_) => "taking an edited value",
    };
    format!(
        "{subject}, field {}: base {}, this copy {}{}, the other copy {}{} ({keeping})",
        conflict.field.join("."),
        value_text(conflict.base.as_ref()),
        value_text(conflict.ours.as_ref()),
        changed_text(conflict.ours_changed.as_ref()),
        value_text(conflict.theirs.as_ref()),
        changed_text(conflict.theirs_changed.as_ref()),
    )
}

/// " (changed by Leyla Mammadova on 3 December 2026)", or " (changed on
/// 3 December 2026)" when nobody's name was recorded; empty when unknown.
pub fn changed_text(stamp: Option<&Stamp>) -> String {
    let Some(stamp) = stamp else {
        return String::new();
    };
    let day = stamp.at.format("%-d %B %Y");
    match &stamp.by {
        Some(by) => format!(" (changed by {by} on {day})"),
        None => format!(" (changed on {day})"),
    }
}

/// A field's value as a person reads it: text in quotes, "empty" for none.
pub fn value_text(value: Option<&Value>) -> String {
    match value {
        None => "empty".to_owned(),
        Some(Value::String(text)) => format!("{text:?}"),
        Some(other) => other.to_string(),
    }
}

/// "Kept source "Embassy cable": the other copy deleted it, but the merged
/// workspace still refers to it."
pub fn kept_text(kept: &KeptForReference) -> String {
    let deleted_by = match kept.deleted_by {
        Side::Ours => "this copy",
        Side::Theirs => "the other copy",
    };
    format!(
        "Kept {} {:?}: {deleted_by} deleted it, but the merged workspace still refers to it.",
        kept.record.kind().noun(),
        kept.label
    )
}
