//! From article to records in the app: the Romania article pasted as a new
//! source, its facts marked on the source's page, and Propose records
//! adding what the text implies in one step.

use accord::app::route::{Route, Section};
use accord::model::{AnyRecord, Workspace};
use egui::accesskit::Role;

use super::*;

const ROMANIA: &str = include_str!("../../sample-data/seeds/romania.txt");

/// The sample's countries and institutions, as a workspace looks before
/// the Romania article is entered.
fn countries_and_institutions() -> Workspace {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    let sample = accord::storage::open(&path).expect("the sample opens");
    sample.reference_copy(chrono::Utc::now()).expect("a copy")
}

#[test]
fn a_pasted_article_becomes_a_source_whose_proposed_records_are_added_in_one_step() {
    let mut harness = super::layout::small_window_at(
        countries_and_institutions(),
        Route::Section(Section::Sources),
    );
    click(&mut harness, "File");
    click_menu_item(&mut harness, "New source from clipboard…");
    harness.event(egui::Event::Paste(ROMANIA.to_owned()));
    harness.run();
    let form = harness.state().form.as_ref().expect("a new source's form");
    match &form.draft {
        AnyRecord::Source(source) => {
            assert_eq!(source.text, ROMANIA, "the whole text, as pasted");
            assert!(
                source
                    .title
                    .starts_with("Azerbaijan and Romania have signed"),
                "{}",
                source.title
            );
        }
        other => panic!("not a source: {other:?}"),
    }
    click(&mut harness, "Save");

    // The page marks what it understood.
    harness
        .get_by_label_contains("Azerbaijan and Romania are cooperating")
        .hover();
    assert!(is_shown(&harness, "Text as published"));
    click(&mut harness, "Propose records…");
    assert!(is_shown(
        &harness,
        "New person: Marius Constantin Budai, Labour and Social Solidarity Minister (Ministry of Labour and Social Solidarity of Romania)"
    ));
    harness
        .get_all_by_role(Role::Button)
        .find(|button| {
            button
                .accesskit_node()
                .label()
                .is_some_and(|label| label.starts_with("Add ") && label.ends_with(" records"))
        })
        .expect("the Add button")
        // As the picker tests do: kittest's one-frame press and release
        // reaches this modal's button only as the accessibility click.
        .click_accesskit();
    harness.run();

    let workspace = harness.state().workspace().expect("a workspace");
    let source = workspace.sources().values().next().expect("the source").id;
    let plan = workspace
        .documents()
        .values()
        .find(|document| document.kind == accord::model::DocumentKind::ActionPlan)
        .expect("the action plan");
    assert!(plan.sources.contains(&source));
    let activities: Vec<_> = workspace
        .activities()
        .values()
        .filter(|activity| activity.plan == plan.id)
        .collect();
    assert_eq!(activities.len(), 6);
    assert!(
        activities
            .iter()
            .all(|activity| activity.sources.contains(&source))
    );
    let ministers: Vec<_> = workspace
        .people()
        .values()
        .filter(|person| !person.positions.is_empty())
        .collect();
    assert_eq!(ministers.len(), 2);
    assert_eq!(workspace.indicators().len(), 4);
    assert!(
        workspace
            .indicators()
            .values()
            .all(|indicator| indicator.sources.contains(&source))
    );
    let romania = workspace
        .countries()
        .values()
        .find(|country| country.name == "Romania")
        .expect("Romania");
    assert_eq!(
        romania
            .relations
            .diplomatic_relations_established
            .map(|date| date.human())
            .as_deref(),
        Some("19 June 1992")
    );

    // One step: Undo takes every record back.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let workspace = harness.state().workspace().expect("a workspace");
    assert!(workspace.activities().is_empty() && workspace.indicators().is_empty());
    assert_eq!(workspace.documents().len(), 0);
}

#[test]
fn a_form_citing_the_article_shows_its_text_and_a_fact_fills_the_field_last_focused() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    let sample = accord::storage::open(&path).expect("the sample opens");
    let source = sample
        .sources()
        .values()
        .find(|source| source.text.contains("DOST Centers"))
        .expect("the Romania article")
        .clone();
    let mut harness = super::layout::small_window_at(sample, Route::Section(Section::Meetings));
    let mut meeting = accord::model::Meeting::new(
        accord::model::MeetingKind::Signing,
        "Signing of the action plan",
        chrono::Utc::now(),
    );
    meeting.sources.push(source.id);
    harness.state_mut().form = Some(accord::app::forms::Form::new(
        AnyRecord::Meeting(meeting),
        true,
    ));
    harness.run();
    click(&mut harness, "Text of the cited source");
    // The article's long title does not widen the form past its panel.
    super::forms::assert_form_inside_its_panel(
        &harness,
        &["New signing", "Title", "Start", "Save", "Cancel"],
    );
    assert!(is_shown(
        &harness,
        "Click in a field, then on a marked fact to fill the field with it."
    ));

    // The officer was in Start, then chose the article's date.
    harness
        .get_by_role_and_label(Role::TextInput, "Start")
        .focus();
    harness.run();
    let form = harness.state_mut().form.as_mut().expect("the form");
    assert!(form.fields.fill_last_focused("3 November 2022".to_owned()));
    harness.run();
    match &harness.state().form.as_ref().expect("the form").draft {
        AnyRecord::Meeting(meeting) => assert_eq!(
            meeting.start.map(|date| date.human()).as_deref(),
            Some("3 November 2022")
        ),
        other => panic!("not a meeting: {other:?}"),
    }
}
