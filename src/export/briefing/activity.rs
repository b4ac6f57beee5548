//! The sections about what the relationship does: the commissions and
//! their sessions, the last and next meetings, the open activities, the
//! figures and the sources.

use chrono::NaiveDate;

use super::{
    Block, Item, KEY_FACTS_LIST, Scope, Section, Table, column, items_or, section, shortened,
};
use crate::export::ActivityState;
use crate::i18n::dates;
use crate::model::{Activity, Meeting, SourceId, Workspace};
use crate::query;
use crate::query::lowercase;
use crate::tr;

fn session_text(meeting: &Meeting) -> String {
    let number = meeting.session_number.map_or_else(
        || tr!("export-session-unnumbered"),
        |number| {
            tr!(
                "export-session-numbered",
                ordinal = query::session_ordinal(number)
            )
        },
    );
    let when = meeting
        .start
        .map_or_else(|| tr!("export-date-unknown"), |start| start.human());
    let place = if meeting.place.is_empty() {
        String::new()
    } else {
        format!(", {}", meeting.place.trim())
    };
    format!("{number} ({when}{place})")
}

/// A meeting "in May 2022" is past once its first possible day is.
fn is_past(meeting: &Meeting, today: NaiveDate) -> bool {
    meeting
        .start
        .is_some_and(|start| start.first_day() <= today)
}

/// One that may still be ahead is "next".
fn is_ahead(meeting: &Meeting, today: NaiveDate) -> bool {
    meeting.start.is_some_and(|start| start.first_day() > today)
}

/// Each commission that met about the country: its last and next session.
pub(super) fn commissions(scope: &Scope) -> Section {
    let mut ids: Vec<_> = scope
        .meetings
        .iter()
        .filter_map(|meeting| meeting.commission)
        .collect();
    ids.sort();
    ids.dedup();
    let mut lines = Vec::new();
    for id in ids {
        let Some(commission) = scope.workspace.commissions().get(&id) else {
            continue;
        };
        let sessions: Vec<&&Meeting> = scope
            .meetings
            .iter()
            .filter(|meeting| meeting.commission == Some(id))
            .collect();
        let last = sessions
            .iter()
            .filter(|meeting| is_past(meeting, scope.today))
            .max_by_key(|meeting| meeting.start)
            .map_or_else(
                || tr!("export-commission-no-session-yet"),
                |meeting| tr!("export-commission-last", session = session_text(meeting)),
            );
        let next = sessions
            .iter()
            .filter(|meeting| is_ahead(meeting, scope.today))
            .min_by_key(|meeting| meeting.start)
            .map_or_else(
                || tr!("export-commission-next-not-scheduled"),
                |meeting| tr!("export-commission-next", session = session_text(meeting)),
            );
        lines.push(Item::line(format!(
            "{}: {last}; {next}.",
            commission.shown_name().trim()
        )));
    }
    section(
        tr!("export-section-commissions"),
        vec![items_or(lines, tr!("export-none-recorded"))],
    )
}

fn meeting_item(workspace: &Workspace, meeting: &Meeting) -> Item {
    let when = meeting.start.map_or_else(
        || tr!("export-date-unknown"),
        |start| {
            crate::export::meeting_period(meeting)
                .map_or_else(|| start.human(), |period| period.human())
        },
    );
    let place = if meeting.place.is_empty() {
        String::new()
    } else {
        format!(", {}", meeting.place.trim())
    };
    let mut more = Vec::new();
    if !meeting.participants.is_empty() {
        let people: Vec<String> = meeting
            .participants
            .iter()
            .map(|id| workspace.label_of(*id))
            .collect();
        more.push(tr!(
            "export-meeting-participants",
            people = people.join(", ")
        ));
    }
    if !meeting.outcomes.trim().is_empty() {
        more.push(tr!(
            "export-meeting-outcomes",
            outcomes = meeting.outcomes.trim()
        ));
    }
    let mut signed: Vec<&str> = workspace
        .documents()
        .values()
        .filter(|document| document.signed_at_meeting == Some(meeting.id))
        .map(|document| document.shown_name().trim())
        .collect();
    signed.sort_unstable();
    more.extend(
        signed
            .into_iter()
            .map(|title| tr!("export-meeting-signed", document = title)),
    );
    Item {
        text: format!(
            "{} ({}, {when}{place})",
            query::meeting_title(workspace, meeting).trim(),
            lowercase(&meeting.kind.label())
        ),
        more,
        address: None,
    }
}

/// "Last meetings" (the `last` most recent) and "Next meeting".
pub(super) fn meetings_sections(scope: &Scope, last: usize) -> [Section; 2] {
    let mut past: Vec<&&Meeting> = scope
        .meetings
        .iter()
        .filter(|meeting| is_past(meeting, scope.today))
        .collect();
    past.sort_by_key(|meeting| std::cmp::Reverse(meeting.start));
    let recalled: Vec<Item> = past
        .into_iter()
        .take(last)
        .map(|meeting| meeting_item(scope.workspace, meeting))
        .collect();
    let next = scope
        .meetings
        .iter()
        .filter(|meeting| is_ahead(meeting, scope.today))
        .min_by_key(|meeting| meeting.start)
        .map(|meeting| meeting_item(scope.workspace, meeting));
    let title = if last == 1 {
        tr!("export-section-last-meeting")
    } else {
        tr!("export-section-last-meetings")
    };
    [
        section(title, vec![items_or(recalled, tr!("export-none-recorded"))]),
        section(
            tr!("export-section-next-meeting"),
            vec![items_or(
                next.into_iter().collect(),
                tr!("export-none-scheduled"),
            )],
        ),
    ]
}

/// The open and overdue activities, grouped by their action plan; with
/// `all`, every one of them, else only the overdue ones, shortened.
pub(super) fn open_activities(scope: &Scope, all: bool) -> Section {
    let today = scope.today;
    let state = |activity: &Activity| ActivityState::of(activity, today);
    let overdue = scope
        .activities
        .iter()
        .filter(|activity| state(activity) == ActivityState::Overdue)
        .count();
    let open = scope
        .activities
        .iter()
        .filter(|activity| state(activity) == ActivityState::Open)
        .count();
    let title = tr!("export-section-activities", overdue = overdue, open = open);
    if overdue + open == 0 {
        return section(
            title,
            vec![Block::Paragraph(tr!("export-none-open-or-overdue"))],
        );
    }
    let mut blocks = Vec::new();
    let mut shown_overdue = Vec::new();
    for plan in &scope.plans {
        let mine: Vec<&&Activity> = scope
            .activities
            .iter()
            .filter(|activity| activity.plan == plan.id)
            .filter(|activity| match state(activity) {
                ActivityState::Overdue => true,
                ActivityState::Open => all,
                ActivityState::Done | ActivityState::Cancelled => false,
            })
            .collect();
        if mine.is_empty() {
            continue;
        }
        let items: Vec<Item> = mine
            .into_iter()
            .map(|activity| activity_item(scope.workspace, activity, today, all))
            .collect();
        if all {
            let title = plan.shown_name().trim();
            blocks.push(Block::Subheading(plan.validity.map_or_else(
                || title.to_owned(),
                |validity| tr!("export-plan-valid", plan = title, period = validity.human()),
            )));
            blocks.push(Block::Items(items));
        } else {
            shown_overdue.extend(items);
        }
    }
    if !all {
        blocks.push(shortened(
            shown_overdue,
            KEY_FACTS_LIST,
            tr!("export-none-overdue"),
        ));
    }
    section(title, blocks)
}

fn activity_item(
    workspace: &Workspace,
    activity: &Activity,
    today: NaiveDate,
    with_state: bool,
) -> Item {
    let due = activity.due.map_or_else(
        || tr!("export-no-due-date"),
        |due| tr!("export-due", period = due.human()),
    );
    let responsible: Vec<String> = activity
        .responsible
        .iter()
        .map(|id| workspace.label_of(*id))
        .collect();
    let by = if responsible.is_empty() {
        String::new()
    } else {
        format!("; {}", responsible.join(", "))
    };
    let state = if with_state {
        format!("{}: ", ActivityState::of(activity, today).word())
    } else {
        String::new()
    };
    Item::line(format!(
        "{state}{} ({due}; {}{by})",
        activity.description.trim(),
        lowercase(&activity.status.label())
    ))
}

fn figure_row(scope: &Scope, indicator: &crate::model::Indicator) -> [String; 4] {
    [
        indicator.name(),
        indicator.period.human(),
        indicator.figure(),
        query::indicators::sources_of(scope.workspace, indicator),
    ]
}

fn figure_line([name, period, figure, sources]: &[String; 4]) -> Item {
    let cited = if sources.is_empty() {
        String::new()
    } else {
        format!(" {}", tr!("export-figure-source", sources = sources))
    };
    Item::line(format!("{name}, {period}: {figure}.{cited}"))
}

/// The economic figures by period, each with where it came from, and the
/// chart of them.
pub(super) fn figures(scope: &Scope) -> Section {
    if scope.indicators.is_empty() {
        return section(
            tr!("export-section-figures"),
            vec![Block::Paragraph(tr!("export-none-recorded"))],
        );
    }
    let rows: Vec<[String; 4]> = scope
        .indicators
        .iter()
        .map(|indicator| figure_row(scope, indicator))
        .collect();
    let chart = query::indicators::chart_of(scope.workspace, &scope.indicators);
    let mut blocks = vec![Block::Table(Table {
        columns: vec![
            column(tr!("export-column-figure"), 1.5),
            column(tr!("export-column-period"), 1.7),
            column(tr!("export-column-value"), 1.5),
            column(tr!("export-column-source"), 2.0),
        ],
        lines: rows.iter().map(figure_line).collect(),
        rows: rows.into_iter().map(Vec::from).collect(),
    })];
    if !chart.values.is_empty() {
        blocks.push(Block::Chart(chart));
    }
    section(tr!("export-section-figures"), blocks)
}

/// The key facts' figures: the latest of each kind.
pub(super) fn latest_figures(scope: &Scope) -> Section {
    let mut latest: Vec<&crate::model::Indicator> = Vec::new();
    // A value and a change are different facts: the latest of each is kept.
    let key = |indicator: &crate::model::Indicator| (indicator.name(), indicator.value.is_some());
    for indicator in &scope.indicators {
        // In period order already: a later one of the same kind replaces.
        latest.retain(|kept| key(kept) != key(indicator));
        latest.push(indicator);
    }
    let lines: Vec<Item> = latest
        .iter()
        .map(|indicator| figure_line(&figure_row(scope, indicator)))
        .collect();
    section(
        tr!("export-section-latest-figures"),
        vec![items_or(lines, tr!("export-none-recorded"))],
    )
}

/// Every source the note's records cite, newest first.
pub(super) fn sources(scope: &Scope) -> Section {
    let workspace = scope.workspace;
    let mut ids: Vec<SourceId> = scope.country.sources.clone();
    ids.extend(
        scope
            .documents
            .iter()
            .flat_map(|document| document.sources.iter().copied()),
    );
    ids.extend(
        scope
            .meetings
            .iter()
            .flat_map(|meeting| meeting.sources.iter().copied()),
    );
    ids.extend(
        scope
            .activities
            .iter()
            .flat_map(|activity| activity.sources.iter().copied()),
    );
    ids.extend(
        workspace
            .indicators()
            .values()
            .filter(|indicator| indicator.country == scope.country.id)
            .flat_map(|indicator| indicator.sources.iter().copied()),
    );
    ids.sort();
    ids.dedup();
    let mut cited: Vec<_> = ids
        .iter()
        .filter_map(|id| workspace.sources().get(id))
        .collect();
    // Newest first; undated last; then by title for a stable order.
    cited.sort_by(|a, b| {
        (b.published_at.is_some(), b.published_at, &a.title, a.id).cmp(&(
            a.published_at.is_some(),
            a.published_at,
            &b.title,
            b.id,
        ))
    });
    let items: Vec<Item> = cited
        .into_iter()
        .map(|source| {
            let mut parts = vec![source.title.trim().to_owned()];
            let by: Vec<&str> = [source.publisher.trim(), source.author.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            if !by.is_empty() {
                parts.push(by.join(", "));
            }
            if let Some(at) = source.published_at {
                parts.push(dates::day(at.date_naive()));
            }
            Item {
                text: parts.join(" — "),
                more: Vec::new(),
                address: (!source.url.trim().is_empty()).then(|| source.url.trim().to_owned()),
            }
        })
        .collect();
    section(
        tr!("export-section-sources"),
        vec![items_or(items, tr!("export-none-cited"))],
    )
}
