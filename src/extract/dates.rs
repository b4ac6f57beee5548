//! Dates and periods, each with the precision the text gives: "3 November
//! 2022" is a day, "in May 2022" a month, "in 1995" a year; "2022-2023",
//! "January-August 2022" and "the second half of 2024" are periods. Month
//! names in English, Azerbaijani (`iyun`) and Russian (`июня`).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::{Captures, Regex};

use super::{Fact, FactValue, keep_longest};
use crate::model::PartialDate;

/// Every spelling of a month the patterns accept, longest first so that the
/// regex (leftmost-first) takes "June" before "Jun".
const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|январ[ьяе]|феврал[ьяе]|марта?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])\.?";

/// A year a text about relations plausibly names (not "1500 people").
const YEAR: &str = r"(?:1[89]\d\d|2[01]\d\d)";

/// The month a spelling names, by its first three letters (which differ in
/// every language the patterns accept).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let prefix: String = word.to_lowercase().chars().take(3).collect();
    let month = match prefix.as_str() {
        "jan" | "yan" | "янв" => 1,
        "feb" | "fev" | "фев" => 2,
        "mar" | "мар" => 3,
        "apr" | "апр" => 4,
        "may" | "май" | "мая" | "мае" => 5,
        "jun" | "iyu" if !word.to_lowercase().starts_with("iyul") => 6,
        "jul" | "iyu" => 7,
        "aug" | "avq" | "авг" => 8,
        "sep" | "sen" | "сен" => 9,
        "oct" | "okt" | "окт" => 10,
        "nov" | "noy" | "ноя" => 11,
        "dec" | "dek" | "дек" => 12,
        "июн" => 6,
        "июл" => 7,
        _ => return None,
    };
    Some(month)
}

/// The patterns, each with how it turns its captures into a fact value.
struct Pattern {
    regex: Regex,
    read: fn(&Captures) -> Option<FactValue>,
    confidence: f32,
}

fn pattern(source: &str, read: fn(&Captures) -> Option<FactValue>, confidence: f32) -> Pattern {
    let source = source.replace("MONTH", MONTH).replace("YEAR", YEAR);
    Pattern {
        regex: Regex::new(&format!("(?i){source}")).expect("the date patterns are valid"),
        read,
        confidence,
    }
}

fn number(captures: &Captures, name: &str) -> Option<i64> {
    captures.name(name)?.as_str().parse().ok()
}

fn year(captures: &Captures, name: &str) -> Option<i32> {
    number(captures, name).and_then(|year| i32::try_from(year).ok())
}

fn month(captures: &Captures, name: &str) -> Option<u32> {
    month_number(captures.name(name)?.as_str())
}

fn day(captures: &Captures) -> Option<FactValue> {
    let year = year(captures, "year")?;
    let month = match captures.name("month_number") {
        Some(digits) => digits.as_str().parse().ok()?,
        None => month(captures, "month")?,
    };
    let day = u32::try_from(number(captures, "day")?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(FactValue::Date {
        date: PartialDate::Day(date),
        time: None,
    })
}

fn month_date(captures: &Captures) -> Option<FactValue> {
    let month = match captures.name("month_number") {
        Some(digits) => digits
            .as_str()
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?,
        None => month(captures, "month")?,
    };
    Some(FactValue::Date {
        date: PartialDate::Month(year(captures, "year")?, month),
        time: None,
    })
}

fn year_date(captures: &Captures) -> Option<FactValue> {
    Some(FactValue::Date {
        date: PartialDate::Year(year(captures, "year")?),
        time: None,
    })
}

fn year_period(captures: &Captures) -> Option<FactValue> {
    let from = year(captures, "from")?;
    let to = year(captures, "to")?;
    (from < to).then_some(FactValue::Period {
        from: PartialDate::Year(from),
        to: PartialDate::Year(to),
    })
}

fn month_period(captures: &Captures) -> Option<FactValue> {
    let year = year(captures, "year")?;
    let from = month(captures, "from")?;
    let to = month(captures, "to")?;
    (from < to).then_some(FactValue::Period {
        from: PartialDate::Month(year, from),
        to: PartialDate::Month(year, to),
    })
}

fn part_of_year(captures: &Captures) -> Option<FactValue> {
    let year = year(captures, "year")?;
    let ordinal = captures.name("ordinal")?.as_str().to_lowercase();
    let index: u32 = match ordinal.as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    };
    let months_long = if captures.name("half").is_some() {
        if index > 2 {
            return None;
        }
        6
    } else {
        3
    };
    let last = index * months_long;
    Some(FactValue::Period {
        from: PartialDate::Month(year, last - months_long + 1),
        to: PartialDate::Month(year, last),
    })
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        pattern(
            r"\b(?P<year>YEAR)-(?P<month_number>\d\d)-(?P<day>\d\d)\b",
            day,
            0.95,
        ),
        pattern(
            r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>MONTH)\s*,?\s+(?P<year>YEAR)\b",
            day,
            0.95,
        ),
        pattern(
            r"\b(?P<month>MONTH)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<year>YEAR)\b",
            day,
            0.95,
        ),
        pattern(
            r"\b(?P<from>MONTH)\s*(?:-|–|—|to|until|through)\s*(?P<to>MONTH)\s+(?P<year>YEAR)\b",
            month_period,
            0.9,
        ),
        pattern(
            r"\b(?P<from>YEAR)\s*(?:-|–|—|/)\s*(?P<to>YEAR)\b",
            year_period,
            0.9,
        ),
        pattern(
            r"\b(?:from|between)\s+(?P<from>YEAR)\s+(?:to|and|until|till)\s+(?P<to>YEAR)\b",
            year_period,
            0.9,
        ),
        pattern(
            r"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:(?P<half>half)|quarter)\s+of\s+(?P<year>YEAR)\b",
            part_of_year,
            0.9,
        ),
        pattern(
            r"\b(?P<month>MONTH)\s+(?:of\s+)?(?P<year>YEAR)\b",
            month_date,
            0.9,
        ),
        pattern(
            r"\b(?P<year>YEAR)-(?P<month_number>\d\d)\b",
            month_date,
            0.8,
        ),
        pattern(r"\b(?P<year>YEAR)\b", year_date, 0.7),
    ]
});

/// A clock time after a day, with its UTC offset when given:
/// "12:07 (UTC+04:00)", "at 9:30 GMT+4".
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,?\s*(?:at\s+)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*\(?\s*(?:UTC|GMT)\s*(?P<offset>[+\-−]\s*\d{1,2}(?::?\d\d)?)\s*\)?)?",
    )
    .expect("the time pattern is valid")
});

/// Four digits: every date and period the patterns read holds a year.
static FOUR_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]{4}").expect("the digits pattern is valid"));

/// How far before its year a date may start ("the fourth quarter of 2021",
/// "3 сентября 2022") and after it end ("2022-11-03"), in bytes.
const REACH_BEFORE_YEAR: usize = 48;
const REACH_AFTER_YEAR: usize = 8;

/// The stretches of `text` around its years, widened to whole words and
/// merged: the date patterns run on these only, so a long text costs one
/// quick scan for digits plus the patterns on a small part of it.
fn around_years(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut stretches: Vec<std::ops::Range<usize>> = Vec::new();
    for year in FOUR_DIGITS.find_iter(text) {
        let mut start = year.start().saturating_sub(REACH_BEFORE_YEAR);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let start = text[..start].rfind(char::is_whitespace).unwrap_or(0);
        let mut end = (year.end() + REACH_AFTER_YEAR).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let end = text[end..]
            .find(char::is_whitespace)
            .map_or(text.len(), |offset| end + offset);
        match stretches.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => stretches.push(start..end),
        }
    }
    stretches
}

/// The dates and periods in `text`, not overlapping one another.
pub(super) fn find(text: &str) -> Vec<Fact> {
    let mut candidates = Vec::new();
    for stretch in around_years(text) {
        find_in(text, stretch, &mut candidates);
    }
    let mut dates = keep_longest(candidates);
    for fact in &mut dates {
        attach_time(text, fact);
    }
    dates
}

/// The candidate dates of `text[stretch]`, with spans in `text`.
fn find_in(text: &str, stretch: std::ops::Range<usize>, candidates: &mut Vec<Fact>) {
    let offset = stretch.start;
    let part = &text[stretch];
    for pattern in PATTERNS.iter() {
        for captures in pattern.regex.captures_iter(part) {
            let Some(value) = (pattern.read)(&captures) else {
                continue;
            };
            let Some(whole) = captures.get(0) else {
                continue;
            };
            candidates.push(Fact {
                span: offset + whole.start()..offset + whole.end(),
                value,
                confidence: pattern.confidence,
            });
        }
    }
}

/// Extends a day with the clock time written right after it.
fn attach_time(text: &str, fact: &mut Fact) {
    let FactValue::Date {
        date: PartialDate::Day(_),
        time,
    } = &mut fact.value
    else {
        return;
    };
    let Some(captures) = TIME.captures(&text[fact.span.end..]) else {
        return;
    };
    let (Some(hour), Some(minute), Some(whole)) = (
        captures.name("hour"),
        captures.name("minute"),
        captures.get(0),
    ) else {
        return;
    };
    let mut clock = format!("{:0>2}:{}", hour.as_str(), minute.as_str());
    if let Some(offset) = captures.name("offset") {
        clock.push_str(&normalise_offset(offset.as_str()));
    }
    *time = Some(clock);
    fact.span.end += whole.end();
}

/// "+4", "+04:00", "−0430" → "+04:00", "-04:30".
fn normalise_offset(offset: &str) -> String {
    let sign = if offset.starts_with('+') { '+' } else { '-' };
    let digits: String = offset.chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.as_str(), "00"),
        3 => digits.split_at(1),
        _ => digits.split_at(2),
    };
    format!("{sign}{hours:0>2}:{minutes:0>2}")
}

#[cfg(test)]
mod tests {
    use super::super::pairs;
    use super::*;

    /// Each fact as (text as written, value in file form).
    fn found(text: &str) -> Vec<(String, String)> {
        let mut facts = find(text);
        facts.sort_by_key(|fact| fact.span.start);
        facts
            .iter()
            .map(|fact| {
                let value = match &fact.value {
                    FactValue::Date { date, time: None } => date.to_string(),
                    FactValue::Date {
                        date,
                        time: Some(time),
                    } => format!("{date}T{time}"),
                    FactValue::Period { from, to } => format!("{from}/{to}"),
                    other => panic!("not a date: {other:?}"),
                };
                (fact.text(text).to_owned(), value)
            })
            .collect()
    }

    #[test]
    fn days_are_days_in_every_order() {
        assert_eq!(
            found("Signed on 3 November 2022, ratified November 4, 2022 and on 2023-01-15."),
            pairs(&[
                ("3 November 2022", "2022-11-03"),
                ("November 4, 2022", "2022-11-04"),
                ("2023-01-15", "2023-01-15"),
            ])
        );
        assert_eq!(
            found("Relations date from the 19th of June 1992."),
            pairs(&[("19th of June 1992", "1992-06-19")])
        );
    }

    #[test]
    fn a_month_is_never_given_a_day() {
        assert_eq!(
            found("On May 2022 the commission met; the next session is in October 2023."),
            pairs(&[("May 2022", "2022-05"), ("October 2023", "2023-10")])
        );
    }

    #[test]
    fn a_year_stays_a_year() {
        assert_eq!(
            found("Signed in 1995, amended in 2021; 1500 people took part."),
            pairs(&[("1995", "1995"), ("2021", "2021")])
        );
    }

    #[test]
    fn periods_of_years_months_and_halves() {
        assert_eq!(
            found("The plan for 2022-2023 follows the one for 2020–2021."),
            pairs(&[("2022-2023", "2022/2023"), ("2020–2021", "2020/2021")])
        );
        assert_eq!(
            found("Trade grew in January-August 2022 and in the second half of 2024."),
            pairs(&[
                ("January-August 2022", "2022-01/2022-08"),
                ("the second half of 2024", "2024-07/2024-12"),
            ])
        );
        assert_eq!(
            found("In the third quarter of 2021, and from 2015 to 2018."),
            pairs(&[
                ("the third quarter of 2021", "2021-07/2021-09"),
                ("from 2015 to 2018", "2015/2018"),
            ])
        );
    }

    #[test]
    fn a_period_that_runs_backwards_is_not_a_period() {
        // "2023-2021" is no period; its years are still years.
        assert_eq!(
            found("Numbers 2023-2021."),
            pairs(&[("2023", "2023"), ("2021", "2021")])
        );
    }

    #[test]
    fn a_time_with_its_offset_joins_its_day() {
        assert_eq!(
            found("Published 3 November 2022 12:07 (UTC+04:00) by Azernews."),
            pairs(&[(
                "3 November 2022 12:07 (UTC+04:00)",
                "2022-11-03T12:07+04:00"
            )])
        );
        assert_eq!(
            found("On 5 May 2021 at 9:30 GMT+4."),
            pairs(&[("5 May 2021 at 9:30 GMT+4", "2021-05-05T09:30+04:00")])
        );
        // A time after a month is not a day's time.
        assert_eq!(found("May 2021 12:00"), pairs(&[("May 2021", "2021-05")]));
    }

    #[test]
    fn azerbaijani_and_russian_month_names() {
        assert_eq!(
            found("19 iyun 1992-ci il, 3 июня 2022 года, в мае 2021, iyul 2020"),
            pairs(&[
                ("19 iyun 1992", "1992-06-19"),
                ("3 июня 2022", "2022-06-03"),
                ("мае 2021", "2021-05"),
                ("iyul 2020", "2020-07"),
            ])
        );
    }

    #[test]
    fn an_impossible_day_is_not_a_date() {
        assert_eq!(
            found("On 31 February 2022."),
            pairs(&[("February 2022", "2022-02")])
        );
    }

    #[test]
    fn spans_are_byte_offsets_in_text_with_non_ascii_letters() {
        let text = "İŞKUR və Azərbaycan 19 iyun 1992";
        let facts = find(text);
        assert_eq!(facts.len(), 1);
        assert_eq!(&text[facts[0].span.clone()], "19 iyun 1992");
        assert_eq!(facts[0].span.start, text.find("19").unwrap());
    }
}
