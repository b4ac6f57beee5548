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

use chrono::{Days, NaiveDate};
use egui::{Key, Modifiers, Sense, Ui, vec2};

mod paint;

pub use paint::kind_colour;
use paint::{WeekLook, day_names, rows_ui, strips, week_row};

use super::prepared::Prepared;
use crate::app::Action;
use crate::model::{PartialDate, Workspace};
use crate::query::calendar::{
    CalendarFilter, CalendarItem, CalendarKind, CalendarRow, DateIndex, WeekStart, YearMonth,
    add_months, agenda_rows, month_grid, panel_rows, week_of,
};

/// What is shown before the first index of a large workspace is ready.
static NO_ITEMS: LazyLock<DateIndex> = LazyLock::new(|| DateIndex::from_items(Vec::new()));

/// Which view of the calendar is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum CalendarMode {
    /// A month grid, with the items of each day.
    Month,
    /// One week, a row per day.
    Week,
    /// A list of the items ahead, day by day.
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

/// Rows computed once for a key, reused until the key changes.
#[derive(Debug)]
struct Cached<K> {
    key: K,
    rows: Vec<CalendarRow>,
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
    /// Month, week or agenda.
    pub mode: CalendarMode,
    /// The selected day; the month or week shown holds it.
    pub selected: NaiveDate,
    /// The countries and kinds shown; the ICS export takes the same.
    pub filter: CalendarFilter,
    /// How far ahead "Upcoming" looks.
    pub horizon_days: u32,
    /// The Upcoming & overdue panel is shown beside the calendar.
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
            crate::app::a11y::heading(ui, "Calendar");
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
            // The modes before the title, whose width changes with the
            // month: they stay under the pointer.
            for &mode in CalendarMode::ALL {
                if ui
                    .selectable_label(self.mode == mode, mode.label())
                    .clicked()
                {
                    self.mode = mode;
                }
            }
            ui.add_space(8.0);
            ui.strong(self.period_title(*week_start));
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
            let rows = agenda_rows(index, key.first, AGENDA_MONTHS.unsigned_abs(), &key.filter);
            self.agenda = Some(Cached { key, rows });
        }
        let Some(cached) = &self.agenda else { return };
        rows_ui(
            ui,
            "calendar_agenda",
            &cached.rows,
            self.index(),
            today,
            actions,
        );
    }

    fn panel_ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        revision: u64,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        crate::app::a11y::heading(ui, "Upcoming & overdue");
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
            let rows = panel_rows(workspace, index, key.today, key.horizon_days, &key.filter);
            self.panel = Some(Cached { key, rows });
        }
        let Some(cached) = &self.panel else { return };
        rows_ui(
            ui,
            "calendar_panel",
            &cached.rows,
            self.index(),
            today,
            actions,
        );
    }
}
