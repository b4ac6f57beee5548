//! The start page ("What is next?") a workspace opens on, and the trade
//! chart on a country's page, driven as an officer would: the rows they
//! read, under the heading they belong to, and the records they open.

use accord::app::route::Route;
use accord::model::{Meeting, MeetingKind, RecordId, Workspace};
use chrono::Utc;

use super::*;

fn sample_workspace() -> Workspace {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-data")
        .join("sample.accord.json");
    accord::storage::open(&path).expect("the sample opens")
}

/// The sample, with a visit to Bucharest on the Tuesday after the test day.
fn sample_with_a_visit_next_week() -> (Harness<'static, AccordApp>, RecordId) {
    let mut workspace = sample_workspace();
    let romania = accord::export::find_country(&workspace, "Romania").expect("Romania");
    let mut visit = Meeting::new(
        MeetingKind::OutgoingVisit,
        "Minister's visit to Bucharest",
        Utc::now(),
    );
    visit.start = Some(PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 24).expect("a real day"),
    ));
    visit.countries.push(romania);
    let id = RecordId::from(visit.id);
    let _undo = workspace.add(visit, Utc::now()).expect("a valid meeting");
    let mut app = app_with(PresetChooser::default());
    app.open_session(workspace, None);
    (harness_for(app), id)
}

/// The top of the widget labelled `label`, to tell which heading a row is under.
fn top_of(harness: &Harness<'static, AccordApp>, label: &str) -> f32 {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label:?}"))
        .rect()
        .top()
}

#[test]
fn the_start_page_shows_a_visit_next_week_and_overdue_activities_that_open_their_records() {
    let (mut harness, visit) = sample_with_a_visit_next_week();
    assert_eq!(
        harness.state().history.current(),
        Route::Start,
        "a workspace opens on the start page"
    );
    assert!(is_shown(&harness, "As of 18 March 2026"));

    // The visit is within the next 30 days, not later.
    let visit_row = "Outgoing visit: Minister's visit to Bucharest";
    let within_30 = top_of(&harness, "Next 30 days (until 17 April 2026)");
    let within_60 = top_of(&harness, "In 31–60 days (until 17 May 2026)");
    let row = top_of(&harness, visit_row);
    assert!(
        within_30 < row && row < within_60,
        "the visit is under 30 days"
    );
    assert!(is_shown(&harness, "24 March 2026"));

    // The Romanian plan ended in 2024: its activities are overdue, under
    // the country and the plan.
    let plan = "Romania — Azerbaijan–Romania action plan on cooperation in the labor and social protection sector for 2023-2024";
    let overdue = top_of(&harness, "Overdue activities");
    let group = top_of(&harness, plan);
    let activity_row = top_of(&harness, "Active employment programs");
    assert!(overdue < group && group < activity_row, "grouped by plan");

    click(&mut harness, "Active employment programs");
    let workspace = harness.state().workspace().expect("open");
    let activity = workspace
        .activities()
        .values()
        .find(|activity| activity.description == "Active employment programs")
        .expect("the sample's activity");
    assert_eq!(
        harness.state().history.current(),
        Route::Record(activity.id.into()),
        "the row opened the activity"
    );

    // Back to the start page from the navigation, and open the visit.
    click(&mut harness, "What is next");
    assert_eq!(harness.state().history.current(), Route::Start);
    click(&mut harness, visit_row);
    assert_eq!(
        harness.state().history.current(),
        Route::Record(visit),
        "the row opened the visit"
    );
    assert!(is_shown(&harness, "Minister's visit to Bucharest"));
}

#[test]
fn a_new_empty_workspace_opens_on_its_countries_to_add_the_first() {
    let mut harness = harness();
    click(&mut harness, "New workspace…");
    assert!(is_shown(&harness, "Add country…"));
}

#[test]
fn a_country_with_figures_shows_the_trade_chart_and_one_without_says_why_not() {
    let mut app = app_with(PresetChooser::default());
    app.open_session(sample_workspace(), None);
    let mut harness = harness_for(app);
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    assert!(is_shown(&harness, "Trade by year"));
    assert!(
        !is_shown(&harness, accord::app::views::country::NO_CHART),
        "Romania has figures to chart"
    );
    // The part-year change is not a bar: it is listed under the chart,
    // marked as part of a year, with its source.
    let change = "Trade turnover, January 2022 – August 2022 (part of a year): +76.4% — Azernews, 3 November 2022";
    assert!(is_shown(&harness, change));

    click(&mut harness, "Countries");
    click(&mut harness, "Turkey");
    assert!(is_shown(&harness, accord::app::views::country::NO_CHART));
}
