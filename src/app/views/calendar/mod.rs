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
use crate::i18n::dates;
use crate::model::{PartialDate, Workspace};
use crate::query::calendar::{
    CalendarFilter, CalendarItem, CalendarKind, CalendarRow, DateIndex, WeekStart, YearMonth,
    add_months, agenda_rows, month_grid, panel_rows, week_of,
};
use crate::tr;

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

    fn label(self) -> String {
        match self {
            Self::Month => tr!("views-calendar-month"),
            Self::Week => tr!("views-calendar-week"),
            Self::Agenda => tr!("views-calendar-agenda"),
        }
    }
}

/// The day a week starts on as the picker names it: "Monday", "Понедельник".
fn week_start_label(week_start: WeekStart) -> String {
    let day = match week_start {
        WeekStart::Monday => chrono::Weekday::Mon,
        WeekStart::Sunday => chrono::Weekday::Sun,
    };
    crate::model::capitalised(&dates::weekday_name(day))
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
                ui.label(tr!("views-calendar-preparing"));
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
        // Wrapped: the words are longer in Russian, the window can be narrow.
        ui.horizontal_wrapped(|ui| {
            crate::app::a11y::heading(ui, tr!("views-calendar-title"));
            ui.add_space(8.0);
            if ui
                .button(tr!("common-previous"))
                .on_hover_text(tr!("views-calendar-key-page-up"))
                .clicked()
            {
                self.step(false);
            }
            if ui
                .button(tr!("common-today"))
                .on_hover_text(tr!("views-calendar-key-today"))
                .clicked()
            {
                self.selected = today;
            }
            if ui
                .button(tr!("common-next"))
                .on_hover_text(tr!("views-calendar-key-page-down"))
                .clicked()
            {
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
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!("views-calendar-go-to-date")).id;
            let hint = tr!("views-calendar-go-to-hint");
            // As wide as its hint, which the languages word differently.
            let hint_width = super::column_width(ui, &hint).max(120.0);
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.go_to)
                    .hint_text(hint)
                    .desired_width(hint_width),
            );
            let response = response.labelled_by(label);
            let entered = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
            if ui.button(tr!("views-calendar-go")).clicked() || entered {
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
            let label = ui.label(tr!("views-calendar-week-starts-on")).id;
            egui::ComboBox::from_id_salt("week_start")
                .selected_text(week_start_label(*week_start))
                .show_ui(ui, |ui| {
                    for choice in [WeekStart::Monday, WeekStart::Sunday] {
                        ui.selectable_value(week_start, choice, week_start_label(choice));
                    }
                })
                .response
                .labelled_by(label);
            ui.separator();
            if ui
                .button(tr!("views-calendar-export"))
                .on_hover_text(tr!("views-calendar-export-hint"))
                .clicked()
            {
                output.export_requested = true;
            }
            ui.toggle_value(&mut self.show_panel, tr!("views-calendar-upcoming"));
        });
    }

    /// "May 2022", "16 May – 22 May 2022" or "May 2022 – July 2022"; with
    /// a capital as a title has one ("Май 2022", "May 2022").
    fn period_title(&self, week_start: WeekStart) -> String {
        let month = YearMonth::of(self.selected);
        let title = match self.mode {
            CalendarMode::Month => month.human(),
            CalendarMode::Week => {
                let week = week_of(self.selected, week_start);
                tr!(
                    "views-calendar-range",
                    first = dates::day_and_month(week[0]),
                    last = dates::day(week[6])
                )
            }
            CalendarMode::Agenda => {
                let last = YearMonth::of(add_months(self.selected, AGENDA_MONTHS - 1));
                tr!(
                    "views-calendar-range",
                    first = month.human(),
                    last = last.human()
                )
            }
        };
        crate::model::capitalised(&title)
    }

    /// The country filter and the legend, whose entries hide or show kinds.
    fn filters(&mut self, ui: &mut Ui, workspace: &Workspace) {
        ui.horizontal_wrapped(|ui| {
            let title = if self.filter.countries.is_empty() {
                tr!("views-calendar-countries-all")
            } else {
                tr!(
                    "views-calendar-countries-some",
                    count = self.filter.countries.len()
                )
            };
            ui.menu_button(title, |ui| {
                if ui.button(tr!("views-calendar-all-countries")).clicked() {
                    self.filter.countries.clear();
                }
                for country in workspace.countries().values() {
                    let mut shown = self.filter.countries.contains(&country.id);
                    if ui.checkbox(&mut shown, country.shown_name()).changed() {
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
                    .on_hover_text(tr!("views-calendar-kind-hint"))
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
        crate::app::a11y::heading(ui, tr!("views-calendar-upcoming"));
        ui.horizontal(|ui| {
            let label = ui.label(tr!("views-calendar-days-ahead")).id;
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

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::*;
    use crate::i18n::{Language, set_current, with_language};

    fn march_18() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 18).expect("a real day")
    }

    #[test]
    fn a_week_is_titled_by_its_first_and_last_day_in_each_language() {
        let mut view = CalendarView::new(march_18());
        view.mode = CalendarMode::Week;
        let title = |language| with_language(language, || view.period_title(WeekStart::Monday));
        assert_eq!(title(Language::English), "16 March – 22 March 2026");
        assert_eq!(title(Language::Russian), "16 марта – 22 марта 2026 г.");
        assert_eq!(title(Language::Azerbaijani), "16 mart – 22 mart 2026");
        assert_eq!(
            with_language(Language::Russian, || week_start_label(WeekStart::Monday)),
            "Понедельник"
        );
    }

    #[test]
    fn a_day_with_more_items_than_its_cell_counts_them_in_russian() {
        with_language(Language::Russian, || {
            assert_eq!(tr!("views-calendar-more", count = 3), "ещё 3");
            assert_eq!(
                tr!("views-calendar-countries-some", count = 21),
                "Страны: 21"
            );
        });
        with_language(Language::Azerbaijani, || {
            assert_eq!(tr!("views-calendar-more", count = 3), "daha 3");
        });
    }

    /// The calendar in Russian, a third longer than in English, beside
    /// the navigation of a 1024-point window: its toolbar wraps rather
    /// than running out of the window.
    #[test]
    fn the_toolbar_keeps_its_russian_words_inside_a_narrow_calendar() {
        let width = 800.0;
        let workspace = Arc::new(Workspace::new("Department"));
        let today = march_18();
        let mut view = CalendarView::new(today);
        view.mode = CalendarMode::Week;
        set_current(Language::Russian);
        let mut harness = egui_kittest::Harness::builder()
            .with_size(egui::vec2(width, 700.0))
            .with_context_setup(crate::app::install_fonts)
            .build_ui_state(
                |ui, view: &mut CalendarView| {
                    let mut week_start = WeekStart::Monday;
                    let mut actions = Vec::new();
                    let _ = view.ui(ui, &workspace, 1, today, &mut week_start, &mut actions);
                },
                view,
            );
        harness.run();
        for label in [
            "Экспорт в ICS…",
            "Предстоящее и просроченное",
            "Перейти",
            "Расписание",
            "Начало недели",
            "16 марта – 22 марта 2026 г.",
        ] {
            let mut found = harness.query_all_by_label(label).peekable();
            assert!(found.peek().is_some(), "{label} is shown");
            for node in found {
                let right = node.rect().max.x;
                assert!(right <= width, "{label} ends at {right}, past {width}");
            }
        }
        drop(harness);
        set_current(Language::English);
    }
}
