//! The start screen, shown when no workspace is open.

use std::path::PathBuf;

use egui::Ui;

use crate::app::commands::UiCommand;
use crate::tr;

/// The product's name, the same in every language.
const APP_NAME: &str = "Accord";

/// What the user chose on the start screen.
pub enum StartChoice {
    /// New, Open, Open by path or the sample workspace.
    Command(UiCommand),
    /// A recent workspace, by its path.
    Recent(PathBuf),
}

/// Draws the start screen and returns what the user clicked this frame, if anything.
pub fn ui(ui: &mut Ui, recent: &[PathBuf]) -> Option<StartChoice> {
    let mut choice = None;
    ui.vertical_centered(|ui| {
        ui.add_space(48.0);
        crate::app::a11y::heading(ui, APP_NAME);
        ui.label(tr!("views-start-tagline"));
        ui.add_space(16.0);
        for command in [
            UiCommand::New,
            UiCommand::Open,
            UiCommand::OpenByPath,
            UiCommand::OpenSample,
        ] {
            if ui.button(command.label()).clicked() {
                choice = Some(StartChoice::Command(command));
            }
        }
        ui.add_space(16.0);
        if recent.is_empty() {
            ui.weak(tr!("views-start-no-recent"));
        } else {
            ui.strong(tr!("views-start-recent"));
            for path in recent {
                if ui.link(path.display().to_string()).clicked() {
                    choice = Some(StartChoice::Recent(path.clone()));
                }
            }
        }
    });
    choice
}
