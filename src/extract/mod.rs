//! Reading a source text for facts: dates with their honest precision,
//! periods, amounts and percentages, the workspace's known records, new
//! names (document titles, institutions, people with positions, places),
//! numbered sessions and signing sentences.
//!
//! The engine only reads: every [`Fact`] carries its exact byte span in the
//! text, what was understood and a confidence, and nothing is written to the
//! workspace. Known-record matching needs a [`KnownNames`] built once per
//! workspace (it is the costly part); extracting is then a pass over the text.

mod amounts;
mod dates;
pub mod json;
mod names;
pub mod propose;
mod records;
#[cfg(test)]
mod seeds;
mod sessions;
mod signing;

use std::ops::Range;

use crate::model::{PartialDate, Period, RecordId};

pub use records::KnownNames;

/// One thing found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Byte offsets of the fact in the text, as written there.
    pub span: Range<usize>,
    /// What the fact says.
    pub value: FactValue,
    /// How sure the recogniser is, from 0 to 1.
    pub confidence: f32,
}

/// What a fact says.
#[derive(Clone, Debug, PartialEq)]
pub enum FactValue {
    /// A date known to the precision the text gives; `time` is the clock
    /// time written right after a day ("12:07+04:00"), when there is one.
    Date {
        /// The date, as precise as the text: a day, a month or a year.
        date: PartialDate,
        /// The clock time and offset written after the day, as written.
        time: Option<String>,
    },
    /// A span of time: "2022-2023", "January-August 2022".
    Period {
        /// Where the period starts, to the text's precision.
        from: PartialDate,
        /// Where it ends, to the text's precision.
        to: PartialDate,
    },
    /// A sum of money: 215.5 with unit "USD million".
    Amount {
        /// The number as written, without its scale (215.5).
        number: f64,
        /// The currency and scale ("USD million").
        unit: String,
        /// The period the sentence gives the figure for, if it names one.
        period: Option<Period>,
    },
    /// A percentage (76.4 for "76.4 percent").
    Percent {
        /// The percentage itself (76.4 for "76.4 percent").
        number: f64,
        /// The period the sentence gives the figure for, if it names one.
        period: Option<Period>,
    },
    /// A record of the workspace named in the text; `near_miss` when the
    /// text spells it slightly differently ("probably X").
    Record {
        /// The record named.
        record: RecordId,
        /// Its name as the workspace writes it.
        name: String,
        /// True when the text's spelling is one or two letters off.
        near_miss: bool,
    },
    /// A document title not (necessarily) in the workspace.
    Title(String),
    /// A person, with the position the text gives.
    Person {
        /// The name as the text writes it.
        name: String,
        /// The post the text gives them ("Labour and Social Security Minister").
        position: Option<String>,
    },
    /// An institution named in the text, not (necessarily) in the workspace.
    Institution(String),
    /// Where something was held or signed ("held in Istanbul").
    Place(String),
    /// A numbered session of a body: "the 10th meeting of the Joint
    /// Standing Commission".
    Session {
        /// The session's number (10 for "the 10th meeting").
        number: u32,
        /// The body whose session it is, as the text names it.
        body: String,
    },
    /// "signed by A and B" (signatories) or "signed between X and Y"
    /// (parties): the names, as the facts inside the clause give them.
    Signing {
        /// Whether the names are the signatories or the parties.
        role: SigningRole,
        /// The names the clause gives, in the text's order.
        names: Vec<String>,
    },
}

/// Who a signing sentence names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigningRole {
    /// "signed by": the people who signed.
    Signatories,
    /// "signed between": the parties to the document.
    Parties,
}

/// The kind of a fact, as the JSON output names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    /// A day, month or year.
    Date,
    /// A span from one date to another.
    Period,
    /// A sum of money.
    Amount,
    /// A percentage.
    Percent,
    /// A record of the workspace.
    Record,
    /// A document title.
    Title,
    /// A person, perhaps with a position.
    Person,
    /// An institution.
    Institution,
    /// A place.
    Place,
    /// A numbered session of a body.
    Session,
    /// A signing sentence.
    Signing,
}

impl FactKind {
    /// The name used in the JSON output (`"date"`, `"record"`, …).
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Period => "period",
            Self::Amount => "amount",
            Self::Percent => "percent",
            Self::Record => "record",
            Self::Title => "title",
            Self::Person => "person",
            Self::Institution => "institution",
            Self::Place => "place",
            Self::Session => "session",
            Self::Signing => "signing",
        }
    }
}

impl Fact {
    /// The kind of fact, as the JSON output names it.
    pub fn kind(&self) -> FactKind {
        match self.value {
            FactValue::Date { .. } => FactKind::Date,
            FactValue::Period { .. } => FactKind::Period,
            FactValue::Amount { .. } => FactKind::Amount,
            FactValue::Percent { .. } => FactKind::Percent,
            FactValue::Record { .. } => FactKind::Record,
            FactValue::Title(_) => FactKind::Title,
            FactValue::Person { .. } => FactKind::Person,
            FactValue::Institution(_) => FactKind::Institution,
            FactValue::Place(_) => FactKind::Place,
            FactValue::Session { .. } => FactKind::Session,
            FactValue::Signing { .. } => FactKind::Signing,
        }
    }

    /// The fact as written in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// The period a date or period fact stands for.
    fn as_period(&self) -> Option<Period> {
        match self.value {
            FactValue::Date { date, .. } => Some(Period::single(date)),
            FactValue::Period { from, to } => Some(Period {
                start: from,
                end: Some(to),
            }),
            _ => None,
        }
    }
}

/// Every fact in `text`, ordered by span (start, then the longer first).
/// Without `known`, no record facts are found.
pub fn extract(text: &str, known: Option<&KnownNames>) -> Vec<Fact> {
    let mut facts = dates::find(text);
    let mut amounts = amounts::find(text);
    attach_periods(text, &mut amounts, &facts);
    facts.append(&mut amounts);
    facts.append(&mut names::find(text));
    facts.append(&mut sessions::find(text));
    if let Some(known) = known {
        facts.append(&mut known.find(text));
    }
    sort_by_span(&mut facts);
    let mut signings = signing::find(text, &facts);
    facts.append(&mut signings);
    sort_by_span(&mut facts);
    facts
}

fn sort_by_span(facts: &mut [Fact]) {
    facts.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), a.kind()).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            b.kind(),
        ))
    });
}

/// Gives each amount and percentage the period its sentence names: the first
/// date or period after it in the sentence ("$215.5 million in 2021"), else
/// the last one before it.
fn attach_periods(text: &str, amounts: &mut [Fact], dates: &[Fact]) {
    for amount in amounts {
        let sentence = sentence_around(text, amount.span.start);
        let mut in_sentence = dates
            .iter()
            .filter(|date| sentence.start <= date.span.start && date.span.end <= sentence.end);
        let after = in_sentence
            .clone()
            .find(|date| date.span.start >= amount.span.end);
        let before = in_sentence.rfind(|date| date.span.end <= amount.span.start);
        let period = after.or(before).and_then(Fact::as_period);
        match &mut amount.value {
            FactValue::Amount { period: slot, .. } | FactValue::Percent { period: slot, .. } => {
                *slot = period;
            }
            _ => {}
        }
    }
}

/// The byte range of the sentence holding `offset`: from after the last
/// ". ", "! ", "? " or line break before it to the next one.
pub(crate) fn sentence_around(text: &str, offset: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let is_end = |i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace))
    };
    let start = (0..offset.min(bytes.len()))
        .rev()
        .find(|&i| is_end(i))
        .map_or(0, |i| i + 1);
    let end = (offset..bytes.len())
        .find(|&i| is_end(i))
        .unwrap_or(bytes.len());
    start..end
}

/// Keeps the longest of overlapping candidates (the earliest among equals),
/// so "January-August 2022" wins over "August 2022" inside it.
pub(crate) fn keep_longest(mut candidates: Vec<Fact>) -> Vec<Fact> {
    candidates.sort_by_key(|fact| {
        (
            std::cmp::Reverse(fact.span.end - fact.span.start),
            fact.span.start,
        )
    });
    let mut kept: Vec<Fact> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let overlaps = kept.iter().any(|fact| {
            candidate.span.start < fact.span.end && fact.span.start < candidate.span.end
        });
        if !overlaps {
            kept.push(candidate);
        }
    }
    kept
}

/// Expected (text, value) pairs as the recognisers' tests compare them.
#[cfg(test)]
fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(text, value)| ((*text).to_owned(), (*value).to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_come_ordered_by_span() {
        let text = "In 2021 exports rose by 18% to AZN 3 billion.";
        let facts = extract(text, None);
        let starts: Vec<usize> = facts.iter().map(|fact| fact.span.start).collect();
        let mut sorted = starts.clone();
        sorted.sort_unstable();
        assert_eq!(starts, sorted);
        let kinds: Vec<&str> = facts.iter().map(|fact| fact.kind().name()).collect();
        assert_eq!(kinds, ["date", "percent", "amount"]);
    }

    #[test]
    fn an_amount_takes_the_period_of_its_sentence() {
        let text = "Turnover amounted to $215.5 million in 2021, with exports amounting to \
                    $120.5 million. It grew by 76.4 percent in January-August 2022.";
        let facts = extract(text, None);
        let periods: Vec<Option<Period>> = facts
            .iter()
            .filter_map(|fact| match fact.value {
                FactValue::Amount { period, .. } | FactValue::Percent { period, .. } => {
                    Some(period)
                }
                _ => None,
            })
            .collect();
        let year_2021 = Some(Period::single(PartialDate::Year(2021)));
        let january_august = Some(Period {
            start: PartialDate::Month(2022, 1),
            end: Some(PartialDate::Month(2022, 8)),
        });
        assert_eq!(periods, [year_2021, year_2021, january_august]);
    }

    /// Pieces the recognisers react to, mixed with any characters.
    fn fragment() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            proptest::sample::select(vec![
                "May",
                "2022",
                "-",
                "–",
                "3",
                "19th",
                "of",
                "June",
                ",",
                ".",
                " ",
                "\n",
                "$",
                "215.5",
                "million",
                "USD",
                "percent",
                "%",
                "Ministry",
                "Agency",
                "the",
                "and",
                "Minister",
                "Sahil",
                "Babayev",
                "İŞKUR",
                "Ə",
                "signed by",
                "signed between",
                "10th meeting of the",
                "Commission",
                "\"",
                "“",
                "Agreement",
                "on",
                "in",
                "held in",
                "Istanbul",
                "12:07",
                "(UTC+04:00)",
                "июня",
                "iyun",
                "By",
            ])
            .prop_map(str::to_owned),
            "\\PC{0,3}",
        ]
    }

    proptest::proptest! {
        /// Any text, however odd, gives facts whose spans are slices of it.
        #[test]
        fn any_text_gives_facts_within_it(
            pieces in proptest::collection::vec(fragment(), 0..60),
            spaced in proptest::bool::ANY,
        ) {
            let text = pieces.join(if spaced { " " } else { "" });
            for fact in extract(&text, None) {
                proptest::prop_assert!(text.get(fact.span.clone()).is_some(), "{fact:?}");
                proptest::prop_assert!(fact.span.start < fact.span.end, "{fact:?}");
            }
        }
    }

    #[test]
    fn a_sentence_without_a_date_gives_no_period() {
        let facts = extract("Exports reached $5 million. Signed in 2020.", None);
        assert!(matches!(
            facts[0].value,
            FactValue::Amount { period: None, .. }
        ));
    }
}
