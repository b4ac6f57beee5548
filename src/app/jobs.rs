//! The one job system: file work (open, save, autosave, recovery, backups,
//! the changed-on-disk check) and exports run on threads spawned here; the
//! UI thread starts them, and once a frame takes in what they report as one
//! [`JobResult`] type, handled in [`AccordApp::job_done`].

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;

use super::AccordApp;
use super::dialogs::{Dialog, Locked};
use crate::model::Workspace;
use crate::storage::backups::Backup;
use crate::storage::recovery::Entry;
use crate::storage::{self, OpenError, Opened};
use crate::tr;

/// What a finished job reports.
pub(crate) enum JobResult {
    Opened(PathBuf, Result<storage::Opened, OpenError>),
    Saved {
        path: PathBuf,
        state_id: u64,
        /// The new file's hash and the version it is.
        result: Result<(u64, Option<crate::model::Lineage>), storage::SaveFailure>,
    },
    Exported(PathBuf, Result<(), String>),
    /// The likely duplicates found (Edit > Likely duplicates…), in the
    /// revision they were looked for in.
    Duplicates(u64, Vec<crate::merge::duplicates::LikelyDuplicate>),
    /// The report of a merge applied here, kept with the backups (or why not).
    MergeReportKept(Result<PathBuf, String>),
    /// The other copy read and the merge planned (File > Merge a copy…).
    MergePlanned(PathBuf, Result<Box<super::merging::PlannedMerge>, String>),
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
        /// The kept copy itself, to ask for its passphrase again.
        path: PathBuf,
        saved_at: String,
        result: Result<Opened, OpenError>,
    },
    /// The key for File > Encrypt… or Change passphrase…, made.
    KeyMade(Result<storage::WorkspaceKey, String>),
    /// The idle lock's passphrase, checked.
    LockChecked(Result<(), String>),
    DiskChecked {
        path: PathBuf,
        hash: Option<u64>,
    },
    /// Your version was kept as a recovery file before reloading theirs.
    KeptThenReload(PathBuf, std::io::Result<()>),
    /// Nothing to report (a recovery file removed, a copy freed).
    Done,
    /// The job panicked: a bug, reported instead of leaving the app
    /// waiting for a result that never comes.
    Panicked(String),
}

/// Whether the status bar shows a spinner while a job runs: for what the
/// user asked for (open, save, export), not for autosaves and checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shown {
    InStatusBar,
    Quietly,
}

/// What comes back from a job thread.
#[expect(
    clippy::large_enum_variant,
    reason = "one report per job; boxing buys nothing"
)]
enum Report {
    Finished(Shown, JobResult),
    /// A copy of the workspace a save thread holds, sent before it is done
    /// (see [`CopySink`]).
    Copy(WorkspaceCopy),
}

/// A copy of the workspace made on a save thread, from `original`.
pub(crate) struct WorkspaceCopy {
    original: Weak<Workspace>,
    copy: Box<Workspace>,
}

/// Where a save or autosave thread sends the copy it makes, so an edit
/// made while it serialises changes that copy instead of copying the
/// workspace on the UI thread.
#[derive(Clone)]
pub(crate) struct CopySink(Sender<Report>);

impl CopySink {
    /// Sends the UI thread a copy of `workspace`, made on this thread.
    pub(crate) fn send_copy_of(&self, workspace: &Arc<Workspace>) {
        let copy = Box::new(Workspace::clone(workspace));
        let _ = self.0.send(Report::Copy(WorkspaceCopy {
            original: Arc::downgrade(workspace),
            copy,
        }));
    }
}

/// The jobs running and the channel they report on.
pub(crate) struct Jobs {
    sender: Sender<Report>,
    reports: Receiver<Report>,
    running: usize,
    shown_running: usize,
}

impl Default for Jobs {
    fn default() -> Self {
        let (sender, reports) = channel();
        Self {
            sender,
            reports,
            running: 0,
            shown_running: 0,
        }
    }
}

impl Jobs {
    /// Runs `job` on a thread of its own; its result comes back through
    /// [`AccordApp::job_done`].
    pub(crate) fn spawn(&mut self, shown: Shown, job: impl FnOnce() -> JobResult + Send + 'static) {
        let sender = self.sender.clone();
        self.running += 1;
        if shown == Shown::InStatusBar {
            self.shown_running += 1;
        }
        let language = crate::i18n::current();
        std::thread::spawn(move || {
            crate::i18n::set_current(language);
            // A job that panics still reports, so that `finish_jobs` (and
            // quitting) never waits for it forever.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job))
                .unwrap_or_else(|panic| JobResult::Panicked(panic_text(panic.as_ref())));
            let _ = sender.send(Report::Finished(shown, result));
        });
    }

    /// Where a job sends the copy of the workspace it makes.
    pub(crate) fn copy_sink(&self) -> CopySink {
        CopySink(self.sender.clone())
    }

    /// Whether a job the status bar shows is running.
    pub(crate) fn shows_spinner(&self) -> bool {
        self.shown_running > 0
    }

    fn received(&mut self, report: &Report) {
        if let Report::Finished(shown, _) = report {
            self.running = self.running.saturating_sub(1);
            if *shown == Shown::InStatusBar {
                self.shown_running = self.shown_running.saturating_sub(1);
            }
        }
    }

    /// A report that has arrived, without waiting.
    fn try_next(&mut self) -> Option<Report> {
        let report = self.reports.try_recv().ok()?;
        self.received(&report);
        Some(report)
    }

    /// The next report, waiting for it; `None` once no job is running.
    fn wait_next(&mut self) -> Option<Report> {
        if self.running == 0 {
            return None;
        }
        let report = self.reports.recv().ok()?;
        self.received(&report);
        Some(report)
    }
}

/// What a panic said, if it said it in text.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned())
}

impl AccordApp {
    /// Takes in what the jobs reported since the last frame.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        while let Some(report) = self.jobs.try_next() {
            self.report_arrived(report);
        }
        if self.jobs.running > 0 {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    /// Waits for every job to finish (tests, and before quitting), and for
    /// the jobs their results start.
    pub fn finish_jobs(&mut self) {
        while let Some(report) = self.jobs.wait_next() {
            self.report_arrived(report);
        }
    }

    fn report_arrived(&mut self, report: Report) {
        match report {
            Report::Finished(_, result) => self.job_done(result),
            Report::Copy(WorkspaceCopy { original, copy }) => {
                let unwanted = match self.session.as_mut() {
                    Some(session) => session.adopt_copy(&original, copy).err(),
                    None => Some(copy),
                };
                // Freeing a large workspace takes time: not on the UI thread.
                if let Some(unwanted) = unwanted {
                    self.jobs.spawn(Shown::Quietly, move || {
                        drop(unwanted);
                        JobResult::Done
                    });
                }
            }
        }
    }

    /// What a finished job changes in the app.
    fn job_done(&mut self, result: JobResult) {
        match result {
            JobResult::Done => {}
            JobResult::Panicked(message) => {
                // Which job it was is unknown: nothing waits on it any more,
                // and the next autosave may start.
                self.after_save = None;
                self.safety.autosaving = false;
                self.status = tr!("app-status-background-failed");
                self.dialog = Some(Dialog::Error(tr!(
                    "app-error-background-bug",
                    message = message
                )));
            }
            JobResult::Opened(path, Ok(opened)) => self.opened_file(&path, opened),
            JobResult::MergePlanned(path, planned) => self.merge_planned(path, planned),
            JobResult::MergeReportKept(kept) => self.merge_report_kept(kept),
            JobResult::Duplicates(revision, pairs) => self.duplicates_found(revision, pairs),
            JobResult::KeyMade(key) => self.key_made(key),
            JobResult::LockChecked(result) => self.lock_checked(result),
            JobResult::Opened(path, Err(error)) => {
                if self.ask_passphrase_if_needed(&Locked::Open(path.clone()), &error) {
                    return;
                }
                self.status = tr!(
                    "app-status-could-not-open",
                    path = path.display().to_string()
                );
                self.dialog = Some(Dialog::Error(super::files::open_error_text(&error)));
            }
            JobResult::Saved {
                path,
                state_id,
                result: Ok((hash, lineage)),
            } => {
                self.settings.remember(&path);
                self.status = tr!("app-status-saved-file", path = path.display().to_string());
                if let Some(session) = self.session.as_mut() {
                    session.mark_saved(path, state_id);
                    if let Some(lineage) = lineage {
                        session.saved_version(lineage);
                    }
                    session.disk_hash = Some(hash);
                    session.problems.clear();
                    session.origin = None;
                    if !session.is_modified() {
                        let id = session.recovery_id;
                        self.forget_recovery(id);
                    }
                }
                if let Some(pending) = self.after_save.take() {
                    self.proceed(pending);
                }
            }
            JobResult::Saved {
                path,
                result: Err(failure),
                ..
            } => self.save_failed(path, failure),
            JobResult::Exported(path, Ok(())) => {
                self.status = tr!("app-status-exported", path = path.display().to_string());
            }
            JobResult::Exported(path, Err(error)) => {
                self.status = tr!("app-status-not-exported");
                self.dialog = Some(Dialog::Error(tr!(
                    "app-error-export",
                    path = path.display().to_string(),
                    error = error
                )));
            }
            JobResult::Autosaved {
                id,
                revision,
                result,
            } => {
                self.safety.autosaving = false;
                let current = self.session.as_ref().map(|session| session.recovery_id);
                match result {
                    // Written for a document closed meanwhile: not wanted.
                    Ok(()) if current != Some(id) => self.forget_recovery(id),
                    Ok(()) => self.safety.autosaved = Some(revision),
                    Err(error) => {
                        self.status = tr!(
                            "app-status-recovery-write-failed",
                            error = error.to_string()
                        );
                    }
                }
            }
            JobResult::Recoverable {
                entries,
                asked,
                claim,
            } => {
                match claim {
                    Some(Ok(file)) => self.safety.claim = Some(file),
                    Some(Err(error)) => {
                        self.status = tr!(
                            "app-status-recovery-folder-unusable",
                            error = error.to_string()
                        );
                    }
                    None => {}
                }
                if !entries.is_empty() {
                    self.safety_dialog = Some(Dialog::Recover(entries));
                } else if asked {
                    self.status = tr!("app-status-nothing-to-recover");
                }
            }
            JobResult::Restored(entry, Ok(opened)) => {
                let info = entry.info;
                self.open_session(opened.workspace, info.original.clone());
                if let Some(session) = self.session.as_mut() {
                    session.mark_unsaved(info.changes);
                    session.recovery_id = info.id;
                    session.disk_hash = info.base_hash;
                    session.protection = opened.protection;
                    // A never-saved workspace keeps no path; Save asks for one.
                }
                self.status = tr!(
                    "app-status-restored",
                    count = info.changes,
                    time = super::autosave::local_time(info.saved_at)
                );
            }
            JobResult::Restored(entry, Err(error)) => {
                if self.ask_passphrase_if_needed(&Locked::Restore(entry), &error) {
                    return;
                }
                self.dialog = Some(Dialog::Error(super::files::open_error_text(&error)));
            }
            JobResult::Backups(original, list) => {
                if let Some(Dialog::Backups {
                    original: showing,
                    list: shown,
                }) = self.safety_dialog.as_mut()
                    && *showing == original
                {
                    *shown = Some(list);
                }
            }
            JobResult::BackupOpened {
                original,
                saved_at,
                result: Ok(opened),
                ..
            } => {
                self.open_session(opened.workspace, None);
                if let Some(session) = self.session.as_mut() {
                    session.origin = Some(original.clone());
                    session.protection = opened.protection;
                    session.problems = opened.problems;
                    session.mark_unsaved(1);
                }
                self.status = tr!(
                    "app-status-backup-opened",
                    file = super::files::file_name(&original),
                    time = saved_at
                );
            }
            JobResult::BackupOpened {
                original,
                path,
                saved_at,
                result: Err(error),
            } => {
                let target = Locked::Backup {
                    original,
                    path,
                    saved_at,
                };
                if self.ask_passphrase_if_needed(&target, &error) {
                    return;
                }
                self.dialog = Some(Dialog::Error(super::files::open_error_text(&error)));
            }
            JobResult::DiskChecked { path, hash } => {
                let Some(session) = self.session.as_ref() else {
                    return;
                };
                if session.path.as_ref() != Some(&path) {
                    return;
                }
                match hash {
                    None => {
                        self.status =
                            tr!("app-status-file-gone", path = path.display().to_string());
                    }
                    Some(hash) if Some(hash) != session.disk_hash => {
                        self.safety_dialog = Some(Dialog::ChangedOnDisk { path });
                    }
                    Some(_) => {}
                }
            }
            JobResult::KeptThenReload(path, Ok(())) => {
                // The kept copy has an id of its own, so replacing the
                // session does not remove it.
                self.start_open(path);
                self.status = tr!("app-status-kept-version");
            }
            JobResult::KeptThenReload(_, Err(error)) => {
                self.dialog = Some(super::dialogs::Dialog::Error(tr!(
                    "app-error-keep-failed",
                    error = error.to_string()
                )));
            }
        }
    }
}
