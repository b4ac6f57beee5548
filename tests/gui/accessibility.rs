//! What a screen reader finds in Accord, read from the same AccessKit tree
//! that reaches AT-SPI (Orca), UI Automation (NVDA, Narrator) and
//! `VoiceOver`: a named window and regions, lists as tables of named rows,
//! forms that take the focus and say what is wrong with a field.

use accord::app::AccordApp;
use egui::Key;
use egui::accesskit::{Invalid, Live, Role, SortDirection};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::{click, harness, is_shown, type_into};

fn sample() -> Harness<'static, AccordApp> {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    harness.state_mut().finish_jobs();
    harness.run();
    // A workspace opens on what is next; the tests read the Countries list.
    click(&mut harness, "Countries");
    assert!(is_shown(&harness, "Add country…"), "the sample opened");
    harness
}

fn has_focus(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The role and name of the node that has the keyboard focus.
fn focused(harness: &Harness<'static, AccordApp>) -> (Role, String) {
    let node = harness
        .query_by(has_focus)
        .expect("something has the focus");
    let node = node.accesskit_node();
    (node.role(), node.label().unwrap_or_default())
}

fn press(harness: &mut Harness<'static, AccordApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn the_window_and_its_regions_are_named() {
    let harness = sample();
    let window = harness.root().accesskit_node().label().unwrap_or_default();
    assert_eq!(window, harness.state().window_title());
    assert!(window.contains("Accord"), "{window:?}");
    for region in ["Navigation", "Menu bar", "Status", "Countries"] {
        assert!(
            harness
                .query_all_by_role_and_label(Role::Pane, region)
                .next()
                .is_some(),
            "a region named {region:?}"
        );
    }
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Countries")
            .is_some(),
        "the page title is a heading a reader can jump to"
    );
}

#[test]
fn the_countries_list_is_a_table_of_named_rows_and_the_open_one_is_selected() {
    let mut harness = sample();
    let table = harness.get_by_role_and_label(Role::Table, "Countries");
    let rows: Vec<String> = table
        .children_recursive()
        .filter(|node| node.accesskit_node().role() == Role::Row)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(
        rows.contains(&"Romania, ISO code RO, relations since 19 June 1992".to_owned()),
        "{rows:?}"
    );
    let name = harness.get_by_role_and_label(Role::ColumnHeader, "Name");
    assert_eq!(
        name.accesskit_node().sort_direction(),
        Some(SortDirection::Ascending)
    );
    // Empty cells are not in the tree: every cell says something.
    assert!(
        table
            .children_recursive()
            .filter(|node| node.accesskit_node().role() == Role::Cell)
            .all(|cell| cell.children().count() > 0)
    );

    let romania = "Romania, ISO code RO, relations since 19 June 1992";
    harness.get_by_role_and_label(Role::Row, romania).click();
    harness.run();
    let row = harness.get_by_role_and_label(Role::Row, romania);
    assert_eq!(row.accesskit_node().is_selected(), Some(true));
}

#[test]
fn tab_reaches_the_rows_one_stop_each_and_arrows_and_enter_open_one() {
    let mut harness = sample();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .focus();
    harness.run();
    // Past the column headers (each sorts), to the first row.
    let mut stops = Vec::new();
    while stops.len() < 8 {
        press(&mut harness, Key::Tab);
        let stop = focused(&harness);
        let on_a_row = stop.0 == Role::Row;
        stops.push(stop);
        if on_a_row {
            break;
        }
    }
    let headers = &stops[..stops.len() - 1];
    assert!(
        headers.iter().all(|(role, _)| *role == Role::ColumnHeader),
        "only the headers come before the rows: {stops:?}"
    );
    let (role, first) = stops.last().cloned().expect("a stop");
    assert_eq!(role, Role::Row, "Tab reaches a row: {stops:?}");
    assert!(first.starts_with("Azerbaijan"), "{first:?}");
    // A row is one stop: Tab leaves the rows rather than visiting cells.
    press(&mut harness, Key::Tab);
    let (after, _) = focused(&harness);
    assert!(!matches!(after, Role::Row | Role::Cell), "{after:?}");
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(focused(&harness).0, Role::Row, "Shift+Tab comes back");

    press(&mut harness, Key::ArrowDown);
    let (_, second) = focused(&harness);
    assert!(second.starts_with("Romania"), "↓ moves a row: {second:?}");
    press(&mut harness, Key::Enter);
    let romania = harness.get_by_role_and_label(Role::Row, &second);
    assert_eq!(
        romania.accesskit_node().is_selected(),
        Some(true),
        "Enter opens the row's record"
    );
    assert!(is_shown(&harness, "Edit…"), "its page is shown");
}

#[test]
fn a_new_form_takes_the_focus_in_its_named_first_field() {
    let mut harness = sample();
    click(&mut harness, "Add country…");
    let (role, name) = focused(&harness);
    assert_eq!((role, name.as_str()), (Role::TextInput, "Name"));
    let field = harness.query_by(has_focus).expect("a field has the focus");
    let form = std::iter::successors(field.parent(), egui_kittest::kittest::NodeT::parent)
        .find(|node| node.accesskit_node().role() == Role::Form)
        .expect("the field is inside a form");
    assert_eq!(
        form.accesskit_node().label().as_deref(),
        Some("New country")
    );
}

#[test]
fn a_bad_iso_code_marks_the_field_invalid_and_says_why() {
    let mut harness = sample();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Moldova");
    type_into(&mut harness, "ISO code", "ZZ9");
    let field = harness.get_by_role_and_label(Role::TextInput, "ISO code");
    let node = field.accesskit_node();
    assert_eq!(node.data().invalid(), Some(Invalid::True));
    let description = node.description().unwrap_or_default();
    assert!(
        description.contains("not an ISO 3166"),
        "the message is the field's description: {description:?}"
    );
    let message = harness.get_by_label_contains("not an ISO 3166");
    assert_eq!(
        message.accesskit_node().live(),
        Live::Polite,
        "and is said as it appears"
    );
    // The reason Save would refuse is on Save itself, reachable by Tab.
    let save = harness.get_by_role_and_label(Role::Button, "Save");
    assert!(
        save.accesskit_node()
            .description()
            .is_some_and(|reason| reason.starts_with("Cannot save")),
        "{:?}",
        save.accesskit_node().description()
    );

    type_into(&mut harness, "ISO code", "MD");
    let node = harness.get_by_role_and_label(Role::TextInput, "ISO code");
    assert_eq!(node.accesskit_node().data().invalid(), None, "valid again");
}

#[test]
fn a_status_message_is_announced() {
    let mut harness = sample();
    click(&mut harness, "Add country…");
    type_into(&mut harness, "Name", "Moldova");
    click(&mut harness, "Save");
    let status = harness.get_by_label_contains("Saved Moldova");
    assert_eq!(status.accesskit_node().live(), Live::Polite);
}

#[test]
fn menus_are_menu_items_that_say_they_open_and_keep_shortcuts_apart() {
    let mut harness = sample();
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(false));
    file.click();
    harness.run();
    let file = harness.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(true));
    let save = harness.get_by_role_and_label(Role::MenuItem, "Save");
    let shortcut = save
        .accesskit_node()
        .data()
        .keyboard_shortcut()
        .map(str::to_owned);
    assert!(
        shortcut.as_deref().is_some_and(|keys| keys.ends_with('S')),
        "the shortcut is a property, not part of the name: {shortcut:?}"
    );
    let recent = harness.get_by_role_and_label(Role::MenuItem, "Open recent");
    assert!(
        recent.accesskit_node().data().has_popup().is_some(),
        "Open recent says it opens a submenu"
    );
}

#[test]
fn a_country_page_has_headings_to_jump_between_and_notes_that_say_they_are_closed() {
    let mut harness = sample();
    harness
        .get_by_role_and_label(
            Role::Row,
            "Romania, ISO code RO, relations since 19 June 1992",
        )
        .click();
    harness.run();
    for heading in ["Romania", "Relations", "Agreement history"] {
        assert!(
            harness
                .query_by_role_and_label(Role::Heading, heading)
                .is_some(),
            "{heading:?} is a heading"
        );
    }
    let notes = harness.get_by_label("Notes");
    assert_eq!(notes.accesskit_node().data().is_expanded(), Some(false));
    notes.click();
    harness.run();
    let notes = harness.get_by_label("Notes");
    assert_eq!(notes.accesskit_node().data().is_expanded(), Some(true));
}
