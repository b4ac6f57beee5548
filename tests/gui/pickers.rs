//! Pickers at 1024×700: "Create …" always in view, an institution made
//! from a picker filed under the country its name, form or page implies
//! (changeable in place) with its kind guessed, and the keyboard choosing.

use accord::app::AccordApp;
use accord::model::{AnyRecord, InstitutionKind};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::forms::small_window;
use super::{click, click_menu_item, type_into};

/// A workspace with Azerbaijan (the home country) and Romania.
fn azerbaijan_and_romania() -> Harness<'static, AccordApp> {
    let mut harness = small_window();
    for (name, iso) in [("Azerbaijan", "AZ"), ("Romania", "RO")] {
        click(&mut harness, "Add country…");
        type_into(&mut harness, "Name", name);
        type_into(&mut harness, "ISO code", iso);
        harness.key_press(Key::Enter);
        harness.run();
        click(&mut harness, "Countries");
    }
    click(&mut harness, "Edit");
    click_menu_item(&mut harness, "Workspace settings…");
    harness
        .get_by_role_and_label(Role::ComboBox, "Home country")
        .click();
    harness.run();
    harness
        .get_all_by_label("Azerbaijan")
        .last()
        .expect("Azerbaijan in the list")
        .click_accesskit();
    harness.run();
    click(&mut harness, "Apply");
    harness
}

/// Opens the picker labelled `label` and types `search` into its search
/// box over `collection` ("institutions", "sources"…).
pub(crate) fn open_picker(
    harness: &mut Harness<'static, AccordApp>,
    label: &str,
    search: &str,
    collection: &str,
) {
    // By accessibility: the field may be scrolled below the window's edge.
    harness
        .get_by_role_and_label(Role::ComboBox, label)
        .click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, &format!("Search {collection}"))
        .type_text(search);
    harness.run();
}

fn only_institution(harness: &Harness<'static, AccordApp>) -> accord::model::Institution {
    let workspace = harness.state().workspace().expect("a workspace");
    assert_eq!(workspace.institutions().len(), 1);
    workspace
        .institutions()
        .values()
        .next()
        .expect("an institution")
        .clone()
}

fn country_named(harness: &Harness<'static, AccordApp>, name: &str) -> accord::model::CountryId {
    let workspace = harness.state().workspace().expect("a workspace");
    workspace
        .countries()
        .values()
        .find(|country| country.name == name)
        .expect("the country")
        .id
}

#[test]
fn an_institution_named_after_a_country_is_filed_under_it_with_its_kind() {
    let mut harness = azerbaijan_and_romania();
    click(&mut harness, "Agreements");
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Action plan 2023-2024");
    open_picker(
        &mut harness,
        "Parties",
        "Government of Romania",
        "institutions",
    );
    harness
        .get_by_label("Create institution “Government of Romania” in Romania")
        .click_accesskit();
    harness.run();
    let government = only_institution(&harness);
    assert_eq!(government.country, country_named(&harness, "Romania"));
    assert_eq!(government.kind, InstitutionKind::Government);
    match &harness.state().form.as_ref().unwrap().draft {
        AnyRecord::Document(document) => assert_eq!(document.parties, vec![government.id]),
        other => panic!("not the agreement's form: {other:?}"),
    }
}

#[test]
fn the_page_implies_the_country_and_another_can_be_chosen_in_place() {
    let mut harness = azerbaijan_and_romania();
    // On Romania's page, a ministry whose name names no country.
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    click(&mut harness, "Add agreement…");
    open_picker(&mut harness, "Parties", "Ministerul Muncii", "institutions");
    assert!(
        harness
            .query_by_label("Create institution “Ministerul Muncii” in Romania")
            .is_some(),
        "Romania's page makes it Romanian"
    );
    // Changed in place: the picker stays open, the button follows.
    harness.get_by_label("Another country…").click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Azerbaijan")
        .click_accesskit();
    harness.run();
    harness
        .get_by_label("Create institution “Ministerul Muncii” in Azerbaijan")
        .click_accesskit();
    harness.run();
    let ministry = only_institution(&harness);
    assert_eq!(ministry.country, country_named(&harness, "Azerbaijan"));
    assert_eq!(ministry.kind, InstitutionKind::Ministry);
}

#[test]
fn create_stays_in_view_below_many_matches() {
    let mut harness = small_window();
    click(&mut harness, "Sources");
    for index in 1..=30 {
        click(&mut harness, "Add source…");
        type_into(&mut harness, "Title", &format!("Azertac article {index}"));
        harness.key_press(Key::Enter);
        harness.run();
        click(&mut harness, "Sources");
    }
    click(&mut harness, "Countries");
    click(&mut harness, "Add country…");
    open_picker(&mut harness, "Sources", "Azertac", "sources");
    let search = harness
        .get_by_role_and_label(Role::TextInput, "Search sources")
        .rect();
    let create = harness.get_by_label("Create source “Azertac”").rect();
    let last_match = harness.get_by_label("Azertac article 9").rect();
    assert!(
        last_match.bottom() > search.bottom() + 320.0,
        "the 30 matches are more than the list shows at once"
    );
    assert!(
        create.top() > search.bottom() && create.bottom() < search.bottom() + 380.0,
        "Create {create:?} is pinned under the list, in view (search {search:?})"
    );
    assert!(
        create.bottom() <= 700.0,
        "and on the screen: {create:?}, search {search:?}"
    );
}

#[test]
fn arrows_and_enter_choose_in_a_picker() {
    let mut harness = azerbaijan_and_romania();
    click(&mut harness, "Countries");
    click(&mut harness, "Romania");
    click(&mut harness, "Add agreement…");
    // With nothing found, Enter takes "Create …".
    open_picker(
        &mut harness,
        "Parties",
        "Ministry of Labour",
        "institutions",
    );
    harness.key_press(Key::Enter);
    harness.run();
    let labour = only_institution(&harness);
    assert_eq!(labour.kind, InstitutionKind::Ministry);
    assert_eq!(labour.country, country_named(&harness, "Romania"));

    // Two ministries match "ministry": ↓ moves to the second, Enter picks it.
    open_picker(
        &mut harness,
        "Parties",
        "Ministry of Health",
        "institutions",
    );
    harness.key_press(Key::Enter);
    harness.run();
    type_into(&mut harness, "Title", "Protocol");
    click(&mut harness, "Save");
    assert!(harness.state().form.is_none(), "saved");
    click(&mut harness, "Agreements");
    click(&mut harness, "Add agreement…");
    open_picker(&mut harness, "Parties", "ministry", "institutions");
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let workspace = harness.state().workspace().unwrap();
    let picked = match &harness.state().form.as_ref().unwrap().draft {
        AnyRecord::Document(document) => document.parties.clone(),
        other => panic!("not the agreement's form: {other:?}"),
    };
    assert_eq!(picked.len(), 1);
    assert_eq!(
        workspace.institutions()[&picked[0]].name,
        "Ministry of Labour",
        "sorted by name, the second match is Labour (Health is first)"
    );
}
