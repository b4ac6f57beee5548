//! A month of days to pick one from, in the interface's language.
//!
//! `egui_extras`' date picker writes its month names, weekdays and buttons
//! in English and leaves its year and month boxes without a name a screen
//! reader could say; this one takes every word from the message files and
//! names each day by its whole date ("19 iyun 1992").

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use egui::{Area, Button, Frame, Key, Modifiers, Order, Response, RichText, Ui, WidgetInfo};

use crate::i18n::dates;
use crate::tr;

/// What is remembered between frames while the month is open: which
/// month is shown (the arrows move it before a day is picked).
#[derive(Clone, Copy)]
struct Shown {
    first_of_month: NaiveDate,
}

/// The layer the month is drawn on for a picker made with `salt` in `ui`:
/// a form asks it whether the month is open, so that Escape closes the
/// month before the form.
pub fn layer_of(ui: &Ui, salt: &str) -> egui::LayerId {
    egui::LayerId::new(Order::Foreground, ui.make_persistent_id(salt))
}

/// A button (`button_text`) that opens the month of `day` beneath it;
/// returns the button, and whether a day was picked into `day`.
pub fn day_picker(
    ui: &mut Ui,
    salt: &str,
    button_text: &str,
    day: &mut NaiveDate,
    today: NaiveDate,
) -> (Response, bool) {
    let id = ui.make_persistent_id(salt);
    let mut shown: Option<Shown> = ui.data(|data| data.get_temp(id));
    let button = ui.button(button_text);
    if button.clicked() {
        shown = match shown {
            Some(_) => None,
            None => Some(Shown {
                first_of_month: first_of_month(*day),
            }),
        };
    }
    let mut picked = false;
    if let Some(mut open) = shown {
        let area = Area::new(id)
            .order(Order::Foreground)
            .fixed_pos(button.rect.left_bottom())
            .constrain(true)
            .show(ui.ctx(), |ui| {
                Frame::popup(ui.style())
                    .show(ui, |ui| month_grid(ui, &mut open, *day, today))
                    .inner
            });
        shown = Some(open);
        if let Some(chosen) = area.inner {
            *day = chosen;
            picked = true;
            shown = None;
        }
        let escape = ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape));
        let elsewhere = area.response.clicked_elsewhere() && !button.clicked();
        if escape || elsewhere {
            shown = None;
        }
    }
    ui.data_mut(|data| match shown {
        Some(open) => {
            data.insert_temp(id, open);
        }
        None => data.remove::<Shown>(id),
    });
    (button, picked)
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The month's heading with its arrows, the weekdays and the days; the
/// day clicked, if any.
fn month_grid(
    ui: &mut Ui,
    shown: &mut Shown,
    chosen: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let first = shown.first_of_month;
    ui.horizontal(|ui| {
        let mut step = |ui: &mut Ui, text: &str, name: String, to: Option<NaiveDate>| {
            let response = ui.add(Button::new(text).small()).on_hover_text(&name);
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
            if response.clicked()
                && let Some(to) = to
            {
                shown.first_of_month = to;
            }
        };
        step(
            ui,
            "«",
            tr!("common-previous-year"),
            first.checked_sub_months(Months::new(12)),
        );
        step(
            ui,
            "‹",
            tr!("common-previous-month"),
            first.checked_sub_months(Months::new(1)),
        );
        let title = crate::model::capitalised(&dates::month(first.year(), first.month()));
        ui.add_sized(
            [140.0, ui.spacing().interact_size.y],
            egui::Label::new(RichText::new(title).strong()),
        );
        step(
            ui,
            "›",
            tr!("common-next-month"),
            first.checked_add_months(Months::new(1)),
        );
        step(
            ui,
            "»",
            tr!("common-next-year"),
            first.checked_add_months(Months::new(12)),
        );
    });
    let mut picked = None;
    egui::Grid::new(ui.scope_id().with("days"))
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            let week = [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ];
            for weekday in week {
                ui.vertical_centered(|ui| ui.weak(dates::weekday_short(weekday)));
            }
            ui.end_row();
            let lead = first.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut day = first;
            let mut column = lead;
            while day.month() == first.month() {
                let text = RichText::new(day.day().to_string());
                let text = if day == today {
                    text.strong().underline()
                } else {
                    text
                };
                let response =
                    ui.add(Button::selectable(day == chosen, text).min_size(egui::vec2(28.0, 0.0)));
                let name = dates::day(day);
                response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
                if response.clicked() {
                    picked = Some(day);
                }
                column += 1;
                if column == 7 {
                    ui.end_row();
                    column = 0;
                }
                let Some(next) = day.checked_add_days(Days::new(1)) else {
                    break;
                };
                day = next;
            }
        });
    ui.horizontal(|ui| {
        if ui.button(tr!("common-today")).clicked() {
            picked = Some(today);
        }
    });
    picked
}
