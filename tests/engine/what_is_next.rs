//! The start page's answer to "what is next?", asked of a small workspace
//! whose dates are chosen around one day: what falls in which horizon,
//! what is overdue and under which country and plan, what is up for
//! renewal, and what was changed last.

use super::day;
use accord::model::{
    Activity, ActivityStatus, Country, Document, DocumentKind, Institution, InstitutionKind,
    Meeting, MeetingKind, PartialDate, Period, Workspace,
};
use accord::query::next::what_is_next;
use chrono::{TimeZone as _, Utc};

fn on(text: &str) -> PartialDate {
    text.parse().unwrap()
}

/// The day the answer is asked for.
const TODAY: &str = "2026-03-18";

struct Fixture {
    workspace: Workspace,
}

impl Fixture {
    /// Moldova, its ministry, and a plan signed with it, valid to August.
    fn new() -> (Self, accord::model::DocumentId) {
        let now = Utc::now();
        let mut workspace = Workspace::new("Department");
        let moldova = Country::new("Moldova", now);
        let moldova_id = moldova.id;
        let _undo = workspace.add(moldova, now).unwrap();
        let ministry = Institution::new(moldova_id, InstitutionKind::Ministry, "Ministry", now);
        let ministry_id = ministry.id;
        let _undo = workspace.add(ministry, now).unwrap();
        let mut plan = Document::new(DocumentKind::ActionPlan, "Plan 2025–2026", now);
        plan.parties.push(ministry_id);
        plan.signed_on = Some(on("2025-01-10"));
        plan.validity = Some(Period {
            start: on("2025"),
            end: Some(on("2026-08-31")),
        });
        let plan_id = plan.id;
        let _undo = workspace.add(plan, now).unwrap();
        (Self { workspace }, plan_id)
    }

    fn meeting(&mut self, title: &str, start: &str) {
        let now = Utc::now();
        let mut meeting = Meeting::new(MeetingKind::IncomingVisit, title, now);
        meeting.start = Some(on(start));
        meeting.countries = self.workspace.countries().keys().copied().collect();
        let _undo = self.workspace.add(meeting, now).unwrap();
    }

    fn activity(&mut self, plan: accord::model::DocumentId, what: &str, due: &str, done: bool) {
        let now = Utc::now();
        let mut activity = Activity::new(plan, what, now);
        activity.due = Some(Period::single(on(due)));
        if done {
            activity.status = ActivityStatus::Done;
        }
        let _undo = self.workspace.add(activity, now).unwrap();
    }
}

#[test]
fn upcoming_items_fall_in_their_horizon_and_past_ones_in_none() {
    let (mut fixture, plan) = Fixture::new();
    fixture.meeting("Next week's visit", "2026-03-24");
    fixture.meeting("A visit in 45 days", "2026-05-02");
    fixture.meeting("A visit in 80 days", "2026-06-06");
    fixture.meeting("A visit in 100 days", "2026-06-26");
    fixture.meeting("Last week's visit", "2026-03-11");
    // Known only to the month: it may still come this month.
    fixture.meeting("A visit some day in March", "2026-03");
    fixture.activity(plan, "Report due next month", "2026-04-10", false);
    let answer = what_is_next(&fixture.workspace, day(TODAY));
    let texts: Vec<Vec<&str>> = answer
        .upcoming
        .iter()
        .map(|group| group.iter().map(|item| item.text.as_str()).collect())
        .collect();
    assert_eq!(
        texts[0],
        [
            "Incoming visit: A visit some day in March",
            "Incoming visit: Next week's visit",
            "Due: Report due next month",
        ]
    );
    assert_eq!(texts[1], ["Incoming visit: A visit in 45 days"]);
    assert_eq!(texts[2], ["Incoming visit: A visit in 80 days"]);
    assert_eq!(answer.upcoming[0][0].when, "March 2026", "honest precision");
}

#[test]
fn overdue_activities_are_grouped_by_country_and_plan_and_done_ones_left_out() {
    let (mut fixture, plan) = Fixture::new();
    fixture.activity(plan, "Late study visit", "2025-11", false);
    fixture.activity(plan, "Late report", "2026-02-01", false);
    fixture.activity(plan, "Finished late", "2025-10-01", true);
    fixture.activity(plan, "Not yet due", "2026-12-01", false);
    let answer = what_is_next(&fixture.workspace, day(TODAY));
    assert_eq!(answer.overdue.len(), 1);
    let group = &answer.overdue[0];
    assert_eq!(
        (group.country.as_str(), group.plan.as_str()),
        ("Moldova", "Plan 2025–2026")
    );
    let late: Vec<&str> = group
        .activities
        .iter()
        .map(|item| item.text.as_str())
        .collect();
    assert_eq!(
        late,
        ["Late study visit", "Late report"],
        "oldest deadline first"
    );
}

#[test]
fn a_validity_ending_within_six_months_is_up_for_renewal_and_later_ones_are_not() {
    let (mut fixture, _) = Fixture::new();
    let now = Utc::now();
    let mut later = Document::new(DocumentKind::Agreement, "Agreement to 2030", now);
    later.signed_on = Some(on("2020"));
    later.validity = Some(Period {
        start: on("2020"),
        end: Some(on("2030")),
    });
    let _undo = fixture.workspace.add(later, now).unwrap();
    let answer = what_is_next(&fixture.workspace, day(TODAY));
    let renewals: Vec<(&str, &str)> = answer
        .renewals
        .iter()
        .map(|item| (item.text.as_str(), item.when.as_str()))
        .collect();
    assert_eq!(renewals, [("Plan 2025–2026", "valid until 31 August 2026")]);
}

#[test]
fn the_records_changed_last_come_first() {
    let (mut fixture, _) = Fixture::new();
    let yesterday = Utc.with_ymd_and_hms(2026, 3, 17, 9, 30, 0).unwrap();
    let country = fixture
        .workspace
        .countries()
        .values()
        .next()
        .unwrap()
        .clone();
    let _undo = fixture.workspace.update(country, yesterday).unwrap();
    let answer = what_is_next(&fixture.workspace, day(TODAY));
    // Everything else was made just now, so the country edited "yesterday"
    // (by the stamp given) is the oldest change.
    let last = answer.recent.last().unwrap();
    assert_eq!(last.text, "Country: Moldova");
    assert_eq!(last.when, "17 March 2026, 09:30 UTC");

    // A change recorded with the officer's name says who made it.
    let country = fixture
        .workspace
        .countries()
        .values()
        .next()
        .unwrap()
        .clone();
    fixture.workspace.set_editor(Some("Leyla Məmmədova"));
    let _undo = fixture.workspace.update(country, yesterday).unwrap();
    let answer = what_is_next(&fixture.workspace, day(TODAY));
    let last = answer.recent.last().unwrap();
    assert_eq!(last.when, "17 March 2026, 09:30 UTC, by Leyla Məmmədova");
}
