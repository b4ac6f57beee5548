//! Partial dates and periods: the sources often give only a year ("signed in
//! 1995") or a month ("in May 2022"), and that precision must survive every
//! round trip: May 2022 is never stored or shown as 1 May.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: "signed in 1995".
    Year,
    /// The year and month: "in May 2022".
    Month,
    /// The exact day.
    Day,
}

/// A calendar date known to the year, the month or the day.
///
/// Written in files as `1995`, `2022-05` or `2022-05-14`. Ordering puts a year
/// before its months and a month before its days, so a list sorted by date
/// shows "2022", then "May 2022", then "14 May 2022".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// Only the year is known.
    Year(i32),
    /// Year and month (1–12).
    Month(i32, u32),
    /// The exact day is known.
    Day(NaiveDate),
}

/// Why a text is not a partial date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum DateError {
    /// Not a year, a month or a day in the file's forms.
    Shape(String),
    /// A month number outside 1–12.
    Month(String),
    /// A day the calendar does not have, such as 31 April.
    Day(String),
    /// A year outside 1000–9999, most likely a typo.
    Year(String),
    /// A typed date in none of the shapes people write.
    Typed(String),
    /// Day and month could be either way round: the text, then the two
    /// readings as a person says them ("3 November", "11 March").
    Ambiguous(String, String, String),
}

impl DateError {
    /// The message in the thread's language, the text quoted as given.
    fn message(&self) -> String {
        use crate::tr;
        match self {
            Self::Shape(text) => tr!("model-date-shape", text = format!("{text:?}")),
            Self::Month(text) => tr!("model-date-month", text = format!("{text:?}")),
            Self::Day(text) => tr!("model-date-day", text = format!("{text:?}")),
            Self::Year(text) => tr!("model-date-year", text = format!("{text:?}")),
            Self::Typed(text) => tr!("model-date-typed", text = format!("{text:?}")),
            Self::Ambiguous(text, one, other) => tr!(
                "model-date-ambiguous",
                text = format!("{text:?}"),
                one = one,
                other = other
            ),
        }
    }
}

/// The English month names, and their three-letter forms.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The Azerbaijani month names, and the Russian ones standing alone and
/// after a day ("ноябрь", "3 ноября"): an officer types a date in the
/// interface's language as readily as in English.
const MONTHS_ELSEWHERE: [[&str; 12]; 3] = [
    [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ],
    [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
];

/// The month a word names: "November", "nov", "Nov.", "noyabr", "ноября"
/// (case aside).
fn month_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(&word)))
        .or_else(|| {
            MONTHS_ELSEWHERE
                .iter()
                .find_map(|names| names.iter().position(|name| *name == word))
        })
        .map(|index| index as u32 + 1)
}

/// A day and month for the ambiguity message: "3 November", "3 noyabr",
/// "3 ноября" (2000 is a leap year, so 29 February is a day too).
fn day_and_month(day: u32, month: u32) -> String {
    NaiveDate::from_ymd_opt(2000, month, day).map_or_else(
        || format!("{day}.{month:02}"),
        crate::i18n::dates::day_and_month,
    )
}

impl PartialDate {
    /// Whether it is known to the year, the month or the day.
    pub fn precision(&self) -> Precision {
        match self {
            Self::Year(_) => Precision::Year,
            Self::Month(..) => Precision::Month,
            Self::Day(_) => Precision::Day,
        }
    }

    /// The year, which every partial date knows.
    pub fn year(&self) -> i32 {
        match *self {
            Self::Year(year) | Self::Month(year, _) => year,
            Self::Day(day) => day.year(),
        }
    }

    /// The month, when known.
    pub fn month(&self) -> Option<u32> {
        match *self {
            Self::Year(_) => None,
            Self::Month(_, month) => Some(month),
            Self::Day(day) => Some(day.month()),
        }
    }

    /// The first day this date could be.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            Self::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
            Self::Month(year, month) => {
                NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
            }
            Self::Day(day) => day,
        }
    }

    /// The last day this date could be.
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            Self::Year(year) => NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
            Self::Month(..) => self
                .first_day()
                .checked_add_months(Months::new(1))
                .and_then(|next| next.pred_opt())
                .unwrap_or(NaiveDate::MAX),
            Self::Day(day) => day,
        }
    }

    /// Whether the date could be the given day.
    pub fn may_be_on(&self, day: NaiveDate) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }

    /// How a person reads it, in the thread's language: "1995", "May
    /// 2022", "14 May 2022" ("may 2022", "14 мая 2022 г.").
    pub fn human(&self) -> String {
        match *self {
            Self::Year(year) => year.to_string(),
            Self::Month(year, month) => crate::i18n::dates::month(year, month),
            Self::Day(day) => crate::i18n::dates::day(day),
        }
    }

    fn sort_key(&self) -> (i32, u32, u32) {
        match *self {
            Self::Year(year) => (year, 0, 0),
            Self::Month(year, month) => (year, month, 0),
            Self::Day(day) => (day.year(), day.month(), day.day()),
        }
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialDate {
    /// A date as people type it in a form: the file's `1995`, `2022-11`
    /// and `2022-11-03`, and also `3 November 2022`, `November 2022`,
    /// `Nov 2022`, `November 3, 2022` and `03.11.2022` or `11.2022`
    /// (day.month.year, as written in Azerbaijan and Russia). A slashed
    /// `03/11/2022` is refused with the reason: it is 3 November in Baku
    /// and 11 March in Washington.
    pub fn parse_typed(text: &str) -> Result<Self, DateError> {
        let text = text.trim();
        let typed_error = || DateError::Typed(text.to_owned());
        if text.parse::<Self>().is_ok() || text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            // The file's own forms, with their precise messages.
            return text.parse::<Self>();
        }
        let number = |part: &str| -> Result<u32, DateError> {
            if !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| typed_error())
            } else {
                Err(typed_error())
            }
        };
        let year_of = |part: &str| -> Result<i32, DateError> {
            let year = number(part)? as i32;
            if part.len() == 4 && year >= 1000 {
                Ok(year)
            } else {
                Err(DateError::Year(text.to_owned()))
            }
        };
        let day_of = |year: i32, month: u32, day: u32| {
            NaiveDate::from_ymd_opt(year, month, day)
                .map(Self::Day)
                .ok_or_else(|| DateError::Day(text.to_owned()))
        };
        let month_of = |month: u32| {
            if (1..=12).contains(&month) {
                Ok(month)
            } else {
                Err(DateError::Month(text.to_owned()))
            }
        };
        if text.contains('/') {
            let parts: Vec<&str> = text.split('/').map(str::trim).collect();
            if let [first, second, _year] = parts.as_slice()
                && let (Ok(first), Ok(second)) = (number(first), number(second))
                && (1..=12).contains(&first)
                && (1..=12).contains(&second)
                && first != second
            {
                return Err(DateError::Ambiguous(
                    text.to_owned(),
                    day_and_month(first, second),
                    day_and_month(second, first),
                ));
            }
            return Err(DateError::Typed(text.to_owned()));
        }
        if text.contains('.') && text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return match text.split('.').collect::<Vec<_>>().as_slice() {
                [day, month, year] => {
                    day_of(year_of(year)?, month_of(number(month)?)?, number(day)?)
                }
                [month, year] => Ok(Self::Month(year_of(year)?, month_of(number(month)?)?)),
                _ => Err(typed_error()),
            };
        }
        // Words: "3 November 2022", "November 2022", "November 3, 2022".
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|word| !word.is_empty())
            .collect();
        match words.as_slice() {
            [month, year] if month_named(month).is_some() => Ok(Self::Month(
                year_of(year)?,
                month_named(month).ok_or_else(typed_error)?,
            )),
            [day, month, year] if month_named(month).is_some() => day_of(
                year_of(year)?,
                month_named(month).ok_or_else(typed_error)?,
                number(day.trim_end_matches('.'))?,
            ),
            [month, day, year] if month_named(month).is_some() => day_of(
                year_of(year)?,
                month_named(month).ok_or_else(typed_error)?,
                number(day)?,
            ),
            _ => Err(typed_error()),
        }
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(day: NaiveDate) -> Self {
        Self::Day(day)
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let shape_error = || DateError::Shape(text.to_owned());
        let digits = |part: &str, len: usize| -> Result<u32, DateError> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| shape_error())
            } else {
                Err(shape_error())
            }
        };
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(shape_error)?;
        let year = digits(year_text, 4)? as i32;
        if year < 1000 {
            return Err(DateError::Year(text.to_owned()));
        }
        let Some(month_text) = parts.next() else {
            return Ok(Self::Year(year));
        };
        let month = digits(month_text, 2)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(text.to_owned()));
        }
        let Some(day_text) = parts.next() else {
            return Ok(Self::Month(year, month));
        };
        let day = digits(day_text, 2)?;
        if parts.next().is_some() {
            return Err(shape_error());
        }
        NaiveDate::from_ymd_opt(year, month, day)
            .map(Self::Day)
            .ok_or_else(|| DateError::Day(text.to_owned()))
    }
}

/// The file form: `1995`, `2022-05`, `2022-05-14`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Year(year) => write!(f, "{year:04}"),
            Self::Month(year, month) => write!(f, "{year:04}-{month:02}"),
            Self::Day(day) => write!(f, "{}", day.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A span from one partial date to another, or a single partial date when
/// `end` is absent ("2022-2023", "January–August 2022", "2023").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The date it begins on.
    pub start: PartialDate,
    /// The date it ends on; absent for a single date, and left out of the file then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

/// A period whose end comes before its start.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!("model-end-before-start", start = start.to_string(), end = end.to_string()))]
pub struct EndBeforeStart {
    /// The start as it was given.
    pub start: PartialDate,
    /// The end as it was given, which comes before `start`.
    pub end: PartialDate,
}

impl Period {
    /// A period of one partial date: "2023" is the whole of 2023.
    pub fn single(date: PartialDate) -> Self {
        Self {
            start: date,
            end: None,
        }
    }

    /// A period from `start` to `end`, refused when the end comes first.
    pub fn new(start: PartialDate, end: Option<PartialDate>) -> Result<Self, EndBeforeStart> {
        let period = Self { start, end };
        period.check()?;
        Ok(period)
    }

    /// An end "before" the start means no day of the end can fall on or after
    /// any day of the start; "2022" to "2022-05" is fine.
    pub fn check(&self) -> Result<(), EndBeforeStart> {
        check_order(Some(self.start), self.end)
    }

    /// The same start with another end.
    #[must_use]
    pub fn with_end(self, end: Option<PartialDate>) -> Self {
        Self { end, ..self }
    }

    /// The first day the period can cover: 1 January for a start known to the year.
    pub fn first_day(&self) -> NaiveDate {
        self.start.first_day()
    }

    /// The last day the period can cover: 31 December for an end known to the year.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.start).last_day()
    }

    /// The period as a person reads it: "2022 – 2023", "January 2022 – August 2022".
    pub fn human(&self) -> String {
        match self.end {
            None => self.start.human(),
            Some(end) if end == self.start => self.start.human(),
            Some(end) => crate::tr!(
                "model-period",
                start = self.start.human(),
                end = end.human()
            ),
        }
    }
}

/// Checks that `end` does not come before `start` when both are known.
pub fn check_order(
    start: Option<PartialDate>,
    end: Option<PartialDate>,
) -> Result<(), EndBeforeStart> {
    match (start, end) {
        (Some(start), Some(end)) if end.last_day() < start.first_day() => {
            Err(EndBeforeStart { start, end })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn parses_each_precision_and_writes_it_back_unchanged() {
        for text in ["1995", "2022-05", "2022-11-03", "2024-02-29"] {
            assert_eq!(date(text).to_string(), text);
        }
        assert_eq!(date("1995").precision(), Precision::Year);
        assert_eq!(date("2022-05").precision(), Precision::Month);
        assert_eq!(date("2022-05-14").precision(), Precision::Day);
    }

    #[test]
    fn rejects_bad_input_with_a_message_naming_it() {
        let cases = [
            ("2022-13", "\"2022-13\" is not a valid month"),
            ("2022-00", "\"2022-00\" is not a valid month"),
            ("2023-02-29", "\"2023-02-29\" is not a valid day"),
            ("2022-5", "\"2022-5\" is not a date"),
            ("May 2022", "\"May 2022\" is not a date"),
            ("", "\"\" is not a date"),
            ("2022-05-14-1", "\"2022-05-14-1\" is not a date"),
            ("0999", "\"0999\" is out of range"),
            (" 1995", "\" 1995\" is not a date"),
        ];
        for (text, expected) in cases {
            let message = text.parse::<PartialDate>().unwrap_err().to_string();
            assert!(message.starts_with(expected), "{text}: {message}");
        }
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        let day = |y, m, d| PartialDate::Day(NaiveDate::from_ymd_opt(y, m, d).expect("a day"));
        for (typed, understood) in [
            ("3 November 2022", day(2022, 11, 3)),
            ("03 nov 2022", day(2022, 11, 3)),
            ("November 3, 2022", day(2022, 11, 3)),
            ("03.11.2022", day(2022, 11, 3)),
            ("3.11.2022", day(2022, 11, 3)),
            ("  2022-11-03 ", day(2022, 11, 3)),
            ("November 2022", PartialDate::Month(2022, 11)),
            ("Nov. 2022", PartialDate::Month(2022, 11)),
            ("11.2022", PartialDate::Month(2022, 11)),
            ("2022-11", PartialDate::Month(2022, 11)),
            ("1995", PartialDate::Year(1995)),
        ] {
            assert_eq!(PartialDate::parse_typed(typed), Ok(understood), "{typed}");
        }
    }

    #[test]
    fn a_slashed_date_is_refused_with_the_reason() {
        let error = PartialDate::parse_typed("03/11/2022").expect_err("ambiguous");
        assert_eq!(
            error.to_string(),
            "\"03/11/2022\" could be 3 November or 11 March: write 03.11.2022 (day.month.year) or 2022-11-03"
        );
        // Not ambiguous is still not a shape people here write.
        assert!(matches!(
            PartialDate::parse_typed("25/12/2022"),
            Err(DateError::Typed(_))
        ));
    }

    #[test]
    fn typed_dates_that_cannot_be_are_refused_naming_why() {
        assert!(matches!(
            PartialDate::parse_typed("31.02.2022"),
            Err(DateError::Day(_))
        ));
        assert!(matches!(
            PartialDate::parse_typed("13.2022"),
            Err(DateError::Month(_))
        ));
        assert!(matches!(
            PartialDate::parse_typed("3 November 22"),
            Err(DateError::Year(_))
        ));
        assert!(matches!(
            PartialDate::parse_typed("3rd of November"),
            Err(DateError::Typed(_))
        ));
        assert!(matches!(
            PartialDate::parse_typed("2022-13"),
            Err(DateError::Month(_))
        ));
        // The file's format stays strict: only the form reads words.
        assert!("3 November 2022".parse::<PartialDate>().is_err());
    }

    #[test]
    fn a_year_sorts_before_its_months_and_a_month_before_its_days() {
        let mut dates = [
            date("2022-05-14"),
            date("2023"),
            date("2022-05"),
            date("2022"),
            date("2021-12-31"),
            date("2022-04-30"),
        ];
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(
            texts,
            [
                "2021-12-31",
                "2022",
                "2022-04-30",
                "2022-05",
                "2022-05-14",
                "2023"
            ]
        );
    }

    #[test]
    fn shows_only_the_precision_it_has() {
        assert_eq!(date("1995").human(), "1995");
        assert_eq!(date("2022-05").human(), "May 2022");
        assert_eq!(date("1992-06-19").human(), "19 June 1992");
    }

    #[test]
    fn reads_in_the_interface_language() {
        use crate::i18n::{Language, with_language};
        with_language(Language::Azerbaijani, || {
            assert_eq!(date("1992-06-19").human(), "19 iyun 1992");
            assert_eq!(date("2022-05").human(), "may 2022");
            assert_eq!(date("1995").human(), "1995");
            assert_eq!(
                Period::new(date("2023"), Some(date("2024")))
                    .unwrap()
                    .human(),
                "2023 – 2024"
            );
        });
        with_language(Language::Russian, || {
            assert_eq!(date("1992-06-19").human(), "19 июня 1992 г.");
            assert_eq!(date("2022-05").human(), "май 2022");
            assert_eq!(
                Period::new(date("2022-01"), Some(date("2022-08")))
                    .unwrap()
                    .human(),
                "январь 2022 – август 2022"
            );
            let error = PartialDate::parse_typed("03/11/2022").unwrap_err();
            assert_eq!(
                error.to_string(),
                "\"03/11/2022\" может означать 3 ноября или 11 марта: \
                 напишите 03.11.2022 (день.месяц.год) или 2022-11-03"
            );
        });
    }

    #[test]
    fn takes_month_names_in_azerbaijani_and_russian() {
        assert_eq!(
            PartialDate::parse_typed("3 ноября 2022").unwrap(),
            date("2022-11-03")
        );
        assert_eq!(
            PartialDate::parse_typed("noyabr 2022").unwrap(),
            date("2022-11")
        );
        assert_eq!(
            PartialDate::parse_typed("Май 2022").unwrap(),
            date("2022-05")
        );
    }

    #[test]
    fn spans_the_days_it_may_be() {
        assert_eq!(date("2024-02").last_day(), date("2024-02-29").first_day());
        assert_eq!(date("2023-02").last_day(), date("2023-02-28").first_day());
        assert_eq!(date("2022").first_day(), date("2022-01-01").first_day());
        assert!(date("2022-05").may_be_on(date("2022-05-31").first_day()));
        assert!(!date("2022-05").may_be_on(date("2022-06-01").first_day()));
    }

    #[test]
    fn a_period_may_not_end_before_it_starts() {
        assert!(Period::new(date("2022"), Some(date("2023"))).is_ok());
        assert!(Period::new(date("2022"), Some(date("2022-05"))).is_ok());
        assert!(Period::new(date("2022-05"), Some(date("2022"))).is_ok());
        let error = Period::new(date("2023-05"), Some(date("2022-12-31"))).unwrap_err();
        assert_eq!(
            error.to_string(),
            "ends (2022-12-31) before it starts (2023-05)"
        );
        assert_eq!(
            Period::new(date("2022-01"), Some(date("2022-08")))
                .unwrap()
                .human(),
            "January 2022 – August 2022"
        );
    }
}
