//! The app driven through its real widgets, found by their accessible
//! labels, with assertions on the workspace and on what is shown.
//!
//! One test binary (each egui test binary is large); each area of the app
//! has its own module beside this file, sharing the helpers below.

mod accessibility;
mod calendar;
mod commit;
mod documents;
mod encryption;
mod entry;
mod exports;
mod extraction;
mod forms;
mod languages;
mod layout;
mod lists;
mod merging;
mod pickers;
mod prepared;
mod quick_open;
mod recovery;
mod search;
mod start;

use std::path::PathBuf;

use accord::app::clock::Clock;
use accord::app::file_dialog::{Choice, PathChooser};
use accord::app::{AccordApp, Settings};
use accord::model::{DocumentKind, PartialDate};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Answers file dialogs with preset paths, as a person would.
#[derive(Default)]
pub(crate) struct PresetChooser {
    pub(crate) save_to: Option<PathBuf>,
    pub(crate) open: Option<PathBuf>,
    /// Every place a save dialog proposed, folder and file name.
    pub(crate) proposed: std::sync::Arc<std::sync::Mutex<Vec<PathBuf>>>,
}

impl PathChooser for PresetChooser {
    fn choose_open(&mut self) -> Choice {
        self.open.clone().map_or(Choice::Cancelled, Choice::Path)
    }
    fn choose_save(
        &mut self,
        folder: Option<&std::path::Path>,
        suggested_name: &str,
        _extension: &str,
    ) -> Choice {
        if let Ok(mut proposed) = self.proposed.lock() {
            proposed.push(folder.map_or_else(
                || PathBuf::from(suggested_name),
                |folder| folder.join(suggested_name),
            ));
        }
        self.save_to.clone().map_or(Choice::Cancelled, Choice::Path)
    }
}

/// The day the GUI tests run on, whatever the computer's clock says: a
/// Wednesday in March 2026.
pub(crate) fn test_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 18).expect("a real day")
}

/// An app on [`test_day`] with no workspace open.
pub(crate) fn app_with(chooser: PresetChooser) -> AccordApp {
    AccordApp::with_clock(
        Settings::default(),
        Box::new(chooser),
        Clock::Fixed(test_day()),
    )
}

pub(crate) fn harness_with(chooser: PresetChooser) -> Harness<'static, AccordApp> {
    harness_for(app_with(chooser))
}

/// A harness on an app set up by the test (folders, injected failures).
pub(crate) fn harness_for(app: AccordApp) -> Harness<'static, AccordApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        // A page whose grids change size takes a few frames to settle.
        .with_max_steps(16)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(|ui, app: &mut AccordApp| app.ui(ui), app);
    harness.run();
    harness
}

/// Steps the app until the view showing `view_label` is up and no longer
/// shows `preparing` (what it shows while a worker thread builds its
/// index), asserting that `preparing` was seen: the work left the frame.
/// Steps rather than `run`s: the spinner shown meanwhile never settles.
pub(crate) fn wait_for_worker(
    harness: &mut Harness<'static, AccordApp>,
    view_label: &str,
    preparing: &str,
) {
    let started = std::time::Instant::now();
    let mut saw_it_preparing = false;
    while !is_shown(harness, view_label) || is_shown(harness, preparing) {
        saw_it_preparing |= is_shown(harness, preparing);
        assert!(
            // Generous: only a guard against a hang, on a loaded machine.
            started.elapsed() < std::time::Duration::from_mins(2),
            "{preparing:?} never went away"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    assert!(
        saw_it_preparing,
        "{preparing:?} was never shown: built within the frame"
    );
    harness.run();
}

pub(crate) fn harness() -> Harness<'static, AccordApp> {
    harness_with(PresetChooser::default())
}

/// Clicks the first widget with this label.
pub(crate) fn click(harness: &mut Harness<'static, AccordApp>, label: &str) {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label:?}"))
        .click();
    harness.run();
}

/// Clicks the button that starts a job (an export, reading a file) and
/// waits for the job. (`click` would run frames until the app settles,
/// which it does not while the job's spinner turns.)
pub(crate) fn click_and_wait(harness: &mut Harness<'static, AccordApp>, button: &str) {
    harness
        .get_all_by_label(button)
        .find(|node| matches!(node.accesskit_node().role(), Role::Button | Role::MenuItem))
        .unwrap_or_else(|| panic!("no button or menu item labelled {button:?}"))
        .click();
    harness.step();
    harness.state_mut().finish_jobs();
    harness.run();
}

/// Clicks the menu item whose label starts with `label` (menu items carry
/// their shortcut in their accessible label).
pub(crate) fn click_menu_item(harness: &mut Harness<'static, AccordApp>, label: &str) {
    harness.get_by_label_contains(label).click();
    harness.run();
}

/// Replaces the text of the text field labelled `label`.
pub(crate) fn type_into(harness: &mut Harness<'static, AccordApp>, label: &str, text: &str) {
    type_into_field(harness, Role::TextInput, label, text);
}

/// [`type_into`] a field of `role`: a password field is a `PasswordInput`.
pub(crate) fn type_into_field(
    harness: &mut Harness<'static, AccordApp>,
    role: Role,
    label: &str,
    text: &str,
) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    if text.is_empty() {
        harness.key_press(Key::Backspace);
    } else {
        harness.get_by_role_and_label(role, label).type_text(text);
    }
    harness.run();
}

/// Opens the picker labelled `label`, searches for `search`, clicks `choice`.
pub(crate) fn pick(
    harness: &mut Harness<'static, AccordApp>,
    label: &str,
    search: &str,
    choice: &str,
) {
    harness.get_by_role_and_label(Role::ComboBox, label).click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search institutions")
        .type_text(search);
    harness.run();
    // kittest presses and releases the pointer in one frame, which the
    // pop-up takes for a click outside itself; a real mouse picks fine (seen
    // under Xvfb). The accessibility click drives the same button.
    harness.get_by_label(choice).click_accesskit();
    harness.run();
}

pub(crate) fn is_shown(harness: &Harness<'static, AccordApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

pub(crate) fn is_enabled(harness: &Harness<'static, AccordApp>, label: &str) -> bool {
    !harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("no widget labelled {label:?}"))
        .accesskit_node()
        .is_disabled()
}

/// A new workspace with Romania in it, on Romania's page.
pub(crate) fn new_workspace_with_romania() -> Harness<'static, AccordApp> {
    let mut harness = harness();
    click(&mut harness, "New workspace…");
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    type_into(&mut harness, "ISO code", "RO");
    // Enter saves the form, as a dialog's default button would.
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.state().form.is_none(),
        "Enter saved and closed the form"
    );
    harness
}

#[test]
fn an_officer_records_an_agreement_and_finds_it_on_the_country_timeline() {
    let mut harness = new_workspace_with_romania();
    let workspace = harness.state().workspace().unwrap();
    assert_eq!(workspace.countries().len(), 1);
    let romania = workspace.countries().values().next().unwrap().clone();
    assert_eq!(romania.iso_code, "RO");
    assert!(is_shown(&harness, "No agreements yet — Add agreement…"));

    // An earlier agreement, dated to the day, and a later one known only to the month.
    let ministry = "Ministerul Muncii și Solidarității Sociale";
    let create = format!("Create institution “{ministry}” in Romania");
    let existing = format!("{ministry} (Romania)");
    for (title, signed, choice) in [
        ("Action plan 2023-2024", "2022-11", create.as_str()),
        ("Cooperation protocol", "1995", existing.as_str()),
    ] {
        click(&mut harness, "Add agreement…");
        type_into(&mut harness, "Title", title);
        type_into(&mut harness, "Signed on", signed);
        pick(&mut harness, "Parties", ministry, choice);
        click(&mut harness, "Save");
        click(&mut harness, "Countries");
        click(&mut harness, "Romania");
    }

    let workspace = harness.state().workspace().unwrap();
    assert_eq!(workspace.documents().len(), 2);
    assert_eq!(
        workspace.institutions().len(),
        1,
        "the second agreement picked the same ministry"
    );
    let plan = workspace
        .documents()
        .values()
        .find(|document| document.title == "Action plan 2023-2024")
        .unwrap();
    assert_eq!(plan.signed_on, Some(PartialDate::Month(2022, 11)));
    // The kind follows the title's start: an action plan.
    assert_eq!(plan.kind, DocumentKind::ActionPlan);
    let party = workspace.institutions().get(&plan.parties[0]).unwrap();
    assert_eq!(party.country, romania.id);

    // The timeline shows both, oldest first, each date with the precision it has.
    assert!(is_shown(&harness, "1995"));
    assert!(is_shown(&harness, "November 2022"));
    // Its title and, guessed from it, its kind read the same: one row.
    let protocol_y = harness
        .get_all_by_label("Cooperation protocol")
        .next()
        .expect("the protocol on the timeline")
        .rect()
        .top();
    let plan_y = harness.get_by_label("Action plan 2023-2024").rect().top();
    assert!(protocol_y < plan_y, "1995 comes before November 2022");
}

#[test]
fn a_second_party_picked_from_the_search_is_the_existing_institution() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Agreement on social security");
    pick(
        &mut harness,
        "Parties",
        "Ministry",
        "Create institution “Ministry” in Romania",
    );
    click(&mut harness, "Save");
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Second agreement");
    pick(&mut harness, "Parties", "minis", "Ministry (Romania)");
    click(&mut harness, "Save");
    let workspace = harness.state().workspace().unwrap();
    assert_eq!(workspace.institutions().len(), 1);
    assert!(
        workspace
            .documents()
            .values()
            .all(|document| document.parties.len() == 1)
    );
}

#[test]
fn a_bad_date_shows_the_error_beside_the_field_and_cannot_be_saved() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Protocol");
    type_into(&mut harness, "Signed on", "2022-13");
    assert!(is_shown(&harness, "\"2022-13\" is not a valid month"));
    // Save refuses, and says why in words, not field paths.
    click(&mut harness, "Save");
    assert!(harness.state().workspace().unwrap().documents().is_empty());
    assert!(is_shown(
        &harness,
        "Cannot save: Signed on: \"2022-13\" is not a valid month"
    ));

    type_into(&mut harness, "Signed on", "2022-12");
    assert!(!is_shown(&harness, "\"2022-13\" is not a valid month"));

    // An empty title is refused the same way.
    type_into(&mut harness, "Title", "");
    assert!(is_shown(&harness, "is required"));
    assert!(is_shown(&harness, "Cannot save: The title is missing"));
    // Escape leaves the field, then asks before throwing the draft away.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    click(&mut harness, "Discard");
    assert!(
        harness.state().form.is_none(),
        "Escape, Discard cancels the form"
    );
    assert!(harness.state().workspace().unwrap().documents().is_empty());
}

#[test]
fn edits_undo_and_redo_from_the_keyboard() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Edit…");
    type_into(&mut harness, "Name", "România");
    click(&mut harness, "Save");
    let name = |harness: &Harness<'static, AccordApp>| {
        let workspace = harness.state().workspace().unwrap();
        workspace.countries().values().next().unwrap().name.clone()
    };
    assert_eq!(name(&harness), "România");
    assert!(is_shown(&harness, "România"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(name(&harness), "Romania");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(name(&harness), "România");
    // Undo twice more removes the country altogether, and its page closes.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().workspace().unwrap().countries().is_empty());
    assert!(is_shown(&harness, "No countries yet."));
}

#[test]
fn delete_asks_first_shows_what_refers_to_the_record_and_can_be_undone() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Agreement on labour migration");
    pick(
        &mut harness,
        "Parties",
        "Guvernul României",
        "Create institution “Guvernul României” in Romania",
    );
    click(&mut harness, "Save");

    // The institution is needed by nothing that blocks; the country is
    // needed by its institution, so it cannot go first.
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    click(&mut harness, "Delete…");
    assert!(is_shown(&harness, "Delete country “Romania”?"));
    assert!(is_shown(
        &harness,
        "institution “Guvernul României” — the country (needs it)"
    ));
    assert!(
        !is_shown(&harness, "Delete"),
        "no Delete button while something needs it"
    );
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().workspace().unwrap().countries().len(), 1);

    click(&mut harness, "Institutions");
    click(&mut harness, "Guvernul României");
    click(&mut harness, "Delete…");
    assert!(is_shown(
        &harness,
        "document “Agreement on labour migration” — Party 1 (reference removed)"
    ));
    click(&mut harness, "Delete");
    let workspace = harness.state().workspace().unwrap();
    assert!(workspace.institutions().is_empty());
    let document = workspace.documents().values().next().unwrap();
    assert!(document.parties.is_empty(), "no dangling reference is left");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let workspace = harness.state().workspace().unwrap();
    assert_eq!(workspace.institutions().len(), 1);
    assert_eq!(
        workspace.documents().values().next().unwrap().parties.len(),
        1
    );
}

#[test]
fn unsaved_changes_are_asked_about_and_saving_clears_the_mark() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let mut harness = harness_with(PresetChooser {
        save_to: Some(path.clone()),
        ..PresetChooser::default()
    });
    click(&mut harness, "New workspace…");
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Türkiye");
    click(&mut harness, "Save");
    assert!(harness.state().window_title().starts_with("● "));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().is_asking_to_save());
    assert!(is_shown(
        &harness,
        "Save the changes to this workspace before starting a new workspace?"
    ));
    click(&mut harness, "Cancel");
    assert!(!harness.state().is_asking_to_save());
    assert_eq!(harness.state().workspace().unwrap().countries().len(), 1);

    // Quit asks too; Save writes the file (through the file dialog) first.
    click(&mut harness, "File");
    click_menu_item(&mut harness, "Quit");
    assert!(harness.state().is_asking_to_save());
    harness.get_by_label("Save").click();
    harness.step();
    harness.state_mut().finish_jobs();
    harness.run();
    let saved = accord::storage::open(&path).unwrap();
    assert_eq!(saved.countries().values().next().unwrap().name, "Türkiye");
    assert_eq!(
        harness.state().window_title(),
        "department.accord.json — Accord"
    );
}

#[test]
fn the_sample_workspace_opens_and_shows_the_seed_facts() {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    // It opens on "What is next"; the countries are a click away.
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    assert!(is_shown(&harness, "19 June 1992"));
    assert!(is_shown(&harness, "+76.4%"));
    assert!(is_shown(
        &harness,
        "Joint declaration on strategic partnership between Azerbaijan and Romania"
    ));
    click(&mut harness, "Meetings");
    assert!(
        is_shown(&harness, "May 2022"),
        "the 10th session is shown to the month only"
    );
    click(&mut harness, "People");
    click(&mut harness, "Sahil Babayev");
    assert!(
        is_shown(&harness, "Sahil Bababyev"),
        "the source's spelling is kept"
    );
}

#[test]
fn every_azerbaijani_turkish_romanian_and_russian_letter_renders() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Edit…");
    let letters = "Azərbaycan İŞKUR ığüöç Ţară ș ă â î Министерство труда";
    type_into(&mut harness, "Name", letters);
    click(&mut harness, "Save");
    // Laying out a missing glyph panics in kittest: showing it is the check.
    assert!(is_shown(&harness, letters));
}

#[test]
fn the_home_country_is_set_in_workspace_settings() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Edit");
    click_menu_item(&mut harness, "Workspace settings…");
    type_into(&mut harness, "Workspace name", "International relations");
    harness
        .get_by_role_and_label(Role::ComboBox, "Home country")
        .click();
    harness.run();
    harness
        .get_all_by_label("Romania")
        .last()
        .unwrap()
        .click_accesskit();
    harness.run();
    click(&mut harness, "Apply");
    let workspace = harness.state().workspace().unwrap();
    let romania = workspace.countries().values().next().unwrap().id;
    assert_eq!(workspace.home_country(), Some(romania));
    assert_eq!(workspace.name(), "International relations");
    assert!(
        is_shown(&harness, "home country"),
        "the country page says so"
    );
}

#[test]
fn an_open_form_is_not_replaced_and_add_says_what_is_missing() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Action plans");
    click(&mut harness, "Add activity…");
    assert!(harness.state().form.is_none());
    assert_eq!(
        harness.state().status,
        "Add an action plan (an agreement of kind Action plan) first."
    );

    click(&mut harness, "Agreements");
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Draft in progress");
    // Neither navigating away nor another "Add" drops the typed draft.
    click(&mut harness, "Countries");
    assert!(!is_shown(&harness, "Add country…"));
    click(&mut harness, "Add agreement…");
    let form = harness
        .state()
        .form
        .as_ref()
        .expect("the form is still open");
    match &form.draft {
        accord::model::AnyRecord::Document(document) => {
            assert_eq!(document.title, "Draft in progress");
        }
        other => panic!("the draft was replaced by {other:?}"),
    }
    assert_eq!(harness.state().status, "Save or cancel the form first.");
}

#[test]
fn a_commission_page_lists_its_numbered_sessions() {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    click(&mut harness, "Commissions");
    let name = harness
        .state()
        .workspace()
        .unwrap()
        .commissions()
        .values()
        .next()
        .unwrap()
        .name
        .clone();
    click(&mut harness, &name);
    assert!(is_shown(&harness, "10th session, May 2022, Istanbul"));
    click(&mut harness, "10th session, May 2022, Istanbul");
    assert!(
        is_shown(&harness, "Commission session"),
        "the session's own page opened"
    );
}

#[test]
fn a_page_left_open_over_midnight_shows_an_activity_overdue_from_the_new_day() {
    let new_years_eve = chrono::NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
    let mut harness = harness_for(AccordApp::with_clock(
        Settings::default(),
        Box::new(PresetChooser::default()),
        Clock::Fixed(new_years_eve),
    ));
    click(&mut harness, "Open the sample workspace");
    click(&mut harness, "Action plans");
    // Due by the end of 2023 and still planned.
    click(
        &mut harness,
        "\"Lessons learned\" from the crisis caused by the COVID-19 pandemic",
    );
    assert!(is_shown(&harness, "Planned"));
    assert!(!is_shown(&harness, "Overdue (planned)"));

    harness.state_mut().set_clock(Clock::Fixed(
        chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
    ));
    harness.run();
    assert!(
        is_shown(&harness, "Overdue (planned)"),
        "the page follows the new day without an edit"
    );
}

#[test]
fn the_officers_name_given_in_settings_is_recorded_with_each_change() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Edit");
    click_menu_item(&mut harness, "Workspace settings…");
    type_into(&mut harness, "Your name", "Leyla Məmmədova");
    click(&mut harness, "Apply");
    assert_eq!(harness.state().settings.officer, "Leyla Məmmədova");

    click(&mut harness, "Edit…");
    type_into(&mut harness, "Name", "România");
    click(&mut harness, "Save");
    let workspace = harness.state().workspace().unwrap();
    let romania = workspace.countries().values().next().unwrap();
    assert_eq!(romania.name, "România");
    assert_eq!(romania.modified_by.as_deref(), Some("Leyla Məmmədova"));
}
