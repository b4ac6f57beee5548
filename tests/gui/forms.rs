//! Forms at 1024×700, a small laptop's window: Escape leaves the innermost
//! thing first and never throws typed work away, and no form is wider than
//! the panel that holds it.

use accord::app::AccordApp;
use accord::model::AnyRecord;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{PresetChooser, app_with, click, is_shown, type_into};

/// A new workspace in a 1024×700 window.
pub(crate) fn small_window() -> Harness<'static, AccordApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .with_max_steps(16)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(
            |ui, app: &mut AccordApp| app.ui(ui),
            app_with(PresetChooser::default()),
        );
    harness.run();
    click(&mut harness, "New workspace…");
    harness
}

fn press(harness: &mut Harness<'static, AccordApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn country_draft_name(harness: &Harness<'static, AccordApp>) -> Option<String> {
    match &harness.state().form.as_ref()?.draft {
        AnyRecord::Country(country) => Some(country.name.clone()),
        _ => None,
    }
}

/// Every widget of the form (the panel holding `labels[0]`, its heading)
/// lies inside the record panel, whole: none is cut at the panel's left
/// edge or runs past the window's right edge.
pub(crate) fn assert_form_inside_its_panel(harness: &Harness<'static, AccordApp>, labels: &[&str]) {
    let panel = harness
        .state()
        .record_panel_rect
        .expect("the record panel is shown");
    assert!(
        panel.right() <= 1024.5 && panel.left() >= 190.0,
        "the panel {panel:?} fits the window beside the navigation"
    );
    for label in labels {
        assert!(is_shown(harness, label), "{label:?} is shown");
    }
    // The pane (egui's panel) that holds the form's heading.
    let mut pane = harness.get_by_role_and_label(Role::Heading, labels[0]);
    while pane.accesskit_node().role() != Role::Pane {
        pane = pane.parent().expect("the heading sits in a panel");
    }
    let mut checked = 0;
    for node in pane.children_recursive() {
        let named =
            node.accesskit_node().label().is_some() || node.accesskit_node().value().is_some();
        if !named || node.accesskit_node().bounding_box().is_none() {
            continue;
        }
        // A field's text scrolls inside the field, which clips it; the
        // field itself is checked.
        let in_a_field = node
            .parent()
            .is_some_and(|parent| parent.accesskit_node().role() == Role::TextInput);
        if in_a_field {
            continue;
        }
        let rect = node.rect();
        checked += 1;
        assert!(
            rect.left() >= panel.left() - 0.5 && rect.right() <= panel.right() + 0.5,
            "{:?} {:?} {:?} {:?} sticks out of the panel {panel:?}",
            node.accesskit_node().role(),
            node.accesskit_node().label(),
            node.accesskit_node().value(),
            rect
        );
    }
    assert!(checked > labels.len(), "the form's widgets were checked");
}

#[test]
fn escape_in_a_picker_closes_the_picker_and_keeps_the_form() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    type_into(&mut harness, "ISO code", "RO");
    harness
        .get_by_role_and_label(Role::ComboBox, "Strategic partnership declarations")
        .click();
    harness.run();
    assert!(is_shown(&harness, "Search documents"), "the picker opened");

    press(&mut harness, Key::Escape);
    assert!(!is_shown(&harness, "Search documents"), "the picker closed");
    assert_eq!(
        country_draft_name(&harness).as_deref(),
        Some("Romania"),
        "the form and what was typed are still there"
    );
    assert!(!is_shown(&harness, "Save the changes?"));

    // The next Escape is the form's: it has changes, so it asks, and
    // Escape on the question means keep editing.
    press(&mut harness, Key::Escape);
    assert!(is_shown(&harness, "Save the changes?"));
    press(&mut harness, Key::Escape);
    assert!(!is_shown(&harness, "Save the changes?"));
    assert_eq!(country_draft_name(&harness).as_deref(), Some("Romania"));
}

#[test]
fn escape_in_a_text_field_leaves_the_field_before_the_form() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    press(&mut harness, Key::Escape);
    assert!(!is_shown(&harness, "Save the changes?"));
    assert_eq!(country_draft_name(&harness).as_deref(), Some("Romania"));
    press(&mut harness, Key::Escape);
    assert!(is_shown(&harness, "Save the changes?"));
}

#[test]
fn closing_a_changed_form_asks_and_a_discarded_draft_can_be_reopened() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    click(&mut harness, "Cancel");
    assert!(is_shown(&harness, "Save the changes?"));
    click(&mut harness, "Keep editing");
    assert_eq!(country_draft_name(&harness).as_deref(), Some("Romania"));

    click(&mut harness, "Cancel");
    click(&mut harness, "Discard");
    assert!(harness.state().form.is_none(), "Discard closed the form");
    assert!(harness.state().workspace().unwrap().countries().is_empty());

    click(&mut harness, "Reopen discarded draft");
    assert_eq!(
        country_draft_name(&harness).as_deref(),
        Some("Romania"),
        "the draft came back as it was left"
    );
    // Save from the question saves the draft.
    click(&mut harness, "Cancel");
    harness
        .get_all_by_label("Save")
        .last()
        .expect("the question's Save")
        .click();
    harness.run();
    assert!(harness.state().form.is_none());
    let workspace = harness.state().workspace().unwrap();
    assert_eq!(
        workspace.countries().values().next().unwrap().name,
        "Romania"
    );
}

#[test]
fn an_unchanged_form_closes_on_escape_without_asking() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    // The first field may hold the focus: Escape leaves it, then the form.
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::Escape);
    assert!(!is_shown(&harness, "Save the changes?"));
    assert!(harness.state().form.is_none());
}

#[test]
fn a_long_institution_name_and_a_date_message_stay_inside_the_form() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    press(&mut harness, Key::Enter);
    let ministry =
        "Ministerul Muncii și Solidarității Sociale și al Egalității de Șanse a României";
    click(&mut harness, "Institutions");
    click(&mut harness, "Add institution…");
    type_into(&mut harness, "Name", ministry);
    click(&mut harness, "Save");

    click(&mut harness, "People");
    click(&mut harness, "Add person…");
    type_into(&mut harness, "Name", "Simona Bucura-Oprescu");
    click(&mut harness, "Add position");
    type_into(
        &mut harness,
        "Position 1 title",
        "Minister of Labour and Social Solidarity",
    );
    type_into(
        &mut harness,
        "Position 1 from",
        "not a date at all, a long sentence typed by mistake",
    );
    assert!(
        harness
            .get_by_role_and_label(Role::ComboBox, "Position 1 institution")
            .accesskit_node()
            .value()
            .is_some_and(|value| value.contains("Ministerul Muncii")),
        "the long ministry is the position's institution"
    );
    assert_form_inside_its_panel(
        &harness,
        &["New person", "Name", "Position 1 title", "Save", "Cancel"],
    );
}

#[test]
fn a_meeting_start_message_stays_under_its_field_and_save_stays_visible() {
    let mut harness = small_window();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(
        &mut harness,
        "Title",
        "Intergovernmental commission, 11th session",
    );
    // The trial's slashed date: refused with the reason, under the field.
    type_into(&mut harness, "Start", "03/11/2022");
    assert!(is_shown(
        &harness,
        "\"03/11/2022\" could be 3 November or 11 March: write 03.11.2022 (day.month.year) or 2022-11-03"
    ));
    assert_form_inside_its_panel(
        &harness,
        &["New consultation", "Title", "Start", "Save", "Cancel"],
    );
    let save = harness.get_by_label("Save").rect();
    assert!(save.bottom() <= 700.0, "Save is on the screen: {save:?}");
}

/// Where the text field labelled `label` is drawn.
fn field_rect(harness: &Harness<'static, AccordApp>, label: &str) -> egui::Rect {
    harness.get_by_role_and_label(Role::TextInput, label).rect()
}

#[test]
fn a_message_that_appears_leaves_the_fields_below_where_they_were() {
    let mut harness = small_window();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(&mut harness, "Title", "Joint commission, 11th session");
    let end_before = field_rect(&harness, "End");
    type_into(&mut harness, "Start", "03/11/2022");
    assert!(is_shown(
        &harness,
        "\"03/11/2022\" could be 3 November or 11 March: write 03.11.2022 (day.month.year) or 2022-11-03"
    ));
    let end_with_message = field_rect(&harness, "End");
    assert!(
        (end_with_message.top() - end_before.top()).abs() < 0.5,
        "End stays under the pointer: {end_before:?} then {end_with_message:?}"
    );

    // The same when the message goes away, and for a country's code.
    type_into(&mut harness, "Start", "03.11.2022");
    assert!((field_rect(&harness, "End").top() - end_before.top()).abs() < 0.5);
    click(&mut harness, "Cancel");
    click(&mut harness, "Discard");
    click(&mut harness, "Countries");
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Romania");
    let below_before = field_rect(&harness, "Diplomatic relations established");
    type_into(&mut harness, "ISO code", "ZZ9");
    assert!(harness.query_by_label_contains("not an ISO 3166").is_some());
    let below_after = field_rect(&harness, "Diplomatic relations established");
    assert!(
        (below_after.top() - below_before.top()).abs() < 0.5,
        "The relations date stays put: {below_before:?} then {below_after:?}"
    );
}

#[test]
fn a_long_date_shows_whole_in_its_field() {
    let mut harness = small_window();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    let date = "28 September 2022";
    type_into(&mut harness, "Start", date);
    let field = field_rect(&harness, "Start");
    let needed = super::layout::whole_width(&harness, date);
    assert!(
        field.width() >= needed + 2.0 * harness.ctx.global_style().spacing.button_padding.x,
        "the field ({} wide) holds the date ({needed} wide)",
        field.width()
    );
}

/// Types as the keyboard would, into whatever has the focus.
fn type_keys(harness: &mut Harness<'static, AccordApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

fn person_draft(harness: &Harness<'static, AccordApp>) -> accord::model::Person {
    match &harness.state().form.as_ref().expect("a form").draft {
        AnyRecord::Person(person) => person.clone(),
        other => panic!("not a person's form: {other:?}"),
    }
}

#[test]
fn typing_lands_in_the_first_field_and_in_each_new_row() {
    let mut harness = small_window();
    click(&mut harness, "People");
    click(&mut harness, "Add person…");
    type_keys(&mut harness, "Sahil Babayev");
    click(&mut harness, "Add to other spellings");
    type_keys(&mut harness, "Sahil Bababyev");
    click(&mut harness, "Add position");
    type_keys(&mut harness, "Minister of Labour");
    let person = person_draft(&harness);
    assert_eq!(person.name, "Sahil Babayev");
    assert_eq!(person.name_variants, vec!["Sahil Bababyev".to_owned()]);
    assert_eq!(person.positions[0].title, "Minister of Labour");
}

#[test]
fn problems_show_once_touched_or_after_save_in_words() {
    let mut harness = small_window();
    click(&mut harness, "People");
    click(&mut harness, "Add person…");
    assert!(
        !is_shown(&harness, "is required"),
        "a new form does not open in red"
    );
    type_keys(&mut harness, "Sahil Babayev");
    click(&mut harness, "Add position");
    assert!(!is_shown(&harness, "is required"));
    // Save with the title missing: nothing saved, the problem said as
    // people say it, and the focus on the missing title.
    click(&mut harness, "Save");
    assert!(harness.state().workspace().unwrap().people().is_empty());
    assert!(is_shown(&harness, "is required"));
    let said = harness
        .query_all_by_label_contains("Position 1: the title is missing")
        .count();
    assert_eq!(said, 1, "the reason is worded without field paths");
    assert!(
        harness
            .query_all_by_label_contains("positions[0]")
            .next()
            .is_none()
    );
    type_keys(&mut harness, "Minister of Labour");
    assert_eq!(
        person_draft(&harness).positions[0].title,
        "Minister of Labour"
    );
}

#[test]
fn ctrl_enter_saves_from_a_notes_field() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_keys(&mut harness, "Romania");
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .focus();
    harness.run();
    type_keys(&mut harness, "Strategic partner since 2009");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.state().form.is_some(),
        "Enter is a new line in notes"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert!(harness.state().form.is_none(), "Ctrl+Enter saved");
    let workspace = harness.state().workspace().unwrap();
    let romania = workspace.countries().values().next().unwrap();
    assert_eq!(romania.name, "Romania");
    assert!(romania.notes.starts_with("Strategic partner since 2009"));
}

#[test]
fn a_date_typed_as_people_write_it_is_understood_and_shown_so() {
    let mut harness = small_window();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(&mut harness, "Title", "Working group on labour migration");
    type_into(&mut harness, "Start", "03.11.2022");
    assert!(
        is_shown(&harness, "3 November 2022"),
        "understood as November"
    );
    type_into(&mut harness, "End", "November 2022");
    let meeting = match &harness.state().form.as_ref().expect("a form").draft {
        AnyRecord::Meeting(meeting) => meeting.clone(),
        other => panic!("not a meeting: {other:?}"),
    };
    let day = chrono::NaiveDate::from_ymd_opt(2022, 11, 3).expect("a day");
    assert_eq!(meeting.start, Some(accord::model::PartialDate::Day(day)));
    assert_eq!(
        meeting.end,
        Some(accord::model::PartialDate::Month(2022, 11))
    );
}

#[test]
fn escape_after_a_picker_in_a_position_asks_about_the_changes() {
    let mut harness = small_window();
    click(&mut harness, "People");
    click(&mut harness, "Add person…");
    type_keys(&mut harness, "Simona Bucura-Oprescu");
    click(&mut harness, "Add position");
    type_keys(&mut harness, "Minister of Labour");
    type_into(&mut harness, "Position 1 from", "03/11/2022");
    harness
        .get_by_role_and_label(Role::ComboBox, "Position 1 institution")
        .click();
    harness.run();
    type_keys(&mut harness, "Minist");
    press(&mut harness, Key::Escape);
    assert!(
        !is_shown(&harness, "Search institutions"),
        "the picker closed"
    );
    assert!(!is_shown(&harness, "Save the changes?"));
    press(&mut harness, Key::Escape);
    assert!(
        is_shown(&harness, "Save the changes?"),
        "the next Escape asks"
    );
}

#[test]
fn tab_goes_from_the_first_field_to_the_next_not_to_the_navigation() {
    let mut harness = small_window();
    click(&mut harness, "Add country…");
    type_keys(&mut harness, "Romania");
    press(&mut harness, Key::Tab);
    type_keys(&mut harness, "RO");
    match &harness.state().form.as_ref().expect("a form").draft {
        AnyRecord::Country(country) => {
            assert_eq!(country.name, "Romania");
            assert_eq!(country.iso_code, "RO");
        }
        other => panic!("not a country: {other:?}"),
    }
}
