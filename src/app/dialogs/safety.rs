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
use crate::tr;

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
            crate::app::a11y::heading(ui, tr!("app-recover-heading"));
            ui.label(tr!("app-recover-intro"));
            ui.add_space(6.0);
            for (index, entry) in entries.iter().enumerate() {
                let info = &entry.info;
                let what = info.original.as_deref().map_or_else(
                    || {
                        if info.encrypted {
                            tr!("app-recover-encrypted-unnamed")
                        } else {
                            tr!("app-recover-unnamed", name = &info.workspace_name)
                        }
                    },
                    file_name,
                );
                ui.group(|ui| {
                    ui.label(RichText::new(what).strong());
                    if let Some(folder) = info.original.as_deref().and_then(Path::parent) {
                        ui.weak(tr!(
                            "app-recover-folder",
                            folder = folder.display().to_string()
                        ));
                    }
                    ui.label(tr!(
                        "app-recover-details",
                        changes = info.changes,
                        time = local_time(info.saved_at),
                        records = info.records
                    ));
                    ui.horizontal(|ui| {
                        if ui.button(tr!("app-recover-restore")).clicked() {
                            restore = Some(index);
                        }
                        if ui.button(tr!("common-discard")).clicked() {
                            discard = Some(index);
                        }
                    });
                });
            }
            ui.add_space(6.0);
            if ui.button(tr!("app-recover-later")).clicked() {
                later = true;
            }
        });
        if let Some(index) = restore {
            if self.is_modified() {
                self.status = tr!("app-status-settle-open-first");
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
            crate::app::a11y::heading(ui, tr!("app-backups-heading"));
            ui.label(tr!(
                "app-backups-intro",
                count = storage::backups::KEEP,
                file = file_name(&original)
            ));
            ui.add_space(6.0);
            match &list {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr!("app-backups-reading"));
                    });
                }
                Some(list) if list.is_empty() => {
                    ui.weak(tr!("app-backups-none"));
                }
                Some(list) => {
                    egui::ScrollArea::vertical()
                        .max_height(320.0)
                        .show(ui, |ui| {
                            egui::Grid::new("backups_grid")
                                .num_columns(3)
                                .show(ui, |ui| {
                                    for (index, backup) in list.iter().enumerate() {
                                        ui.label(local_time(backup.saved_at));
                                        match &backup.counts {
                                            Ok(counts) => ui.label(tr!(
                                                "common-records",
                                                count = counts.total()
                                            )),
                                            Err(error) => ui.weak(error),
                                        };
                                        if ui
                                            .button(tr!("app-backups-open", number = index + 1))
                                            .clicked()
                                        {
                                            open = Some(backup.clone());
                                        }
                                        ui.end_row();
                                    }
                                });
                        });
                }
            }
            ui.add_space(6.0);
            if ui.button(tr!("common-close")).clicked()
                || ui.input(|input| input.key_pressed(egui::Key::Escape))
            {
                close = true;
            }
        });
        if let Some(backup) = open {
            if self.is_modified() {
                self.status = tr!("app-status-settle-open-first");
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
            crate::app::a11y::heading(ui, tr!("app-changed-heading"));
            ui.label(tr!("app-changed-text", path = path.display().to_string()));
            ui.add_space(6.0);
            if can_keep && ui.button(tr!("app-changed-reload")).clicked() {
                choice = Some("reload");
            }
            if ui.button(tr!("app-changed-save-as")).clicked() {
                choice = Some("save_as");
            }
            if ui.button(tr!("app-changed-overwrite")).clicked() {
                choice = Some("overwrite");
            }
            if ui.button(tr!("common-cancel")).clicked()
                || ui.input(|input| input.key_pressed(egui::Key::Escape))
            {
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
            crate::app::a11y::heading(ui, tr!("app-status-not-saved"));
            ui.add(egui::Label::new(&message).wrap().selectable(true));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("app-command-save-as")).clicked() {
                    choice = Some(true);
                }
                if ui.button(tr!("common-close")).clicked()
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

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, with_language};
    use crate::tr;

    fn details(language: Language, changes: u64, records: usize) -> String {
        with_language(language, || {
            tr!(
                "app-recover-details",
                changes = changes,
                time = "14:03",
                records = records
            )
        })
    }

    #[test]
    fn unsaved_work_is_counted_in_each_language() {
        assert_eq!(
            details(Language::English, 1, 25),
            "1 unsaved change, written 14:03 — 25 records"
        );
        assert_eq!(
            details(Language::Russian, 3, 25),
            "3 несохранённых изменения, записано 14:03 — 25 записей"
        );
        assert_eq!(
            details(Language::Russian, 21, 1),
            "21 несохранённое изменение, записано 14:03 — 1 запись"
        );
        assert_eq!(
            details(Language::Azerbaijani, 3, 25),
            "3 saxlanmamış dəyişiklik, yazılıb: 14:03 — 25 qeyd"
        );
        let banner = with_language(Language::Russian, || tr!("app-repair-banner", count = 5));
        assert!(banner.starts_with("В этом файле 5 ошибок."), "{banner}");
    }
}
