//! GUI tests: the calendar, driven through its buttons, keys and day cells,
//! with assertions on where items are drawn and what opens.

use accord::app::route::Route;
use accord::model::{Meeting, MeetingKind, RecordId};
use egui::Rect;

use super::*;

/// The 10th session's title in the sample workspace.
const TENTH_SESSION: &str = "10th meeting of the Joint Standing Commission (Azerbaijan–Turkey, labour and social protection)";

/// The sample workspace open on its calendar, at `month` ("2022-05").
fn sample_calendar_at(month: &str) -> Harness<'static, AccordApp> {
    let mut harness = harness();
    click(&mut harness, "Open the sample workspace");
    click(&mut harness, "Calendar");
    go_to(&mut harness, month);
    harness
}

fn go_to(harness: &mut Harness<'static, AccordApp>, date: &str) {
    type_into(harness, "Go to date", date);
    click(harness, "Go");
}

/// Double-clicks a widget. kittest's frames are a quarter second apart,
/// longer than a double-click may take, so the clock is held still for it.
fn double_click(harness: &mut Harness<'static, AccordApp>, label: &str) {
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now);
    let node = harness.get_by_label(label);
    node.click();
    node.click();
    harness.step();
    harness.input_mut().time = None;
    harness.run();
}

fn rect_of(harness: &Harness<'static, AccordApp>, label: &str) -> Rect {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("nothing labelled {label:?} is shown"))
        .rect()
}

/// The rects of everything labelled `label`, left to right, top to bottom.
fn rects_of(harness: &Harness<'static, AccordApp>, label: &str) -> Vec<Rect> {
    let mut rects: Vec<Rect> = harness
        .query_all_by_label(label)
        .map(|node| node.rect())
        .collect();
    rects.sort_by(|a, b| {
        a.top()
            .total_cmp(&b.top())
            .then(a.left().total_cmp(&b.left()))
    });
    rects
}

/// The day cells of May 2022 as the month view shows them.
fn may_2022_cells(harness: &Harness<'static, AccordApp>) -> Vec<(u32, Rect)> {
    (1..=31)
        .map(|day| {
            let date = chrono::NaiveDate::from_ymd_opt(2022, 5, day).expect("a day of May");
            let label = date.format("%A %-d %B %Y").to_string();
            (day, rect_of(harness, &label))
        })
        .collect()
}

#[test]
fn the_tenth_session_is_in_may_2022s_day_unknown_strip_and_on_no_day() {
    let harness = sample_calendar_at("2022-05");
    assert!(is_shown(&harness, "May 2022, day unknown"));
    let session = rect_of(&harness, TENTH_SESSION);
    let cells = may_2022_cells(&harness);
    for (day, cell) in &cells {
        assert!(
            !cell.intersects(session),
            "the session is drawn on {day} May"
        );
    }
    let first_week_top = cells
        .iter()
        .map(|(_, cell)| cell.top())
        .fold(f32::MAX, f32::min);
    assert!(
        session.bottom() <= first_week_top,
        "the strip is above the grid"
    );
    // The protocol signed at it is in the strip too, known to the month
    // only; a chip shows its title, its colour saying it was signed.
    assert!(is_shown(
        &harness,
        "Protocol of the 10th meeting of the Joint Standing Commission on cooperation between the Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan and the Ministry of Labour and Social Protection of the Republic of Turkey"
    ));
}

#[test]
fn buttons_and_keys_move_between_months_but_not_while_typing() {
    let mut harness = sample_calendar_at("2022-05");
    assert!(is_shown(&harness, "May 2022"));
    click(&mut harness, "Next");
    assert!(is_shown(&harness, "June 2022"));
    assert!(is_shown(&harness, "Wednesday 1 June 2022"));
    assert!(!is_shown(&harness, TENTH_SESSION), "May's strip is gone");
    click(&mut harness, "Previous");
    click(&mut harness, "Previous");
    assert!(is_shown(&harness, "April 2022"));
    harness.key_press(Key::PageDown);
    harness.run();
    assert!(is_shown(&harness, "May 2022"));
    assert!(is_shown(&harness, TENTH_SESSION));

    // Typing in the date field: the keys edit the text, the month stays.
    harness
        .get_by_role_and_label(Role::TextInput, "Go to date")
        .focus();
    harness.run();
    harness.key_press(Key::PageDown);
    harness.key_press(Key::T);
    harness.run();
    assert!(
        is_shown(&harness, "May 2022"),
        "keys went to the text field"
    );

    // Out of the field, T goes to today's month.
    harness.key_press(Key::Escape);
    harness.run();
    click(&mut harness, "Month");
    harness.key_press(Key::T);
    harness.run();
    // The harness's clock says 18 March 2026.
    assert!(is_shown(&harness, "March 2026"));
    assert!(is_shown(&harness, "Today"), "today's cell is marked");

    // The arrows move the selected day: five weeks down is another month.
    for _ in 0..5 {
        harness.key_press(Key::ArrowDown);
    }
    harness.key_press(Key::ArrowLeft);
    harness.run();
    // 18 March + 34 days is 21 April.
    assert!(is_shown(&harness, "April 2026"));
    assert!(!is_shown(&harness, "March 2026"));
}

#[test]
fn clicking_an_item_opens_its_record() {
    let mut harness = sample_calendar_at("2022-05");
    click(&mut harness, TENTH_SESSION);
    let workspace = harness.state().workspace().unwrap();
    let session = workspace
        .meetings()
        .values()
        .find(|meeting| meeting.session_number == Some(10))
        .unwrap()
        .id;
    assert_eq!(
        harness.state().history.current(),
        Route::Record(RecordId::Meeting(session))
    );
    assert!(
        is_shown(&harness, "Istanbul"),
        "the session's page shows its place"
    );
    // Back returns to the calendar where it was.
    click(&mut harness, "← Back");
    assert_eq!(harness.state().history.current(), Route::Calendar);
    assert!(is_shown(&harness, "May 2022, day unknown"));
}

#[test]
fn a_visit_made_from_a_double_clicked_day_spans_its_days_as_one_bar() {
    let mut harness = sample_calendar_at("2022-05");
    double_click(&mut harness, "Tuesday 17 May 2022");
    let form = harness.state().form.as_ref().expect("a new meeting form");
    match &form.draft {
        accord::model::AnyRecord::Meeting(meeting) => {
            assert_eq!(
                meeting.start,
                Some(PartialDate::Day(
                    chrono::NaiveDate::from_ymd_opt(2022, 5, 17).unwrap()
                ))
            );
        }
        other => panic!("the form is for {other:?}"),
    }
    type_into(&mut harness, "Title", "Romanian minister's visit");
    harness
        .get_by_role_and_label(Role::ComboBox, "Kind")
        .click();
    harness.run();
    // The legend has an "Incoming visit" check box too; pick the choice.
    harness
        .get_all_by_label("Incoming visit")
        .find(|node| node.accesskit_node().role() != Role::CheckBox)
        .expect("the kind's choice is shown")
        .click_accesskit();
    harness.run();
    type_into(&mut harness, "End", "2022-05-19");
    click(&mut harness, "Save");
    assert!(harness.state().form.is_none(), "the visit was saved");
    let visit = harness
        .state()
        .workspace()
        .unwrap()
        .meetings()
        .values()
        .find(|meeting| meeting.title == "Romanian minister's visit")
        .expect("the visit is in the workspace")
        .clone();
    assert_eq!(visit.kind, MeetingKind::IncomingVisit);

    click(&mut harness, "Calendar");
    assert!(is_shown(&harness, "May 2022"));
    let cells = may_2022_cells(&harness);
    let bars = rects_of(&harness, "Romanian minister's visit");
    assert_eq!(bars.len(), 1, "one bar, not one box per day");
    let bar = bars[0];
    for (day, cell) in &cells {
        let covered = bar.left() < cell.right()
            && bar.right() > cell.left()
            && bar.top() >= cell.top()
            && bar.bottom() <= cell.bottom();
        assert_eq!(
            covered,
            (17..=19).contains(day),
            "the bar covers {day} May: {covered}"
        );
    }

    // A visit from Saturday to the next Tuesday crosses weeks: one bar in
    // each week, each over its own days.
    let mut crossing = Meeting::new(
        MeetingKind::OutgoingVisit,
        "Visit to Bucharest",
        chrono::Utc::now(),
    );
    crossing.start = Some(PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(2022, 5, 21).unwrap(),
    ));
    crossing.end = Some(PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(2022, 5, 24).unwrap(),
    ));
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .perform(|workspace| workspace.add(crossing, chrono::Utc::now()))
        .unwrap();
    harness.run();
    let bars = rects_of(&harness, "Visit to Bucharest");
    assert_eq!(bars.len(), 2, "one bar per week");
    let cells = may_2022_cells(&harness);
    let cell = |day: u32| cells[day as usize - 1].1;
    assert!(bars[0].left() >= cell(21).left() && bars[0].right() <= cell(22).right());
    assert!(bars[0].left() < cell(21).right() && bars[0].right() > cell(22).left());
    assert!(bars[1].left() < cell(23).right() && bars[1].right() > cell(24).left());
    assert!(bars[1].right() <= cell(24).right());

    // The week view shows the first visit as one bar too.
    harness.get_by_label("Tuesday 17 May 2022").click();
    harness.run();
    click(&mut harness, "Week");
    assert!(is_shown(&harness, "16 May – 22 May 2022"));
    assert_eq!(rects_of(&harness, "Romanian minister's visit").len(), 1);
}

#[test]
fn the_agenda_lists_days_and_puts_unknown_days_under_a_heading() {
    let mut harness = sample_calendar_at("2022-05");
    click(&mut harness, "Agenda");
    assert!(is_shown(&harness, "May 2022 – July 2022"));
    assert!(is_shown(&harness, "May 2022, day unknown"));
    assert!(is_shown(&harness, TENTH_SESSION));
    assert!(
        is_shown(&harness, "Nothing this month."),
        "June has nothing"
    );
}

#[test]
fn export_these_writes_what_the_filters_keep_as_ics() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("calendar.ics");
    let mut harness = harness_with(PresetChooser {
        save_to: Some(path.clone()),
        ..PresetChooser::default()
    });
    click(&mut harness, "Open the sample workspace");
    click(&mut harness, "Calendar");
    // Hide the activity deadlines through the legend.
    click(&mut harness, "Activity deadline");
    // Not `click`: its `run` would spin with the job's spinner.
    harness.get_by_label("Export these to ICS…").click();
    harness.step();
    harness.state_mut().finish_jobs();
    harness.run();
    assert!(
        harness.state().status.starts_with("Exported to"),
        "{}",
        harness.state().status
    );
    let text = std::fs::read_to_string(&path).expect("the file was written");
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("a calendar").expect("it parses");
    let summaries: Vec<String> = calendar
        .events
        .iter()
        .filter_map(|event| {
            event
                .properties
                .iter()
                .find(|property| property.name == "SUMMARY")
                .and_then(|property| property.value.clone())
        })
        .collect();
    assert!(
        summaries
            .iter()
            .any(|summary| summary.starts_with("10th meeting"))
    );
    assert!(
        summaries
            .iter()
            .any(|summary| summary.starts_with("Signed: "))
    );
    assert!(
        summaries
            .iter()
            .all(|summary| !summary.starts_with("Due: ")),
        "hidden deadlines were exported: {summaries:?}"
    );
}

#[test]
fn the_week_start_is_a_setting_the_grid_follows() {
    let mut harness = sample_calendar_at("2022-05");
    let leftmost = |harness: &Harness<'static, AccordApp>| {
        may_2022_cells(harness)
            .into_iter()
            .min_by(|a, b| a.1.left().total_cmp(&b.1.left()).then(a.0.cmp(&b.0)))
            .map(|(day, _)| day)
    };
    // Monday first: the first Monday of May 2022 is the 2nd.
    assert_eq!(leftmost(&harness), Some(2));
    harness
        .get_by_role_and_label(Role::ComboBox, "Week starts on")
        .click();
    harness.run();
    harness
        .get_all_by_label("Sunday")
        .last()
        .expect("the Sunday choice")
        .click_accesskit();
    harness.run();
    assert_eq!(leftmost(&harness), Some(1), "1 May 2022 is a Sunday");
    let settings = serde_json::to_string(&harness.state().settings).expect("settings serialize");
    let restored: Settings = serde_json::from_str(&settings).expect("and load back");
    assert_eq!(
        restored.week_start,
        accord::query::calendar::WeekStart::Sunday
    );
}

#[test]
fn the_country_filter_keeps_only_that_countrys_items() {
    let mut harness = sample_calendar_at("2022-05");
    assert!(is_shown(&harness, TENTH_SESSION));
    click(&mut harness, "Countries: all");
    harness
        .get_all_by_label("Romania")
        .find(|node| node.accesskit_node().role() == Role::CheckBox)
        .expect("Romania's check box")
        .click_accesskit();
    harness.run();
    assert!(is_shown(&harness, "Countries: 1"));
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        !is_shown(&harness, TENTH_SESSION),
        "the Azerbaijan–Turkey session is filtered out"
    );
    go_to(&mut harness, "2022-11");
    assert!(is_shown(
        &harness,
        "Meeting of the Azerbaijani and Romanian labour ministers; signing of the action plan for 2023-2024"
    ));
}

#[test]
fn a_large_workspace_shows_its_calendar_once_the_index_is_built_off_the_frame() {
    use accord::generate::{GenerateOptions, generate};
    use accord::query::calendar::{DateIndex, YearMonth};

    let workspace = generate(GenerateOptions {
        countries: 20,
        records: 8_000,
        seed: 3,
    })
    .unwrap();
    // An item known to the day, and the month it is in.
    let index = DateIndex::build(&workspace);
    let item = index
        .items()
        .iter()
        .find(|item| item.days().is_some_and(|(first, last)| first == last))
        .unwrap()
        .clone();
    let month = YearMonth::of(item.days().unwrap().0);

    let mut app = super::app_with(PresetChooser::default());
    app.open_session(workspace, None);
    let mut harness = harness_for(app);
    // Not `click`, which runs until the app settles: see wait_for_worker.
    harness.get_by_label("Calendar").click();
    harness.step();
    wait_for_worker(&mut harness, "Previous", "Preparing the calendar…");
    go_to(
        &mut harness,
        &format!("{:04}-{:02}", month.year, month.month),
    );
    assert!(is_shown(&harness, &month.human()));
    assert!(
        harness.query_all_by_label(item.title()).next().is_some(),
        "{:?} is shown in {}",
        item.summary,
        month.human()
    );
}

#[test]
fn chips_a_day_wide_show_the_title_not_only_what_the_date_is() {
    let now = chrono::Utc::now();
    let mut workspace = accord::model::Workspace::new("Department");
    let title = "Memorandum on cooperation in social protection";
    let mut memorandum =
        accord::model::Document::new(accord::model::DocumentKind::Memorandum, title, now);
    memorandum.signed_on = Some(accord::model::PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
    ));
    let _ = workspace.add(memorandum, now).unwrap();
    // The month of the test day, in a small laptop's window.
    let harness = super::layout::small_window_at(workspace, Route::Calendar);
    let chip = rect_of(&harness, title);
    assert!(chip.width() < 160.0, "the chip is a day wide: {chip:?}");
    assert!(
        !is_shown(&harness, &format!("Signed: {title}")),
        "\"Signed: \" no longer takes the chip's room"
    );
}

#[test]
fn the_mode_buttons_stay_put_whatever_the_months_name() {
    let mut harness = sample_calendar_at("2022-05");
    let in_may = rect_of(&harness, "Agenda");
    go_to(&mut harness, "2022-09");
    assert!(is_shown(&harness, "September 2022"));
    assert_eq!(rect_of(&harness, "Agenda"), in_may, "Agenda moved");
    click(&mut harness, "Week");
    assert_eq!(
        rect_of(&harness, "Agenda"),
        in_may,
        "Agenda moved in the week view"
    );
}

#[test]
fn the_next_meeting_after_one_made_from_a_day_keeps_that_day() {
    let mut harness = sample_calendar_at("2022-05");
    double_click(&mut harness, "Tuesday 17 May 2022");
    type_into(&mut harness, "Title", "Talks with the Romanian delegation");
    click(&mut harness, "Save and add another");
    let form = harness
        .state()
        .form
        .as_ref()
        .expect("the next meeting's form");
    let day = Some(PartialDate::Day(
        chrono::NaiveDate::from_ymd_opt(2022, 5, 17).unwrap(),
    ));
    match &form.draft {
        accord::model::AnyRecord::Meeting(meeting) => {
            assert_eq!(meeting.start, day, "the day clicked carries over");
            assert!(meeting.title.is_empty());
        }
        other => panic!("the form is for {other:?}"),
    }
    assert!(
        harness
            .state()
            .workspace()
            .unwrap()
            .meetings()
            .values()
            .any(
                |meeting| meeting.title == "Talks with the Romanian delegation"
                    && meeting.start == day
            ),
        "the first one was saved on that day"
    );
}

#[test]
fn n_on_a_focused_day_adds_a_meeting_that_day_as_a_double_click_does() {
    let mut harness = sample_calendar_at("2022-05");
    let day = harness.get_by_label("Tuesday 17 May 2022");
    assert!(
        day.accesskit_node()
            .description()
            .is_some_and(|hint| hint.contains("press N")),
        "the day says how the keyboard adds a meeting"
    );
    day.focus();
    harness.run();
    harness.key_press(egui::Key::N);
    harness.run();
    let form = harness.state().form.as_ref().expect("a new meeting form");
    match &form.draft {
        accord::model::AnyRecord::Meeting(meeting) => assert_eq!(
            meeting.start,
            Some(PartialDate::Day(
                chrono::NaiveDate::from_ymd_opt(2022, 5, 17).unwrap()
            ))
        ),
        other => panic!("the form is for {other:?}"),
    }
}
