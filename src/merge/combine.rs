//! Combining a pair of likely duplicates into one record: the fields
//! merged as a two-way merge does (lists united, the kept record's value
//! where both hold a different one, the other name kept as a variant, both
//! notes kept), every reference re-pointed to the record kept, and the
//! other id remembered as its alias (a tombstone naming the record it went
//! into), so a later merge with a copy that still holds it matches the two.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::values::{self, any_value_of, record_from_value};
use crate::model::validate::record_problems;
use crate::model::{
    AnyRecord, Change, CountryId, Edit, Field, FieldProblem, Record as _, RecordId, RecordKind,
    Tombstone, TypedId as _, Workspace, problems_text, with_any,
};

/// Why a pair could not be combined; the workspace is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum CombineError {
    /// One of the two is not in the workspace.
    #[error("{}", crate::tr!("query-combine-error-missing", kind = noun_named(.noun), id = .id.to_string()))]
    Missing {
        /// Its kind, as a message names it.
        noun: &'static str,
        /// The id looked for.
        id: uuid::Uuid,
    },
    /// Two records of different kinds, or one record twice.
    #[error("{}", crate::tr!("query-combine-error-not-a-pair"))]
    NotAPair,
    /// The combined record cannot be read back as its kind (a bug).
    #[error("{}", crate::tr!("query-combine-error-unreadable", kind = noun_named(.noun), reason = .reason))]
    Unreadable {
        /// Its kind.
        noun: &'static str,
        /// What the reader said.
        reason: String,
    },
    /// The combined record, or one re-pointed to it, breaks a rule.
    #[error("{}", crate::tr!("query-combine-error-invalid", label = format!("{:?}", .label), problems = problems_text(.problems)))]
    Invalid {
        /// The record that would break the rule.
        label: String,
        /// Every rule it breaks.
        problems: Vec<FieldProblem>,
    },
}

/// A kind named by its English noun (as the errors hold it) in the
/// interface's language.
pub(super) fn noun_named(noun: &str) -> String {
    RecordKind::ALL
        .iter()
        .find(|kind| kind.noun() == noun)
        .map_or_else(|| noun.to_owned(), |kind| crate::query::kind_noun(*kind))
}

/// Combines `absorbed` into `kept` in `workspace` as one undoable edit
/// stamped `now` (and with the workspace's editor).
pub fn combine_duplicates(
    workspace: &mut Workspace,
    kept: RecordId,
    absorbed: RecordId,
    now: DateTime<Utc>,
) -> Result<Edit, CombineError> {
    let missing = |id: RecordId| CombineError::Missing {
        noun: id.kind().noun(),
        id: id.uuid(),
    };
    if kept.kind() != absorbed.kind() || kept == absorbed {
        return Err(CombineError::NotAPair);
    }
    let kept_record = workspace.record(kept).ok_or_else(|| missing(kept))?;
    let absorbed_record = workspace
        .record(absorbed)
        .ok_or_else(|| missing(absorbed))?;
    let description = crate::tr!(
        "query-merge-edit-combine",
        kind = crate::query::kind_noun(kept.kind()),
        kept = kept_record.label(),
        absorbed = absorbed_record.label()
    );
    let editor = workspace.editor().map(str::to_owned);
    let combined = combined_value(&kept_record, &absorbed_record, kept, absorbed);
    let mut changes = vec![Change::Put(stamped(kept, combined, now, editor.clone())?)];
    changes.extend(repointed(
        workspace,
        kept,
        absorbed,
        now,
        editor.as_deref(),
    )?);
    changes.push(Change::Remove(absorbed));
    changes.push(Change::Bury(Tombstone {
        record: absorbed,
        deleted_at: now,
        deleted_by: editor,
        combined_into: Some(kept),
    }));
    let mut undo = workspace.apply(Edit {
        description: String::new(),
        changes,
    });
    if let Err(error) = check_changed(workspace, &undo) {
        drop(workspace.apply(undo));
        return Err(error);
    }
    undo.description = description;
    Ok(undo)
}

/// The two records' fields merged: where both hold a different value the
/// kept record's stays, except that the other's name is kept as an alias
/// (country) or spelling variant (person), and both notes are kept.
fn combined_value(
    kept: &AnyRecord,
    absorbed: &AnyRecord,
    kept_id: RecordId,
    absorbed_id: RecordId,
) -> Value {
    let kept_value = any_value_of(kept);
    let mut absorbed_value = any_value_of(absorbed);
    absorbed_value["id"] = kept_value["id"].clone();
    let mut clashes = Vec::new();
    let mut combined = values::combine(None, &kept_value, &absorbed_value, &mut clashes);
    for clash in clashes {
        // What only the other record holds is kept.
        if clash.ours.is_none() || clash.ours.as_ref().and_then(Value::as_str) == Some("") {
            values::set_at(&mut combined, &clash.path, clash.theirs.clone());
            continue;
        }
        match (clash.path.as_slice(), &clash.theirs) {
            ([field], Some(Value::String(theirs))) if field == "name" => {
                let variants = match kept_id.kind() {
                    RecordKind::Country => "aliases",
                    RecordKind::Person => "name_variants",
                    _ => continue,
                };
                push_text(&mut combined, variants, theirs);
            }
            ([field], Some(Value::String(theirs))) if field == "notes" => {
                let ours = combined["notes"].as_str().unwrap_or_default();
                combined["notes"] = Value::String(format!("{ours}\n\n{theirs}"));
            }
            _ => {}
        }
    }
    repoint_in(&mut combined, absorbed_id, kept_id);
    combined
}

fn push_text(record: &mut Value, list: &str, text: &str) {
    let Value::Object(fields) = record else {
        return;
    };
    let items = fields
        .entry(list.to_owned())
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(items) = items
        && !items.iter().any(|item| item.as_str() == Some(text))
    {
        items.push(Value::String(text.to_owned()));
    }
}

/// A record from its merged JSON, stamped as changed `now` by `editor`.
fn stamped(
    id: RecordId,
    value: Value,
    now: DateTime<Utc>,
    editor: Option<String>,
) -> Result<AnyRecord, CombineError> {
    let mut record =
        record_from_value(id.kind(), value).map_err(|error| CombineError::Unreadable {
            noun: id.kind().noun(),
            reason: error.to_string(),
        })?;
    with_any!(&mut record, record => {
        record.set_modified_at(now);
        record.set_modified_by(editor);
    });
    Ok(record)
}

/// Every record (and the home country) that refers to `absorbed`, re-pointed
/// to `kept`.
fn repointed(
    workspace: &Workspace,
    kept: RecordId,
    absorbed: RecordId,
    now: DateTime<Utc>,
    editor: Option<&str>,
) -> Result<Vec<Change>, CombineError> {
    let mut changes = Vec::new();
    let mut done = Vec::new();
    for referrer in workspace.referrers_of(absorbed) {
        if referrer.field == Field::HomeCountry.into() {
            changes.push(Change::SetHomeCountry(CountryId::from_record_id(kept)));
            continue;
        }
        if referrer.record == kept || referrer.record == absorbed || done.contains(&referrer.record)
        {
            continue;
        }
        done.push(referrer.record);
        let Some(record) = workspace.record(referrer.record) else {
            continue;
        };
        let mut value = any_value_of(&record);
        repoint_in(&mut value, absorbed, kept);
        changes.push(Change::Put(stamped(
            referrer.record,
            value,
            now,
            editor.map(str::to_owned),
        )?));
    }
    Ok(changes)
}

/// Every id `from` inside `value` becomes `to`; a list that then names `to`
/// twice names it once.
pub(super) fn repoint_in(value: &mut Value, from: RecordId, to: RecordId) {
    let from = from.uuid().to_string();
    let to = Value::String(to.uuid().to_string());
    repoint_walk(value, &from, &to);
}

fn repoint_walk(value: &mut Value, from: &str, to: &Value) {
    match value {
        Value::String(text) if text == from => *value = to.clone(),
        Value::Array(items) => {
            for item in items.iter_mut() {
                repoint_walk(item, from, to);
            }
            let mut seen = false;
            items.retain(|item| item != to || !std::mem::replace(&mut seen, true));
        }
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                // A record's own id is not a reference.
                if key != "id" {
                    repoint_walk(field, from, to);
                }
            }
        }
        _ => {}
    }
}

/// Every record the edit put is valid where it now stands.
fn check_changed(workspace: &Workspace, undo: &Edit) -> Result<(), CombineError> {
    for change in &undo.changes {
        let id = match change {
            Change::Put(record) => record.id(),
            Change::Remove(id) => *id,
            _ => continue,
        };
        let Some(record) = workspace.record(id) else {
            continue;
        };
        let problems = record_problems(workspace, &record);
        if !problems.is_empty() {
            return Err(CombineError::Invalid {
                label: record.label(),
                problems,
            });
        }
    }
    Ok(())
}

/// Changes `theirs` as if the duplicates combined in `ours` had been
/// combined there too: a record `ours` combined into another is folded into
/// that one (or takes its id, when `theirs` lacks it), and references to it
/// are re-pointed, so the merge matches them record by record. Untouched
/// when `ours` combined nothing that `theirs` holds or names.
pub fn align_to_aliases(theirs: &mut Workspace, ours: &Workspace) {
    for tombstone in ours.tombstones().values() {
        let (Some(kept), absorbed) = (tombstone.combined_into, tombstone.record) else {
            continue;
        };
        let held = theirs.contains(absorbed);
        if !held && theirs.referrers_of(absorbed).is_empty() {
            continue;
        }
        let workspace = &mut *theirs;
        let at = tombstone.deleted_at;
        if held && workspace.contains(kept) {
            // Refused (it would not be valid there): the merge keeps both.
            let _ = combine_duplicates(workspace, kept, absorbed, at);
            continue;
        }
        let mut changes = Vec::new();
        if let Some(record) = workspace.record(absorbed) {
            let mut value = any_value_of(&record);
            value["id"] = Value::String(kept.uuid().to_string());
            let Ok(renamed) = record_from_value(kept.kind(), value) else {
                continue;
            };
            changes.push(Change::Put(renamed));
            changes.push(Change::Remove(absorbed));
        }
        let Ok(repointed) = repointed(workspace, kept, absorbed, at, None) else {
            continue;
        };
        changes.extend(repointed);
        changes.push(Change::Bury(tombstone.clone()));
        drop(workspace.apply(Edit {
            description: String::new(),
            changes,
        }));
    }
}
