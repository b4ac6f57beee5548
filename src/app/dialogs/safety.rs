//! The dialogs of keeping work safe: unsaved work found after a crash,
//! the backups of a file, a file changed on disk, and a failed save.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::{Dialog, Locked};
use crate::app::AccordApp;
use crate::app::autosave::local_time;
use crate::app::files::file_name;
use crate::storage;
use crate::storage::backups::Backup;
use crate::storage::recovery::Entry;

impl AccordApp {
    pub(super) fn recover_dialog(
        &mut self,
        ctx: &egui::Context,
        mut entries: Vec<Entry>,
    ) -> Option<Dialog> {
        let mut restore = None;
        let mut discard = None;
        let mut later = false;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            crate::app::a11y::heading(ui, "Unsaved work was found");
            ui.label("Accord closed before these changes were saved. Restore them, or discard them for good.");
            ui.add_space(6.0);
            for (index, entry) in entries.iter().enumerate() {
                let info = &entry.info;
                let what = info
                    .original
                    .as_deref()
                    .map_or_else(
                        || {
                            if info.encrypted {
                                "An encrypted workspace (never saved)".to_owned()
                            } else {
                                format!("“{}” (never saved)", info.workspace_name)
                            }
                        },
                        file_name,
                    );
                ui.group(|ui| {
                    ui.label(RichText::new(what).strong());
                    if let Some(folder) = info.original.as_deref().and_then(Path::parent) {
                        ui.weak(format!("in {}", folder.display()));
                    }
                    ui.label(format!(
                        "{}, written {} — {}",
                        crate::app::bars::count_of(info.changes, "unsaved change"),
                        local_time(info.saved_at),
                        crate::app::bars::count_of(info.records, "record")
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Restore").clicked() {
                            restore = Some(index);
                        }
                        if ui.button("Discard").clicked() {
                            discard = Some(index);
                        }
                    });
                });
            }
            ui.add_space(6.0);
            if ui.button("Decide later").clicked() {
                later = true;
            }
        });
        if let Some(index) = restore {
            if self.is_modified() {
                self.status = "Save or discard the open workspace's changes first.".to_owned();
                return Some(Dialog::Recover(entries));
            }
            let entry = entries.remove(index);
            let unlock = self.session_unlock();
            self.start_unlocked(Locked::Restore(entry), unlock);
            return None;
        }
        if let Some(index) = discard {
            let entry = entries.remove(index);
            self.forget_recovery(entry.info.id);
        }
        (!later && !entries.is_empty()).then_some(Dialog::Recover(entries))
    }

    pub(super) fn backups_dialog(
        &mut self,
        ctx: &egui::Context,
        original: PathBuf,
        list: Option<Vec<Backup>>,
    ) -> Option<Dialog> {
        let mut open = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("backups")).show(ctx, |ui| {
            ui.set_min_width(520.0);
            crate::app::a11y::heading(ui, "Restore from backup");
            ui.label(format!(
                "The last {} saved versions of {} are kept. One opens as a new, unsaved document; the file itself is not changed.",
                storage::backups::KEEP,
                file_name(&original)
            ));
            ui.add_space(6.0);
            match &list {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Reading the backups…");
                    });
                }
                Some(list) if list.is_empty() => {
                    ui.weak("No backups yet: one is kept each time the file is saved over.");
                }
                Some(list) => {
                    egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                        egui::Grid::new("backups_grid").num_columns(3).show(ui, |ui| {
                            for (index, backup) in list.iter().enumerate() {
                                ui.label(local_time(backup.saved_at));
                                match &backup.counts {
                                    Ok(counts) => {
                                        ui.label(crate::app::bars::count_of(counts.total(), "record"))
                                    }
                                    Err(error) => ui.weak(error),
                                };
                                if ui.button(format!("Open backup {}", index + 1)).clicked() {
                                    open = Some(backup.clone());
                                }
                                ui.end_row();
                            }
                        });
                    });
                }
            }
            ui.add_space(6.0);
            if ui.button("Close").clicked() || ui.input(|input| input.key_pressed(egui::Key::Escape)) {
                close = true;
            }
        });
        if let Some(backup) = open {
            if self.is_modified() {
                self.status = "Save or discard the open workspace's changes first.".to_owned();
                return Some(Dialog::Backups { original, list });
            }
            let saved_at = local_time(backup.saved_at);
            let unlock = self.session_unlock();
            self.start_unlocked(
                Locked::Backup {
                    original,
                    path: backup.path,
                    saved_at,
                },
                unlock,
            );
            return None;
        }
        (!close).then_some(Dialog::Backups { original, list })
    }

    pub(super) fn changed_on_disk_dialog(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
    ) -> Option<Dialog> {
        let can_keep = self.safety.recovery_folder().is_some();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("changed_on_disk")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            crate::app::a11y::heading(ui, "Changed by someone else");
            ui.label(format!(
                "{} was changed on disk since you opened or saved it. Nothing has been written over it.",
                path.display()
            ));
            ui.add_space(6.0);
            if can_keep && ui.button("Reload their version (yours is kept as a recovery file)").clicked() {
                choice = Some("reload");
            }
            if ui.button("Save yours as a new file…").clicked() {
                choice = Some("save_as");
            }
            if ui.button("Overwrite with yours (theirs is kept as a backup)").clicked() {
                choice = Some("overwrite");
            }
            if ui.button("Cancel").clicked() || ui.input(|input| input.key_pressed(egui::Key::Escape)) {
                choice = Some("cancel");
            }
        });
        match choice {
            Some("reload") => {
                self.keep_then_reload(path);
                None
            }
            Some("save_as") => {
                self.save_as();
                None
            }
            Some("overwrite") => {
                if let Some(session) = self.session.as_mut() {
                    session.disk_hash = None;
                }
                self.start_save(path);
                None
            }
            Some(_) => None,
            None => Some(Dialog::ChangedOnDisk { path }),
        }
    }

    pub(super) fn save_failed_dialog(
        &mut self,
        ctx: &egui::Context,
        message: String,
    ) -> Option<Dialog> {
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save_failed")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            crate::app::a11y::heading(ui, "Not saved");
            ui.add(egui::Label::new(&message).wrap().selectable(true));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save as…").clicked() {
                    choice = Some(true);
                }
                if ui.button("Close").clicked()
                    || ui.input(|input| input.key_pressed(egui::Key::Escape))
                {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => {
                self.save_as();
                None
            }
            Some(false) => None,
            None => Some(Dialog::SaveFailed(message)),
        }
    }
}
