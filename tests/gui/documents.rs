//! Agreements and action plans through their forms at 1024×700: the
//! signing date makes a document signed.

use accord::model::{DocumentStatus, PartialDate};
use egui::accesskit::Role;
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
