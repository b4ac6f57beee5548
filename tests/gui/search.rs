//! Find and quick open: typing a few letters, without accents or capitals,
//! lists the records that match, and Enter or a click opens one.

use accord::app::route::Route;
use accord::model::RecordId;
use egui::{Key, Modifiers};

use super::*;

fn sample() -> Harness<'static, AccordApp> {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    harness
}

fn search_for(harness: &mut Harness<'static, AccordApp>, shortcut: Key, text: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, shortcut);
    harness.run();
    assert!(harness.state().search.is_open(), "the search box opened");
    type_into(harness, "Search every record", text);
}

#[test]
fn iskur_typed_plainly_finds_the_turkish_employment_service_and_enter_opens_it() {
    let mut harness = sample();
    search_for(&mut harness, Key::F, "iskur");
    let institution = "Employment Service of the Republic of Turkey   Short name: İŞKUR";
    // Another institution's notes mention İŞKUR: it is listed, after the
    // one that has İŞKUR as its short name.
    assert!(is_shown(&harness, "Institutions (2)"));
    assert!(is_shown(&harness, institution));
    let notes_y = harness.get_by_label_contains("Notes: ").rect().top();
    assert!(harness.get_by_label(institution).rect().top() < notes_y);
    // The action plan has İŞKUR in its title: found too, under its own kind.
    assert!(is_shown(&harness, "Agreements and documents (1)"));

    harness.key_press(Key::Enter);
    harness.run();
    let state = harness.state();
    assert!(!state.search.is_open(), "Enter closed the search");
    let Route::Record(RecordId::Institution(id)) = state.history.current() else {
        panic!("Enter opened {:?}", state.history.current());
    };
    let opened = &state.workspace().unwrap().institutions()[&id];
    assert_eq!(opened.short_name, "İŞKUR");
}

#[test]
fn quick_open_finds_turkiye_by_its_alias_and_a_click_opens_it() {
    let mut harness = sample();
    search_for(&mut harness, Key::K, "turkiye");
    let row = "Turkey   Also called: Türkiye";
    assert!(is_shown(&harness, "Countries (1)"));
    harness.get_by_label(row).click();
    harness.run();
    let state = harness.state();
    let Route::Record(RecordId::Country(id)) = state.history.current() else {
        panic!("the click opened {:?}", state.history.current());
    };
    assert_eq!(state.workspace().unwrap().countries()[&id].name, "Turkey");
}

#[test]
fn results_narrow_as_the_user_types_and_say_when_nothing_matches() {
    let mut harness = sample();
    click(&mut harness, "Edit");
    click_menu_item(&mut harness, "Find…");
    type_into(&mut harness, "Search every record", "roman");
    let broad = harness.state().search.results().total();
    assert!(broad >= 2, "Romania and what mentions it: {broad}");
    assert!(is_shown(&harness, "Romania"));
    type_into(&mut harness, "Search every record", "romanx");
    assert_eq!(harness.state().search.results().total(), 0);
    assert!(is_shown(&harness, "Nothing matches “romanx”."));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().search.is_open(), "Escape closed it");
}

#[test]
fn the_down_arrow_chooses_the_next_result_for_enter() {
    let mut harness = sample();
    search_for(&mut harness, Key::F, "iskur");
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let state = harness.state();
    let Route::Record(RecordId::Institution(id)) = state.history.current() else {
        panic!("Enter opened {:?}", state.history.current());
    };
    let opened = &state.workspace().unwrap().institutions()[&id];
    assert_ne!(opened.short_name, "İŞKUR", "not the first result");
    assert!(opened.notes.contains("İŞKUR"), "{opened:?}");
}

#[test]
fn a_large_workspace_is_searchable_once_its_index_is_built_off_the_frame() {
    use accord::generate::{GenerateOptions, generate};

    let workspace = generate(GenerateOptions {
        countries: 20,
        records: 8_000,
        seed: 5,
    })
    .unwrap();
    let country = workspace
        .countries()
        .values()
        .find(|country| Some(country.id) != workspace.home_country())
        .unwrap()
        .name
        .clone();
    let mut app = super::app_with(PresetChooser::default());
    app.open_session(workspace, None);
    let mut harness = harness_for(app);
    // Not `run`, which waits for the app to settle: see wait_for_worker.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.step();
    wait_for_worker(&mut harness, "Search every record", "Preparing the search…");
    type_into(&mut harness, "Search every record", &country);
    assert!(
        is_shown(&harness, "Countries (1)"),
        "{country:?} is found among the countries"
    );
    assert!(is_shown(&harness, &country));
}
