//! Quick open ranks a record found by its name above one that only
//! mentions the name in its notes, whatever kind each is.

use accord::app::route::Route;
use accord::model::RecordId;
use egui::{Key, Modifiers};

use super::*;

#[test]
fn budai_and_enter_open_the_person_not_the_country_whose_notes_mention_him() {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    type_into(&mut harness, "Search every record", "budai");
    // Romania's notes mention him, and countries are listed before people
    // in kind order: the name match comes first all the same.
    let people = harness.get_by_label("People (1)").rect().top();
    let countries = harness.get_by_label("Countries (1)").rect().top();
    assert!(
        people < countries,
        "people at {people}, countries at {countries}"
    );

    harness.key_press(Key::Enter);
    harness.run();
    let state = harness.state();
    let Route::Record(RecordId::Person(id)) = state.history.current() else {
        panic!("Enter opened {:?}", state.history.current());
    };
    let person = &state.workspace().unwrap().people()[&id];
    assert_eq!(person.name, "Marius Constantin Budai");
}

#[test]
fn a_name_typed_in_cyrillic_finds_its_latin_spelling() {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    type_into(&mut harness, "Search every record", "Будай");
    assert!(is_shown(&harness, "People (1)"));
    harness.key_press(Key::Enter);
    harness.run();
    let state = harness.state();
    assert!(
        matches!(state.history.current(), Route::Record(RecordId::Person(_))),
        "Enter opened {:?}",
        state.history.current()
    );
}
