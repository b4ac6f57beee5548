//! Dates in each language's way: "19 June 1992", "19 iyun 1992",
//! "19 июня 1992 г."; "May 2022", "may 2022", "май 2022".

use chrono::{Datelike, NaiveDate, Weekday};

use crate::tr;

/// A day: "19 June 1992", "19 iyun 1992", "19 июня 1992 г.".
pub fn day(date: NaiveDate) -> String {
    tr!(
        "date-day",
        day = date.day().to_string(),
        month = month_after_day(date.month()),
        year = date.year().to_string()
    )
}

/// A month of a year: "May 2022", "may 2022", "май 2022".
pub fn month(year: i32, month: u32) -> String {
    tr!(
        "date-month",
        month = month_name(month),
        year = year.to_string()
    )
}

/// A day without its year: "18 March", "18 mart", "18 марта".
pub fn day_and_month(date: NaiveDate) -> String {
    tr!(
        "date-day-month",
        day = date.day().to_string(),
        month = month_after_day(date.month())
    )
}

/// A day with its weekday: "Wednesday 18 March 2026", "18 mart 2026,
/// çərşənbə", "среда, 18 марта 2026 г.".
pub fn weekday_and_day(date: NaiveDate) -> String {
    tr!(
        "date-weekday-day",
        weekday = weekday_name(date.weekday()),
        date = day(date)
    )
}

/// A day and a time already written ("14:30", "14:30 UTC"): "19 June 1992, 14:30".
pub fn day_and_time(date: NaiveDate, time: &str) -> String {
    tr!("date-day-time", date = day(date), time = time)
}

/// A month's name standing alone: "March", "mart", "март".
pub fn month_name(month: u32) -> String {
    match month {
        1 => tr!("month-1"),
        2 => tr!("month-2"),
        3 => tr!("month-3"),
        4 => tr!("month-4"),
        5 => tr!("month-5"),
        6 => tr!("month-6"),
        7 => tr!("month-7"),
        8 => tr!("month-8"),
        9 => tr!("month-9"),
        10 => tr!("month-10"),
        11 => tr!("month-11"),
        _ => tr!("month-12"),
    }
}

/// A month's name after a day number, which Russian declines: "19 июня".
fn month_after_day(month: u32) -> String {
    match month {
        1 => tr!("month-of-1"),
        2 => tr!("month-of-2"),
        3 => tr!("month-of-3"),
        4 => tr!("month-of-4"),
        5 => tr!("month-of-5"),
        6 => tr!("month-of-6"),
        7 => tr!("month-of-7"),
        8 => tr!("month-of-8"),
        9 => tr!("month-of-9"),
        10 => tr!("month-of-10"),
        11 => tr!("month-of-11"),
        _ => tr!("month-of-12"),
    }
}

/// A weekday's name: "Wednesday", "çərşənbə", "среда".
pub fn weekday_name(weekday: Weekday) -> String {
    match weekday {
        Weekday::Mon => tr!("weekday-mon"),
        Weekday::Tue => tr!("weekday-tue"),
        Weekday::Wed => tr!("weekday-wed"),
        Weekday::Thu => tr!("weekday-thu"),
        Weekday::Fri => tr!("weekday-fri"),
        Weekday::Sat => tr!("weekday-sat"),
        Weekday::Sun => tr!("weekday-sun"),
    }
}

/// A weekday's short name, for the calendar's column headings: "Wed",
/// "Ç.", "Ср".
pub fn weekday_short(weekday: Weekday) -> String {
    match weekday {
        Weekday::Mon => tr!("weekday-short-mon"),
        Weekday::Tue => tr!("weekday-short-tue"),
        Weekday::Wed => tr!("weekday-short-wed"),
        Weekday::Thu => tr!("weekday-short-thu"),
        Weekday::Fri => tr!("weekday-short-fri"),
        Weekday::Sat => tr!("weekday-short-sat"),
        Weekday::Sun => tr!("weekday-short-sun"),
    }
}
