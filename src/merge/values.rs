//! The three-way merge of one record's fields, on the record's JSON form so
//! that every record kind merges by the same rules: a field changed on one
//! side takes that side's value, the same change on both is no conflict,
//! nested objects merge key by key, and lists merge by their items.

use serde_json::{Map, Value};

use crate::model::{AnyRecord, Record, RecordKind};

/// Where a field sits inside a record, from the top: `["relations",
/// "embassies"]`. Empty for the record as a whole.
pub type FieldPath = Vec<String>;

/// One field that both sides changed, each in its own way.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct FieldClash {
    pub path: FieldPath,
    /// `None` where there is no common version (a two-way merge), or the
    /// field was empty in it.
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// Bookkeeping stamps that both sides change on every edit: merged by rule,
/// never a conflict to ask about. Who made the last change goes with when.
const NEWEST_WINS: &str = "modified_at";
const OLDEST_WINS: &str = "created_at";
const BY_THE_NEWEST: &str = "modified_by";

/// Combines `ours` and `theirs` against `base` (`None` in a two-way
/// merge). Where both changed one value differently, the result holds ours
/// and the clash is listed, for the officer to choose.
pub(super) fn combine(
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    clashes: &mut Vec<FieldClash>,
) -> Value {
    let mut path = FieldPath::new();
    combine_at(base, ours, theirs, &mut path, clashes)
}

fn combine_at(
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    path: &mut FieldPath,
    clashes: &mut Vec<FieldClash>,
) -> Value {
    if ours == theirs {
        return ours.clone();
    }
    if let Some(base) = base {
        if base == ours {
            return theirs.clone();
        }
        if base == theirs {
            return ours.clone();
        }
    }
    // An empty list or object is left out of the file: a missing field
    // reads as empty, so that a list emptied on one side still merges by
    // its items with the other side's additions.
    match (ours, theirs) {
        (Value::Object(_) | Value::Null, Value::Object(_) | Value::Null) => {
            let empty = Map::new();
            let base = base.map(|base| base.as_object().unwrap_or(&empty));
            let ours = ours.as_object().unwrap_or(&empty);
            let theirs = theirs.as_object().unwrap_or(&empty);
            Value::Object(combine_objects(base, ours, theirs, path, clashes))
        }
        (Value::Array(_) | Value::Null, Value::Array(_) | Value::Null) => {
            let base = base.map(|base| base.as_array().map_or(&[][..], Vec::as_slice));
            Value::Array(combine_items(
                base,
                ours.as_array().map_or(&[], Vec::as_slice),
                theirs.as_array().map_or(&[], Vec::as_slice),
            ))
        }
        _ => {
            clashes.push(FieldClash {
                path: path.clone(),
                base: base.filter(|base| !base.is_null()).cloned(),
                ours: Some(ours.clone()).filter(|value| !value.is_null()),
                theirs: Some(theirs.clone()).filter(|value| !value.is_null()),
            });
            ours.clone()
        }
    }
}

fn combine_objects(
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &mut FieldPath,
    clashes: &mut Vec<FieldClash>,
) -> Map<String, Value> {
    let at_top = path.is_empty();
    let keys = ours
        .keys()
        .chain(theirs.keys().filter(|key| !ours.contains_key(*key)));
    let mut merged = Map::new();
    for key in keys {
        let ours_value = ours.get(key).unwrap_or(&Value::Null);
        let theirs_value = theirs.get(key).unwrap_or(&Value::Null);
        let value = if at_top && (key == NEWEST_WINS || key == OLDEST_WINS) {
            let newer = text_of(ours_value) >= text_of(theirs_value);
            // RFC 3339 stamps in UTC, as Accord writes them, sort as text.
            if newer == (key == NEWEST_WINS) {
                ours_value.clone()
            } else {
                theirs_value.clone()
            }
        } else if at_top && key == BY_THE_NEWEST {
            let ours_newer = text_of(ours.get(NEWEST_WINS).unwrap_or(&Value::Null))
                >= text_of(theirs.get(NEWEST_WINS).unwrap_or(&Value::Null));
            if ours_newer {
                ours_value.clone()
            } else {
                theirs_value.clone()
            }
        } else {
            let base_value = base.map(|base| base.get(key).unwrap_or(&Value::Null));
            path.push(key.clone());
            let value = combine_at(base_value, ours_value, theirs_value, path, clashes);
            path.pop();
            value
        };
        // Left out rather than written as null: the file leaves empty
        // fields out, and not every field reads null as empty.
        if !value.is_null() {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

fn text_of(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// A list merged by its items: ours in its order, less what theirs
/// removed, then what theirs added. Without a base nothing counts as
/// removed: the lists are united.
fn combine_items(base: Option<&[Value]>, ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed_by_theirs =
        |item: &Value| base.is_some_and(|base| base.contains(item)) && !theirs.contains(item);
    let removed_by_ours =
        |item: &Value| base.is_some_and(|base| base.contains(item)) && !ours.contains(item);
    let mut merged: Vec<Value> = ours
        .iter()
        .filter(|item| !removed_by_theirs(item))
        .cloned()
        .collect();
    for item in theirs {
        if !removed_by_ours(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

/// Sets the value at `path` inside `record` (`None` removes the field).
pub(super) fn set_at(record: &mut Value, path: &[String], value: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        *record = value.unwrap_or(Value::Null);
        return;
    };
    let mut target = record;
    for key in parents {
        if !target.is_object() {
            *target = Value::Object(Map::new());
        }
        let Value::Object(map) = target else {
            return;
        };
        target = map
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(map) = target {
        match value {
            Some(value) => drop(map.insert(last.clone(), value)),
            None => drop(map.remove(last)),
        }
    }
}

/// A record's JSON form, the one the file holds.
pub(super) fn value_of<R: Record>(record: &R) -> Value {
    // Records are plain data with string keys: serializing cannot fail.
    serde_json::to_value(record).unwrap_or(Value::Null)
}

/// [`value_of`] for a record of any kind.
pub(super) fn any_value_of(record: &AnyRecord) -> Value {
    crate::model::with_any!(record, record => value_of(record))
}

pub(super) fn record_from_value(
    kind: RecordKind,
    value: Value,
) -> Result<AnyRecord, serde_json::Error> {
    use serde_json::from_value;
    Ok(match kind {
        RecordKind::Country => AnyRecord::Country(from_value(value)?),
        RecordKind::Institution => AnyRecord::Institution(from_value(value)?),
        RecordKind::Person => AnyRecord::Person(from_value(value)?),
        RecordKind::Document => AnyRecord::Document(from_value(value)?),
        RecordKind::Activity => AnyRecord::Activity(from_value(value)?),
        RecordKind::Commission => AnyRecord::Commission(from_value(value)?),
        RecordKind::Meeting => AnyRecord::Meeting(from_value(value)?),
        RecordKind::Indicator => AnyRecord::Indicator(from_value(value)?),
        RecordKind::Source => AnyRecord::Source(from_value(value)?),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn merge3(base: &Value, ours: &Value, theirs: &Value) -> (Value, Vec<FieldClash>) {
        let mut clashes = Vec::new();
        let merged = combine(Some(base), ours, theirs, &mut clashes);
        (merged, clashes)
    }

    #[test]
    fn a_field_changed_on_one_side_takes_that_side() {
        let (merged, clashes) = merge3(
            &json!({"name": "Romania", "notes": "old"}),
            &json!({"name": "România", "notes": "old"}),
            &json!({"name": "Romania", "notes": "new"}),
        );
        assert_eq!(merged, json!({"name": "România", "notes": "new"}));
        assert!(clashes.is_empty());
    }

    #[test]
    fn different_changes_to_one_field_clash_and_keep_ours_for_now() {
        let (merged, clashes) = merge3(
            &json!({"notes": "old", "relations": {"since": "1992"}}),
            &json!({"notes": "mine", "relations": {"since": "1992-06"}}),
            &json!({"notes": "theirs", "relations": {"since": "1992-06-19"}}),
        );
        assert_eq!(merged["notes"], "mine");
        let paths: Vec<_> = clashes.iter().map(|clash| clash.path.join(".")).collect();
        assert_eq!(paths, ["notes", "relations.since"]);
        assert_eq!(clashes[0].base, Some(json!("old")));
        assert_eq!(clashes[0].theirs, Some(json!("theirs")));
    }

    #[test]
    fn lists_keep_both_sides_additions_and_honour_a_removal() {
        let (merged, clashes) = merge3(
            &json!({"aliases": ["a", "b"]}),
            &json!({"aliases": ["a", "b", "mine"]}),
            &json!({"aliases": ["b", "theirs"]}),
        );
        assert_eq!(merged, json!({"aliases": ["b", "mine", "theirs"]}));
        assert!(clashes.is_empty());
    }

    #[test]
    fn a_list_emptied_on_one_side_still_takes_the_other_sides_additions() {
        // The emptied list is left out of the file altogether.
        let (merged, _) = merge3(
            &json!({"aliases": ["a"]}),
            &json!({}),
            &json!({"aliases": ["a", "theirs"]}),
        );
        assert_eq!(merged, json!({"aliases": ["theirs"]}));
    }

    #[test]
    fn without_a_base_lists_unite_and_every_difference_clashes() {
        let mut clashes = Vec::new();
        let merged = combine(
            None,
            &json!({"aliases": ["a"], "notes": "mine", "name": "Romania"}),
            &json!({"aliases": ["b"], "notes": "theirs", "name": "Romania"}),
            &mut clashes,
        );
        assert_eq!(merged["aliases"], json!(["a", "b"]));
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].path, ["notes"]);
        assert_eq!(clashes[0].base, None);
    }

    #[test]
    fn stamps_merge_by_rule_not_by_question() {
        let (merged, clashes) = merge3(
            &json!({"created_at": "2026-01-01T00:00:00Z", "modified_at": "2026-01-01T00:00:00Z", "notes": "a"}),
            &json!({"created_at": "2026-01-01T00:00:00Z", "modified_at": "2026-02-01T00:00:00Z", "notes": "b"}),
            &json!({"created_at": "2026-01-01T00:00:00Z", "modified_at": "2026-03-01T00:00:00Z", "notes": "a", "name": "x"}),
        );
        assert_eq!(merged["modified_at"], "2026-03-01T00:00:00Z");
        assert!(clashes.is_empty());
    }

    #[test]
    fn set_at_replaces_a_nested_value_or_removes_it() {
        let mut record = json!({"relations": {"since": "1992"}, "notes": "x"});
        set_at(
            &mut record,
            &["relations".to_owned(), "since".to_owned()],
            Some(json!("1993")),
        );
        set_at(&mut record, &["notes".to_owned()], None);
        assert_eq!(record, json!({"relations": {"since": "1993"}}));
    }
}
