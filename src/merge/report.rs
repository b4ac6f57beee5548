//! A merge told in words: what came from each side and every conflict with
//! its three values, for the command line and the merge report kept with
//! the backups.

use std::fmt::Write as _;

use serde_json::Value;

use crate::query::kind_noun;
use crate::tr;

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
        let _ = writeln!(
            text,
            "{}",
            tr!("query-merge-conflicts", count = self.conflicts.len())
        );
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
            let _ = writeln!(text, "{}", tr!("query-merge-records-changed"));
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
            MergeKind::ThreeWay => tr!(
                "query-merge-three-way-changes",
                ours = changes_text(ours),
                theirs = changes_text(theirs)
            ),
            MergeKind::TwoWay => tr!(
                "query-merge-two-way-changes",
                ours = records(ours.added),
                theirs = records(theirs.added),
                different = records(ours.changed)
            ),
        }
    }
}

fn records(count: usize) -> String {
    tr!("common-records", count = count)
}

fn changes_text(changes: SideChanges) -> String {
    tr!(
        "query-merge-side-changes",
        added = changes.added,
        changed = changes.changed,
        deleted = changes.deleted
    )
}

impl IncomingRecord {
    /// "Added: source Notes from the Bucharest trip".
    pub fn describe(&self) -> String {
        let kind = kind_noun(self.id.kind());
        let label = self.label.as_str();
        match self.arrival {
            Arrival::Added => tr!("query-merge-added", kind = kind, label = label),
            Arrival::Changed => tr!("query-merge-changed", kind = kind, label = label),
            Arrival::Deleted => tr!("query-merge-deleted", kind = kind, label = label),
            Arrival::Combined => tr!("query-merge-combined", kind = kind, label = label),
        }
    }
}

/// "Country "Romania", field notes: base "…", this copy "…", the other
/// copy "…" (keeping this copy's)".
pub fn conflict_text(conflict: &Conflict) -> String {
    let label = format!("{:?}", conflict.label);
    let subject = match conflict.subject {
        Subject::Record(id) => tr!(
            "query-merge-subject-record",
            kind = kind_noun(id.kind()),
            label = label
        ),
        Subject::Settings => tr!("query-merge-subject-settings", label = label),
    };
    if conflict.is_about_deletion() {
        let keeping = if conflict.chosen().is_some() {
            tr!("query-merge-keeping-it")
        } else {
            tr!("query-merge-deleting-it")
        };
        let stamp = conflict
            .ours_changed
            .as_ref()
            .or(conflict.theirs_changed.as_ref());
        let changed = changed_text(stamp);
        return if conflict.ours.is_none() {
            tr!(
                "query-merge-deleted-here",
                subject = subject,
                changed = changed,
                keeping = keeping
            )
        } else {
            tr!(
                "query-merge-deleted-there",
                subject = subject,
                changed = changed,
                keeping = keeping
            )
        };
    }
    let keeping = match conflict.choice {
        Choice::Ours => tr!("query-merge-keeping-ours"),
        Choice::Theirs => tr!("query-merge-taking-theirs"),
        Choice::Edited(_) => tr!("query-merge-taking-edited"),
    };
    tr!(
        "query-merge-field-conflict",
        subject = subject,
        field = conflict.field.join("."),
        base = value_text(conflict.base.as_ref()),
        ours = value_text(conflict.ours.as_ref()),
        ours_changed = changed_text(conflict.ours_changed.as_ref()),
        theirs = value_text(conflict.theirs.as_ref()),
        theirs_changed = changed_text(conflict.theirs_changed.as_ref()),
        keeping = keeping
    )
}

/// " (changed by Leyla Mammadova on 3 December 2026)", or " (changed on
/// 3 December 2026)" when nobody's name was recorded; empty when unknown.
pub fn changed_text(stamp: Option<&Stamp>) -> String {
    let Some(stamp) = stamp else {
        return String::new();
    };
    let date = crate::i18n::dates::day(stamp.at.date_naive());
    let said = match &stamp.by {
        Some(by) => tr!("query-merge-changed-by", by = by, date = date),
        None => tr!("query-merge-changed-on", date = date),
    };
    format!(" ({said})")
}

/// A field's value as a person reads it: text in quotes, "empty" for none.
pub fn value_text(value: Option<&Value>) -> String {
    match value {
        None => tr!("query-merge-empty"),
        Some(Value::String(text)) => format!("{text:?}"),
        Some(other) => other.to_string(),
    }
}

/// "Kept source "Embassy cable": the other copy deleted it, but the merged
/// workspace still refers to it."
pub fn kept_text(kept: &KeptForReference) -> String {
    let kind = kind_noun(kept.record.kind());
    let label = format!("{:?}", kept.label);
    match kept.deleted_by {
        Side::Ours => tr!("query-merge-kept-deleted-here", kind = kind, label = label),
        Side::Theirs => tr!("query-merge-kept-deleted-there", kind = kind, label = label),
    }
}
