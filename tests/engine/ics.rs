//! The ICS export read back by an independent parser (the `ical` crate, not
//! the `icalendar` crate that writes it): the events a calendar would
//! import, their DATE values with an exclusive end, stable UIDs, escaped
//! text and folded lines, from the library and from `accord export`.

use std::collections::BTreeSet;
use std::io::BufReader;
use std::process::Command;

use super::{sample, sample_path};
use accord::export::ExportOptions;
use accord::export::ics::to_ics;
use accord::model::{
    Activity, ActivityStatus, Country, Document, DocumentKind, Institution, InstitutionKind,
    Meeting, MeetingKind, PartialDate, Period, Workspace,
};
use chrono::{NaiveDate, Utc};
use ical::parser::ical::component::IcalEvent;

fn date(text: &str) -> PartialDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    "2026-11-25".parse().unwrap()
}

/// The events of an ICS text, as the independent parser reads them.
pub(crate) fn events(ics: &str) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none(), "exactly one calendar");
    calendar.events
}

/// The value of an event's property, as written (escapes kept).
pub(crate) fn value<'a>(event: &'a IcalEvent, name: &str) -> &'a str {
    event
        .properties
        .iter()
        .find(|property| property.name == name)
        .and_then(|property| property.value.as_deref())
        .unwrap_or_else(|| panic!("no {name} in {:?}", event.properties))
}

/// The VALUE parameter of an event's property.
fn value_type(event: &IcalEvent, name: &str) -> Option<String> {
    event
        .properties
        .iter()
        .find(|property| property.name == name)?
        .params
        .as_ref()?
        .iter()
        .find(|(key, _)| key == "VALUE")
        .map(|(_, values)| values.join(","))
}

fn find<'a>(events: &'a [IcalEvent], summary_part: &str) -> &'a IcalEvent {
    events
        .iter()
        .find(|event| value(event, "SUMMARY").contains(summary_part))
        .unwrap_or_else(|| panic!("no event whose summary has {summary_part:?}"))
}

/// Reverses RFC 5545 text escaping, to compare with what was typed.
pub(crate) fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A workspace with Romania, a three-day visit whose title needs escaping,
/// a long Azerbaijani title, and an activity due in a month.
fn visit_workspace() -> Workspace {
    let now = Utc::now();
    let mut workspace = Workspace::new("Calendar test");
    let romania = Country::new("Romania", now);
    let romania_id = romania.id;
    let _ = workspace.add(romania, now).unwrap();
    let ministry = Institution::new(
        romania_id,
        InstitutionKind::Ministry,
        "Ministry of Labour",
        now,
    );
    let ministry_id = ministry.id;
    let _ = workspace.add(ministry, now).unwrap();

    let mut visit = Meeting::new(
        MeetingKind::IncomingVisit,
        "Talks, round 2; Bucharest\nday one",
        now,
    );
    visit.countries = vec![romania_id];
    visit.start = Some(date("2024-02-28"));
    visit.end = Some(date("2024-03-01"));
    visit.place = "Palace of the Parliament, Bucharest".to_owned();
    visit.outcomes = "Agreed: share data; plan visits,\nnext round in Baku".to_owned();
    let _ = workspace.add(visit, now).unwrap();

    let mut long = Meeting::new(
        MeetingKind::Consultation,
        "Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi ilə \
         Rumıniya Əmək Nazirliyi arasında məşğulluq sahəsində ikitərəfli məsləhətləşmələr",
        now,
    );
    long.start = Some(date("2024-04-15"));
    let _ = workspace.add(long, now).unwrap();

    let mut plan = Document::new(DocumentKind::ActionPlan, "Action plan 2024", now);
    plan.parties = vec![ministry_id];
    plan.signed_on = Some(date("2024-01-10"));
    plan.validity = Some(Period::new(date("2024"), None).unwrap());
    let plan_id = plan.id;
    let _ = workspace.add(plan, now).unwrap();
    let mut activity = Activity::new(plan_id, "Study visit", now);
    activity.due = Some(Period::single(date("2024-06")));
    activity.status = ActivityStatus::InProgress;
    let _ = workspace.add(activity, now).unwrap();
    workspace
}

#[test]
fn every_dated_fact_of_the_sample_becomes_an_event_on_its_dates() {
    let events = events(&to_ics(&sample(), &ExportOptions::all(today())));
    // The seeds date: 2 meetings; 5 signatures (1995, 2009, May 2022 twice,
    // November 2022); 2 validity ends (2023, 2024); 10 activities.
    assert_eq!(events.len(), 19);

    let session = find(&events, "10th meeting of the Joint Standing Commission");
    assert!(value(session, "SUMMARY").ends_with("(day unknown)"));
    assert_eq!(value(session, "DTSTART"), "20220501");
    assert_eq!(value_type(session, "DTSTART").as_deref(), Some("DATE"));
    // The whole of May, with the end exclusive.
    assert_eq!(value(session, "DTEND"), "20220601");
    assert_eq!(value_type(session, "DTEND").as_deref(), Some("DATE"));
    assert_eq!(value(session, "LOCATION"), "Istanbul");
    let categories = unescape(value(session, "CATEGORIES"));
    assert!(categories.contains("Commission session"), "{categories}");
    assert!(categories.contains("Turkey"), "{categories}");
    let description = unescape(value(session, "DESCRIPTION"));
    assert!(
        description.contains("Documents: Protocol of the 10th meeting"),
        "{description}"
    );

    let protocol = find(&events, "Signed: Cooperation Protocol");
    assert!(value(protocol, "SUMMARY").ends_with("(month unknown)"));
    assert_eq!(value(protocol, "DTSTART"), "19950101");
    assert_eq!(value(protocol, "DTEND"), "19960101");

    let romania_plan_ends = find(&events, "Validity ends: Azerbaijan–Romania action plan");
    assert_eq!(value(romania_plan_ends, "DTSTART"), "20240101");
    assert_eq!(value(romania_plan_ends, "DTEND"), "20250101");

    let pensions = find(&events, "Due: Pension and social benefits");
    // Due "2023–2024": the deadline is 2024.
    assert_eq!(value(pensions, "DTSTART"), "20240101");
    assert_eq!(value(pensions, "DTEND"), "20250101");
    assert!(unescape(value(pensions, "DESCRIPTION")).contains("Status: Overdue"));
}

#[test]
fn a_multi_day_visit_is_all_day_with_an_exclusive_end_and_escaped_text() {
    let events = events(&to_ics(&visit_workspace(), &ExportOptions::all(today())));
    let visit = find(&events, "Talks");
    // 28 February to 1 March 2024, a leap year: three days.
    assert_eq!(value(visit, "DTSTART"), "20240228");
    assert_eq!(value(visit, "DTEND"), "20240302");
    assert_eq!(value_type(visit, "DTEND").as_deref(), Some("DATE"));
    // Commas and semicolons escaped; the summary kept on one line.
    assert_eq!(
        value(visit, "SUMMARY"),
        r"Talks\, round 2\; Bucharest day one"
    );
    assert_eq!(
        value(visit, "LOCATION"),
        r"Palace of the Parliament\, Bucharest"
    );
    // The description's lines are escaped newlines, not raw line breaks.
    let description = value(visit, "DESCRIPTION");
    assert!(
        description.contains(r"Agreed: share data\; plan visits\,\nnext round in Baku"),
        "{description}"
    );
    assert_eq!(
        unescape(description).lines().next(),
        Some("Incoming visit: 28 February 2024 – 1 March 2024")
    );

    let due = find(&events, "Due: Study visit");
    assert_eq!(value(due, "DTSTART"), "20240601");
    assert_eq!(value(due, "DTEND"), "20240701");
    assert!(value(due, "SUMMARY").ends_with("(day unknown)"));
}

#[test]
fn a_long_non_ascii_summary_is_folded_and_reads_back_whole() {
    let ics = to_ics(&visit_workspace(), &ExportOptions::all(today()));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let folded = ics
        .split("\r\n")
        .skip_while(|line| !line.starts_with("SUMMARY:Azərbaycan"))
        .take_while(|line| line.starts_with("SUMMARY:") || line.starts_with(' '))
        .count();
    assert!(folded >= 3, "the summary spans {folded} lines");
    let events = events(&ics);
    let summary = value(find(&events, "Azərbaycan"), "SUMMARY");
    assert_eq!(
        summary,
        "Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi ilə \
         Rumıniya Əmək Nazirliyi arasında məşğulluq sahəsində ikitərəfli məsləhətləşmələr"
    );
}

#[test]
fn uids_name_the_record_and_its_date_and_stay_the_same_across_exports() {
    let workspace = visit_workspace();
    let uids = |ics: &str| -> Vec<String> {
        events(ics)
            .iter()
            .map(|event| value(event, "UID").to_owned())
            .collect()
    };
    let first = uids(&to_ics(&workspace, &ExportOptions::all(today())));
    let second = uids(&to_ics(&workspace, &ExportOptions::all(today())));
    assert_eq!(first, second);
    let distinct: BTreeSet<&String> = first.iter().collect();
    assert_eq!(distinct.len(), first.len(), "no two events share a UID");
    let plan = workspace
        .documents()
        .values()
        .next()
        .unwrap()
        .id
        .to_string();
    // The plan's signature and its validity's end are two events of one record.
    let of_plan: Vec<&String> = first.iter().filter(|uid| uid.contains(&plan)).collect();
    assert_eq!(of_plan.len(), 2, "{first:?}");
    // Saved and reloaded, the workspace exports the same UIDs.
    let reloaded = accord::storage::format::from_str(
        &String::from_utf8(accord::storage::format::to_bytes(&workspace)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        uids(&to_ics(&reloaded, &ExportOptions::all(today()))),
        first
    );
}

#[test]
fn the_command_line_writes_ics_for_a_country_and_a_range() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("romania.ics");
    let status = Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("export")
        .arg(sample_path())
        .args(["--format", "ics", "--country", "Romania", "--from", "2022"])
        .args(["--to", "2023", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let ics = std::fs::read_to_string(&out).unwrap();
    let events = events(&ics);
    assert!(!events.is_empty());
    for event in &events {
        let categories = unescape(value(event, "CATEGORIES"));
        assert!(categories.contains("Romania"), "{categories}");
        let start = value(event, "DTSTART");
        assert!(
            ("20220101".."20240101").contains(&start),
            "{start} is outside 2022–2023"
        );
    }
    // The signing meeting of November 2022 and the plan signed at it.
    find(
        &events,
        "Meeting of the Azerbaijani and Romanian labour ministers",
    );
    find(&events, "Signed: Azerbaijan–Romania action plan");
    // Nothing about Turkey alone.
    assert!(
        events
            .iter()
            .all(|event| !value(event, "SUMMARY").contains("İŞKUR"))
    );
}

/// A workspace name and texts full of line breaks and ICS syntax stay
/// inside their properties: no raw CR or LF, no forged property or event.
#[test]
fn hostile_text_stays_inside_its_property() {
    let now = Utc::now();
    let mut workspace = Workspace::new("Dept;\r\nBEGIN:VEVENT\rSUMMARY:forged,x\\");
    let mut meeting = Meeting::new(MeetingKind::IncomingVisit, "Talks\r\nEND:VCALENDAR", now);
    meeting.start = Some(date("2024-02-28"));
    meeting.place = "Hall\rDTSTART:19990101".to_owned();
    meeting.outcomes = "one\r\ntwo\rthree".to_owned();
    let _ = workspace.add(meeting, now).unwrap();
    let ics = to_ics(&workspace, &ExportOptions::all(today()));

    for (at, byte) in ics.bytes().enumerate() {
        match byte {
            b'\r' => assert_eq!(
                ics.as_bytes().get(at + 1),
                Some(&b'\n'),
                "a bare CR at {at}"
            ),
            b'\n' => assert_eq!(ics.as_bytes()[at - 1], b'\r', "a bare LF at {at}"),
            _ => {}
        }
    }
    let mut calendars = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none(), "exactly one calendar");
    assert_eq!(calendar.events.len(), 1, "{ics}");
    let name = |key: &str| {
        calendar
            .properties
            .iter()
            .find(|property| property.name == key)
            .and_then(|property| property.value.clone())
            .unwrap_or_else(|| panic!("no {key}:\n{ics}"))
    };
    // Line breaks become spaces; the rest reads back as typed.
    for key in ["NAME", "X-WR-CALNAME"] {
        assert_eq!(
            unescape(&name(key)),
            "Dept; BEGIN:VEVENT SUMMARY:forged,x\\ (Accord)"
        );
    }
    let event = &calendar.events[0];
    assert_eq!(unescape(value(event, "SUMMARY")), "Talks END:VCALENDAR");
    assert_eq!(unescape(value(event, "LOCATION")), "Hall\nDTSTART:19990101");
    let starts: Vec<&str> = event
        .properties
        .iter()
        .filter(|property| property.name == "DTSTART")
        .filter_map(|property| property.value.as_deref())
        .collect();
    assert_eq!(starts, ["20240228"]);
}
