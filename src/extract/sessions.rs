//! Numbered sessions of standing bodies: "the 10th meeting of the Joint
//! Standing Commission on …" gives the number 10 and the body's name.

use std::sync::LazyLock;

use regex::Regex;

use super::names::phrase_end;
use super::{Fact, FactValue};

const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    let words = ORDINAL_WORDS.join("|");
    Regex::new(&format!(
        r"(?i:\b(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{words}))\s+(?:meeting|session|sitting|round)\s+of\s+(?:the\s+)?)(?P<body>\p{{Lu}})"
    ))
    .expect("the session pattern is valid")
});

/// The numbered sessions in `text`.
pub(super) fn find(text: &str) -> Vec<Fact> {
    SESSION
        .captures_iter(text)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            let number = match captures.name("digits") {
                Some(digits) => digits.as_str().parse().ok()?,
                None => {
                    let word = captures.name("word")?.as_str().to_lowercase();
                    let index = ORDINAL_WORDS.iter().position(|w| *w == word)?;
                    u32::try_from(index).ok()? + 1
                }
            };
            let body_start = captures.name("body")?.start();
            let end = phrase_end(text, body_start);
            (end > body_start).then(|| Fact {
                span: whole.start()..end,
                value: FactValue::Session {
                    number,
                    body: text[body_start..end].to_owned(),
                },
                confidence: 0.85,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, u32, String)> {
        find(text)
            .iter()
            .map(|fact| match &fact.value {
                FactValue::Session { number, body } => (fact.text(text), *number, body.clone()),
                other => panic!("not a session: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_numbered_meeting_gives_its_number_and_body() {
        let text = "On May 2022, the 10th meeting of the Joint Standing Commission on \
                    cooperation between the two ministries was held in Istanbul.";
        assert_eq!(
            found(text),
            [(
                "10th meeting of the Joint Standing Commission on cooperation between the two ministries",
                10,
                "Joint Standing Commission on cooperation between the two ministries".to_owned()
            )]
        );
    }

    #[test]
    fn ordinal_words_and_sessions() {
        assert_eq!(
            found("The Third Session of the Intergovernmental Commission, in Baku."),
            [(
                "Third Session of the Intergovernmental Commission",
                3,
                "Intergovernmental Commission".to_owned()
            )]
        );
    }

    #[test]
    fn a_meeting_of_no_named_body_is_no_session() {
        assert_eq!(found("The 2nd meeting of the ministers went well."), []);
    }
}
