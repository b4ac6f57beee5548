//! JSON read more strictly than `serde_json::Value` reads it: a key repeated
//! in one object is noticed (where `Value` silently keeps the last), and a number that a save could
//! not write back with the same value is found before it is rounded.

use std::cell::RefCell;
use std::fmt;
use std::fmt::Write as _;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// A key that appears more than once in one object of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepeatedKey {
    /// Where the object is: the collection and the record's index for a
    /// key inside a record, then the path inside it.
    pub place: Vec<Step>,
    /// The key that is repeated.
    pub key: String,
    /// The values in the order written; the tree keeps the later, as
    /// other JSON readers do, so what the rest of the load reports matches
    /// what another program would see.
    pub earlier: String,
    /// The later value, the one kept, quoted as JSON and cut when long.
    pub later: String,
}

/// One step of a path into the JSON tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A key of an object.
    Key(String),
    /// A position in an array, from 0.
    Index(usize),
}

/// A path as the loader's messages write it: `status_history[1].date`.
pub fn path_text(steps: &[Step]) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Key(key) if text.is_empty() => text.push_str(key),
            Step::Key(key) => {
                text.push('.');
                text.push_str(key);
            }
            Step::Index(index) => {
                let _ = write!(text, "[{index}]");
            }
        }
    }
    text
}

/// Parses `text` into a tree, noting every repeated key (the later value is
/// the one kept in the tree).
pub fn parse(text: &str) -> serde_json::Result<(Value, Vec<RepeatedKey>)> {
    let state = State::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let root = Node { state: &state }.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok((root, state.repeated.into_inner()))
}

#[derive(Default)]
struct State {
    path: RefCell<Vec<Step>>,
    repeated: RefCell<Vec<RepeatedKey>>,
}

impl State {
    fn within<T>(&self, step: Step, read: impl FnOnce() -> T) -> T {
        self.path.borrow_mut().push(step);
        let result = read();
        self.path.borrow_mut().pop();
        result
    }
}

/// Builds one value of the tree.
#[derive(Clone, Copy)]
struct Node<'a> {
    state: &'a State,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        // JSON text cannot hold NaN or infinity, so this is always a number.
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let index = items.len();
            let next = self
                .state
                .within(Step::Index(index), || seq.next_element_seed(self))?;
            match next {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = self
                .state
                .within(Step::Key(key.clone()), || map.next_value_seed(self))?;
            let repeated_value = short(&value);
            if let Some(earlier) = object.insert(key.clone(), value) {
                self.state.repeated.borrow_mut().push(RepeatedKey {
                    place: self.state.path.borrow().clone(),
                    key,
                    earlier: short(&earlier),
                    later: repeated_value,
                });
            }
        }
        Ok(Value::Object(object))
    }
}

/// A value as a message quotes it: whole when short, else cut.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A number written in the file that a save would not write back with the
/// same value (it has more digits than a 64-bit number holds).
#[derive(Clone, Debug, PartialEq)]
pub struct InexactNumber {
    /// The line of the number in the file, counted from 1.
    pub line: usize,
    /// The column where the number starts, counted from 1.
    pub column: usize,
    /// The number as the file writes it, every digit kept.
    pub written: String,
    /// What Accord would keep and save instead.
    pub kept: f64,
}

/// Any number of up to this many significant digits reads back exactly
/// (`f64::DIGITS`), so only longer ones are looked at closely.
const EXACT_DIGITS: usize = f64::DIGITS as usize;

/// Every number in the JSON `text` whose value would change on a save.
/// `text` must be JSON that parses: strings are skipped by their quotes.
pub fn inexact_numbers(text: &str) -> Vec<InexactNumber> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = end_of_string(bytes, at + 1),
            b'-' | b'0'..=b'9' => {
                let start = at;
                while at < bytes.len()
                    && matches!(bytes[at], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                {
                    at += 1;
                }
                let written = &text[start..at];
                if significant_digits(written) > EXACT_DIGITS
                    && let Ok(kept) = written.parse::<f64>()
                    && kept.is_finite()
                    && normalised(written) != normalised(&kept.to_string())
                {
                    let line_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
                    found.push(InexactNumber {
                        line: memchr::memchr_iter(b'\n', &bytes[..start]).count() + 1,
                        column: text[line_start..start].chars().count() + 1,
                        written: written.to_owned(),
                        kept,
                    });
                }
            }
            _ => at += 1,
        }
    }
    found
}

/// The index just past the string whose contents start at `at`.
fn end_of_string(bytes: &[u8], mut at: usize) -> usize {
    while let Some(offset) = memchr::memchr2(b'"', b'\\', &bytes[at..]) {
        at += offset;
        if bytes[at] == b'\\' {
            at += 2;
        } else {
            return at + 1;
        }
    }
    bytes.len()
}

fn mantissa(number: &str) -> &str {
    let unsigned = number.trim_start_matches(['-', '+']);
    unsigned.split(['e', 'E']).next().unwrap_or(unsigned)
}

fn significant_digits(number: &str) -> usize {
    let digits: String = mantissa(number)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// A decimal number as (negative, digits, exponent), with no leading or
/// trailing zeros, so two ways of writing one value compare equal.
fn normalised(number: &str) -> (bool, String, i64) {
    let negative = number.starts_with('-');
    let unsigned = number.trim_start_matches(['-', '+']);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let leading = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits.trim_start_matches('0').trim_end_matches('0');
    if digits.is_empty() {
        return (false, String::new(), 0);
    }
    let point = whole.len() as i64 + exponent - leading as i64;
    (negative, digits.to_owned(), point)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_are_noted_with_their_place_and_both_values() {
        let (root, repeated) =
            parse(r#"{"documents": [{"title": "A", "x": [1], "title": "B"}], "version": 1}"#)
                .unwrap();
        assert_eq!(root["documents"][0]["title"], "B");
        assert_eq!(
            repeated,
            vec![RepeatedKey {
                place: vec![Step::Key("documents".into()), Step::Index(0)],
                key: "title".into(),
                earlier: "\"A\"".into(),
                later: "\"B\"".into(),
            }]
        );
    }

    #[test]
    fn numbers_that_would_change_on_a_save_are_found_and_others_are_not() {
        let text = "{\"a\": 215512345678901234567, \"b\": \"9999999999999999999999\",\n \"c\": 0.1, \"d\": 1.50e3, \"e\": 123456789012345, \"f\": 9007199254740993, \"g\": 0.30000000000000004}";
        let found = inexact_numbers(text);
        let written: Vec<&str> = found.iter().map(|number| number.written.as_str()).collect();
        assert_eq!(written, ["215512345678901234567", "9007199254740993"]);
        assert_eq!((found[1].line, found[1].column), (2, 52));
    }
}
