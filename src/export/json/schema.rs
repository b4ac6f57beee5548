//! The JSON Schema of the summary: the model's own types (partial dates,
//! periods) and the closed vocabularies, each as the values it may take.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{SUMMARY_FORMAT, Summary};
use crate::model::{
    ActivityStatus, DocumentKind, DocumentStatus, EmbassySide, MeetingKind, PartialDate, Period,
    RelationKind,
};

/// Written `1995`, `2022-05` or `2022-05-14`: a date known to the year, the
/// month or the day.
impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date known to the year (1995), the month (2022-05) or the day (2022-05-14).",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

/// A span from one partial date to another, or one partial date.
impl JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let date = generator.subschema_for::<PartialDate>();
        json_schema!({
            "description": "From `start` to `end`; a single date when `end` is absent.",
            "type": "object",
            "properties": { "start": date, "end": date },
            "required": ["start"],
            "additionalProperties": false
        })
    }
}

/// The labels as the JSON summary writes them: in English whatever the
/// interface's language, so that the summary's values are the same for
/// every officer.
fn one_of_labels(labels: impl Iterator<Item = String>, nullable: bool) -> Schema {
    let mut values: Vec<serde_json::Value> =
        crate::i18n::with_language(crate::i18n::Language::English, || {
            labels.map(serde_json::Value::from).collect()
        });
    if nullable {
        values.push(serde_json::Value::Null);
    }
    json_schema!({ "enum": values })
}

pub(super) fn format_schema(_generator: &mut SchemaGenerator) -> Schema {
    json_schema!({ "const": SUMMARY_FORMAT })
}

pub(super) fn document_kind_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(DocumentKind::ALL.iter().map(|kind| kind.label()), false)
}

pub(super) fn document_status_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(
        DocumentStatus::ALL.iter().map(|status| status.label()),
        false,
    )
}

pub(super) fn optional_document_status_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(
        DocumentStatus::ALL.iter().map(|status| status.label()),
        true,
    )
}

pub(super) fn relation_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(RelationKind::ALL.iter().map(|kind| kind.label()), false)
}

pub(super) fn meeting_kind_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(MeetingKind::ALL.iter().map(|kind| kind.label()), false)
}

pub(super) fn activity_status_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(
        ActivityStatus::ALL.iter().map(|status| status.label()),
        false,
    )
}

pub(super) fn embassy_side_schema(_generator: &mut SchemaGenerator) -> Schema {
    one_of_labels(EmbassySide::ALL.iter().map(|side| side.label()), false)
}

/// The JSON Schema of the summary, as shipped in `docs/summary.schema.json`
/// (pretty, with a final newline).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Summary);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
