//! Never losing an edit, in the app: autosave to a recovery file and the
//! offer to restore it after a crash, noticing a file changed by someone
//! else, backups, read-only and repair views of damaged or newer files, and
//! save errors that keep the document open. All file work runs on threads;
//! the UI thread only starts jobs and reads their results.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use egui::RichText;

use super::route::Route;
use super::{AccordApp, Action};
use crate::model::Workspace;
use crate::session::Session;
use crate::storage::backups::Backup;
use crate::storage::recovery::{self, Entry, RecoveryInfo};
use crate::storage::{self, Faults, NoFaults, OpenError, Opened, SaveFailure};

/// How long after an edit its recovery file is written, at most.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

/// The folders of the user's data: `recovery/` and `backups/` in the OS
/// data folder (`~/.local/share/accord` on Linux, `%APPDATA%\Accord\data`
/// on Windows, `~/Library/Application Support/Accord` on macOS).
pub fn default_folders() -> Option<(PathBuf, PathBuf)> {
    let dirs = directories::ProjectDirs::from("", "", "Accord")?;
    let data = dirs.data_dir();
    Some((data.join("recovery"), data.join("backups")))
}

/// Results of the safety jobs, which run off the UI thread.
enum SafetyJob {
    Autosaved {
        id: uuid::Uuid,
        revision: u64,
        result: std::io::Result<()>,
    },
    /// The entries found; `asked` when the user asked (not at start-up).
    /// At start-up, also this instance's claim on the recovery folder.
    Recoverable {
        entries: Vec<Entry>,
        asked: bool,
        claim: Option<std::io::Result<std::fs::File>>,
    },
    Restored(Entry, Result<Opened, OpenError>),
    Backups(PathBuf, Vec<Backup>),
    BackupOpened {
        original: PathBuf,
        saved_at: String,
        result: Result<Opened, OpenError>,
    },
    DiskChecked {
        path: PathBuf,
        hash: Option<u64>,
    },
    /// A copy of the workspace a save thread holds (see [`serialise`]); not
    /// a job of its own, so it is not counted in `running`.
    Copy {
        original: std::sync::Weak<Workspace>,
        copy: Box<Workspace>,
    },
    /// Your version was kept as a recovery file before reloading theirs.
    KeptThenReload(PathBuf, std::io::Result<()>),
    Done,
}

/// The dialogs of this module.
#[derive(Clone, Debug)]
pub enum SafetyDialog {
    Recover(Vec<Entry>),
    Backups {
        original: PathBuf,
        list: Option<Vec<Backup>>,
    },
    ChangedOnDisk {
        path: PathBuf,
    },
    SaveFailed(String),
}

/// The app's safety state: folders, autosave timing, and the jobs.
pub struct Safety {
    /// Where unsaved work is written; `None` writes none (tests that do
    /// not set one never touch the user's folder).
    recovery_folder: Option<PathBuf>,
    /// Where replaced versions are kept; `None` keeps none.
    backups_folder: Option<PathBuf>,
    /// How long after an edit its recovery file is written.
    pub autosave_delay: Duration,
    /// Injected failures for the app's saves (tests); none in production.
    pub faults: Arc<dyn Faults>,
    /// The revision whose recovery file is on disk.
    autosaved: Option<u64>,
    /// Since when the workspace has changes not yet in the recovery file.
    unsaved_since: Option<Instant>,
    autosaving: bool,
    sender: Sender<SafetyJob>,
    jobs: Receiver<SafetyJob>,
    running: usize,
    pub dialog: Option<SafetyDialog>,
    /// Whether the list of the file's problems is showing.
    pub show_problems: bool,
    /// Identifies this running Accord in the recovery entries it writes.
    instance: uuid::Uuid,
    /// Held while this Accord runs, so another one started meanwhile does
    /// not take this one's autosaves for work left by a crash.
    claim: Option<std::fs::File>,
}

impl Default for Safety {
    fn default() -> Self {
        let (sender, jobs) = channel();
        Self {
            recovery_folder: None,
            backups_folder: None,
            autosave_delay: AUTOSAVE_DELAY,
            faults: Arc::new(NoFaults),
            autosaved: None,
            unsaved_since: None,
            autosaving: false,
            sender,
            jobs,
            running: 0,
            dialog: None,
            show_problems: false,
            instance: uuid::Uuid::new_v4(),
            claim: None,
        }
    }
}

impl Safety {
    fn spawn(&mut self, job: impl FnOnce() -> SafetyJob + Send + 'static) {
        let sender = self.sender.clone();
        self.running += 1;
        std::thread::spawn(move || {
            let _ = sender.send(job());
        });
    }

    /// Removes the recovery entry `id` (saved, discarded or replaced).
    pub fn forget(&mut self, id: uuid::Uuid) {
        self.autosaved = None;
        self.unsaved_since = None;
        if let Some(folder) = self.recovery_folder.clone() {
            self.spawn(move || {
                let _ = recovery::remove(&folder, id);
                SafetyJob::Done
            });
        }
    }

    pub fn recovery_folder(&self) -> Option<&Path> {
        self.recovery_folder.as_deref()
    }

    pub fn backups_folder(&self) -> Option<&Path> {
        self.backups_folder.as_deref()
    }
}

/// The file name to suggest for Save As of a document that must not be
/// saved over its file: `department (repaired).accord.json`.
pub fn new_name_for(origin: &Path, what: &str) -> String {
    let name = origin.file_name().map_or_else(
        || "workspace.accord.json".into(),
        |name| name.to_string_lossy(),
    );
    let (stem, extension) = match name.find('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (&name[..], ".accord.json"),
    };
    format!("{stem} ({what}){extension}")
}

/// Serialises `workspace` on a save or autosave thread. First it sends the
/// UI thread a copy made here, so an edit made while this thread serialises
/// changes that copy instead of copying the workspace on the UI thread.
fn serialise(workspace: Arc<Workspace>, copies: &Sender<SafetyJob>) -> Vec<u8> {
    let copy = Box::new(Workspace::clone(&workspace));
    let _ = copies.send(SafetyJob::Copy {
        original: Arc::downgrade(&workspace),
        copy,
    });
    storage::format::to_bytes(&workspace)
}

fn local_time(time: chrono::DateTime<chrono::Utc>) -> String {
    time.with_timezone(&chrono::Local)
        .format("%-d %B %Y, %H:%M:%S")
        .to_string()
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
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
            self.status = "No recovery folder is set.".to_owned();
            return;
        };
        let own = self.session.as_ref().map(|session| session.recovery_id);
        let instance = (self.safety.claim.is_none()).then_some(self.safety.instance);
        self.safety.spawn(move || {
            // Claimed first, so two Accords starting at once cannot both
            // take the other's autosaves for crash leftovers.
            let claim = instance.map(|instance| recovery::claim_instance(&folder, instance));
            let mut entries = recovery::list_left_behind(&folder);
            // The open document's own entry is not "left by a crash".
            entries.retain(|entry| Some(entry.info.id) != own);
            SafetyJob::Recoverable {
                entries,
                asked,
                claim,
            }
        });
    }

    /// Waits for the safety jobs (tests, and before quitting).
    pub fn finish_safety_jobs(&mut self) {
        while self.safety.running > 0 {
            match self.safety.jobs.recv() {
                Ok(job) => self.safety_job_done(job),
                Err(_) => break,
            }
        }
    }

    /// Once a frame: job results, autosave, and the focus check.
    pub(super) fn safety_frame(&mut self, ctx: &egui::Context) {
        while let Ok(job) = self.safety.jobs.try_recv() {
            self.safety_job_done(job);
        }
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
        if self.safety.running > 0 {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
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
                self.safety.forget(id);
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
            ctx.request_repaint_after(self.safety.autosave_delay - waited);
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
        };
        let workspace = session.shared_workspace();
        self.safety.autosaving = true;
        self.safety.unsaved_since = None;
        let copies = self.safety.sender.clone();
        self.safety.spawn(move || {
            let bytes = serialise(workspace, &copies);
            SafetyJob::Autosaved {
                id: info.id,
                revision,
                result: recovery::write_bytes(&folder, &info, &bytes),
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
        self.safety.spawn(move || SafetyJob::DiskChecked {
            hash: storage::hash_of_file(&path),
            path,
        });
    }

    fn safety_job_done(&mut self, job: SafetyJob) {
        if let SafetyJob::Copy { original, copy } = job {
            let unwanted = match self.session.as_mut() {
                Some(session) => session.adopt_copy(&original, copy).err(),
                None => Some(copy),
            };
            // Freeing a large workspace takes time: not on the UI thread.
            if let Some(unwanted) = unwanted {
                std::thread::spawn(move || drop(unwanted));
            }
            return;
        }
        self.safety.running = self.safety.running.saturating_sub(1);
        match job {
            SafetyJob::Done | SafetyJob::Copy { .. } => {}
            SafetyJob::Autosaved {
                id,
                revision,
                result,
            } => {
                self.safety.autosaving = false;
                let current = self.session.as_ref().map(|session| session.recovery_id);
                match result {
                    // Written for a document closed meanwhile: not wanted.
                    Ok(()) if current != Some(id) => self.safety.forget(id),
                    Ok(()) => self.safety.autosaved = Some(revision),
                    Err(error) => {
                        self.status = format!("Could not write the recovery file: {error}");
                    }
                }
            }
            SafetyJob::Recoverable {
                entries,
                asked,
                claim,
            } => {
                match claim {
                    Some(Ok(file)) => self.safety.claim = Some(file),
                    Some(Err(error)) => {
                        self.status = format!("The recovery folder cannot be used: {error}");
                    }
                    None => {}
                }
                if !entries.is_empty() {
                    self.safety.dialog = Some(SafetyDialog::Recover(entries));
                } else if asked {
                    self.status = "No unsaved work to recover.".to_owned();
                }
            }
            SafetyJob::Restored(entry, Ok(opened)) => {
                let info = entry.info;
                self.open_session(opened.workspace, info.original.clone());
                if let Some(session) = self.session.as_mut() {
                    session.mark_unsaved(info.changes);
                    session.recovery_id = info.id;
                    session.disk_hash = info.base_hash;
                    // A never-saved workspace keeps no path; Save asks for one.
                }
                self.status = format!(
                    "Restored {} unsaved change{} from {}",
                    info.changes,
                    if info.changes == 1 { "" } else { "s" },
                    local_time(info.saved_at)
                );
            }
            SafetyJob::Restored(_, Err(error)) => {
                self.dialog = Some(super::dialogs::Dialog::Error(super::open_error_text(
                    &error,
                )));
            }
            SafetyJob::Backups(original, list) => {
                if let Some(SafetyDialog::Backups {
                    original: showing,
                    list: shown,
                }) = self.safety.dialog.as_mut()
                    && *showing == original
                {
                    *shown = Some(list);
                }
            }
            SafetyJob::BackupOpened {
                original,
                saved_at,
                result: Ok(opened),
            } => {
                self.open_session(opened.workspace, None);
                if let Some(session) = self.session.as_mut() {
                    session.origin = Some(original.clone());
                    session.problems = opened.problems;
                    session.mark_unsaved(1);
                }
                self.status = format!(
                    "The backup of {} from {saved_at} is open as a new, unsaved document.",
                    file_name(&original)
                );
            }
            SafetyJob::BackupOpened {
                result: Err(error), ..
            } => {
                self.dialog = Some(super::dialogs::Dialog::Error(super::open_error_text(
                    &error,
                )));
            }
            SafetyJob::DiskChecked { path, hash } => {
                let Some(session) = self.session.as_ref() else {
                    return;
                };
                if session.path.as_ref() != Some(&path) {
                    return;
                }
                match hash {
                    None => {
                        self.status = format!(
                            "{} is no longer there; Save will write it again.",
                            path.display()
                        );
                    }
                    Some(hash) if Some(hash) != session.disk_hash => {
                        self.safety.dialog = Some(SafetyDialog::ChangedOnDisk { path });
                    }
                    Some(_) => {}
                }
            }
            SafetyJob::KeptThenReload(path, Ok(())) => {
                // The kept copy has an id of its own, so replacing the
                // session does not remove it.
                self.start_open(path);
                self.status =
                    "Your version is kept: File > Recover unsaved work… brings it back.".to_owned();
            }
            SafetyJob::KeptThenReload(_, Err(error)) => {
                self.dialog = Some(super::dialogs::Dialog::Error(format!(
                    "Your version could not be kept as a recovery file, so the file was not reloaded: {error}"
                )));
            }
        }
    }

    /// A file read by the open job: a damaged file opens in the repair view
    /// (its file left alone until the user saves under a new name), a newer
    /// one read-only.
    pub(super) fn opened_file(&mut self, path: PathBuf, opened: Opened) {
        let damaged = !opened.problems.is_empty();
        let newer = opened.newer_version;
        self.open_session(opened.workspace, Some(path.clone()));
        let Some(session) = self.session.as_mut() else {
            return;
        };
        session.disk_hash = Some(opened.hash);
        session.problems = opened.problems;
        if let Some(version) = newer {
            session.read_only = Some(format!(
                "Read-only: {} was written by a newer version of Accord (format version {version}; this one reads up to {}). Update Accord to change it.",
                file_name(&path),
                storage::FORMAT_VERSION
            ));
        }
        if let Some(reason) = opened.read_only {
            session.read_only.get_or_insert(reason);
        }
        if damaged || session.read_only.is_some() {
            // Save must not write over the file: it asks for a new name.
            session.path = None;
            session.origin = Some(path.clone());
            self.safety.show_problems = damaged;
            self.status = format!(
                "Opened {} with problems; it has not been changed.",
                path.display()
            );
        } else {
            self.status = format!("Opened {}", path.display());
        }
    }

    /// The suggested name for Save As.
    pub(super) fn save_as_name(session: &Session) -> String {
        match (&session.path, &session.origin) {
            (Some(path), _) => file_name(path),
            (None, Some(origin)) if session.read_only.is_some() => new_name_for(origin, "copy"),
            (None, Some(origin)) if !session.problems.is_empty() => {
                new_name_for(origin, "repaired")
            }
            (None, Some(origin)) => new_name_for(origin, "restored"),
            (None, None) => "workspace.accord.json".to_owned(),
        }
    }

    /// The job of an app save: checks the file is still the one opened,
    /// keeps the replaced version as a backup, writes it atomically.
    pub(super) fn save_job(
        &self,
        workspace: Arc<Workspace>,
        path: PathBuf,
        expected: Option<u64>,
    ) -> impl FnOnce() -> Result<u64, SaveFailure> + Send + 'static {
        let backups = self.safety.backups_folder.clone();
        let faults = Arc::clone(&self.safety.faults);
        let copies = self.safety.sender.clone();
        move || {
            let bytes = serialise(workspace, &copies);
            storage::save_bytes_checked(
                &bytes,
                &storage::SaveRequest {
                    path: &path,
                    expected,
                    backups: backups.as_deref(),
                    faults: faults.as_ref(),
                },
            )
        }
    }

    /// A save that did not happen: the document stays open and unsaved.
    pub(super) fn save_failed(&mut self, path: PathBuf, failure: SaveFailure) {
        self.after_save = None;
        self.status = "Not saved".to_owned();
        self.safety.dialog = Some(match failure {
            SaveFailure::ChangedOnDisk { .. } => SafetyDialog::ChangedOnDisk { path },
            SaveFailure::Write(error) => SafetyDialog::SaveFailed(format!(
                "{}\n\nYour changes are still here, unsaved; the file on disk is unchanged.",
                error.plain_words()
            )),
        });
    }

    /// Refuses edits to a read-only document; true when `action` was refused.
    pub(super) fn refused_as_read_only(&mut self, action: &Action) -> bool {
        let read_only = self
            .session
            .as_ref()
            .is_some_and(|session| session.read_only.is_some());
        let edits = matches!(
            action,
            Action::Edit(_) | Action::New(_) | Action::AddTo(_) | Action::AskDelete(_)
        ) || matches!(
            action,
            Action::Command(
                super::commands::UiCommand::WorkspaceSettings
                    | super::commands::UiCommand::Undo
                    | super::commands::UiCommand::Redo
                    | super::commands::UiCommand::RedoAlternative
            )
        );
        if read_only && edits {
            self.status =
                "This workspace is read-only: it was written by a newer version of Accord."
                    .to_owned();
        }
        read_only && edits
    }

    /// File > Restore from backup…
    pub(super) fn show_backups(&mut self) {
        let Some(original) = self
            .session
            .as_ref()
            .and_then(|session| session.path.clone().or_else(|| session.origin.clone()))
        else {
            self.status =
                "Backups are kept for saved workspaces; this one has no file yet.".to_owned();
            return;
        };
        let Some(root) = self.safety.backups_folder.clone() else {
            self.status = "No backups folder is set.".to_owned();
            return;
        };
        self.safety.dialog = Some(SafetyDialog::Backups {
            original: original.clone(),
            list: None,
        });
        self.safety.spawn(move || {
            let list = storage::backups::list(&root, &original);
            SafetyJob::Backups(original, list)
        });
    }

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
                    ui.label(
                        RichText::new(format!(
                            "This file has {count} problem{}. Nothing is written until you save, and Save asks for a new name.",
                            if count == 1 { "" } else { "s" }
                        ))
                        .color(warn),
                    );
                    let label = if self.safety.show_problems {
                        "Hide the problems"
                    } else {
                        "Show the problems"
                    };
                    if ui.button(label).clicked() {
                        self.safety.show_problems = !self.safety.show_problems;
                    }
                }
            });
        });
    }

    /// The safety dialogs and the repair view's list of problems.
    pub(super) fn safety_ui(&mut self, ctx: &egui::Context) {
        self.problems_window(ctx);
        if self.dialog.is_some() {
            return;
        }
        if let Some(dialog) = self.safety.dialog.take() {
            self.safety.dialog = match dialog {
                SafetyDialog::Recover(entries) => self.recover_dialog(ctx, entries),
                SafetyDialog::Backups { original, list } => {
                    self.backups_dialog(ctx, original, list)
                }
                SafetyDialog::ChangedOnDisk { path } => self.changed_on_disk_dialog(ctx, path),
                SafetyDialog::SaveFailed(message) => self.save_failed_dialog(ctx, message),
            };
        }
    }

    fn problems_window(&mut self, ctx: &egui::Context) {
        if !self.safety.show_problems {
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
        egui::Window::new("Problems in this file")
            .open(&mut open)
            .default_width(560.0)
            .default_pos(egui::pos2(200.0, 420.0))
            .show(ctx, |ui| {
                ui.label(
                    "Records that could not be read are left out; the rest are as in the file.",
                );
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        for problem in &session.problems {
                            ui.horizontal_wrapped(|ui| {
                                if let Some(record) = problem.record
                                    && session.workspace().contains(record)
                                    && ui.small_button("Go to record").clicked()
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
            self.safety.show_problems = false;
        }
        if let Some(record) = go {
            self.go(Route::Record(record));
        }
    }

    fn recover_dialog(
        &mut self,
        ctx: &egui::Context,
        mut entries: Vec<Entry>,
    ) -> Option<SafetyDialog> {
        let mut restore = None;
        let mut discard = None;
        let mut later = false;
        egui::Modal::new(egui::Id::unique("recover")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Unsaved work was found");
            ui.label("Accord closed before these changes were saved. Restore them, or discard them for good.");
            ui.add_space(6.0);
            for (index, entry) in entries.iter().enumerate() {
                let info = &entry.info;
                let what = info
                    .original
                    .as_deref()
                    .map_or_else(|| format!("“{}” (never saved)", info.workspace_name), file_name);
                ui.group(|ui| {
                    ui.label(RichText::new(what).strong());
                    if let Some(folder) = info.original.as_deref().and_then(Path::parent) {
                        ui.weak(format!("in {}", folder.display()));
                    }
                    ui.label(format!(
                        "{} unsaved change{}, written {} — {} records",
                        info.changes,
                        if info.changes == 1 { "" } else { "s" },
                        local_time(info.saved_at),
                        info.records
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
                return Some(SafetyDialog::Recover(entries));
            }
            let entry = entries.remove(index);
            self.safety.spawn(move || {
                let result = recovery::load(&entry);
                SafetyJob::Restored(entry, result)
            });
            return None;
        }
        if let Some(index) = discard {
            let entry = entries.remove(index);
            self.safety.forget(entry.info.id);
        }
        (!later && !entries.is_empty()).then_some(SafetyDialog::Recover(entries))
    }

    fn backups_dialog(
        &mut self,
        ctx: &egui::Context,
        original: PathBuf,
        list: Option<Vec<Backup>>,
    ) -> Option<SafetyDialog> {
        let mut open = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("backups")).show(ctx, |ui| {
            ui.set_min_width(520.0);
            ui.heading("Restore from backup");
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
                                    Ok(counts) => ui.label(format!("{} records", counts.total())),
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
                return Some(SafetyDialog::Backups { original, list });
            }
            let saved_at = local_time(backup.saved_at);
            self.safety.spawn(move || SafetyJob::BackupOpened {
                result: storage::open_lenient(&backup.path),
                original,
                saved_at,
            });
            return None;
        }
        (!close).then_some(SafetyDialog::Backups { original, list })
    }

    fn changed_on_disk_dialog(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
    ) -> Option<SafetyDialog> {
        let can_keep = self.safety.recovery_folder.is_some();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("changed_on_disk")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Changed by someone else");
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
            None => Some(SafetyDialog::ChangedOnDisk { path }),
        }
    }

    /// Writes the open document to a recovery entry of its own, then
    /// reloads the file from disk.
    fn keep_then_reload(&mut self, path: PathBuf) {
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
        };
        let workspace = session.shared_workspace();
        self.safety.spawn(move || {
            let result = recovery::write(&folder, &info, &workspace);
            SafetyJob::KeptThenReload(path, result)
        });
    }

    fn save_failed_dialog(&mut self, ctx: &egui::Context, message: String) -> Option<SafetyDialog> {
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save_failed")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Not saved");
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
            None => Some(SafetyDialog::SaveFailed(message)),
        }
    }
}
