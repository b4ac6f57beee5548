//! The calendar: month, week and agenda views of every meeting, document
//! date and activity deadline, with filters by country and kind, a legend,
//! and an "Upcoming & overdue" panel.
//!
//! What is shown comes from a [`DateIndex`] rebuilt only when the
//! workspace's revision changes (on a worker thread for a large workspace,
//! showing the previous index meanwhile); each frame asks it for the months
//! on screen, so drawing a month costs what the month holds, not what the
//! workspace holds. Items known only to the month or year are never put on
//! a day: they sit in a strip above the grid.

use std::sync::{Arc, LazyLock};

use chrono::{Datelike as _, Days, NaiveDate};
use egui::{Align2, Color32, FontId, Key, Modifiers, Rect, RichText, Sense, Stroke, Ui, vec2};

use super::prepared::Prepared;
use crate::app::Action;
use crate::model::{AnyRecord, Meeting, MeetingKind, PartialDate, Workspace};
use crate::query::calendar::{
    CalendarFilter, CalendarItem, CalendarKind, DateIndex, WeekSegment, WeekStart, YearMonth,
    add_months, lay_out_week, month_grid, per_country, week_of,
};

/// What is shown before the first index of a large workspace is ready.
static NO_ITEMS: LazyLock<DateIndex> = LazyLock::new(|| DateIndex::from_items(Vec::new()));

/// Which view of the calendar is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum CalendarMode {
    Month,
    Week,
    Agenda,
}

impl CalendarMode {
    const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    fn label(self) -> &'static str {
        match self {
            Self::Month => "Month",
            Self::Week => "Week",
            Self::Agenda => "Agenda",
        }
    }
}

/// How many months the agenda lists from the selected one.
const AGENDA_MONTHS: i32 = 3;
/// The height of one bar in a week row.
const LANE_HEIGHT: f32 = 20.0;
/// The height of the day number at the top of a day cell.
const DAY_NUMBER_HEIGHT: f32 = 20.0;
/// How many rows of items a "day unknown" strip shows before counting the rest.
const STRIP_ROWS: usize = 2;
/// The height of one agenda or panel row.
const ROW_HEIGHT: f32 = 22.0;

/// A line of the agenda or of the "Upcoming & overdue" panel.
#[derive(Clone, Debug)]
enum Row {
    Heading(String),
    Item(CalendarItem),
    /// A country's name over its items in the panel.
    Country(String),
    Empty(String),
}

/// Rows computed once for a key, reused until the key changes.
#[derive(Debug)]
struct Cached<K> {
    key: K,
    rows: Vec<Row>,
}

/// What decides the agenda's rows.
#[derive(Clone, Debug, PartialEq)]
struct AgendaKey {
    revision: u64,
    first: YearMonth,
    filter: CalendarFilter,
}

/// What decides the "Upcoming & overdue" panel's rows.
#[derive(Clone, Debug, PartialEq)]
struct PanelKey {
    revision: u64,
    today: NaiveDate,
    horizon_days: u32,
    filter: CalendarFilter,
}

/// What the calendar asks of the app beyond [`Action`]s.
#[derive(Debug, Default)]
#[must_use]
pub struct CalendarOutput {
    /// "Export these to ICS…" was clicked: export what the filter keeps.
    pub export_requested: bool,
}

/// The calendar's state: view, selected day, filters and caches.
#[derive(Debug)]
pub struct CalendarView {
    pub mode: CalendarMode,
    /// The selected day; the month or week shown holds it.
    pub selected: NaiveDate,
    pub filter: CalendarFilter,
    /// How far ahead "Upcoming" looks.
    pub horizon_days: u32,
    pub show_panel: bool,
    go_to: String,
    go_to_problem: Option<String>,
    index: Prepared<DateIndex>,
    agenda: Option<Cached<AgendaKey>>,
    panel: Option<Cached<PanelKey>>,
}

impl CalendarView {
    /// A calendar on the month of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            mode: CalendarMode::Month,
            selected: today,
            filter: CalendarFilter::default(),
            horizon_days: 30,
            show_panel: true,
            go_to: String::new(),
            go_to_problem: None,
            index: Prepared::default(),
            agenda: None,
            panel: None,
        }
    }

    /// The date index shown (of the revision the sub-views are given).
    fn index(&self) -> &DateIndex {
        self.index.get().unwrap_or(&NO_ITEMS)
    }

    /// Moves one month or week (or agenda page) forward or back.
    fn step(&mut self, forward: bool) {
        let sign = if forward { 1 } else { -1 };
        self.selected = match self.mode {
            CalendarMode::Month => add_months(self.selected, sign),
            CalendarMode::Agenda => add_months(self.selected, sign * AGENDA_MONTHS),
            CalendarMode::Week => {
                let days = Days::new(7);
                let moved = if forward {
                    self.selected.checked_add_days(days)
                } else {
                    self.selected.checked_sub_days(days)
                };
                moved.unwrap_or(self.selected)
            }
        };
    }

    fn move_days(&mut self, days: i64) {
        let moved = if days >= 0 {
            self.selected
                .checked_add_days(Days::new(days.unsigned_abs()))
        } else {
            self.selected
                .checked_sub_days(Days::new(days.unsigned_abs()))
        };
        self.selected = moved.unwrap_or(self.selected);
    }

    /// PageUp/PageDown, T and the arrows; never while a text field has the
    /// keyboard, where they edit text.
    fn keyboard(&mut self, ui: &Ui, today: NaiveDate) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let pressed = |key| ui.input_mut(|input| input.consume_key(Modifiers::NONE, key));
        if pressed(Key::PageUp) {
            self.step(false);
        }
        if pressed(Key::PageDown) {
            self.step(true);
        }
        if pressed(Key::T) {
            self.selected = today;
        }
        for (key, days) in [
            (Key::ArrowLeft, -1),
            (Key::ArrowRight, 1),
            (Key::ArrowUp, -7),
            (Key::ArrowDown, 7),
        ] {
            if pressed(key) {
                self.move_days(days);
            }
        }
    }

    /// Draws the calendar.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Arc<Workspace>,
        revision: u64,
        today: NaiveDate,
        week_start: &mut WeekStart,
        actions: &mut Vec<Action>,
    ) -> CalendarOutput {
        let mut output = CalendarOutput::default();
        self.keyboard(ui, today);
        self.toolbar(ui, today, week_start, &mut output);
        self.filters(ui, workspace);
        ui.separator();
        let built = self
            .index
            .refresh(ui.ctx(), workspace, revision, DateIndex::build)
            .copied();
        let Some(revision) = built else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Preparing the calendar…");
            });
            return output;
        };
        if self.show_panel {
            egui::Panel::right("calendar_upcoming")
                .resizable(true)
                .default_size(270.0)
                .min_size(200.0)
                .show(ui, |ui| {
                    self.panel_ui(ui, workspace, revision, today, actions);
                });
        }
        let week_start = *week_start;
        egui::CentralPanel::default().show(ui, |ui| match self.mode {
            CalendarMode::Month => self.month_ui(ui, today, week_start, actions),
            CalendarMode::Week => self.week_ui(ui, today, week_start, actions),
            CalendarMode::Agenda => self.agenda_ui(ui, revision, today, actions),
        });
        output
    }

    fn toolbar(
        &mut self,
        ui: &mut Ui,
        today: NaiveDate,
        week_start: &mut WeekStart,
        output: &mut CalendarOutput,
    ) {
        ui.horizontal(|ui| {
            ui.heading("Calendar");
            ui.add_space(8.0);
            if ui.button("Previous").on_hover_text("Page Up").clicked() {
                self.step(false);
            }
            if ui.button("Today").on_hover_text("T").clicked() {
                self.selected = today;
            }
            if ui.button("Next").on_hover_text("Page Down").clicked() {
                self.step(true);
            }
            ui.add_space(8.0);
            ui.strong(self.period_title(*week_start));
            ui.add_space(8.0);
            for &mode in CalendarMode::ALL {
                if ui
                    .selectable_label(self.mode == mode, mode.label())
                    .clicked()
                {
                    self.mode = mode;
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Go to date").id;
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.go_to)
                    .hint_text("2022-05 or 2022-05-14")
                    .desired_width(120.0),
            );
            let response = response.labelled_by(label);
            let entered = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
            if ui.button("Go").clicked() || entered {
                match self.go_to.trim().parse::<PartialDate>() {
                    Ok(date) => {
                        self.selected = date.first_day();
                        self.go_to_problem = None;
                    }
                    Err(error) => self.go_to_problem = Some(error.to_string()),
                }
            }
            if let Some(problem) = &self.go_to_problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.separator();
            let label = ui.label("Week starts on").id;
            egui::ComboBox::from_id_salt("week_start")
                .selected_text(week_start.label())
                .show_ui(ui, |ui| {
                    for choice in [WeekStart::Monday, WeekStart::Sunday] {
                        ui.selectable_value(week_start, choice, choice.label());
                    }
                })
                .response
                .labelled_by(label);
            ui.separator();
            if ui
                .button("Export these to ICS…")
                .on_hover_text("Every item the filters keep, all dates, as an iCalendar file")
                .clicked()
            {
                output.export_requested = true;
            }
            ui.toggle_value(&mut self.show_panel, "Upcoming & overdue");
        });
    }

    /// "May 2022", "16 – 22 May 2022" or "May – July 2022".
    fn period_title(&self, week_start: WeekStart) -> String {
        let month = YearMonth::of(self.selected);
        match self.mode {
            CalendarMode::Month => month.human(),
            CalendarMode::Week => {
                let week = week_of(self.selected, week_start);
                format!(
                    "{} – {}",
                    week[0].format("%-d %B"),
                    week[6].format("%-d %B %Y")
                )
            }
            CalendarMode::Agenda => {
                let last = YearMonth::of(add_months(self.selected, AGENDA_MONTHS - 1));
                format!("{} – {}", month.human(), last.human())
            }
        }
    }

    /// The country filter and the legend, whose entries hide or show kinds.
    fn filters(&mut self, ui: &mut Ui, workspace: &Workspace) {
        ui.horizontal_wrapped(|ui| {
            let title = if self.filter.countries.is_empty() {
                "Countries: all".to_owned()
            } else {
                format!("Countries: {}", self.filter.countries.len())
            };
            ui.menu_button(title, |ui| {
                if ui.button("All countries").clicked() {
                    self.filter.countries.clear();
                }
                for country in workspace.countries().values() {
                    let mut shown = self.filter.countries.contains(&country.id);
                    if ui.checkbox(&mut shown, &country.name).changed() {
                        if shown {
                            self.filter.countries.insert(country.id);
                        } else {
                            self.filter.countries.remove(&country.id);
                        }
                    }
                }
            });
            ui.separator();
            for &kind in CalendarKind::ALL {
                let mut shown = !self.filter.hidden_kinds.contains(&kind);
                let (swatch, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                ui.painter().rect_filled(swatch, 2.0, kind_colour(kind));
                if ui
                    .checkbox(&mut shown, kind.label())
                    .on_hover_text("Show or hide this kind")
                    .changed()
                {
                    if shown {
                        self.filter.hidden_kinds.remove(&kind);
                    } else {
                        self.filter.hidden_kinds.insert(kind);
                    }
                }
            }
        });
    }

    fn month_ui(
        &mut self,
        ui: &mut Ui,
        today: NaiveDate,
        week_start: WeekStart,
        actions: &mut Vec<Action>,
    ) {
        let month = YearMonth::of(self.selected);
        let weeks = month_grid(month, week_start);
        let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
            return;
        };
        let (from, to) = (first[0], last[6]);
        let filter = self.filter.clone();
        let selected = self.selected;
        let index = self.index();
        let see_all = strips(ui, index, today, &filter, &[month], actions);
        let shown: Vec<&CalendarItem> = index
            .on_days(from, to)
            .into_iter()
            .filter(|item| filter.keeps(item))
            .collect();
        day_names(ui, week_start);
        let spacing = ui.spacing().item_spacing.y;
        let row_height = ((ui.available_height() - 4.0) / weeks.len() as f32 - spacing).max(70.0);
        let max_lanes = ((row_height - DAY_NUMBER_HEIGHT) / LANE_HEIGHT)
            .floor()
            .max(1.0) as usize;
        let mut clicked_day = None;
        // Rows have a minimum height: a short window scrolls the weeks.
        egui::ScrollArea::vertical()
            .id_salt("calendar_month")
            .show(ui, |ui| {
                for week in &weeks {
                    let day = week_row(
                        ui,
                        week,
                        &shown,
                        WeekLook {
                            month: Some(month),
                            selected,
                            today,
                            height: row_height,
                            max_lanes: Some(max_lanes),
                        },
                        actions,
                    );
                    if clicked_day.is_none() {
                        clicked_day = day;
                    }
                }
            });
        if let Some(day) = clicked_day {
            self.selected = day.day;
            if day.more {
                self.mode = CalendarMode::Week;
            }
        }
        if see_all {
            self.mode = CalendarMode::Agenda;
        }
    }

    fn week_ui(
        &mut self,
        ui: &mut Ui,
        today: NaiveDate,
        week_start: WeekStart,
        actions: &mut Vec<Action>,
    ) {
        let week = week_of(self.selected, week_start);
        let mut months = vec![YearMonth::of(week[0])];
        if YearMonth::of(week[6]) != months[0] {
            months.push(YearMonth::of(week[6]));
        }
        let filter = self.filter.clone();
        let selected = self.selected;
        let index = self.index();
        let see_all = strips(ui, index, today, &filter, &months, actions);
        let shown: Vec<&CalendarItem> = index
            .on_days(week[0], week[6])
            .into_iter()
            .filter(|item| filter.keeps(item))
            .collect();
        day_names(ui, week_start);
        let mut clicked_day = None;
        egui::ScrollArea::vertical()
            .id_salt("calendar_week")
            .show(ui, |ui| {
                let height = ui.available_height().max(200.0);
                clicked_day = week_row(
                    ui,
                    &week,
                    &shown,
                    WeekLook {
                        month: None,
                        selected,
                        today,
                        height,
                        max_lanes: None,
                    },
                    actions,
                );
            });
        if let Some(day) = clicked_day {
            self.selected = day.day;
        }
        if see_all {
            self.mode = CalendarMode::Agenda;
        }
    }

    fn agenda_ui(
        &mut self,
        ui: &mut Ui,
        revision: u64,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let key = AgendaKey {
            revision,
            first: YearMonth::of(self.selected),
            filter: self.filter.clone(),
        };
        if self.agenda.as_ref().is_none_or(|cached| cached.key != key) {
            let index = self.index();
            let rows = agenda_rows(index, &key);
            self.agenda = Some(Cached { key, rows });
        }
        let Some(cached) = &self.agenda else { return };
        rows_ui(ui, "calendar_agenda", &cached.rows, today, actions);
    }

    fn panel_ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        ui.heading("Upcoming & overdue");
        ui.horizontal(|ui| {
            let label = ui.label("Days ahead").id;
            ui.add(egui::DragValue::new(&mut self.horizon_days).range(1..=366))
                .labelled_by(label);
        });
        let key = PanelKey {
            revision,
            today,
            horizon_days: self.horizon_days,
            filter: self.filter.clone(),
        };
        if self.panel.as_ref().is_none_or(|cached| cached.key != key) {
            let index = self.index();
            let rows = panel_rows(workspace, index, &key);
            self.panel = Some(Cached { key, rows });
        }
        let Some(cached) = &self.panel else { return };
        rows_ui(ui, "calendar_panel", &cached.rows, today, actions);
    }
}

/// The colour of a kind, on the legend and on its bars.
pub fn kind_colour(kind: CalendarKind) -> Color32 {
    match kind {
        CalendarKind::CommissionSession => Color32::from_rgb(58, 100, 190),
        CalendarKind::IncomingVisit => Color32::from_rgb(34, 139, 96),
        CalendarKind::OutgoingVisit => Color32::from_rgb(20, 128, 150),
        CalendarKind::Consultation => Color32::from_rgb(128, 84, 180),
        CalendarKind::WorkingGroup => Color32::from_rgb(170, 110, 30),
        CalendarKind::SigningMeeting => Color32::from_rgb(180, 52, 110),
        CalendarKind::OtherMeeting => Color32::from_rgb(105, 105, 105),
        CalendarKind::DocumentSigned => Color32::from_rgb(196, 72, 52),
        CalendarKind::ValidityEnds => Color32::from_rgb(130, 96, 70),
        CalendarKind::DocumentExpired => Color32::from_rgb(110, 50, 50),
        CalendarKind::ActivityDue => Color32::from_rgb(222, 170, 20),
    }
}

/// Dark text on light bars, light text on dark ones.
fn text_colour(kind: CalendarKind) -> Color32 {
    if kind == CalendarKind::ActivityDue {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// A bar or chip for one item; a click opens its record.
fn item_button(
    ui: &mut Ui,
    item: &CalendarItem,
    rect: Option<Rect>,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let text = RichText::new(&item.summary)
        .color(text_colour(item.kind))
        .size(12.0);
    let mut button = egui::Button::new(text)
        .fill(kind_colour(item.kind))
        .truncate();
    if item.is_overdue(today) {
        button = button.stroke(Stroke::new(2.0, Color32::from_rgb(220, 30, 30)));
    }
    let response = match rect {
        Some(rect) => ui.put(rect, button),
        None => ui.add(button),
    };
    let response = response.on_hover_text(format!(
        "{}\n{} · {}{}",
        item.summary,
        item.kind.label(),
        item.when.human(),
        if item.place.is_empty() {
            String::new()
        } else {
            format!(" · {}", item.place)
        }
    ));
    if response.clicked() {
        actions.push(Action::Open(item.record));
    }
}

/// The "day unknown" strip of each month, and the "month unknown" strip of
/// a year when January is among them. A strip shows a few rows of items and
/// counts the rest; returns true when that count was clicked (the agenda
/// lists them all).
fn strips(
    ui: &mut Ui,
    index: &DateIndex,
    today: NaiveDate,
    filter: &CalendarFilter,
    months: &[YearMonth],
    actions: &mut Vec<Action>,
) -> bool {
    let mut any = false;
    let mut see_all = false;
    for month in months {
        let mut groups = vec![(
            format!("{}, day unknown", month.human()),
            index.day_unknown(*month),
        )];
        if month.month == 1 {
            groups.push((
                format!("{}, month unknown", month.year),
                index.month_unknown(month.year),
            ));
        }
        for (title, items) in groups {
            let items: Vec<&CalendarItem> = items
                .into_iter()
                .filter(|item| filter.keeps(item))
                .collect();
            if items.is_empty() {
                continue;
            }
            any = true;
            ui.label(RichText::new(title).strong());
            // Chips of equal width, a few to a row, each truncated to fit.
            let width = ui.available_width();
            let per_row = ((width / 280.0).floor() as usize).clamp(1, 4);
            let chip_width = width / per_row as f32 - ui.spacing().item_spacing.x;
            let shown = items.len().min(per_row * STRIP_ROWS);
            for chunk in items[..shown].chunks(per_row) {
                ui.horizontal(|ui| {
                    for item in chunk {
                        ui.allocate_ui(vec2(chip_width, LANE_HEIGHT), |ui| {
                            ui.set_width(chip_width);
                            item_button(ui, item, None, today, actions);
                        });
                    }
                });
            }
            if items.len() > shown {
                let more = format!("+{} more: see the agenda", items.len() - shown);
                see_all |= ui.button(more).clicked();
            }
        }
    }
    if any {
        ui.add_space(4.0);
    }
    see_all
}

fn day_names(ui: &mut Ui, week_start: WeekStart) {
    let width = ui.available_width() / 7.0;
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 18.0), Sense::hover());
    for (column, name) in week_start.day_names().into_iter().enumerate() {
        let x = rect.left() + width * (column as f32 + 0.5);
        ui.painter().text(
            egui::pos2(x, rect.center().y),
            Align2::CENTER_CENTER,
            name,
            FontId::proportional(12.0),
            ui.visuals().weak_text_color(),
        );
    }
}

/// How a week row is drawn.
struct WeekLook {
    /// The month shown; days outside it are dimmed. `None` in the week view.
    month: Option<YearMonth>,
    selected: NaiveDate,
    today: NaiveDate,
    height: f32,
    /// Bars beyond this many lanes are counted in "+N more".
    max_lanes: Option<usize>,
}

/// A day clicked in a week row.
struct DayClick {
    day: NaiveDate,
    /// The "+N more" of the day was clicked.
    more: bool,
}

/// One week: seven day cells, then the items as bars across their days.
fn week_row(
    ui: &mut Ui,
    week: &[NaiveDate; 7],
    items: &[&CalendarItem],
    look: WeekLook,
    actions: &mut Vec<Action>,
) -> Option<DayClick> {
    let segments = lay_out_week(week, items);
    let (row, _) = ui.allocate_exact_size(vec2(ui.available_width(), look.height), Sense::hover());
    let width = row.width() / 7.0;
    let cell = |column: usize| {
        Rect::from_min_size(
            egui::pos2(row.left() + width * column as f32, row.top()),
            vec2(width, row.height()),
        )
    };
    let visuals = ui.visuals().clone();
    let mut clicked = None;
    for (column, day) in week.iter().enumerate() {
        let rect = cell(column).shrink(1.0);
        let label = day.format("%A %-d %B %Y").to_string();
        let response = ui
            .interact(
                rect,
                egui::Id::unique(("calendar_day", *day)),
                Sense::click(),
            )
            .on_hover_text("Double-click to add a meeting on this day");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
        let in_month = look.month.is_none_or(|month| YearMonth::of(*day) == month);
        let fill = if in_month {
            visuals.extreme_bg_color
        } else {
            visuals.faint_bg_color
        };
        let painter = ui.painter();
        painter.rect_filled(rect, 3.0, fill);
        if *day == look.selected {
            painter.rect_stroke(
                rect,
                3.0,
                Stroke::new(2.0, visuals.selection.stroke.color),
                egui::StrokeKind::Inside,
            );
        } else {
            painter.rect_stroke(
                rect,
                3.0,
                visuals.widgets.noninteractive.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
        let number_colour = if in_month {
            visuals.text_color()
        } else {
            visuals.weak_text_color()
        };
        let number_pos = rect.left_top() + vec2(6.0, 3.0);
        if *day == look.today {
            // The today marker: the day number on a filled circle.
            let centre = number_pos + vec2(7.0, 7.0);
            painter.circle_filled(centre, 10.0, Color32::from_rgb(200, 40, 40));
            painter.text(
                centre,
                Align2::CENTER_CENTER,
                day.day().to_string(),
                FontId::proportional(12.0),
                Color32::WHITE,
            );
            painter.text(
                rect.right_top() + vec2(-6.0, 3.0),
                Align2::RIGHT_TOP,
                "Today",
                FontId::proportional(11.0),
                Color32::from_rgb(200, 40, 40),
            );
        } else {
            painter.text(
                number_pos,
                Align2::LEFT_TOP,
                day.day().to_string(),
                FontId::proportional(13.0),
                number_colour,
            );
        }
        if response.double_clicked() {
            actions.push(Action::New(AnyRecord::Meeting(meeting_on(*day))));
        }
        if response.clicked() || response.double_clicked() {
            clicked = Some(DayClick {
                day: *day,
                more: false,
            });
        }
    }
    let mut hidden = [0usize; 7];
    for segment in &segments {
        if look.max_lanes.is_some_and(|max| segment.lane >= max) {
            for count in &mut hidden[segment.first_column..=segment.last_column] {
                *count += 1;
            }
            continue;
        }
        bar(
            ui,
            row,
            width,
            segment,
            items[segment.item],
            look.today,
            actions,
        );
    }
    for (column, count) in hidden.iter().enumerate() {
        if *count == 0 {
            continue;
        }
        let rect = cell(column);
        let more = Rect::from_min_size(
            egui::pos2(rect.right() - 64.0, rect.top() + 2.0),
            vec2(60.0, 16.0),
        );
        let response = ui.put(
            more,
            egui::Button::new(RichText::new(format!("+{count} more")).size(11.0)).frame(false),
        );
        if response.clicked() {
            clicked = Some(DayClick {
                day: week[column],
                more: true,
            });
        }
    }
    clicked
}

/// One item's bar across its columns in a week row.
fn bar(
    ui: &mut Ui,
    row: Rect,
    column_width: f32,
    segment: &WeekSegment,
    item: &CalendarItem,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let top = row.top() + DAY_NUMBER_HEIGHT + 2.0 + LANE_HEIGHT * segment.lane as f32;
    let left = row.left() + column_width * segment.first_column as f32 + 3.0;
    let right = row.left() + column_width * (segment.last_column + 1) as f32 - 3.0;
    let rect = Rect::from_min_max(
        egui::pos2(left, top),
        egui::pos2(right.max(left + 8.0), top + LANE_HEIGHT - 2.0),
    );
    ui.scope(|ui| {
        ui.style_mut().spacing.button_padding = vec2(4.0, 1.0);
        item_button(ui, item, Some(rect), today, actions);
    });
}

/// A new meeting on `day`, for the form.
fn meeting_on(day: NaiveDate) -> Meeting {
    let mut meeting = Meeting::new(MeetingKind::Consultation, "", chrono::Utc::now());
    meeting.start = Some(PartialDate::Day(day));
    meeting
}

/// The agenda: for each month, its strips, then each day with its items
/// (a multi-day item under each of its days).
fn agenda_rows(index: &DateIndex, key: &AgendaKey) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut month = key.first;
    for _ in 0..AGENDA_MONTHS {
        rows.push(Row::Heading(month.human()));
        let before = rows.len();
        if month.month == 1 {
            let items: Vec<&CalendarItem> = index
                .month_unknown(month.year)
                .into_iter()
                .filter(|item| key.filter.keeps(item))
                .collect();
            if !items.is_empty() {
                rows.push(Row::Heading(format!("{}, month unknown", month.year)));
                rows.extend(items.into_iter().cloned().map(Row::Item));
            }
        }
        let unknown: Vec<&CalendarItem> = index
            .day_unknown(month)
            .into_iter()
            .filter(|item| key.filter.keeps(item))
            .collect();
        if !unknown.is_empty() {
            rows.push(Row::Heading(format!("{}, day unknown", month.human())));
            rows.extend(unknown.into_iter().cloned().map(Row::Item));
        }
        let on_days: Vec<&CalendarItem> = index
            .on_days(month.first_day(), month.last_day())
            .into_iter()
            .filter(|item| key.filter.keeps(item))
            .collect();
        let mut day = month.first_day();
        while day <= month.last_day() {
            let today_items: Vec<&&CalendarItem> = on_days
                .iter()
                .filter(|item| item.overlaps(day, day))
                .collect();
            if !today_items.is_empty() {
                rows.push(Row::Heading(day.format("%A %-d %B %Y").to_string()));
                rows.extend(
                    today_items
                        .into_iter()
                        .map(|item| Row::Item((*item).clone())),
                );
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        if rows.len() == before {
            rows.push(Row::Empty("Nothing this month.".to_owned()));
        }
        month = month.next();
    }
    rows
}

/// "Upcoming" for the horizon and "Overdue", each per country.
fn panel_rows(workspace: &Workspace, index: &DateIndex, key: &PanelKey) -> Vec<Row> {
    let mut rows = Vec::new();
    let sections = [
        (
            format!("Next {} days", key.horizon_days),
            index.upcoming(key.today, key.horizon_days),
            "Nothing due or planned.",
        ),
        (
            "Overdue activities".to_owned(),
            index.overdue(key.today),
            "Nothing overdue.",
        ),
    ];
    for (title, items, empty) in sections {
        rows.push(Row::Heading(title));
        let items: Vec<&CalendarItem> = items
            .into_iter()
            .filter(|item| key.filter.keeps(item))
            .collect();
        if items.is_empty() {
            rows.push(Row::Empty(empty.to_owned()));
        }
        for (country, items) in per_country(workspace, &items) {
            rows.push(Row::Country(country));
            rows.extend(items.into_iter().cloned().map(Row::Item));
        }
    }
    rows
}

/// A list of rows laying out only those in view.
fn rows_ui(ui: &mut Ui, id: &str, rows: &[Row], today: NaiveDate, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.allocate_ui(vec2(ui.available_width(), ROW_HEIGHT), |ui| {
                    ui.set_min_height(ROW_HEIGHT);
                    ui.horizontal(|ui| match row {
                        Row::Heading(text) => {
                            ui.label(RichText::new(text).strong());
                        }
                        Row::Empty(text) => {
                            ui.weak(text);
                        }
                        Row::Country(text) => {
                            ui.label(RichText::new(text).italics());
                        }
                        Row::Item(item) => {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.weak(item.when.human());
                                    ui.with_layout(
                                        egui::Layout::left_to_right(egui::Align::Center),
                                        |ui| {
                                            item_button(ui, item, None, today, actions);
                                        },
                                    );
                                },
                            );
                        }
                    });
                });
            }
        });
}
