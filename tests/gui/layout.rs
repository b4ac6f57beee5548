//! What is shown at 1024×700 keeps its text whole: dates are never
//! truncated.

use accord::app::route::Route;
use accord::model::{
    Country, Document, DocumentKind, Institution, InstitutionKind, PartialDate, RecordId, Workspace,
};

use super::forms;
use super::*;

/// The app on `workspace` in a 1024×700 window, showing `route`.
pub(crate) fn small_window_at(workspace: Workspace, route: Route) -> Harness<'static, AccordApp> {
    let mut app = app_with(PresetChooser::default());
    app.open_session(workspace, None);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .with_max_steps(16)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(|ui, app: &mut AccordApp| app.ui(ui), app);
    harness.state_mut().history.go(route);
    harness.run();
    harness
}

/// How wide `text` is in the body font, whole.
pub(crate) fn whole_width(harness: &Harness<'static, AccordApp>, text: &str) -> f32 {
    let font = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].clone();
    harness
        .ctx
        .fonts_mut(|fonts| fonts.layout_no_wrap(text.to_owned(), font, egui::Color32::BLACK))
        .size()
        .x
}

#[test]
fn a_country_pages_history_shows_each_date_whole() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("Department");
    let romania = Country::new("Romania", now);
    let romania_id = romania.id;
    let _ = workspace.add(romania, now).unwrap();
    let ministry = Institution::new(
        romania_id,
        InstitutionKind::Ministry,
        "Ministry of Labour and Social Solidarity",
        now,
    );
    let ministry_id = ministry.id;
    let _ = workspace.add(ministry, now).unwrap();
    let mut protocol = Document::new(DocumentKind::Memorandum, "Memorandum of cooperation", now);
    protocol.parties.push(ministry_id);
    protocol.signed_on = Some(PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(1999, 11, 20).unwrap(),
    ));
    let _ = workspace.add(protocol, now).unwrap();

    let mut harness = small_window_at(workspace, Route::Record(RecordId::Country(romania_id)));
    // A wider font than egui's own, as the system's fonts can be.
    harness.ctx.global_style_mut(|style| {
        if let Some(body) = style.text_styles.get_mut(&egui::TextStyle::Body) {
            body.size = 18.0;
        }
    });
    harness.run();
    let date = "20 November 1999";
    let shown = harness.get_by_label(date).rect().width();
    assert!(
        shown + 0.5 >= whole_width(&harness, date),
        "the date is shown whole: {shown} wide, needs {}",
        whole_width(&harness, date)
    );
}

#[test]
fn the_status_bar_counts_one_record_and_forgets_a_save_once_undone() {
    let mut harness = new_workspace_with_romania();
    assert!(is_shown(&harness, "1 record"), "not “1 records”");
    assert!(
        harness.query_by_label_contains("Saved Romania").is_some(),
        "the save is reported"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().workspace().unwrap().countries().is_empty());
    assert!(
        harness.query_by_label_contains("Saved Romania").is_none(),
        "after Undo the status no longer says the country is saved"
    );
    assert!(harness.query_by_label_contains("Undone").is_some());
    assert!(is_shown(&harness, "0 records"));
}

#[test]
fn a_long_lists_scroll_handle_is_drawn_tall_enough_to_see_and_grab() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("Department");
    for number in 0..5_000 {
        let _ = workspace
            .add(Country::new(format!("Country {number:05}"), now), now)
            .unwrap();
    }
    let mut harness = small_window_at(
        workspace,
        Route::Section(accord::app::route::Section::Countries),
    );
    // egui shows a list's scroll bar while the pointer is over the list.
    let list = harness
        .get_by_role_and_label(egui::accesskit::Role::Table, "Countries")
        .rect();
    harness.hover_at(list.center());
    harness.run();
    harness.step();
    // The handle is the tallest narrow filled shape at the list's right edge.
    let handle = harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Rect(rect) => Some(rect.rect),
            _ => None,
        })
        .filter(|rect| rect.width() < 16.0 && rect.right() > list.right() - 24.0)
        .filter(|rect| rect.height() < list.height() - 40.0)
        .map(|rect| rect.height())
        .fold(0.0_f32, f32::max);
    assert!(
        handle >= 24.0,
        "a 5,000-row list's handle is drawn {handle} points tall"
    );
}

#[test]
fn save_as_proposes_the_open_files_folder_and_name() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("ministry.accord.json");
    let chooser = PresetChooser {
        save_to: Some(file.clone()),
        ..PresetChooser::default()
    };
    let proposed = std::sync::Arc::clone(&chooser.proposed);
    let mut harness = harness_with(chooser);
    click(&mut harness, "New workspace…");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    for _ in 0..4 {
        harness.step();
        harness.state_mut().finish_jobs();
    }
    harness.run();
    assert!(file.exists(), "saved the first time");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    for _ in 0..4 {
        harness.step();
        harness.state_mut().finish_jobs();
    }
    harness.run();
    assert_eq!(
        proposed.lock().unwrap().last(),
        Some(&file),
        "Save as starts in the file's folder, with its name"
    );
}

#[test]
fn an_empty_dates_day_picker_opens_near_the_forms_other_date() {
    // egui_extras' day picker names neither its year nor its month box:
    // the accessibility check would stop at them.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .with_max_steps(16)
        .with_accessibility_check(false)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(
            |ui, app: &mut AccordApp| app.ui(ui),
            app_with(PresetChooser::default()),
        );
    harness.run();
    click(&mut harness, "New workspace…");
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(&mut harness, "Start", "3 November 2022");
    // The end's picker, the second one of the form.
    harness
        .get_all_by_label("Pick…")
        .nth(1)
        .expect("an end date with its picker")
        .click();
    harness.run();
    // The month the picker shows, over its days.
    assert!(
        is_shown(&harness, "November 2022"),
        "the end's picker opens at the start's month, not at today"
    );
    // Each day is named by its whole date; one click picks it.
    harness.get_by_label("24 November 2022").click();
    harness.run();
    assert!(
        !is_shown(&harness, "November 2022"),
        "the month closes once a day is picked"
    );
    match &harness.state().form.as_ref().expect("the form stays").draft {
        accord::model::AnyRecord::Meeting(meeting) => assert_eq!(
            meeting.end,
            Some(PartialDate::Day(
                chrono::NaiveDate::from_ymd_opt(2022, 11, 24).unwrap()
            ))
        ),
        other => panic!("a meeting's form, not {other:?}"),
    }
}

#[test]
fn a_countrys_notes_open_in_view_above_its_history() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("Department");
    let mut romania = Country::new("Romania", now);
    romania.notes = "Relations established in 1991; the joint commission meets yearly.\n".repeat(4);
    let romania_id = romania.id;
    let _ = workspace.add(romania, now).unwrap();
    // Enough figures that the profile fills its part of the page.
    for year in 2010..2022 {
        let period = accord::model::Period::single(PartialDate::Year(year));
        let mut figure = accord::model::Indicator::new(
            romania_id,
            accord::model::IndicatorKind::TradeTurnover,
            period,
            now,
        );
        figure.value = Some(f64::from(year));
        figure.unit = "USD million".to_owned();
        let _ = workspace.add(figure, now).unwrap();
    }
    let mut harness = small_window_at(workspace, Route::Record(RecordId::Country(romania_id)));
    click(&mut harness, "Notes");
    let notes = harness
        .get_by_label_contains("the joint commission meets yearly")
        .rect();
    let history = harness.get_by_label("Agreement history").rect();
    assert!(
        notes.top() + 40.0 <= history.top(),
        "the notes' first lines are in view above the history: {notes:?}, history at {history:?}"
    );
}

#[test]
fn the_record_panel_keeps_its_width_while_typing_and_between_forms() {
    let mut harness = forms::small_window();
    let panel_width = |harness: &Harness<'static, AccordApp>| {
        harness
            .state()
            .record_panel_rect
            .expect("a form is open")
            .width()
    };
    click(&mut harness, "Add country…");
    let width = panel_width(&harness);
    type_into(
        &mut harness,
        "Name",
        "The United Kingdom of Great Britain and Northern Ireland, with its overseas territories",
    );
    assert!(
        (panel_width(&harness) - width).abs() < 0.5,
        "typing widened the panel"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    assert!(
        (panel_width(&harness) - width).abs() < 0.5,
        "another form, another width"
    );
    type_into(&mut harness, "Start", "03/11/2022");
    assert!(
        (panel_width(&harness) - width).abs() < 0.5,
        "a message widened the panel"
    );
}

#[test]
fn a_meeting_is_duplicated_from_its_page_into_a_new_one_to_change() {
    let mut harness = new_workspace_with_romania();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(&mut harness, "Title", "Consultations on labour migration");
    type_into(&mut harness, "Start", "3 November 2022");
    type_into(&mut harness, "Place", "Bucharest");
    click(&mut harness, "Save");
    assert!(harness.state().form.is_none());

    click(&mut harness, "Duplicate…");
    assert!(harness.state().form.is_some(), "a form for the copy");
    type_into(&mut harness, "Start", "3 November 2023");
    click(&mut harness, "Save");
    let workspace = harness.state().workspace().unwrap();
    let mut meetings: Vec<_> = workspace
        .meetings()
        .values()
        .map(|meeting| {
            (
                meeting.start.map(|date| date.human()),
                meeting.place.clone(),
            )
        })
        .collect();
    meetings.sort();
    assert_eq!(
        meetings,
        [
            (Some("3 November 2022".to_owned()), "Bucharest".to_owned()),
            (Some("3 November 2023".to_owned()), "Bucharest".to_owned()),
        ],
        "the first kept, the copy saved as a meeting of its own"
    );
}

#[test]
fn the_date_understood_under_a_date_typed_with_dots_shows_whole() {
    let mut harness = forms::small_window();
    click(&mut harness, "Meetings");
    click(&mut harness, "Add meeting…");
    type_into(&mut harness, "Start", "03.11.2022");

    let understood = harness.get_by_label("3 November 2022").rect();
    assert!(
        understood.width() >= whole_width(&harness, "3 November 2022") - 0.5,
        "the understood date is cut: {} wide",
        understood.width()
    );
    let panel = harness.state().record_panel_rect.expect("a form is open");
    assert!(
        understood.right() <= panel.right(),
        "it runs out of the form"
    );
}

#[test]
fn a_record_panel_widened_in_a_large_window_leaves_the_lists_add_button_whole_in_a_small_one() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("Department");
    let romania = Country::new("Romania", now);
    let romania_id = romania.id;
    let _ = workspace.add(romania, now).unwrap();
    let mut harness = small_window_at(
        workspace,
        Route::Section(accord::app::route::Section::Countries),
    );
    // Opened at full size: the record panel takes its share of 1920.
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness
        .state_mut()
        .history
        .go(Route::Record(RecordId::Country(romania_id)));
    harness.run();
    // Then the laptop's window.
    harness.set_size(egui::vec2(1024.0, 700.0));
    harness.run();
    let add = harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Add country…")
        .rect();
    let panel = harness
        .state()
        .record_panel_rect
        .expect("Romania's page is shown");
    assert!(
        add.right() <= panel.left() + 0.5,
        "Add country… ends at {}, the record panel starts at {}",
        add.right(),
        panel.left()
    );
}
