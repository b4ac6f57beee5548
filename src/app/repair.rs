//! The repair view of a damaged file and the banner of a read-only one:
//! what is wrong, with a link to each record concerned.

use egui::RichText;

use super::AccordApp;
use super::route::Route;
use crate::tr;

/// Whether the list of the file's problems is showing.
#[derive(Debug, Default)]
pub(super) struct Repair {
    pub(super) show_problems: bool,
}

impl AccordApp {
    /// The banner of a read-only or damaged document; drawn below the menu.
    pub(super) fn safety_banner(&mut self, ui: &mut egui::Ui) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        if session.read_only.is_none() && session.problems.is_empty() {
            return;
        }
        let read_only = session.read_only.clone();
        let count = session.problems.len();
        egui::Panel::top("safety_banner").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let warn = ui.visuals().warn_fg_color;
                if let Some(read_only) = read_only {
                    ui.label(RichText::new(read_only).color(warn).strong());
                }
                if count > 0 {
                    ui.label(RichText::new(tr!("app-repair-banner", count = count)).color(warn));
                    let label = if self.repair.show_problems {
                        tr!("app-repair-hide")
                    } else {
                        tr!("app-repair-show")
                    };
                    if ui.button(label).clicked() {
                        self.repair.show_problems = !self.repair.show_problems;
                    }
                }
            });
        });
    }

    pub(super) fn problems_window(&mut self, ctx: &egui::Context) {
        if !self.repair.show_problems {
            return;
        }
        let Some(session) = self.session.as_ref() else {
            return;
        };
        if session.problems.is_empty() {
            return;
        }
        let mut go = None;
        let mut open = true;
        egui::Window::new(tr!("app-repair-window"))
            .id(egui::Id::unique("problems_in_this_file"))
            .open(&mut open)
            .default_width(560.0)
            .default_pos(egui::pos2(200.0, 420.0))
            .show(ctx, |ui| {
                ui.label(tr!("app-repair-intro"));
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        for problem in &session.problems {
                            ui.horizontal_wrapped(|ui| {
                                if let Some(record) = problem.record
                                    && session.workspace().contains(record)
                                    && ui.small_button(tr!("app-repair-go-to-record")).clicked()
                                {
                                    go = Some(record);
                                }
                                ui.add(egui::Label::new(&problem.text).wrap());
                            });
                            ui.separator();
                        }
                    });
            });
        if !open {
            self.repair.show_problems = false;
        }
        if let Some(record) = go {
            self.go(Route::Record(record));
        }
    }
}
