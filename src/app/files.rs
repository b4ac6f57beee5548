//! Opening and saving, as the app does them: asking Save / Discard /
//! Cancel before dropping unsaved changes, the file dialog or a typed path,
//! the open and save jobs, and what a damaged, newer or failed file means
//! for the open document.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::AccordApp;
use super::dialogs::{self, Dialog, Pending};
use super::file_dialog::Choice;
use super::jobs::{CopySink, JobResult, Shown};
use crate::model::{Lineage, Workspace};
use crate::session::Session;
use crate::storage::{self, OpenError, Opened, Protection, SaveFailure};
use crate::tr;
use zeroize::Zeroizing;

/// The sample workspace, built in so it opens on any machine.
const SAMPLE_WORKSPACE: &str = include_str!("../../sample-data/sample.accord.json");

impl AccordApp {
    /// Does `pending` now, or first asks Save / Discard / Cancel when it
    /// would drop unsaved changes.
    pub(super) fn request(&mut self, pending: Pending) {
        if self.is_modified() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.proceed(pending);
        }
    }

    /// Does `pending` without asking.
    pub(super) fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::New => {
                self.open_session(Workspace::new(tr!("app-new-workspace-name")), None);
                self.status = tr!("app-status-new-workspace");
            }
            Pending::ChooseFile => match self.chooser.choose_open() {
                Choice::Path(path) => self.start_open(path),
                Choice::Cancelled => {}
                Choice::Unavailable => {
                    self.dialog = Some(Dialog::Path {
                        purpose: dialogs::PathPurpose::Open,
                        text: String::new(),
                    });
                }
            },
            Pending::Open(path) => self.start_open(path),
            Pending::Sample => match storage::format::from_str(SAMPLE_WORKSPACE) {
                Ok(workspace) => {
                    self.open_session(workspace, None);
                    self.status = tr!("app-status-sample");
                }
                Err(error) => {
                    self.dialog = Some(Dialog::Error(tr!(
                        "app-error-sample-damaged",
                        error = error.to_string()
                    )));
                }
            },
            Pending::Quit => {
                self.close_confirmed = true;
                self.quit_requested = true;
            }
        }
    }

    /// Opens `path` in a job; an encrypted file opens with the session's
    /// key when it is the session's (a reload), or asks for its passphrase.
    pub(super) fn start_open(&mut self, path: PathBuf) {
        let unlock = self.session_unlock();
        self.start_unlocked(dialogs::Locked::Open(path), unlock);
    }

    /// Saves to the session's file, or asks where when it has none.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        self.after_save = then;
        if let Some(path) = session.path.clone() {
            self.start_save(path);
        } else {
            self.save_as();
        }
    }

    pub(super) fn save_as(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let suggested = Self::save_as_name(session);
        let folder = session_folder(session);
        match self
            .chooser
            .choose_save(folder.as_deref(), &suggested, "json")
        {
            Choice::Path(path) => self.start_save(path),
            Choice::Cancelled => self.after_save = None,
            Choice::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose: dialogs::PathPurpose::SaveAs,
                    text: in_folder(folder.as_deref(), &suggested),
                });
            }
        }
    }

    pub(super) fn start_save(&mut self, path: PathBuf) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        // The thread gets this very state (an Arc, no copy) and does all
        // the work: serialising, checking the file on disk, writing.
        let expected = if session.path.as_ref() == Some(&path) {
            session.disk_hash
        } else {
            None
        };
        let save = self.save_job(
            session.shared_workspace(),
            path.clone(),
            expected,
            session.protection.clone(),
        );
        let state_id = session.state_id();
        self.status = tr!("app-status-saving", path = path.display().to_string());
        self.jobs
            .spawn(Shown::InStatusBar, move || JobResult::Saved {
                result: save(),
                path,
                state_id,
            });
    }

    /// A file read by the open job: a damaged file opens in the repair view
    /// (its file left alone until the user saves under a new name), a newer
    /// one read-only.
    pub(super) fn opened_file(&mut self, path: &Path, opened: Opened) {
        let damaged = !opened.problems.is_empty();
        let newer = opened.newer_version;
        self.open_session(opened.workspace, Some(path.to_owned()));
        let Some(session) = self.session.as_mut() else {
            return;
        };
        session.disk_hash = Some(opened.hash);
        session.protection = opened.protection;
        session.problems = opened.problems;
        if let Some(version) = newer {
            let reason = tr!(
                "app-read-only-newer",
                file = file_name(path),
                version = version.to_string(),
                supported = storage::FORMAT_VERSION.to_string()
            );
            session.read_only = Some(tr!("app-read-only", reason = reason));
        }
        if let Some(reason) = opened.read_only {
            session.read_only.get_or_insert(reason);
        }
        if damaged || session.read_only.is_some() {
            // Save must not write over the file: it asks for a new name.
            session.path = None;
            session.origin = Some(path.to_owned());
            self.repair.show_problems = damaged;
            self.status = tr!(
                "app-status-opened-with-problems",
                path = path.display().to_string()
            );
        } else {
            self.status = tr!("app-status-opened", path = path.display().to_string());
            self.offer_recorded_conflicts(path);
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
        protection: Protection,
    ) -> impl FnOnce() -> Result<(u64, Option<Lineage>), SaveFailure> + Send + 'static {
        let backups = self.safety.backups_folder.clone();
        let faults = Arc::clone(&self.safety.faults);
        let copies = self.jobs.copy_sink();
        move || {
            let bytes = serialise(&workspace, &copies);
            // Which version was written, so the next one names it as parent.
            let lineage = storage::format::lineage_in(&bytes);
            storage::save_bytes_checked(
                &bytes,
                &storage::SaveRequest {
                    path: &path,
                    expected,
                    backups: backups.as_deref(),
                    faults: faults.as_ref(),
                    protection: &protection,
                },
            )
            .map(|hash| (hash, lineage))
        }
    }

    /// A save that did not happen: the document stays open and unsaved.
    pub(super) fn save_failed(&mut self, path: PathBuf, failure: SaveFailure) {
        self.after_save = None;
        self.status = tr!("app-status-not-saved");
        self.safety_dialog = Some(match failure {
            SaveFailure::ChangedOnDisk { .. } => Dialog::ChangedOnDisk { path },
            SaveFailure::Write(error) => Dialog::SaveFailed(format!(
                "{}\n\n{}",
                error.plain_words(),
                tr!("app-save-failed-unchanged")
            )),
        });
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
/// The bytes are zeroed when dropped: for an encrypted workspace they are
/// the only clear copy, and only ever in memory.
pub(super) fn serialise(workspace: &Arc<Workspace>, copies: &CopySink) -> Zeroizing<Vec<u8>> {
    copies.send_copy_of(workspace);
    Zeroizing::new(storage::format::to_bytes(workspace))
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// A load failure as shown to the user: what, where, and every problem.
pub(super) fn open_error_text(error: &OpenError) -> String {
    match error {
        OpenError::Read { .. } => error.to_string(),
        OpenError::Encrypted { path, failure } => format!(
            "{}\n\n{}",
            tr!("app-open-failed", path = path.display().to_string()),
            plain_failure(failure)
        ),
        OpenError::Load { path, .. } => {
            let problems = error.problems();
            format!(
                "{}\n\n{}",
                tr!("app-open-failed", path = path.display().to_string()),
                problems.join("\n")
            )
        }
    }
}

/// Why an encrypted file did not open, in a sentence that begins with a
/// capital letter.
fn plain_failure(failure: &storage::DecryptFailure) -> String {
    let text = failure.to_string();
    let mut letters = text.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect::<String>() + "."
    })
}

/// The folder a save proposes: the open file's, or the one it was
/// restored or repaired from.
pub(super) fn session_folder(session: &Session) -> Option<PathBuf> {
    session
        .path
        .as_deref()
        .or(session.origin.as_deref())
        .and_then(Path::parent)
        .filter(|folder| !folder.as_os_str().is_empty())
        .map(Path::to_path_buf)
}

/// The path typed into the save dialog where no native one opens: the
/// proposed name in the proposed folder.
pub(super) fn in_folder(folder: Option<&Path>, name: &str) -> String {
    folder.map_or_else(
        || name.to_owned(),
        |folder| folder.join(name).display().to_string(),
    )
}
