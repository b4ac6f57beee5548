//! The calendar's grid as plain data: months of a year, the weeks of a
//! month from the user's first weekday, and the lanes multi-day bars take
//! in a week (the `datepicker`'s `month_data` split: computed apart from
//! painting, tested without a UI).

use chrono::{Datelike as _, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::CalendarItem;
use crate::model::PartialDate;

/// A month of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// The full year, e.g. 2022.
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl YearMonth {
    /// The month a day is in.
    pub fn of(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            month: day.month(),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Its last day.
    pub fn last_day(self) -> NaiveDate {
        PartialDate::Month(self.year, self.month).last_day()
    }

    /// The month after.
    #[must_use]
    pub fn next(self) -> Self {
        if self.month >= 12 {
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                month: self.month + 1,
                ..self
            }
        }
    }

    /// The month before.
    #[must_use]
    pub fn previous(self) -> Self {
        if self.month <= 1 {
            Self {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Self {
                month: self.month - 1,
                ..self
            }
        }
    }

    /// "May 2022".
    pub fn human(self) -> String {
        crate::i18n::dates::month(self.year, self.month)
    }
}

/// The day a week starts on; a user setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum WeekStart {
    #[default]
    /// Monday first, as in Azerbaijan and most of Europe; the default.
    Monday,
    /// Sunday first, as in the United States.
    Sunday,
}

impl WeekStart {
    fn weekday(self) -> Weekday {
        match self {
            Self::Monday => Weekday::Mon,
            Self::Sunday => Weekday::Sun,
        }
    }

    /// The name a settings picker shows.
    pub fn label(self) -> String {
        crate::model::capitalised(&crate::i18n::dates::weekday_name(self.weekday()))
    }

    /// The short names of the days, in the order a week shows them.
    pub fn day_names(self) -> [String; 7] {
        let mut day = self.weekday();
        std::array::from_fn(|_| {
            let name = crate::i18n::dates::weekday_short(day);
            day = day.succ();
            name
        })
    }
}

/// The seven days of the week holding `day`.
pub fn week_of(day: NaiveDate, week_start: WeekStart) -> [NaiveDate; 7] {
    let first = day.week(week_start.weekday()).first_day();
    std::array::from_fn(|offset| {
        first
            .checked_add_days(Days::new(offset as u64))
            .unwrap_or(NaiveDate::MAX)
    })
}

/// The weeks a month view shows: every week holding a day of `month`,
/// first to last (four to six weeks).
pub fn month_grid(month: YearMonth, week_start: WeekStart) -> Vec<[NaiveDate; 7]> {
    let last = month.last_day();
    let mut weeks = Vec::with_capacity(6);
    let mut week = week_of(month.first_day(), week_start);
    loop {
        weeks.push(week);
        let next = week[6].succ_opt().unwrap_or(NaiveDate::MAX);
        if next > last || next == NaiveDate::MAX {
            break;
        }
        week = week_of(next, week_start);
    }
    weeks
}

/// The same day a number of months later (or earlier), kept within the
/// month: 31 January plus one month is 28 or 29 February.
pub fn add_months(day: NaiveDate, months: i32) -> NaiveDate {
    let moved = if months >= 0 {
        day.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        day.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    moved.unwrap_or(day)
}

/// Where an item's bar sits in a week: its columns (0–6) and its lane
/// (row within the week), and whether it runs on from the week before or
/// into the week after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekSegment {
    /// Position in the slice given to [`lay_out_week`].
    pub item: usize,
    /// The column (0–6) of its first day in this week.
    pub first_column: usize,
    /// The column (0–6) of its last day in this week.
    pub last_column: usize,
    /// The row within the week, 0 at the top; bars that share a day never share a lane.
    pub lane: usize,
    /// True when the item starts before this week and runs on into it.
    pub continues_before: bool,
    /// True when the item ends after this week.
    pub continues_after: bool,
}

/// Lays day-precise items out as bars across a week: each item takes one
/// lane from its first to its last day in the week, longer items first, so
/// that a multi-day visit is one bar and not one box per day.
pub fn lay_out_week(week: &[NaiveDate; 7], items: &[&CalendarItem]) -> Vec<WeekSegment> {
    let (week_first, week_last) = (week[0], week[6]);
    let mut order: Vec<(usize, NaiveDate, NaiveDate)> = items
        .iter()
        .enumerate()
        .filter_map(|(position, item)| {
            let (first, last) = item.days()?;
            (first <= week_last && last >= week_first).then_some((position, first, last))
        })
        .collect();
    order.sort_by(|a, b| {
        let first = |entry: &(usize, NaiveDate, NaiveDate)| entry.1.max(week_first);
        let last = |entry: &(usize, NaiveDate, NaiveDate)| entry.2.min(week_last);
        first(a)
            .cmp(&first(b))
            .then_with(|| last(b).cmp(&last(a)))
            .then_with(|| a.0.cmp(&b.0))
    });
    let column = |day: NaiveDate| (day - week_first).num_days().clamp(0, 6) as usize;
    // The last column each lane is taken up to.
    let mut lanes: Vec<usize> = Vec::new();
    let mut segments = Vec::with_capacity(order.len());
    for (position, first, last) in order {
        let first_column = column(first.max(week_first));
        let last_column = column(last.min(week_last));
        let lane = if let Some(lane) = lanes.iter().position(|taken| *taken < first_column) {
            lanes[lane] = last_column;
            lane
        } else {
            lanes.push(last_column);
            lanes.len() - 1
        };
        segments.push(WeekSegment {
            item: position,
            first_column,
            last_column,
            lane,
            continues_before: first < week_first,
            continues_after: last > week_last,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::super::tests::{day, item, month};
    use super::*;

    #[test]
    fn a_leap_february_has_its_29th_in_the_grid() {
        let weeks = month_grid(month(2024, 2), WeekStart::Monday);
        assert_eq!(weeks.len(), 5);
        // 1 February 2024 is a Thursday: the grid opens on Monday 29 January.
        assert_eq!(weeks[0][0], day("2024-01-29"));
        assert_eq!(weeks[0][3], day("2024-02-01"));
        assert!(weeks.iter().flatten().any(|d| *d == day("2024-02-29")));
        assert_eq!(weeks[4][6], day("2024-03-03"));
        let weeks = month_grid(month(2023, 2), WeekStart::Monday);
        assert!(
            !weeks
                .iter()
                .flatten()
                .any(|d| d.month() == 2 && d.day() == 29)
        );
        assert_eq!(weeks[4][1], day("2023-02-28"));
    }

    #[test]
    fn a_month_starting_on_the_week_start_opens_on_its_first() {
        // February 2021 begins on a Monday and has 28 days: four whole weeks.
        let weeks = month_grid(month(2021, 2), WeekStart::Monday);
        assert_eq!(weeks.len(), 4);
        assert_eq!(weeks[0][0], day("2021-02-01"));
        assert_eq!(weeks[3][6], day("2021-02-28"));
        // With Sunday first, the same month takes five rows.
        let weeks = month_grid(month(2021, 2), WeekStart::Sunday);
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], day("2021-01-31"));
        assert_eq!(weeks[0][1], day("2021-02-01"));
    }

    #[test]
    fn a_month_starting_on_sunday_depends_on_the_week_start() {
        // 1 September 2024 is a Sunday.
        let monday_first = month_grid(month(2024, 9), WeekStart::Monday);
        assert_eq!(monday_first[0][0], day("2024-08-26"));
        assert_eq!(monday_first[0][6], day("2024-09-01"));
        assert_eq!(monday_first.len(), 6);
        let sunday_first = month_grid(month(2024, 9), WeekStart::Sunday);
        assert_eq!(sunday_first[0][0], day("2024-09-01"));
        assert_eq!(sunday_first.len(), 5);
        assert_eq!(WeekStart::Sunday.day_names()[0], "Sun");
        for weeks in [monday_first, sunday_first] {
            for week in weeks {
                for pair in week.windows(2) {
                    assert_eq!(pair[0].succ_opt(), Some(pair[1]), "days run on");
                }
            }
        }
    }

    #[test]
    fn months_move_across_years_and_keep_within_short_months() {
        assert_eq!(month(2022, 12).next(), month(2023, 1));
        assert_eq!(month(2022, 1).previous(), month(2021, 12));
        assert_eq!(add_months(day("2024-01-31"), 1), day("2024-02-29"));
        assert_eq!(add_months(day("2022-05-15"), -5), day("2021-12-15"));
    }

    #[test]
    fn a_multi_day_item_is_one_bar_and_others_take_free_lanes() {
        let week = week_of(day("2022-05-18"), WeekStart::Monday);
        assert_eq!(week[0], day("2022-05-16"));
        let visit = item("Visit", "2022-05-17", Some("2022-05-19"));
        let same_day = item("Call", "2022-05-18", None);
        let after = item("Talks", "2022-05-20", Some("2022-05-24"));
        let before = item("Fair", "2022-05-12", Some("2022-05-16"));
        let items = [&visit, &same_day, &after, &before];
        let segments = lay_out_week(&week, &items);
        let of = |position: usize| *segments.iter().find(|s| s.item == position).unwrap();
        let visit_bar = of(0);
        assert_eq!((visit_bar.first_column, visit_bar.last_column), (1, 3));
        assert_ne!(
            of(1).lane,
            visit_bar.lane,
            "the call does not overlap the visit"
        );
        assert_eq!((of(2).first_column, of(2).last_column), (4, 6));
        assert!(of(2).continues_after && !of(2).continues_before);
        assert!(of(3).continues_before);
        assert_eq!((of(3).first_column, of(3).last_column), (0, 0));
        // The fair ends on Monday: the visit from Tuesday can share its lane.
        assert_eq!(of(3).lane, visit_bar.lane);
        assert_eq!(segments.len(), 4);
    }
}
