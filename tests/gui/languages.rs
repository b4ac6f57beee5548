//! The interface in Azerbaijani and Russian: every word on the screen
//! comes from the language's message files, nothing is cut at 1024×700,
//! and names are shown, entered and found in each language.

use std::collections::BTreeSet;

use accord::app::route::{Route, Section};
use accord::app::{AccordApp, Settings};
use accord::i18n::{Language, message_ids, placeables, raw_value, with_language};
use accord::model::RecordId;
use accord::tr;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};

use super::layout::whole_width;
use super::{Clock, PresetChooser, test_day};

fn sample_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json")
}

/// The app in `language`, at 1024×700, on the sample workspace.
fn sample_in(language: Language) -> Harness<'static, AccordApp> {
    let settings = Settings {
        language: Some(language),
        ..Settings::default()
    };
    let mut app = AccordApp::with_clock(
        settings,
        Box::new(PresetChooser::default()),
        Clock::Fixed(test_day()),
    );
    let sample = accord::storage::open(&sample_path()).expect("the sample opens");
    app.open_session(sample, None);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .with_max_steps(16)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(|ui, app: &mut AccordApp| app.ui(ui), app);
    harness.run();
    harness
}

/// The English texts of the messages whose `language` text differs: any
/// of them on the screen is a word the translation did not reach.
fn english_only(language: Language) -> BTreeSet<String> {
    message_ids("en")
        .into_iter()
        .filter(|(id, _)| placeables("en", id).is_empty())
        .filter_map(|(id, _)| {
            let english = raw_value("en", &id)?;
            let translated = raw_value(language.code(), &id)?;
            (english != translated && english.chars().filter(|c| c.is_alphabetic()).count() > 1)
                .then_some(english)
        })
        .collect()
}

/// The texts of `language`'s messages that take no values: the words of
/// buttons whose width the layout must give them whole.
fn own_words(language: Language) -> BTreeSet<String> {
    message_ids(language.code())
        .into_iter()
        .filter(|(id, _)| placeables(language.code(), id).is_empty())
        .filter_map(|(id, _)| raw_value(language.code(), &id))
        .collect()
}

/// What is wrong with the screen as shown: an English word; a button of
/// the interface's own words narrower than its text, or past the window's
/// right edge. (A calendar cell cuts a long title on purpose, and a date's
/// "Pick…" shows only "…" where a nested row has no room, keeping its
/// name for screen readers.)
fn faults(
    harness: &Harness<'static, AccordApp>,
    english: &BTreeSet<String>,
    place: &str,
) -> Vec<String> {
    let language = harness.state().language();
    let own = own_words(language);
    let pick = with_language(language, || tr!("forms-date-pick"));
    let mut found = Vec::new();
    for node in harness.query_all(
        by().include_labels()
            .predicate(|node| node.label().is_some()),
    ) {
        let access = node.accesskit_node();
        let Some(label) = access.label() else {
            continue;
        };
        if english.contains(label.trim()) {
            found.push(format!("{place}: {:?} {label:?} is English", access.role()));
        }
        if access.bounding_box().is_none() {
            continue;
        }
        let rect = node.rect();
        let is_button = matches!(access.role(), Role::Button | Role::MenuItem | Role::Tab);
        if is_button && rect.right() > 1024.5 {
            found.push(format!(
                "{place}: the button {label:?} runs past the window ({rect:?})"
            ));
        }
        if is_button && own.contains(&label) && label != pick && rect.width() > 1.0 {
            let needed = whole_width(harness, &label);
            if rect.width() + 0.5 < needed {
                found.push(format!(
                    "{place}: the button {label:?} is {} wide, its text {needed}",
                    rect.width()
                ));
            }
        }
    }
    found
}

/// Every text on the screen that a screen reader can read.
fn shown_words(harness: &Harness<'static, AccordApp>) -> BTreeSet<String> {
    harness
        .query_all(
            by().include_labels()
                .predicate(|node| node.label().is_some() || node.value().is_some()),
        )
        .filter_map(|node| {
            node.accesskit_node()
                .label()
                .or_else(|| node.accesskit_node().value())
        })
        .collect()
}

fn assert_none(faults: &[String], language: Language) {
    assert!(
        faults.is_empty(),
        "in {}:\n{}",
        language.code(),
        faults.join("\n")
    );
}

fn romania(harness: &Harness<'static, AccordApp>) -> RecordId {
    let workspace = harness.state().session.as_ref().expect("open").workspace();
    let id = workspace
        .countries()
        .values()
        .find(|country| country.name == "Romania")
        .expect("the sample has Romania")
        .id;
    RecordId::Country(id)
}

fn go(harness: &mut Harness<'static, AccordApp>, route: Route) {
    harness.state_mut().history.go(route);
    harness.run();
}

#[test]
fn every_page_in_azerbaijani_and_russian_is_in_its_language_and_whole() {
    for language in [Language::Azerbaijani, Language::Russian] {
        let english = english_only(language);
        let mut harness = sample_in(language);
        let mut found = faults(&harness, &english, "the start page");
        for section in Section::ALL {
            go(&mut harness, Route::Section(section));
            found.extend(faults(&harness, &english, &format!("{section:?}")));
        }
        let romania = romania(&harness);
        go(&mut harness, Route::Record(romania));
        found.extend(faults(&harness, &english, "Romania's page"));
        go(&mut harness, Route::Calendar);
        found.extend(faults(&harness, &english, "the calendar"));
        assert_none(&found, language);
    }
}

#[test]
fn the_language_is_switched_in_the_view_menu() {
    let mut harness = sample_in(Language::English);
    let view = tr!("app-menu-view");
    harness.get_by_role_and_label(Role::MenuItem, &view).click();
    harness.run();
    harness.get_by_label(&tr!("app-menu-language")).click();
    harness.run();
    harness.get_by_label("Azərbaycanca").click();
    harness.run();
    assert_eq!(
        harness.state().settings.language,
        Some(Language::Azerbaijani)
    );
    let file_in_azerbaijani = with_language(Language::Azerbaijani, || tr!("app-menu-file"));
    assert!(
        harness.query_by_label(&file_in_azerbaijani).is_some(),
        "the menu bar now says {file_in_azerbaijani:?}"
    );
}

/// One record of each kind in the sample that has a form.
fn one_of_each_kind(harness: &Harness<'static, AccordApp>) -> Vec<RecordId> {
    let workspace = harness.state().session.as_ref().expect("open").workspace();
    let mut ids = vec![romania(harness)];
    ids.extend(
        workspace
            .institutions()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .people()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .documents()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .activities()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .commissions()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .meetings()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .indicators()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids.extend(
        workspace
            .sources()
            .keys()
            .next()
            .map(|id| RecordId::from(*id)),
    );
    ids
}

#[test]
fn every_form_in_russian_and_azerbaijani_fits_its_panel_at_1024_by_700() {
    for language in [Language::Russian, Language::Azerbaijani] {
        let english = english_only(language);
        let mut harness = sample_in(language);
        let (edit, save) =
            with_language(language, || (tr!("views-record-edit"), tr!("common-save")));
        for id in one_of_each_kind(&harness) {
            go(&mut harness, Route::Record(id));
            harness.get_by_role_and_label(Role::Button, &edit).click();
            harness.run();
            let heading = harness
                .state()
                .form
                .as_ref()
                .expect("the form is open")
                .heading();
            super::forms::assert_form_inside_its_panel(&harness, &[&heading, &save]);
            let found = faults(&harness, &english, &format!("the form {heading:?}"));
            assert_none(&found, language);
            // Cancel: nothing was changed, so the form closes at once.
            let cancel = with_language(language, || tr!("common-cancel"));
            harness.get_by_role_and_label(Role::Button, &cancel).click();
            harness.run();
            assert!(harness.state().form.is_none(), "{heading:?} closed");
        }
    }
}

/// A new workspace with Romania, its form open and "Add a name" clicked.
fn romania_with_a_new_name_row() -> Harness<'static, AccordApp> {
    let mut harness = super::new_workspace_with_romania();
    let romania = romania(&harness);
    go(&mut harness, Route::Record(romania));
    harness.get_by_role_and_label(Role::Button, "Edit…").click();
    harness.run();
    super::click(&mut harness, "Add a name");
    harness
}

#[test]
fn a_name_given_in_azerbaijani_is_shown_and_found_in_azerbaijani() {
    let mut harness = romania_with_a_new_name_row();
    assert_eq!(
        harness.get_by_label("Language 1").value().as_deref(),
        Some("az"),
        "the first interface language without a name is suggested"
    );
    super::type_into(&mut harness, "Name 1", "Rumıniya");
    super::click(&mut harness, "Save");
    let workspace = harness.state().workspace().expect("open");
    let romania = workspace
        .countries()
        .values()
        .next()
        .expect("Romania")
        .clone();
    assert_eq!(romania.name, "Romania", "the primary name stays");
    assert_eq!(romania.names.get("az"), Some("Rumıniya"));

    harness.state_mut().set_language(Language::Azerbaijani);
    go(&mut harness, Route::Section(Section::Countries));
    assert!(
        harness.query_by_label("Rumıniya").is_some(),
        "the list shows the Azerbaijani name"
    );
    assert!(harness.query_by_label("Romania").is_none());
    // Find, typed without the Azerbaijani letters.
    harness.state_mut().search.open();
    harness.state_mut().search.query = "ruminiya".to_owned();
    harness.run();
    let found: Vec<String> = harness
        .state()
        .search
        .results()
        .hits()
        .map(|hit| hit.label.clone())
        .collect();
    assert_eq!(
        found,
        ["Rumıniya"],
        "Find reads the name in another language"
    );
}

#[test]
fn a_bad_language_code_is_named_beside_its_field() {
    let mut harness = romania_with_a_new_name_row();
    harness.get_by_label("Language 1").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Language 1").type_text("Azeri");
    super::type_into(&mut harness, "Name 1", "Rumıniya");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("\"Azeri\" is not a language code")
            .is_some(),
        "the problem is shown"
    );
}

#[test]
fn the_delete_question_in_russian_names_kinds_and_fields_in_russian() {
    let mut harness = sample_in(Language::Russian);
    let romania = romania(&harness);
    go(&mut harness, Route::Record(romania));
    harness
        .get_by_role_and_label(Role::Button, "Удалить…")
        .click();
    harness.run();
    assert!(super::is_shown(&harness, "Удалить «Румыния» (страна)?"));
    assert!(
        super::is_shown(
            &harness,
            "учреждение «Правительство Румынии» — страна (зависит от неё)"
        ),
        "the institution that needs it, its kind and field in Russian"
    );
}

#[test]
fn the_menus_dialogs_in_azerbaijani_are_in_azerbaijani_and_whole() {
    let language = Language::Azerbaijani;
    let english = english_only(language);
    let dialogs = with_language(language, || {
        let file = tr!("app-menu-file");
        let edit = tr!("app-menu-edit");
        [
            (file.clone(), tr!("app-command-open-by-path")),
            (file.clone(), tr!("app-command-export")),
            (file.clone(), tr!("app-command-encrypt")),
            (file.clone(), tr!("app-command-restore-backup")),
            (file, tr!("app-command-recover-unsaved")),
            (edit.clone(), tr!("app-command-find")),
            (edit.clone(), tr!("app-command-workspace-settings")),
            (edit, tr!("app-command-duplicates")),
        ]
    });
    let mut found = Vec::new();
    for (menu, item) in dialogs {
        let mut harness = sample_in(language);
        let before = shown_words(&harness);
        harness.get_by_role_and_label(Role::MenuItem, &menu).click();
        harness.run();
        harness
            .get_all_by_label(&item)
            .find(|node| node.accesskit_node().role() == Role::MenuItem)
            .unwrap_or_else(|| panic!("no menu item {item:?}"))
            .click();
        harness.run();
        let opened = shown_words(&harness);
        assert!(
            opened.difference(&before).count() >= 1,
            "{item:?} showed something new: {:?}",
            opened.difference(&before).collect::<Vec<_>>()
        );
        found.extend(faults(&harness, &english, &item));
    }
    assert_none(&found, language);
}
