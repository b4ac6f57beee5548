//! Never losing an edit: autosave to a recovery file and the offer to
//! restore it after a crash, backups, and noticing a file changed by
//! someone else. The file work runs as jobs; this module decides when.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::AccordApp;
use super::dialogs::Dialog;
use super::files::serialise;
use super::jobs::{JobResult, Shown};
use crate::storage::recovery::{self, RecoveryInfo};
use crate::storage::{self, Faults, NoFaults};
use crate::tr;

/// How long after an edit its recovery file is written, at most.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

/// The folders of the user's data: `recovery/` and `backups/` in the
/// data folder ([`storage::data_folder`]).
pub fn default_folders() -> Option<(PathBuf, PathBuf)> {
    let data = storage::data_folder()?;
    Some((data.join("recovery"), storage::backups_folder()?))
}

/// The app's safety state: folders and autosave timing.
pub struct Safety {
    /// Where unsaved work is written; `None` writes none (tests that do
    /// not set one never touch the user's folder).
    pub(super) recovery_folder: Option<PathBuf>,
    /// Where replaced versions are kept; `None` keeps none.
    pub(super) backups_folder: Option<PathBuf>,
    /// How long after an edit its recovery file is written.
    pub autosave_delay: Duration,
    /// Injected failures for the app's saves (tests); none in production.
    pub faults: Arc<dyn Faults>,
    /// The revision whose recovery file is on disk.
    pub(super) autosaved: Option<u64>,
    /// Since when the workspace has changes not yet in the recovery file.
    pub(super) unsaved_since: Option<Instant>,
    pub(super) autosaving: bool,
    /// Identifies this running Accord in the recovery entries it writes.
    pub(super) instance: uuid::Uuid,
    /// Held while this Accord runs, so another one started meanwhile does
    /// not take this one's autosaves for work left by a crash.
    pub(super) claim: Option<std::fs::File>,
}

impl Default for Safety {
    fn default() -> Self {
        Self {
            recovery_folder: None,
            backups_folder: None,
            autosave_delay: AUTOSAVE_DELAY,
            faults: Arc::new(NoFaults),
            autosaved: None,
            unsaved_since: None,
            autosaving: false,
            instance: uuid::Uuid::new_v4(),
            claim: None,
        }
    }
}

impl Safety {
    /// Where unsaved work is written (`recovery/` in the user's data folder); `None` in tests that
    /// set none.
    pub fn recovery_folder(&self) -> Option<&Path> {
        self.recovery_folder.as_deref()
    }

    /// Where replaced versions are kept (`backups/` in the user's data folder); `None` keeps none.
    pub fn backups_folder(&self) -> Option<&Path> {
        self.backups_folder.as_deref()
    }
}

/// When something was written, in local time: "19 June 2026, 14:03:27".
pub(super) fn local_time(time: chrono::DateTime<chrono::Utc>) -> String {
    let local = time.with_timezone(&chrono::Local);
    crate::i18n::dates::day_and_time(local.date_naive(), &local.format("%H:%M:%S").to_string())
}

impl AccordApp {
    /// Sets where unsaved work and backups go, and looks (off the UI thread)
    /// for unsaved work left by a crash, offering to restore it.
    pub fn set_safety_folders(&mut self, recovery: PathBuf, backups: PathBuf) {
        self.safety.recovery_folder = Some(recovery);
        self.safety.backups_folder = Some(backups);
        self.look_for_unsaved_work(false);
    }

    /// The safety state, for tests (autosave delay, injected failures).
    pub fn safety_mut(&mut self) -> &mut Safety {
        &mut self.safety
    }

    /// Lists the recovery folder in the background; offers what it finds.
    pub(super) fn look_for_unsaved_work(&mut self, asked: bool) {
        let Some(folder) = self.safety.recovery_folder.clone() else {
            self.status = tr!("app-status-no-recovery-folder");
            return;
        };
        let own = self.session.as_ref().map(|session| session.recovery_id);
        let instance = (self.safety.claim.is_none()).then_some(self.safety.instance);
        self.jobs.spawn(Shown::Quietly, move || {
            // Claimed first, so two Accords starting at once cannot both
            // take the other's autosaves for crash leftovers.
            let claim = instance.map(|instance| recovery::claim_instance(&folder, instance));
            let mut entries = recovery::list_left_behind(&folder);
            // The open document's own entry is not "left by a crash".
            entries.retain(|entry| Some(entry.info.id) != own);
            JobResult::Recoverable {
                entries,
                asked,
                claim,
            }
        });
    }

    /// Once a frame: autosave, and the check when the window gets focus.
    pub(super) fn safety_frame(&mut self, ctx: &egui::Context) {
        self.autosave_tick(ctx);
        let focused = ctx.input(|input| {
            input
                .raw
                .events
                .iter()
                .any(|event| matches!(event, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.check_disk();
        }
    }

    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(folder) = self.safety.recovery_folder.clone() else {
            return;
        };
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let revision = session.revision();
        if !session.is_modified() {
            // Undone back to the saved state: the entry is stale.
            if self.safety.autosaved.is_some() && !self.safety.autosaving {
                let id = session.recovery_id;
                self.forget_recovery(id);
            }
            self.safety.unsaved_since = None;
            return;
        }
        if self.safety.autosaved == Some(revision) || self.safety.autosaving {
            return;
        }
        let since = *self.safety.unsaved_since.get_or_insert_with(Instant::now);
        let waited = since.elapsed();
        if waited < self.safety.autosave_delay {
            ctx.request_repaint_after(self.safety.autosave_delay.saturating_sub(waited));
            return;
        }
        let info = RecoveryInfo {
            id: session.recovery_id,
            saved_at: chrono::Utc::now(),
            original: session.path.clone().or_else(|| session.origin.clone()),
            changes: session.unsaved_changes(),
            workspace_name: session.workspace().name().to_owned(),
            records: session.workspace().counts().total(),
            base_hash: session.disk_hash,
            instance: Some(self.safety.instance),
            encrypted: false,
        };
        let workspace = session.shared_workspace();
        let protection = session.protection.clone();
        self.safety.autosaving = true;
        self.safety.unsaved_since = None;
        let copies = self.jobs.copy_sink();
        self.jobs.spawn(Shown::Quietly, move || {
            let bytes = serialise(&workspace, &copies);
            JobResult::Autosaved {
                id: info.id,
                revision,
                result: recovery::write_bytes(&folder, &info, &bytes, &protection),
            }
        });
    }

    /// Compares the file on disk with what was opened or saved, off the UI
    /// thread; the answer may open the "changed on disk" dialog.
    pub(super) fn check_disk(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let (Some(path), Some(_)) = (session.path.clone(), session.disk_hash) else {
            return;
        };
        self.jobs
            .spawn(Shown::Quietly, move || JobResult::DiskChecked {
                hash: storage::hash_of_file(&path),
                path,
            });
    }

    /// Writes the open document to a recovery entry of its own, then
    /// reloads the file from disk.
    pub(super) fn keep_then_reload(&mut self, path: PathBuf) {
        let (Some(folder), Some(session)) =
            (self.safety.recovery_folder.clone(), self.session.as_ref())
        else {
            return;
        };
        let info = RecoveryInfo {
            id: uuid::Uuid::new_v4(),
            saved_at: chrono::Utc::now(),
            original: Some(path.clone()),
            changes: session.unsaved_changes().max(1),
            workspace_name: session.workspace().name().to_owned(),
            records: session.workspace().counts().total(),
            base_hash: None,
            // No running instance's: offered back at once, from the menu.
            instance: None,
            encrypted: false,
        };
        let workspace = session.shared_workspace();
        let protection = session.protection.clone();
        self.jobs.spawn(Shown::Quietly, move || {
            let result = recovery::write(&folder, &info, &workspace, &protection);
            JobResult::KeptThenReload(path, result)
        });
    }

    /// File > Restore from backup…
    pub(super) fn show_backups(&mut self) {
        let Some(original) = self
            .session
            .as_ref()
            .and_then(|session| session.path.clone().or_else(|| session.origin.clone()))
        else {
            self.status = tr!("app-status-backups-need-file");
            return;
        };
        let Some(root) = self.safety.backups_folder.clone() else {
            self.status = tr!("app-status-no-backups-folder");
            return;
        };
        self.safety_dialog = Some(Dialog::Backups {
            original: original.clone(),
            list: None,
        });
        let unlock = self.session_unlock();
        self.jobs.spawn(Shown::Quietly, move || {
            let list = storage::backups::list(&root, &original, &unlock);
            JobResult::Backups(original, list)
        });
    }

    /// Removes the recovery entry `id` (saved, discarded or replaced).
    pub(super) fn forget_recovery(&mut self, id: uuid::Uuid) {
        self.safety.autosaved = None;
        self.safety.unsaved_since = None;
        if let Some(folder) = self.safety.recovery_folder.clone() {
            self.jobs.spawn(Shown::Quietly, move || {
                let _ = recovery::remove(&folder, id);
                JobResult::Done
            });
        }
    }
}
