//! The menu bar and the status bar.

use super::a11y;
use super::commands::UiCommand;
use super::dialogs::Pending;
use super::{AccordApp, Action};
use crate::i18n::Language;
use crate::session::Session;
use crate::tr;

impl AccordApp {
    pub(super) fn menu_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let ctx = ui.ctx().clone();
        let item =
            |ui: &mut egui::Ui, command: UiCommand, enabled: bool, actions: &mut Vec<Action>| {
                let label = command.label();
                let mut button = egui::Button::new(label.as_str());
                let shortcut = command
                    .shortcut()
                    .map(|shortcut| ctx.format_shortcut(&shortcut));
                if let Some(shortcut) = &shortcut {
                    button = button.shortcut_text(shortcut.as_str());
                }
                let response = ui.add_enabled(enabled, button);
                a11y::menu_item(ui, &response, &label, shortcut.as_deref());
                if response.clicked() {
                    actions.push(Action::Command(command));
                }
            };
        let open = self.session.is_some();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::accesskit::Role::MenuBar);
            });
            menu(ui, &tr!("app-menu-file"), |ui| {
                item(ui, UiCommand::New, true, actions);
                item(ui, UiCommand::Open, true, actions);
                item(ui, UiCommand::OpenByPath, true, actions);
                menu(ui, &tr!("app-menu-open-recent"), |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.weak(tr!("app-menu-no-recent"));
                    }
                    for path in self.settings.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(Pending::Open(path));
                        }
                    }
                });
                item(ui, UiCommand::OpenSample, true, actions);
                ui.separator();
                item(ui, UiCommand::Save, open, actions);
                item(ui, UiCommand::SaveAs, open, actions);
                item(ui, UiCommand::Export, open, actions);
                item(ui, UiCommand::MergeCopy, open, actions);
                item(ui, UiCommand::NewSourceFromClipboard, open, actions);
                let reported = self.last_merge_report.is_some();
                item(ui, UiCommand::MergeReport, reported, actions);
                ui.separator();
                let encrypted = self
                    .session
                    .as_ref()
                    .is_some_and(|session| session.protection.is_encrypted());
                item(ui, UiCommand::Encrypt, open && !encrypted, actions);
                item(ui, UiCommand::ChangePassphrase, encrypted, actions);
                item(ui, UiCommand::RemoveEncryption, encrypted, actions);
                ui.separator();
                item(ui, UiCommand::RestoreBackup, open, actions);
                item(ui, UiCommand::RecoverUnsaved, true, actions);
                ui.separator();
                item(ui, UiCommand::Quit, true, actions);
            });
            menu(ui, &tr!("app-menu-edit"), |ui| {
                let session = self.session.as_ref();
                let undo = session.and_then(Session::undo_description);
                let redo = session.and_then(Session::redo_description);
                item(ui, UiCommand::Undo, undo.is_some(), actions);
                if let Some(undo) = undo {
                    ui.weak(format!("  {undo}"));
                }
                item(ui, UiCommand::Redo, redo.is_some(), actions);
                if let Some(redo) = redo {
                    ui.weak(format!("  {redo}"));
                }
                ui.separator();
                item(ui, UiCommand::Find, open, actions);
                item(ui, UiCommand::QuickOpen, open, actions);
                item(ui, UiCommand::WorkspaceSettings, open, actions);
                item(ui, UiCommand::Duplicates, open, actions);
            });
            menu(ui, &tr!("app-menu-view"), |ui| {
                item(ui, UiCommand::Back, self.history.can_go_back(), actions);
                item(
                    ui,
                    UiCommand::Forward,
                    self.history.can_go_forward(),
                    actions,
                );
                ui.separator();
                menu(ui, &tr!("app-menu-language"), |ui| {
                    for language in Language::ALL {
                        let chosen = self.language() == language;
                        if ui.radio(chosen, language.native_name()).clicked() && !chosen {
                            actions.push(Action::SetLanguage(language));
                        }
                    }
                });
                ui.separator();
                ui.label(tr!("app-menu-theme"));
                for (preference, label) in [
                    (egui::ThemePreference::System, tr!("app-theme-system")),
                    (egui::ThemePreference::Light, tr!("app-theme-light")),
                    (egui::ThemePreference::Dark, tr!("app-theme-dark")),
                ] {
                    if ui
                        .radio_value(&mut self.settings.theme, preference, label)
                        .changed()
                    {
                        ui.ctx().set_theme(preference);
                    }
                }
            });
        });
    }

    pub(super) fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(session) = &self.session {
                let place = session.path.as_ref().map_or_else(
                    || tr!("app-status-not-saved-yet"),
                    |path| path.display().to_string(),
                );
                ui.weak(place);
                ui.separator();
                ui.weak(tr!(
                    "common-records",
                    count = session.workspace().counts().total()
                ));
                if session.is_modified() {
                    ui.separator();
                    ui.weak(tr!("app-status-unsaved-changes"));
                }
            }
            if self.jobs.shows_spinner() {
                ui.separator();
                ui.spinner();
            }
            if !self.status.is_empty() {
                ui.separator();
                let message = ui.label(&self.status);
                super::a11y::announce(ui, &message, false);
            }
        });
    }
}

/// A menu in the menu bar, or a submenu inside one, exposed as a menu
/// item that opens a menu and says whether it is open.
fn menu(ui: &mut egui::Ui, title: &str, add_contents: impl FnOnce(&mut egui::Ui)) {
    let shown = ui.menu_button(title, add_contents);
    a11y::menu_title(ui, &shown.response, title, shown.inner.is_some());
}
