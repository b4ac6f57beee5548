//! The JSON form of extracted facts, as `accord extract` prints it
//! (documented in docs/extraction.md): `{"facts": [ … ]}`.

use serde_json::{Map, Value, json};

use super::{Fact, FactValue, SigningRole};
use crate::model::Period;

/// `{"facts": [...]}` for the facts found in `text`.
pub fn facts_json(text: &str, facts: &[Fact]) -> Value {
    json!({ "facts": facts.iter().map(|fact| fact_json(text, fact)).collect::<Vec<_>>() })
}

fn fact_json(text: &str, fact: &Fact) -> Value {
    let mut object = Map::new();
    object.insert("kind".into(), fact.kind().name().into());
    object.insert("text".into(), fact.text(text).into());
    object.insert("start".into(), fact.span.start.into());
    object.insert("end".into(), fact.span.end.into());
    // Two decimals are all a confidence means.
    let confidence = (f64::from(fact.confidence) * 100.0).round() / 100.0;
    object.insert("confidence".into(), confidence.into());
    let mut put = |key: &str, value: Value| {
        object.insert(key.into(), value);
    };
    match &fact.value {
        FactValue::Date { date, time } => {
            put("value", date.to_string().into());
            if let Some(time) = time {
                put("time", time.clone().into());
            }
        }
        FactValue::Period { from, to } => {
            put("from", from.to_string().into());
            put("to", to.to_string().into());
        }
        FactValue::Amount {
            number,
            unit,
            period,
        } => {
            put("value", (*number).into());
            put("unit", unit.clone().into());
            if let Some(period) = period {
                put("period", period_json(period));
            }
        }
        FactValue::Percent { number, period } => {
            put("value", (*number).into());
            if let Some(period) = period {
                put("period", period_json(period));
            }
        }
        FactValue::Record {
            record,
            name,
            near_miss,
        } => {
            put("value", name.clone().into());
            put("record_id", record.uuid().to_string().into());
            put("record_kind", record.kind().noun().into());
            if *near_miss {
                put("near_miss", true.into());
            }
        }
        FactValue::Title(name) | FactValue::Institution(name) | FactValue::Place(name) => {
            put("value", name.clone().into());
        }
        FactValue::Person { name, position } => {
            put("value", name.clone().into());
            if let Some(position) = position {
                put("position", position.clone().into());
            }
        }
        FactValue::Session { number, body } => {
            put("value", body.clone().into());
            put("number", (*number).into());
        }
        FactValue::Signing { role, names } => {
            let role = match role {
                SigningRole::Signatories => "signatories",
                SigningRole::Parties => "parties",
            };
            put("role", role.into());
            put("names", names.clone().into());
        }
    }
    Value::Object(object)
}

/// `{"from": "2022-01", "to": "2022-08"}`, without `to` for a single date.
fn period_json(period: &Period) -> Value {
    let mut object = Map::new();
    object.insert("from".into(), period.start.to_string().into());
    if let Some(end) = period.end {
        object.insert("to".into(), end.to_string().into());
    }
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn facts_of(text: &str) -> Vec<Value> {
        let rendered = serde_json::to_string(&facts_json(text, &extract(text, None))).unwrap();
        // Read back as any JSON consumer would.
        let parsed: Value = serde_json::from_str(&rendered).unwrap();
        parsed["facts"].as_array().unwrap().clone()
    }

    #[test]
    fn every_fact_has_kind_text_and_byte_offsets_into_the_text() {
        let text = "Ə: on 3 November 2022 Azərbaycan got $5 million.";
        for fact in facts_of(text) {
            let start = usize::try_from(fact["start"].as_u64().unwrap()).unwrap();
            let end = usize::try_from(fact["end"].as_u64().unwrap()).unwrap();
            assert_eq!(fact["text"], text[start..end], "{fact}");
            assert!(fact["kind"].is_string());
            assert!(fact["confidence"].as_f64().unwrap() > 0.0);
        }
    }

    #[test]
    fn dates_periods_and_amounts_carry_their_values() {
        let facts = facts_of(
            "Published 3 November 2022 12:07 (UTC+04:00). In May 2022 the plan for \
             2022-2023 was signed; turnover grew by 76.4 percent to USD 94.9 mln in 2021.",
        );
        let by_kind = |kind: &str| -> Vec<&Value> {
            facts.iter().filter(|fact| fact["kind"] == kind).collect()
        };
        let dates = by_kind("date");
        assert_eq!(dates[0]["value"], "2022-11-03");
        assert_eq!(dates[0]["time"], "12:07+04:00");
        assert_eq!(dates[1]["value"], "2022-05");
        assert_eq!(dates[2]["value"], "2021");
        let period = by_kind("period")[0];
        assert_eq!(
            (&period["from"], &period["to"]),
            (&json!("2022"), &json!("2023"))
        );
        let percent = by_kind("percent")[0];
        assert_eq!(percent["value"], 76.4);
        assert_eq!(percent["period"], json!({"from": "2021"}));
        let amount = by_kind("amount")[0];
        assert_eq!(amount["value"], 94.9);
        assert_eq!(amount["unit"], "USD million");
    }

    #[test]
    fn people_sessions_and_signings_carry_their_fields() {
        let facts = facts_of(
            "The 10th meeting of the Joint Standing Commission was held in Istanbul. It was \
             signed by Labour Minister Sahil Babayev.",
        );
        let of_kind = |kind: &str| facts.iter().find(|fact| fact["kind"] == kind).unwrap();
        assert_eq!(of_kind("session")["number"], 10);
        assert_eq!(of_kind("session")["value"], "Joint Standing Commission");
        assert_eq!(of_kind("place")["value"], "Istanbul");
        assert_eq!(of_kind("person")["value"], "Sahil Babayev");
        assert_eq!(of_kind("person")["position"], "Labour Minister");
        assert_eq!(of_kind("signing")["role"], "signatories");
        assert_eq!(of_kind("signing")["names"], json!(["Sahil Babayev"]));
    }
}
