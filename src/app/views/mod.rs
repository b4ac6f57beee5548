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

/// The width of the longest date a person reads ("28 September 2000", the
/// longest month with a two-digit day) in the body font: a column of dates
/// this wide never truncates one.
pub fn date_column_width(ui: &egui::Ui) -> f32 {
    column_width(ui, "28 September 2000")
}

/// The width of `longest` in the body font, and a little room: a column
/// that wide never truncates what is no longer.
pub fn column_width(ui: &egui::Ui, longest: &str) -> f32 {
    let galley = egui::WidgetText::from(longest).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    galley.size().x.ceil() + 4.0
}
