//! "What is next?": the start page's answer, as of a day. Meetings, visits
//! and deadlines in the next 30, 60 and 90 days; overdue activities by
//! country and plan; documents whose validity ends within six months; the
//! records changed most recently. Built once per change of the workspace
//! (off the frame for a large one), so reading it costs nothing.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::calendar::{CalendarKind, DateIndex};
use super::countries_of_activity;
use crate::i18n::dates;
use crate::model::{Document, DocumentStatus, PartialDate, Period, RecordId, Workspace};
use crate::tr;

/// How far ahead a validity's end counts as "up for renewal": six months.
pub const RENEWAL_WINDOW_DAYS: i64 = 183;

/// The horizons the upcoming items are grouped by, in days from today.
pub const HORIZONS: [u32; 3] = [30, 60, 90];

/// How many recently changed records the page lists.
pub const RECENT: usize = 15;

/// Where a document stands: its last status step, or "signed" when it has
/// a signing date and no step (a signature is a signature without one).
pub fn standing(document: &Document) -> Option<DocumentStatus> {
    document.current_status().or_else(|| {
        document
            .signed_on
            .is_some()
            .then_some(DocumentStatus::Signed)
    })
}

/// Signed or in force as of `today`, and not past its validity.
pub fn is_in_force(document: &Document, today: NaiveDate) -> bool {
    matches!(
        standing(document),
        Some(DocumentStatus::Signed | DocumentStatus::InForce)
    ) && document
        .validity
        .is_none_or(|validity| validity.last_day() >= today)
}

/// The last day of a document's validity when the document is still in
/// force and that day is within six months of `today`.
pub fn renewal_due(document: &Document, today: NaiveDate) -> Option<NaiveDate> {
    if !is_in_force(document, today) {
        return None;
    }
    let end = document.validity?.last_day();
    (end - today <= chrono::Duration::days(RENEWAL_WINDOW_DAYS)).then_some(end)
}

/// One line of the start page, opening `record` when clicked.
#[derive(Clone, Debug, PartialEq)]
pub struct NextItem {
    /// The record it opens.
    pub record: RecordId,
    /// The date as precise as it is known: "24 March 2026", "April 2026".
    pub when: String,
    /// What it is: "Outgoing visit: Minister's visit to Bucharest".
    pub text: String,
}

/// The overdue activities of one plan for one country.
#[derive(Clone, Debug, PartialEq)]
pub struct OverdueGroup {
    /// The country's name ("No country" when none is recorded).
    pub country: String,
    /// The action plan's title.
    pub plan: String,
    /// Its overdue activities, oldest deadline first.
    pub activities: Vec<NextItem>,
}

/// The start page's answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WhatIsNext {
    /// The day it was answered for.
    pub today: Option<NaiveDate>,
    /// Meetings, visits and deadlines within each of [`HORIZONS`] (and not
    /// the one before), by date.
    pub upcoming: [Vec<NextItem>; 3],
    /// Overdue activities by country, then plan.
    pub overdue: Vec<OverdueGroup>,
    /// Documents in force whose validity ends within six months, soonest first.
    pub renewals: Vec<NextItem>,
    /// The records changed last, newest first.
    pub recent: Vec<NextItem>,
}

/// The answer for `workspace` as of `today`.
pub fn what_is_next(workspace: &Workspace, today: NaiveDate) -> WhatIsNext {
    let index = DateIndex::build(workspace);
    WhatIsNext {
        today: Some(today),
        upcoming: upcoming(&index, today),
        overdue: overdue(workspace, &index, today),
        renewals: renewals(workspace, today),
        recent: recent(workspace),
    }
}

fn upcoming(index: &DateIndex, today: NaiveDate) -> [Vec<NextItem>; 3] {
    let mut groups: [Vec<NextItem>; 3] = Default::default();
    let last = HORIZONS[HORIZONS.len() - 1];
    for item in index.upcoming(today, last) {
        // The document dates are not things to prepare for, except a
        // validity's end, which is a deadline.
        if matches!(
            item.kind,
            CalendarKind::DocumentSigned | CalendarKind::DocumentExpired
        ) {
            continue;
        }
        // An item known only to the month or year counts from its first
        // possible day that is not already past.
        let first = item.when.first_day().max(today);
        let days = (first - today).num_days();
        let Some(group) = HORIZONS
            .iter()
            .position(|horizon| days <= i64::from(*horizon))
        else {
            continue;
        };
        let text = if item.kind.is_meeting() {
            tr!(
                "query-next-meeting",
                kind = item.kind.label(),
                title = item.title()
            )
        } else {
            item.summary.clone()
        };
        groups[group].push(NextItem {
            record: item.record,
            when: item.when.human(),
            text,
        });
    }
    groups
}

fn overdue(workspace: &Workspace, index: &DateIndex, today: NaiveDate) -> Vec<OverdueGroup> {
    let mut groups: Vec<OverdueGroup> = Vec::new();
    let mut keyed: Vec<((String, String), NextItem)> = Vec::new();
    // Thousands of activities share a few deadlines ("2024"): each is
    // written once, not once an activity (a message formatted per date).
    let mut due_text: HashMap<Period, String> = HashMap::new();
    for item in index.overdue(today) {
        let RecordId::Activity(id) = item.record else {
            continue;
        };
        let Some(activity) = workspace.activities().get(&id) else {
            continue;
        };
        let plan = workspace.label_of(activity.plan);
        let mut countries: Vec<String> = countries_of_activity(workspace, activity)
            .into_iter()
            .filter(|country| Some(*country) != workspace.home_country())
            .map(|country| workspace.label_of(country))
            .collect();
        if countries.is_empty() {
            countries.push(tr!("query-no-country"));
        }
        for country in countries {
            keyed.push((
                (country, plan.clone()),
                NextItem {
                    record: item.record,
                    when: due_text
                        .entry(item.when)
                        .or_insert_with(|| tr!("query-next-due", date = item.when.human()))
                        .clone(),
                    text: activity.description.trim().to_owned(),
                },
            ));
        }
    }
    // Stable: within a group the index's order, oldest deadline first.
    keyed.sort_by(|(a, _), (b, _)| a.cmp(b));
    for ((country, plan), item) in keyed {
        match groups.last_mut() {
            Some(group) if group.country == country && group.plan == plan => {
                group.activities.push(item);
            }
            _ => groups.push(OverdueGroup {
                country,
                plan,
                activities: vec![item],
            }),
        }
    }
    groups
}

fn renewals(workspace: &Workspace, today: NaiveDate) -> Vec<NextItem> {
    let mut due: Vec<(NaiveDate, NextItem)> = workspace
        .documents()
        .values()
        .filter_map(|document| {
            let end = renewal_due(document, today)?;
            Some((
                end,
                NextItem {
                    record: document.id.into(),
                    when: tr!(
                        "query-next-valid-until",
                        date = PartialDate::Day(end).human()
                    ),
                    text: document.shown_name().trim().to_owned(),
                },
            ))
        })
        .collect();
    due.sort_by(|(a, x), (b, y)| (a, &x.text).cmp(&(b, &y.text)));
    due.into_iter().map(|(_, item)| item).collect()
}

fn recent(workspace: &Workspace) -> Vec<NextItem> {
    // Who made the change rides along, borrowed: only the newest few are kept.
    let mut changed: Vec<(DateTime<Utc>, RecordId, Option<&str>)> = Vec::new();
    // Every collection, each record's last change.
    macro_rules! from_each {
        ($($collection:ident),*) => {$(
            changed.extend(
                workspace
                    .$collection()
                    .values()
                    .map(|record| {
                        (
                            record.modified_at,
                            RecordId::from(record.id),
                            record.modified_by.as_deref(),
                        )
                    }),
            );
        )*};
    }
    from_each!(
        countries,
        institutions,
        people,
        documents,
        activities,
        commissions,
        meetings,
        indicators,
        sources
    );
    // Only the newest few are shown: select them, then sort only those.
    let keep = RECENT.min(changed.len());
    if keep < changed.len() {
        changed.select_nth_unstable_by(keep, |a, b| b.cmp(a));
        changed.truncate(keep);
    }
    changed.sort_by(|a, b| b.cmp(a));
    changed
        .into_iter()
        .map(|(at, id, by)| {
            let at = dates::day_and_time(at.date_naive(), &at.format("%H:%M UTC").to_string());
            NextItem {
                record: id,
                when: match by {
                    Some(officer) => tr!("query-next-changed-by", when = at, officer = officer),
                    None => at,
                },
                text: tr!(
                    "query-next-record",
                    kind = crate::model::capitalised(&super::kind_noun(id.kind())),
                    label = workspace.label_of(id)
                ),
            }
        })
        .collect()
}

/// The day `days` after `today`, for a heading's "until".
pub fn day_after(today: NaiveDate, days: u32) -> NaiveDate {
    today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}
