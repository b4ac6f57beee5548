//! Section lists at 1024×700, a small laptop's window: a new filter shows
//! its results from the top, the main column takes the width the others
//! leave, and rows that read the same can be told apart by their country.

use accord::model::{Country, Document, DocumentKind, Institution, InstitutionKind, Workspace};
use egui::{Event, MouseWheelSource, MouseWheelUnit, TouchPhase};

use super::*;

/// The app on `workspace` in a 1024×700 window, showing `section`.
fn small_window_on(workspace: Workspace, section: Section) -> Harness<'static, AccordApp> {
    super::layout::small_window_at(workspace, Route::Section(section))
}

use accord::app::route::{Route, Section};

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

#[test]
fn a_new_filter_shows_its_results_from_the_top_of_the_list() {
    let mut workspace = Workspace::new("Department");
    for number in 1..=300 {
        let _ = workspace
            .add(Country::new(format!("Country {number:03}"), now()), now())
            .unwrap();
    }
    let mut harness = small_window_on(workspace, Section::Countries);
    assert!(is_shown(&harness, "Country 001"));

    // Far down the list, as after reading it.
    harness
        .get_by_role_and_label(Role::Row, "Country 001")
        .hover();
    harness.run();
    harness.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -20_000.0),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(!is_shown(&harness, "Country 001"), "the list scrolled");
    assert!(is_shown(&harness, "Country 300"), "to its end");

    // A hundred results, more than the window holds: the first is in view.
    type_into(&mut harness, "Filter", "Country 2");
    harness.run();
    assert!(is_shown(&harness, "100 shown"));
    assert!(
        is_shown(&harness, "Country 200"),
        "the first result is in view, not above it"
    );
    assert!(!is_shown(&harness, "Country 299"));
}

/// Romania and Azerbaijan, each with a ministry of the same long name and
/// an agreement its ministry signed.
fn two_ministries_of_labour() -> Workspace {
    let mut workspace = Workspace::new("Department");
    let name = "Ministry of Labour and Social Protection of the Population";
    for (country, title) in [
        (
            "Romania",
            "Action plan on labour migration and social protection 2023–2024",
        ),
        (
            "Azerbaijan",
            "Memorandum on cooperation in the field of social protection",
        ),
    ] {
        let country = Country::new(country, now());
        let country_id = country.id;
        let _ = workspace.add(country, now()).expect("a valid country");
        let ministry = Institution::new(country_id, InstitutionKind::Ministry, name, now());
        let ministry_id = ministry.id;
        let _ = workspace.add(ministry, now()).expect("a valid ministry");
        let mut document = Document::new(DocumentKind::ActionPlan, title, now());
        document.parties.push(ministry_id);
        let _ = workspace.add(document, now()).expect("a valid document");
    }
    workspace
}

#[test]
fn the_agreements_list_names_each_partner_country_and_keeps_the_title_with_a_record_open() {
    let mut harness = small_window_on(two_ministries_of_labour(), Section::Agreements);
    assert!(is_shown(&harness, "Partner country"));
    assert!(is_shown(&harness, "Romania"));
    assert!(is_shown(&harness, "Azerbaijan"));
    let title = "Memorandum on cooperation in the field of social protection";
    let row = harness.get_by_label(title);
    assert!(
        row.rect().width() > 300.0,
        "the title column takes the width the others leave: {:?}",
        row.rect()
    );
    row.click();
    harness.run();
    assert!(harness.state().form.is_none());
    // The page shows the title as its heading; the list still shows the
    // other agreement's title beside it.
    assert!(
        is_shown(
            &harness,
            "Action plan on labour migration and social protection 2023–2024"
        ),
        "with a record open the list keeps its title column"
    );
    // Cut short in the narrower list, it shows whole on hover.
    let other = "Action plan on labour migration and social protection 2023–2024";
    harness.get_by_role_and_label(Role::Label, other).hover();
    harness.run();
    harness.step();
    harness.step();
    harness.run();
    assert!(
        harness.get_all_by_label(other).count() >= 2,
        "a tooltip repeats the whole title"
    );
}

#[test]
fn ministries_of_the_same_name_are_told_apart_by_their_country_with_one_open() {
    let mut harness = small_window_on(two_ministries_of_labour(), Section::Institutions);
    let name = "Ministry of Labour and Social Protection of the Population";
    assert_eq!(harness.get_all_by_label(name).count(), 2);
    harness.get_all_by_label(name).next().unwrap().click();
    harness.run();
    assert!(is_shown(&harness, "Country"), "the country column is kept");
    assert!(is_shown(&harness, "Romania"));
    assert!(is_shown(&harness, "Azerbaijan"));
}

#[test]
fn each_column_heading_sits_over_its_column() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    let sample = accord::storage::open(&path).expect("the sample opens");
    let harness = small_window_on(sample, Section::Countries);
    for (heading, cell) in [
        ("Relations since", "19 June 1992"),
        ("ISO code", "RO"),
        ("Name", "Romania"),
    ] {
        let heading_left = harness
            .get_by_role_and_label(Role::ColumnHeader, heading)
            .rect()
            .left();
        let cell_left = harness
            .get_by_role_and_label(Role::Label, cell)
            .rect()
            .left();
        assert!(
            (heading_left - cell_left).abs() < 6.0,
            "{heading:?} at {heading_left}, its cells at {cell_left}"
        );
    }
}
