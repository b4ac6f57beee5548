//! The left navigation between sections.

use egui::Ui;

use crate::app::route::{Route, Section};
use crate::tr;

/// Shows the start page, the calendar and the sections; returns the one
/// clicked.
pub fn ui(ui: &mut Ui, route: Route) -> Option<Route> {
    if ui
        .selectable_label(route == Route::Calendar, tr!("views-calendar-title"))
        .clicked()
    {
        return Some(Route::Calendar);
    }
    // Under the calendar: the same dates, read as a list of what comes next.
    if ui
        .indent("what_is_next", |ui| {
            ui.selectable_label(route == Route::Start, tr!("views-next-title"))
        })
        .inner
        .clicked()
    {
        return Some(Route::Start);
    }
    ui.add_space(6.0);
    let current = route.section();
    let on_calendar = matches!(route, Route::Calendar | Route::Start);
    let mut clicked = None;
    let mut group = None;
    for section in Section::ALL {
        if section.group() != group {
            group = section.group();
            if let Some(heading) = &group {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(heading).weak().small());
            }
        }
        let item =
            |ui: &mut Ui| ui.selectable_label(!on_calendar && current == section, section.label());
        let response = if section.group().is_some() {
            // Salted by the section, not its name, which changes with the
            // language.
            ui.indent(("section", section), item).inner
        } else {
            item(ui)
        };
        if response.clicked() {
            clicked = Some(Route::Section(section));
        }
    }
    clicked
}
