//! Sums of money and percentages: "$215.5 million", "USD 94.9 mln",
//! "AZN 3 billion", "76.4 percent", "18%". The period each belongs to is
//! attached afterwards, from its sentence (see `attach_periods`).

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Fact, FactValue};

/// A number as written: "215.5", "1,200,000", "94,9" (a decimal comma).
const NUMBER: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?";

/// A multiplier word after the number.
const SCALE: &str = r"million|mln|mn|billion|bln|bn|thousand|trillion";

/// A currency before the number, or after it.
const CURRENCY_BEFORE: &str = r"US\$|\$|€|£|₼|\b(?:USD|EUR|AZN|RUB|GBP|TRY|RON)\b";
const CURRENCY_AFTER: &str =
    r"US\s+dollars|dollars|euros?|manats?|roubles|rubles|USD|EUR|AZN|RUB|GBP|TRY|RON";

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?P<before>{CURRENCY_BEFORE})\s?(?P<number>{NUMBER})(?:\s*(?P<scale>{SCALE})\b)?)|(?:\b(?P<number_first>{NUMBER})\s*(?P<scale_first>{SCALE})?\s+(?P<after>{CURRENCY_AFTER})\b)"
    ))
    .expect("the amount pattern is valid")
});

static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<number>{NUMBER})\s*(?:%|percent\b|per\s+cent\b|faiz\b|процент\w*)"
    ))
    .expect("the percent pattern is valid")
});

/// The number a text writes: thousands separated by commas, or a single
/// decimal comma.
fn parse_number(written: &str) -> Option<f64> {
    let thousands = written.matches(',').count() > 1
        || written
            .split_once(',')
            .is_some_and(|(_, after)| after.len() == 3 && !written.contains('.'));
    let plain = if thousands {
        written.replace(',', "")
    } else {
        written.replace(',', ".")
    };
    plain.parse().ok()
}

/// The ISO code of a currency as written.
fn currency_code(written: &str) -> String {
    let lower = written.to_lowercase();
    let code = match lower.as_str() {
        "$" | "us$" | "dollars" => "USD",
        "€" | "euro" | "euros" => "EUR",
        "£" => "GBP",
        "₼" | "manat" | "manats" => "AZN",
        "roubles" | "rubles" => "RUB",
        _ if lower.starts_with("us") && lower.ends_with("dollars") => "USD",
        _ => return written.to_uppercase(),
    };
    code.to_owned()
}

/// The scale word in full: "mln" → "million".
fn scale_word(written: &str) -> &'static str {
    match written.to_lowercase().as_str() {
        "million" | "mln" | "mn" => "million",
        "billion" | "bln" | "bn" => "billion",
        "thousand" => "thousand",
        _ => "trillion",
    }
}

fn amount(captures: &Captures) -> Option<FactValue> {
    let (number, scale, currency) = match captures.name("number") {
        Some(number) => (number, captures.name("scale"), captures.name("before")?),
        None => (
            captures.name("number_first")?,
            captures.name("scale_first"),
            captures.name("after")?,
        ),
    };
    let mut unit = currency_code(currency.as_str());
    if let Some(scale) = scale {
        unit.push(' ');
        unit.push_str(scale_word(scale.as_str()));
    }
    Some(FactValue::Amount {
        number: parse_number(number.as_str())?,
        unit,
        period: None,
    })
}

/// The amounts and percentages in `text`, without their periods yet.
pub(super) fn find(text: &str) -> Vec<Fact> {
    let amounts = AMOUNT.captures_iter(text).filter_map(|captures| {
        Some(Fact {
            span: captures.get(0)?.range(),
            value: amount(&captures)?,
            confidence: 0.9,
        })
    });
    let percents = PERCENT.captures_iter(text).filter_map(|captures| {
        Some(Fact {
            span: captures.get(0)?.range(),
            value: FactValue::Percent {
                number: parse_number(captures.name("number")?.as_str())?,
                period: None,
            },
            confidence: 0.95,
        })
    });
    amounts.chain(percents).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each fact as (text as written, number, unit; "%" for a percentage).
    fn found(text: &str) -> Vec<(&str, f64, String)> {
        let mut facts = find(text);
        facts.sort_by_key(|fact| fact.span.start);
        facts
            .iter()
            .map(|fact| match &fact.value {
                FactValue::Amount { number, unit, .. } => (fact.text(text), *number, unit.clone()),
                FactValue::Percent { number, .. } => (fact.text(text), *number, "%".to_owned()),
                other => panic!("not an amount: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn amounts_carry_their_currency_and_scale() {
        assert_eq!(
            found("Turnover reached $215.5 million, imports USD 94.9 mln and AZN 3 billion."),
            [
                ("$215.5 million", 215.5, "USD million".to_owned()),
                ("USD 94.9 mln", 94.9, "USD million".to_owned()),
                ("AZN 3 billion", 3.0, "AZN billion".to_owned()),
            ]
        );
    }

    #[test]
    fn a_currency_after_the_number_and_thousands_separators() {
        assert_eq!(
            found("A grant of 1,200,000 euros and 2.5 billion US dollars; €40."),
            [
                ("1,200,000 euros", 1_200_000.0, "EUR".to_owned()),
                ("2.5 billion US dollars", 2.5, "USD billion".to_owned()),
                ("€40", 40.0, "EUR".to_owned()),
            ]
        );
    }

    #[test]
    fn percentages_in_words_and_signs() {
        assert_eq!(
            found("Up 76.4 percent, then 18%, then 3,5 faiz and 12 per cent."),
            [
                ("76.4 percent", 76.4, "%".to_owned()),
                ("18%", 18.0, "%".to_owned()),
                ("3,5 faiz", 3.5, "%".to_owned()),
                ("12 per cent", 12.0, "%".to_owned()),
            ]
        );
    }

    #[test]
    fn numbers_without_a_currency_are_not_amounts() {
        assert_eq!(
            found("More than 60 documents were signed over 30 years."),
            []
        );
    }
}
