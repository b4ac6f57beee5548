//! The lines of the agenda and of the "Upcoming & overdue" panel as plain
//! data, made from a [`DateIndex`] when what they show changes; the view
//! only lays out those in sight.

use chrono::NaiveDate;

use std::collections::BTreeMap;

use super::{CalendarFilter, CalendarItem, DateIndex, YearMonth};

impl DateIndex {
    /// The row of `item`, one of this index's own.
    fn item_row(&self, item: &CalendarItem) -> Option<CalendarRow> {
        self.position(item).map(CalendarRow::Item)
    }
}
use crate::model::{CountryId, Workspace};
use crate::tr;

/// A line of the agenda or of the "Upcoming & overdue" panel.
#[derive(Clone, Debug)]
pub enum CalendarRow {
    /// A month, day or section title ("Next 30 days", "Overdue").
    Heading(String),
    /// An item, by its place in the [`DateIndex`] the rows were made from
    /// (thousands of overdue activities are not copied).
    Item(usize),
    /// A country's name over its items in the panel.
    Country(String),
    /// What a month or section shows when it has nothing ("Nothing this month.").
    Empty(String),
}

/// The agenda: for each month, its strips, then each day with its items
/// (a multi-day item under each of its days).
pub fn agenda_rows(
    index: &DateIndex,
    first: YearMonth,
    months: u32,
    filter: &CalendarFilter,
) -> Vec<CalendarRow> {
    let mut rows = Vec::new();
    let mut month = first;
    for _ in 0..months {
        rows.push(CalendarRow::Heading(month.human()));
        let before = rows.len();
        if month.month == 1 {
            let items: Vec<&CalendarItem> = index
                .month_unknown(month.year)
                .into_iter()
                .filter(|item| filter.keeps(item))
                .collect();
            if !items.is_empty() {
                rows.push(CalendarRow::Heading(tr!(
                    "query-calendar-month-unknown",
                    year = month.year.to_string()
                )));
                rows.extend(items.into_iter().filter_map(|item| index.item_row(item)));
            }
        }
        let unknown: Vec<&CalendarItem> = index
            .day_unknown(month)
            .into_iter()
            .filter(|item| filter.keeps(item))
            .collect();
        if !unknown.is_empty() {
            rows.push(CalendarRow::Heading(tr!(
                "query-calendar-day-unknown",
                month = month.human()
            )));
            rows.extend(unknown.into_iter().filter_map(|item| index.item_row(item)));
        }
        let on_days: Vec<&CalendarItem> = index
            .on_days(month.first_day(), month.last_day())
            .into_iter()
            .filter(|item| filter.keeps(item))
            .collect();
        let mut day = month.first_day();
        while day <= month.last_day() {
            let today_items: Vec<&&CalendarItem> = on_days
                .iter()
                .filter(|item| item.overlaps(day, day))
                .collect();
            if !today_items.is_empty() {
                rows.push(CalendarRow::Heading(crate::i18n::dates::weekday_and_day(
                    day,
                )));
                rows.extend(
                    today_items
                        .into_iter()
                        .filter_map(|item| index.item_row(item)),
                );
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        if rows.len() == before {
            rows.push(CalendarRow::Empty(tr!("query-calendar-nothing-this-month")));
        }
        month = month.next();
    }
    rows
}

/// "Upcoming" for the horizon and "Overdue", each per country.
pub fn panel_rows(
    workspace: &Workspace,
    index: &DateIndex,
    today: NaiveDate,
    horizon_days: u32,
    filter: &CalendarFilter,
) -> Vec<CalendarRow> {
    let mut rows = Vec::new();
    let sections = [
        (
            tr!("query-calendar-next-days", count = horizon_days),
            index.upcoming(today, horizon_days),
            tr!("query-calendar-nothing-due"),
        ),
        (
            tr!("query-calendar-overdue"),
            index.overdue(today),
            tr!("query-calendar-nothing-overdue"),
        ),
    ];
    for (title, items, empty) in sections {
        rows.push(CalendarRow::Heading(title));
        let items: Vec<&CalendarItem> = items
            .into_iter()
            .filter(|item| filter.keeps(item))
            .collect();
        if items.is_empty() {
            rows.push(CalendarRow::Empty(empty));
        }
        for (country, items) in per_country(workspace, &items) {
            rows.push(CalendarRow::Country(country));
            rows.extend(items.into_iter().filter_map(|item| index.item_row(item)));
        }
    }
    rows
}

/// Items grouped by the countries they concern, in country-name order;
/// an item of two countries is under both, and items of none come last
/// under "No country".
pub fn per_country<'a>(
    workspace: &Workspace,
    items: &[&'a CalendarItem],
) -> Vec<(String, Vec<&'a CalendarItem>)> {
    // Grouped by id first: thousands of overdue items share a few
    // countries, whose names are then looked up (in place, not copied) once.
    let mut by_country: BTreeMap<CountryId, Vec<&'a CalendarItem>> = BTreeMap::new();
    let mut no_country = Vec::new();
    for item in items {
        if item.countries.is_empty() {
            no_country.push(*item);
        }
        for country in &item.countries {
            by_country.entry(*country).or_default().push(item);
        }
    }
    let mut groups: Vec<(String, Vec<&'a CalendarItem>)> = by_country
        .into_iter()
        .map(|(country, items)| {
            let name = workspace.countries().get(&country).map_or_else(
                || workspace.label_of(country),
                |country| country.shown_name().to_owned(),
            );
            (name, items)
        })
        .collect();
    // A stable sort: two countries of one name stay apart, in id order.
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    if !no_country.is_empty() {
        groups.push((tr!("query-no-country"), no_country));
    }
    groups
}
