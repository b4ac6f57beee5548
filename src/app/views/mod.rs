//! One module per view; the app decides where each is shown.

pub mod calendar;
pub mod country;
pub mod detail;
pub mod duplicates;
pub mod export_dialog;
pub mod lists;
pub mod merge;
pub mod nav;
pub mod next;
pub mod page;
pub mod prepared;
pub mod proposals;
pub mod search;
pub mod source_text;
pub mod start;
pub mod table;

use chrono::NaiveDate;

use crate::i18n::dates;

/// A message of the views named by its id, read in the interface's
/// language when it is shown: a constant another module can show
/// (`ui.label(views::page::PREPARING)`) and still see in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message(pub &'static str);

impl Message {
    /// The text in this thread's language.
    pub fn text(self) -> String {
        crate::i18n::message(self.0, None)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<Message> for egui::WidgetText {
    fn from(message: Message) -> Self {
        message.text().into()
    }
}

impl From<Message> for String {
    fn from(message: Message) -> Self {
        message.text()
    }
}

/// The longest day a date column shows in the interface's language: the
/// 28th (a two-digit day) of each month of a year, the widest in the
/// body font ("28 September 2000", "28 сентября 2000 г.").
fn longest_days() -> impl Iterator<Item = NaiveDate> {
    (1..=12).filter_map(|month| NaiveDate::from_ymd_opt(2000, month, 28))
}

/// The width of the longest date a person reads in the body font: a
/// column of dates this wide never truncates one, in any language.
pub fn date_column_width(ui: &egui::Ui) -> f32 {
    widest(ui, longest_days().map(dates::day))
}

/// The width of the longest day with a time ("28 September 2000, 23:59
/// UTC") in the body font.
pub fn date_and_time_column_width(ui: &egui::Ui) -> f32 {
    widest(
        ui,
        longest_days().map(|day| dates::day_and_time(day, "23:59 UTC")),
    )
}

/// The width of the widest of `texts` in the body font, and a little room.
pub fn widest(ui: &egui::Ui, texts: impl IntoIterator<Item = String>) -> f32 {
    texts
        .into_iter()
        .map(|text| column_width(ui, &text))
        .fold(0.0, f32::max)
}

/// The width of `longest` in the body font, and a little room: a column
/// that wide never truncates what is no longer.
pub fn column_width(ui: &egui::Ui, longest: &str) -> f32 {
    text_size(ui, longest, egui::TextStyle::Body).x.ceil() + 4.0
}

/// How much room `text` takes on one line in `style`, as the font draws it
/// (in the interface's language, so that widths follow the words).
pub fn text_size(
    ui: &egui::Ui,
    text: impl Into<egui::WidgetText>,
    style: egui::TextStyle,
) -> egui::Vec2 {
    text.into()
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
}
