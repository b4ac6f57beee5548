//! The calendar as an iCalendar file (RFC 5545) for an officer's phone or
//! desktop calendar, written with the `icalendar` crate, which escapes text
//! and folds long lines as the RFC says.
//!
//! Choices (see `docs/calendar.md`): the model has no times of day, so every
//! event is all-day, with DATE values and an exclusive DTEND. An item known
//! only to the month or the year becomes an all-day event spanning that month
//! or year, and its SUMMARY says "(day unknown)" or "(month unknown)". Each
//! UID is the record's id plus which of its dates the event is, so importing
//! a later export updates events instead of duplicating them. DTSTAMP is the
//! record's last modification, so two exports of the same workspace are the
//! same bytes.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component as _, Event, EventLike as _, Property};

use super::ExportOptions;
use crate::model::{DocumentId, MeetingId, Precision, RecordId, Workspace};
use crate::query::calendar::{CalendarFilter, CalendarItem, calendar_items};
use crate::query::{activity_status_text, within};
use crate::tr;

/// The calendar of `workspace` for the countries and dates of `options`.
pub fn to_ics(workspace: &Workspace, options: &ExportOptions) -> String {
    to_ics_filtered(workspace, options, &CalendarFilter::default())
}

/// The calendar items `filter` keeps, within the countries and dates of
/// `options` (no countries in `options` means every item, those of no
/// country too).
pub fn to_ics_filtered(
    workspace: &Workspace,
    options: &ExportOptions,
    filter: &CalendarFilter,
) -> String {
    let signed_at = documents_by_meeting(workspace);
    let name = one_line(&format!("{} (Accord)", workspace.name()));
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Accord//Calendar export//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        // The writer escapes the values of the properties it knows to be
        // text: X-WR-CALNAME, but not NAME (RFC 7986), escaped here.
        .append_property(Property::new("NAME", escaped_text(&name)))
        .append_property(Property::new("X-WR-CALNAME", &name));
    for item in calendar_items(workspace) {
        let in_countries = options.country_ids.is_empty()
            || item
                .countries
                .iter()
                .any(|country| options.country_ids.contains(country));
        if in_countries && filter.keeps(&item) && within(Some(item.when), options.from, options.to)
        {
            calendar.push(event(workspace, &item, &signed_at, options));
        }
    }
    refold(&calendar.to_string())
}

/// The longest a content line may be, in octets, CRLF excluded (RFC 5545 3.1).
const LINE_LIMIT: usize = 75;

/// Folds the writer's lines again so that no physical line ends in white
/// space. The writer folds where the RFC allows, but after a space inside
/// non-ASCII text too, and common parsers (the `ical` crate among them)
/// trim line ends before unfolding, losing that space. Folding happens on
/// character boundaries only, so no UTF-8 sequence is split.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 24);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        // The first line holds 75 octets; the others 74 after their space.
        let mut limit = LINE_LIMIT;
        while rest.len() > limit {
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            // Never leave white space at the end of a physical line.
            while cut > 1 && rest[..cut].ends_with(char::is_whitespace) {
                cut -= rest[..cut].chars().next_back().map_or(1, char::len_utf8);
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            limit = LINE_LIMIT - 1;
        }
        out.push_str(rest);
        out.push_str("\r\n");
    }
    out
}

/// One VEVENT for one item.
fn event(
    workspace: &Workspace,
    item: &CalendarItem,
    signed_at: &BTreeMap<MeetingId, Vec<DocumentId>>,
    options: &ExportOptions,
) -> Event {
    let summary = match item.precision() {
        Precision::Day => item.summary.clone(),
        Precision::Month => tr!("export-ics-day-unknown", summary = &item.summary),
        Precision::Year => tr!("export-ics-month-unknown", summary = &item.summary),
    };
    let first_day = item.when.first_day();
    // DTEND of an all-day event is the day after the last one (exclusive).
    let end_day = item.when.last_day().succ_opt().unwrap_or(first_day);
    let mut categories = vec![item.kind.label()];
    categories.extend(
        item.countries
            .iter()
            .map(|id| one_line(&workspace.label_of(*id))),
    );
    let mut event = Event::new();
    event
        .uid(&item.uid())
        .summary(&one_line(&summary))
        .starts(first_day)
        .ends(end_day)
        .description(&clean(&describe(workspace, item, signed_at, options)))
        .categories(categories);
    if !item.place.trim().is_empty() {
        event.location(&clean(&item.place));
    }
    if let Some(stamp) = modified_at(workspace, item.record) {
        event.timestamp(stamp);
    }
    event.done()
}

/// The DESCRIPTION: when, then what a reader of the event needs to know
/// (participants and documents of a meeting, parties of a document, the
/// plan and status of an activity).
fn describe(
    workspace: &Workspace,
    item: &CalendarItem,
    signed_at: &BTreeMap<MeetingId, Vec<DocumentId>>,
    options: &ExportOptions,
) -> String {
    let mut lines = vec![format!("{}: {}", item.kind.label(), item.when.human())];
    let names = |ids: Vec<RecordId>| -> String {
        ids.into_iter()
            .map(|id| workspace.label_of(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match item.record {
        RecordId::Meeting(id) => {
            if let Some(meeting) = workspace.meetings().get(&id) {
                if !meeting.participants.is_empty() {
                    let ids = meeting.participants.iter().map(|id| (*id).into()).collect();
                    lines.push(tr!("export-ics-participants", names = names(ids)));
                }
                if !meeting.topics.is_empty() {
                    lines.push(tr!("export-ics-topics", topics = meeting.topics.join("; ")));
                }
                if let Some(documents) = signed_at.get(&id) {
                    let ids = documents.iter().map(|id| (*id).into()).collect();
                    lines.push(tr!("export-ics-documents", names = names(ids)));
                }
                if !meeting.outcomes.trim().is_empty() {
                    lines.push(tr!(
                        "export-ics-outcomes",
                        outcomes = meeting.outcomes.trim()
                    ));
                }
            }
        }
        RecordId::Document(id) => {
            if let Some(document) = workspace.documents().get(&id) {
                lines.push(tr!("export-ics-document", kind = document.kind.label()));
                if !document.parties.is_empty() {
                    let ids = document.parties.iter().map(|id| (*id).into()).collect();
                    lines.push(tr!("export-ics-parties", names = names(ids)));
                }
                if !document.signatories.is_empty() {
                    let signatories: Vec<String> = document
                        .signatories
                        .iter()
                        .map(|signatory| {
                            let name = workspace.label_of(signatory.person);
                            if signatory.position.trim().is_empty() {
                                name
                            } else {
                                format!("{name} ({})", signatory.position.trim())
                            }
                        })
                        .collect();
                    lines.push(tr!(
                        "export-ics-signatories",
                        names = signatories.join(", ")
                    ));
                }
                if let Some(status) = document.current_status() {
                    lines.push(tr!("export-ics-status", status = status.label()));
                }
                if let Some(validity) = document.validity {
                    lines.push(tr!("export-ics-valid", period = validity.human()));
                }
            }
        }
        RecordId::Activity(id) => {
            if let Some(activity) = workspace.activities().get(&id) {
                lines.push(tr!(
                    "export-ics-action-plan",
                    plan = workspace.label_of(activity.plan)
                ));
                if !activity.responsible.is_empty() {
                    let ids = activity.responsible.iter().map(|id| (*id).into()).collect();
                    lines.push(tr!("export-ics-responsible", names = names(ids)));
                }
                if let Some(due) = activity.due {
                    lines.push(tr!("export-ics-due-period", period = due.human()));
                }
                lines.push(tr!(
                    "export-ics-status",
                    status = activity_status_text(activity, options.today)
                ));
            }
        }
        _ => {}
    }
    lines.join("\n")
}

/// The documents signed at each meeting.
fn documents_by_meeting(workspace: &Workspace) -> BTreeMap<MeetingId, Vec<DocumentId>> {
    let mut signed_at: BTreeMap<MeetingId, Vec<DocumentId>> = BTreeMap::new();
    for document in workspace.documents().values() {
        if let Some(meeting) = document.signed_at_meeting {
            signed_at.entry(meeting).or_default().push(document.id);
        }
    }
    signed_at
}

/// When the record was last changed, for DTSTAMP.
fn modified_at(workspace: &Workspace, id: RecordId) -> Option<DateTime<Utc>> {
    match id {
        RecordId::Meeting(id) => workspace.meetings().get(&id).map(|r| r.modified_at),
        RecordId::Document(id) => workspace.documents().get(&id).map(|r| r.modified_at),
        RecordId::Activity(id) => workspace.activities().get(&id).map(|r| r.modified_at),
        _ => None,
    }
}

/// Text with line breaks as the writer escapes them (it escapes `\n` but
/// would pass a bare carriage return through, breaking the line).
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A TEXT value escaped as RFC 5545 3.3.11 says, for the properties the
/// writer passes through as they are.
fn escaped_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// A summary on one line: a calendar shows it as a title.
fn one_line(text: &str) -> String {
    clean(text)
        .split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}
