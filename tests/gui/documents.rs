//! Agreements and action plans through their forms at 1024×700: the
//! signing date makes a document signed; an action plan's activities are
//! added from its page, several at once, taking the plan's dates, parties
//! and sources.

use accord::app::AccordApp;
use accord::model::{AnyRecord, DocumentStatus, PartialDate};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::forms::small_window;
use super::{click, type_into};

#[test]
fn a_signing_date_adds_the_signed_step_on_that_date() {
    let mut harness = small_window();
    click(&mut harness, "Agreements");
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Action plan 2023-2024");
    type_into(&mut harness, "Signed on", "2022-11-03");
    // The step shows in the form, where it can still be changed.
    assert_eq!(
        harness
            .get_by_role_and_label(Role::ComboBox, "Status 1")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Signed")
    );
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Status 1 date")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("2022-11-03")
    );
    // Corrected, the step's date follows.
    type_into(&mut harness, "Signed on", "2022-11-04");
    click(&mut harness, "Save");
    let workspace = harness.state().workspace().expect("a workspace");
    let plan = workspace.documents().values().next().expect("saved");
    let day = chrono::NaiveDate::from_ymd_opt(2022, 11, 4).expect("a day");
    assert_eq!(plan.status_history.len(), 1);
    assert_eq!(plan.status_history[0].status, DocumentStatus::Signed);
    assert_eq!(plan.status_history[0].date, Some(PartialDate::Day(day)));
}

/// An action plan valid 2023–2024 with a party and a source, on its page.
pub(crate) fn action_plan_page() -> Harness<'static, AccordApp> {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    harness.key_press(egui::Key::Enter);
    harness.run();
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Action plan 2023-2024");
    harness
        .get_by_role_and_label(Role::ComboBox, "Kind")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Action plan")
        .click_accesskit();
    harness.run();
    // An accessibility click leaves the list open; Escape closes only it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    pick_creating(&mut harness, "Parties", "institutions", "Guvernul României");
    pick_creating(
        &mut harness,
        "Sources",
        "sources",
        "Azertac, 3 November 2022",
    );
    type_into(&mut harness, "Valid", "2023");
    type_into(&mut harness, "to", "2024");
    click(&mut harness, "Save");
    assert!(harness.state().form.is_none(), "the plan saved");
    harness
}

/// Opens a picker, types `name` and takes the (highlighted) "Create …".
fn pick_creating(
    harness: &mut Harness<'static, AccordApp>,
    label: &str,
    collection: &str,
    name: &str,
) {
    super::pickers::open_picker(harness, label, name, collection);
    harness.key_press(egui::Key::Enter);
    harness.run();
}

#[test]
fn activities_are_added_from_the_plan_several_at_once_with_its_dates_parties_and_sources() {
    let mut harness = action_plan_page();
    click(&mut harness, "Add activity…");
    type_into(
        &mut harness,
        "Description",
        "Exchange of experience on employment",
    );
    let more = "More activities, one per line";
    harness
        .get_by_role_and_label(Role::MultilineTextInput, more)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, more)
        .type_text("Joint seminar on labour migration\n\nStudy visit of Romanian experts\n");
    harness.run();
    click(&mut harness, "Save");
    let workspace = harness.state().workspace().expect("a workspace");
    let plan = workspace.documents().values().next().expect("the plan");
    let mut descriptions: Vec<&str> = workspace
        .activities()
        .values()
        .map(|activity| activity.description.as_str())
        .collect();
    descriptions.sort_unstable();
    assert_eq!(
        descriptions,
        [
            "Exchange of experience on employment",
            "Joint seminar on labour migration",
            "Study visit of Romanian experts"
        ],
        "one activity per line, blank lines skipped"
    );
    for activity in workspace.activities().values() {
        assert_eq!(activity.plan, plan.id);
        assert_eq!(activity.due, plan.validity, "due over the plan's validity");
        assert_eq!(activity.responsible, plan.parties);
        assert_eq!(activity.sources, plan.sources);
        assert_eq!(activity.sources.len(), 1);
    }
}

#[test]
fn save_and_add_another_opens_the_next_activity_of_the_same_plan() {
    let mut harness = action_plan_page();
    click(&mut harness, "Add activity…");
    type_into(&mut harness, "Description", "Joint seminar");
    click(&mut harness, "Save and add another");
    let workspace = harness.state().workspace().expect("a workspace");
    assert_eq!(workspace.activities().len(), 1);
    let first = workspace
        .activities()
        .values()
        .next()
        .expect("saved")
        .clone();
    let form = harness.state().form.as_ref().expect("a new form is open");
    match &form.draft {
        AnyRecord::Activity(next) => {
            assert_ne!(next.id, first.id);
            assert!(next.description.is_empty());
            assert_eq!(next.plan, first.plan);
            assert_eq!(next.due, first.due);
            assert_eq!(next.responsible, first.responsible);
        }
        other => panic!("not an activity: {other:?}"),
    }
    // Typing goes straight into the new form's first field.
    harness.event(egui::Event::Text("Study visit".to_owned()));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace()
            .expect("a workspace")
            .activities()
            .len(),
        2
    );
}

#[test]
fn save_and_add_another_indicator_keeps_the_country_period_and_unit() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    harness.key_press(egui::Key::Enter);
    harness.run();
    click(&mut harness, "Add indicator…");
    type_into(&mut harness, "Label", "Trade turnover");
    type_into(&mut harness, "Period", "2023");
    type_into(&mut harness, "Value", "215,5");
    type_into(&mut harness, "Unit", "USD million");
    click(&mut harness, "Save and add another");
    let workspace = harness.state().workspace().expect("a workspace");
    let first = workspace
        .indicators()
        .values()
        .next()
        .expect("saved")
        .clone();
    assert_eq!(first.value, Some(215.5));
    match &harness.state().form.as_ref().expect("the next form").draft {
        AnyRecord::Indicator(next) => {
            assert_ne!(next.id, first.id);
            assert_eq!(next.country, first.country);
            assert_eq!(next.period, first.period, "the last period used");
            assert_eq!(next.unit, "USD million");
            assert!(next.label.is_empty() && next.value.is_none());
        }
        other => panic!("not an indicator: {other:?}"),
    }
}

#[test]
fn the_kind_follows_the_title_until_chosen_by_hand() {
    let mut harness = small_window();
    click(&mut harness, "Agreements");
    click(&mut harness, "Add agreement…");
    type_into(
        &mut harness,
        "Title",
        "Action plan on cooperation for 2023-2024",
    );
    let kind = |harness: &Harness<'static, AccordApp>| match &harness
        .state()
        .form
        .as_ref()
        .expect("a form")
        .draft
    {
        AnyRecord::Document(document) => document.kind,
        other => panic!("not a document: {other:?}"),
    };
    assert_eq!(kind(&harness), accord::model::DocumentKind::ActionPlan);
    harness
        .get_by_role_and_label(Role::ComboBox, "Kind")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Memorandum")
        .click_accesskit();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    type_into(&mut harness, "Title", "Action plan, as a memorandum");
    assert_eq!(
        kind(&harness),
        accord::model::DocumentKind::Memorandum,
        "the officer's choice stays"
    );
}
