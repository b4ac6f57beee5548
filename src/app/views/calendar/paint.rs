//! Painting the calendar: the month and week grids with their bars and
//! "day unknown" strips, the item buttons, and the agenda and panel rows.
//! What is painted is computed in `query::calendar`.

use chrono::{Datelike as _, NaiveDate};
use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, vec2};

use super::{DAY_NUMBER_HEIGHT, LANE_HEIGHT, ROW_HEIGHT, STRIP_ROWS};
use crate::app::Action;
use crate::i18n::dates;
use crate::model::{AnyRecord, Meeting, MeetingKind, PartialDate};
use crate::query::calendar::{
    CalendarFilter, CalendarItem, CalendarKind, CalendarRow, DateIndex, WeekSegment, WeekStart,
    YearMonth, lay_out_week,
};
use crate::tr;

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
pub(super) fn text_colour(kind: CalendarKind) -> Color32 {
    if kind == CalendarKind::ActivityDue {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// How much of an item's summary a button shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemText {
    /// The whole summary ("Signed: …"), where a row has the room.
    Summary,
    /// The title alone, on a bar or chip a day wide: "Signed: " would
    /// leave no room for it (the colour and the hover say the kind).
    Title,
}

/// A bar or chip for one item; a click opens its record.
pub(super) fn item_button(
    ui: &mut Ui,
    item: &CalendarItem,
    rect: Option<Rect>,
    shown: ItemText,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let text = RichText::new(match shown {
        ItemText::Summary => item.summary.as_str(),
        ItemText::Title => item.title(),
    })
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
pub(super) fn strips(
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
            tr!("views-calendar-day-unknown", month = month.human()),
            index.day_unknown(*month),
        )];
        if month.month == 1 {
            groups.push((
                tr!(
                    "views-calendar-month-unknown",
                    year = month.year.to_string()
                ),
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
                            item_button(ui, item, None, ItemText::Title, today, actions);
                        });
                    }
                });
            }
            if items.len() > shown {
                let more = tr!("views-calendar-more-in-agenda", count = items.len() - shown);
                see_all |= ui.button(more).clicked();
            }
        }
    }
    if any {
        ui.add_space(4.0);
    }
    see_all
}

/// The short names of the days over the grid's columns: "Mon", "Пн".
pub(super) fn day_names(ui: &mut Ui, week_start: WeekStart) {
    let width = ui.available_width() / 7.0;
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 18.0), Sense::hover());
    let first = match week_start {
        WeekStart::Monday => chrono::Weekday::Mon,
        WeekStart::Sunday => chrono::Weekday::Sun,
    };
    let names = std::iter::successors(Some(first), |day| Some(day.succ()))
        .take(7)
        .map(dates::weekday_short);
    for (column, name) in names.enumerate() {
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
#[derive(Clone, Copy)]
pub(super) struct WeekLook {
    /// The month shown; days outside it are dimmed. `None` in the week view.
    pub(super) month: Option<YearMonth>,
    pub(super) selected: NaiveDate,
    pub(super) today: NaiveDate,
    pub(super) height: f32,
    /// Bars beyond this many lanes are counted in "+N more".
    pub(super) max_lanes: Option<usize>,
}

/// A day clicked in a week row.
pub(super) struct DayClick {
    pub(super) day: NaiveDate,
    /// The "+N more" of the day was clicked.
    pub(super) more: bool,
}

/// One week: seven day cells, then the items as bars across their days.
pub(super) fn week_row(
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
        let label = dates::weekday_and_day(*day);
        // How a day takes a new meeting, by mouse or by keyboard.
        let add_meeting_hint = tr!("views-calendar-add-meeting-hint");
        let response = ui
            .interact(
                rect,
                egui::Id::unique(("calendar_day", *day)),
                Sense::click(),
            )
            .on_hover_text(&add_meeting_hint);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(add_meeting_hint);
        });
        // The keyboard's double-click: N on the focused day.
        let add_key = response.has_focus()
            && ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::N));
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
            // The word beside the marked number, where the cell has room
            // for both (the circle says it alone in a narrow one).
            let today_word = painter.layout_no_wrap(
                tr!("common-today"),
                FontId::proportional(11.0),
                Color32::from_rgb(200, 40, 40),
            );
            if today_word.size().x + 30.0 <= rect.width() {
                painter.galley(
                    rect.right_top() + vec2(-6.0 - today_word.size().x, 3.0),
                    today_word,
                    Color32::from_rgb(200, 40, 40),
                );
            }
        } else {
            painter.text(
                number_pos,
                Align2::LEFT_TOP,
                day.day().to_string(),
                FontId::proportional(13.0),
                number_colour,
            );
        }
        if response.double_clicked() || add_key {
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
        let text = tr!("views-calendar-more", count = *count);
        // As wide as its words, within the cell right of the day's number.
        let wide = ui
            .painter()
            .layout_no_wrap(text.clone(), FontId::proportional(11.0), Color32::WHITE)
            .size()
            .x
            + 2.0 * ui.spacing().button_padding.x
            + 2.0;
        let width = wide.clamp(60.0, (rect.width() - 28.0).max(60.0));
        let more = Rect::from_min_size(
            egui::pos2(rect.right() - width - 4.0, rect.top() + 2.0),
            vec2(width, 16.0),
        );
        let response = ui.put(
            more,
            egui::Button::new(RichText::new(text).size(11.0))
                .frame(false)
                .truncate(),
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
pub(super) fn bar(
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
        item_button(ui, item, Some(rect), ItemText::Title, today, actions);
    });
}

/// A new meeting on `day`, for the form.
pub(super) fn meeting_on(day: NaiveDate) -> Meeting {
    let mut meeting = Meeting::new(MeetingKind::Consultation, "", chrono::Utc::now());
    meeting.start = Some(PartialDate::Day(day));
    meeting
}

/// A list of rows laying out only those in view.
pub(super) fn rows_ui(
    ui: &mut Ui,
    id: &str,
    rows: &[CalendarRow],
    index: &DateIndex,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.allocate_ui(vec2(ui.available_width(), ROW_HEIGHT), |ui| {
                    ui.set_min_height(ROW_HEIGHT);
                    ui.horizontal(|ui| match row {
                        CalendarRow::Heading(text) => {
                            ui.label(RichText::new(text).strong());
                        }
                        CalendarRow::Empty(text) => {
                            ui.weak(text);
                        }
                        CalendarRow::Country(text) => {
                            ui.label(RichText::new(text).italics());
                        }
                        CalendarRow::Item(position) => {
                            let Some(item) = index.items().get(*position) else {
                                return;
                            };
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.weak(item.when.human());
                                    ui.with_layout(
                                        egui::Layout::left_to_right(egui::Align::Center),
                                        |ui| {
                                            item_button(
                                                ui,
                                                item,
                                                None,
                                                ItemText::Summary,
                                                today,
                                                actions,
                                            );
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
