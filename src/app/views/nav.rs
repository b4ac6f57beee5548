//! The left navigation between sections.

use egui::Ui;

use crate::app::route::Section;

/// Shows the sections; returns the one clicked.
pub fn ui(ui: &mut Ui, current: Section) -> Option<Section> {
    let mut clicked = None;
    let mut group = None;
    for section in Section::ALL {
        if section.group() != group {
            group = section.group();
            if let Some(heading) = group {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(heading).weak().small());
            }
        }
        let indent = if section.group().is_some() { "   " } else { "" };
        if ui
            .selectable_label(current == section, format!("{indent}{}", section.label()))
            .clicked()
        {
            clicked = Some(section);
        }
    }
    clicked
}
