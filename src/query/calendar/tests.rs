//! The calendar's dated items and index: partial dates placed honestly,
//! months and strips, upcoming and overdue.

use super::*;
use crate::model::{ActivityId, MeetingId};

pub(super) fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub(super) fn date(text: &str) -> PartialDate {
    text.parse().unwrap()
}

pub(super) fn month(year: i32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

pub(super) fn item(summary: &str, start: &str, end: Option<&str>) -> CalendarItem {
    CalendarItem {
        record: MeetingId::random().into(),
        kind: CalendarKind::IncomingVisit,
        when: Period {
            start: date(start),
            end: end.map(date),
        },
        summary: summary.to_owned(),
        title: summary.to_owned(),
        place: String::new(),
        countries: Vec::new(),
        open: true,
    }
}

pub(super) fn deadline(summary: &str, due: &str, open: bool) -> CalendarItem {
    CalendarItem {
        record: ActivityId::random().into(),
        kind: CalendarKind::ActivityDue,
        open,
        ..item(summary, due, None)
    }
}

pub(super) fn summaries(items: &[&CalendarItem]) -> Vec<String> {
    items.iter().map(|item| item.summary.clone()).collect()
}

pub(super) fn index(mut items: Vec<CalendarItem>) -> DateIndex {
    items.sort_by_key(|item| item.when.first_day());
    DateIndex::from_items(items)
}

#[test]
fn an_item_known_to_the_month_is_in_its_strip_and_on_no_day() {
    let index = index(vec![
        item("Session in May", "2022-05", None),
        item("Visit on the 14th", "2022-05-14", None),
        item("Plan for the year", "2022", None),
    ]);
    let may = month(2022, 5);
    assert_eq!(
        summaries(&index.on_days(may.first_day(), may.last_day())),
        ["Visit on the 14th"]
    );
    assert_eq!(summaries(&index.day_unknown(may)), ["Session in May"]);
    assert!(index.day_unknown(month(2022, 1)).is_empty());
    assert_eq!(summaries(&index.month_unknown(2022)), ["Plan for the year"]);
    assert!(index.month_unknown(2023).is_empty());
}

#[test]
fn a_range_of_months_or_years_is_in_each_of_their_strips() {
    let index = index(vec![
        item("Spring talks", "2022-03", Some("2022-05")),
        item("Biennial plan", "2022", Some("2023")),
        item("From a day to a month", "2022-05-20", Some("2022-06")),
    ]);
    for m in 3..=5 {
        assert!(summaries(&index.day_unknown(month(2022, m))).contains(&"Spring talks".into()));
    }
    assert!(
        index
            .day_unknown(month(2022, 6))
            .iter()
            .all(|i| i.summary != "Spring talks")
    );
    assert_eq!(summaries(&index.month_unknown(2023)), ["Biennial plan"]);
    assert_eq!(
        summaries(&index.day_unknown(month(2022, 6))),
        ["From a day to a month"]
    );
}

#[test]
fn a_multi_day_item_is_found_from_every_month_it_crosses() {
    let index = index(vec![item("Long visit", "2022-05-30", Some("2022-06-02"))]);
    assert_eq!(index.on_days(day("2022-05-01"), day("2022-05-31")).len(), 1);
    assert_eq!(index.on_days(day("2022-06-02"), day("2022-06-30")).len(), 1);
    assert!(
        index
            .on_days(day("2022-06-03"), day("2022-06-30"))
            .is_empty()
    );
    assert!(
        index
            .on_days(day("2022-05-01"), day("2022-05-29"))
            .is_empty()
    );
}

#[test]
fn an_item_found_by_a_query_is_known_by_its_place_in_the_index() {
    let index = index(vec![
        deadline("First", "2020-01-10", true),
        deadline("Second", "2021-01-10", true),
    ]);
    let overdue = index.overdue(day("2022-01-01"));
    let places: Vec<Option<usize>> = overdue.iter().map(|item| index.position(item)).collect();
    assert_eq!(places, [Some(0), Some(1)]);
    assert_eq!(index.items()[1].summary, "Second");
    // A copy is not one of the index's own.
    let copy = overdue[0].clone();
    assert_eq!(index.position(&copy), None);
}

#[test]
fn overdue_means_open_and_past_the_last_possible_day() {
    let index = index(vec![
        deadline("Due 2023", "2023", true),
        deadline("Done 2023", "2023", false),
        deadline("Due March 2024", "2024-03", true),
        deadline("Due 10 March 2024", "2024-03-10", true),
    ]);
    assert_eq!(
        summaries(&index.overdue(day("2023-12-31"))),
        Vec::<String>::new()
    );
    assert_eq!(summaries(&index.overdue(day("2024-01-01"))), ["Due 2023"]);
    assert_eq!(
        summaries(&index.overdue(day("2024-03-11"))),
        ["Due 2023", "Due 10 March 2024"]
    );
    assert_eq!(index.overdue(day("2024-04-01")).len(), 3);
}

#[test]
fn upcoming_covers_the_next_days_and_this_month_or_year_when_undated() {
    let index = index(vec![
        item("Tomorrow", "2024-03-11", None),
        item("In two months", "2024-05-11", None),
        item("This month, day unknown", "2024-03", None),
        item("This year", "2024", None),
        item("Last year", "2023", None),
        deadline("Done this month", "2024-03", false),
    ]);
    let mut upcoming = summaries(&index.upcoming(day("2024-03-10"), 30));
    upcoming.sort();
    assert_eq!(
        upcoming,
        ["This month, day unknown", "This year", "Tomorrow"]
    );
}

#[test]
fn the_filter_keeps_the_chosen_countries_and_kinds() {
    let romania = CountryId::random();
    let mut visit = item("Visit", "2022-05-17", None);
    visit.countries = vec![romania];
    let undated_country = item("No country", "2022-05-17", None);
    let mut filter = CalendarFilter::default();
    assert!(filter.keeps(&visit) && filter.keeps(&undated_country));
    filter.countries.insert(romania);
    assert!(filter.keeps(&visit) && !filter.keeps(&undated_country));
    filter.hidden_kinds.insert(CalendarKind::IncomingVisit);
    assert!(!filter.keeps(&visit));
}

#[test]
fn the_sample_meetings_signatures_and_deadlines_are_where_the_seeds_date_them() {
    let sample = include_str!("../../../sample-data/sample.accord.json");
    let workspace = crate::storage::format::from_str(sample).unwrap();
    let index = DateIndex::build(&workspace);
    let starting = |items: Vec<&CalendarItem>, prefix: &str| {
        items
            .iter()
            .filter(|item| item.summary.starts_with(prefix))
            .count()
    };
    // "The 10th meeting ... in May 2022", and the protocol and action plan
    // signed at it.
    let may = index.day_unknown(month(2022, 5));
    assert_eq!(
        starting(may.clone(), "10th meeting of the Joint Standing"),
        1
    );
    assert_eq!(starting(may.clone(), "Signed: "), 2);
    assert_eq!(may.len(), 3);
    // The Romanian ministers' meeting and the plan signed in November 2022.
    let november = index.day_unknown(month(2022, 11));
    assert_eq!(
        starting(november.clone(), "Meeting of the Azerbaijani and Romanian"),
        1
    );
    assert_eq!(
        starting(november, "Signed: Azerbaijan–Romania action plan"),
        1
    );
    // Signed "in 1995" and "in 2009": the year only.
    assert_eq!(
        starting(index.month_unknown(1995), "Signed: Cooperation Protocol"),
        1
    );
    assert_eq!(
        starting(index.month_unknown(2009), "Signed: Joint declaration"),
        1
    );
    // Activities of the 2022–2023 plan are due by 2023 (four), those of
    // the 2023–2024 plan by 2024 (six); each plan's validity ends then too.
    assert_eq!(starting(index.month_unknown(2023), "Due: "), 4);
    assert_eq!(starting(index.month_unknown(2024), "Due: "), 6);
    assert_eq!(starting(index.month_unknown(2023), "Validity ends: "), 1);
    assert_eq!(starting(index.month_unknown(2024), "Validity ends: "), 1);
    // The seeds give no full day for any of these: nothing on a day.
    assert!(
        index
            .on_days(day("1990-01-01"), day("2030-12-31"))
            .is_empty()
    );
    assert_eq!(index.items().len(), 19);
}

#[test]
fn the_rows_read_in_azerbaijani_and_russian() {
    use crate::i18n::{Language, with_language};
    let workspace = crate::model::Workspace::new("test");
    let index = index(vec![
        item("Talks", "2022-05-18", None),
        item("Fair", "2022-05", None),
        deadline("Report", "2022-04-01", true),
    ]);
    let filter = CalendarFilter::default();
    let headings = |rows: Vec<CalendarRow>| -> Vec<String> {
        rows.into_iter()
            .filter_map(|row| match row {
                CalendarRow::Heading(text) | CalendarRow::Empty(text) => Some(text),
                _ => None,
            })
            .collect()
    };
    let russian = with_language(Language::Russian, || {
        headings(agenda_rows(&index, month(2022, 5), 1, &filter))
    });
    assert_eq!(
        russian,
        [
            "май 2022",
            "май 2022, день неизвестен",
            "среда, 18 мая 2022 г."
        ]
    );
    let panel = with_language(Language::Russian, || {
        [21, 22, 25].map(|days| {
            headings(panel_rows(
                &workspace,
                &index,
                day("2022-05-01"),
                days,
                &filter,
            ))[0]
                .clone()
        })
    });
    assert_eq!(
        panel,
        ["Ближайший 21 день", "Ближайшие 22 дня", "Ближайшие 25 дней"]
    );
    let azerbaijani = with_language(Language::Azerbaijani, || {
        headings(panel_rows(
            &workspace,
            &index,
            day("2022-05-01"),
            30,
            &filter,
        ))
    });
    assert_eq!(azerbaijani[0], "Növbəti 30 gün");
    assert_eq!(azerbaijani[1], "Vaxtı keçmiş tədbirlər");
    assert_eq!(
        with_language(Language::Russian, || CalendarKind::IncomingVisit.label()),
        "Входящий визит"
    );
    assert_eq!(CalendarKind::IncomingVisit.label(), "Incoming visit");
    assert_eq!(
        with_language(Language::Azerbaijani, || WeekStart::Monday.day_names()[2]
            .clone()),
        "Ç."
    );
    // English as before.
    assert_eq!(
        headings(agenda_rows(&index, month(2022, 5), 1, &filter))[2],
        "Wednesday 18 May 2022"
    );
}
