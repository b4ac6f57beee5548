//! A large workspace's lists and pages are prepared on a worker thread: a
//! spinner is drawn meanwhile instead of one long frame, then the rows and
//! the page appear as they would have within the frame.

use accord::app::route::{Route, Section};
use accord::generate::{GenerateOptions, generate};
use accord::model::RecordId;

use super::*;

/// A workspace with more than 5,000 activities (prepared off the frame).
fn large_app() -> (AccordApp, usize, RecordId) {
    let workspace = generate(GenerateOptions {
        countries: 20,
        records: 20_000,
        seed: 3,
    })
    .expect("valid options");
    let activities = workspace.activities().len();
    assert!(activities > 5_000, "{activities} activities");
    let home = RecordId::from(workspace.home_country().expect("a home country"));
    let mut app = AccordApp::new(Settings::default(), Box::new(PresetChooser::default()));
    app.open_session(workspace, None);
    (app, activities, home)
}

#[test]
fn a_large_section_lists_every_row_once_prepared_off_the_frame() {
    let (app, activities, _) = large_app();
    let mut harness = harness_for(app);
    harness
        .state_mut()
        .history
        .go(Route::Section(Section::ActionPlans));
    harness.step();
    let shown = format!("{activities} shown");
    wait_for_worker(&mut harness, &shown, "Preparing the list…");
    assert!(
        is_shown(&harness, "Activity"),
        "the table's header is shown"
    );
}

#[test]
fn the_home_countrys_page_appears_once_prepared_off_the_frame() {
    let (app, _, home) = large_app();
    let mut harness = harness_for(app);
    harness.state_mut().history.go(Route::Record(home));
    harness.step();
    wait_for_worker(&mut harness, "Agreement history", "Preparing the page…");
    assert!(is_shown(&harness, "Export briefing…"));
}
