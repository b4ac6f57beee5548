//! The passphrase dialogs of an encrypted workspace: asking for it to open
//! a file (again after a wrong one), choosing one for File > Encrypt with a
//! passphrase… and Change passphrase…, confirming Remove encryption…, and
//! the idle lock's screen, which hides the workspace until it is retyped.
//! The slow key derivation always runs as a job.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::{RichText, TextEdit};
use zeroize::Zeroize as _;

use super::Dialog;
use crate::app::AccordApp;
use crate::app::files::file_name;
use crate::app::jobs::{JobResult, Shown};
use crate::storage::encryption::{DecryptFailure, Strength, Unlock, WorkspaceKey};
use crate::storage::recovery::Entry;
use crate::storage::{self, OpenError, Protection};
use crate::tr;

/// A passphrase being typed: zeroed when the dialog lets go of it.
#[derive(Clone, Default)]
pub struct SecretText(String);

impl SecretText {
    /// The text, to give the text field.
    fn field(&mut self) -> &mut String {
        &mut self.0
    }

    /// The passphrase, for age; the field's own copy is zeroed on drop.
    fn secret(&self) -> age::secrecy::SecretString {
        age::secrecy::SecretString::from(self.0.clone())
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("SecretText(…)")
    }
}

/// What waits for a passphrase to open.
#[derive(Clone, Debug)]
pub enum Locked {
    /// A workspace file.
    Open(PathBuf),
    /// Unsaved work left by a crash.
    Restore(Entry),
    /// A kept version of the open file.
    Backup {
        original: PathBuf,
        path: PathBuf,
        saved_at: String,
    },
}

impl Locked {
    fn file(&self) -> String {
        match self {
            Self::Open(path) | Self::Backup { path, .. } => file_name(path),
            Self::Restore(entry) => entry
                .info
                .original
                .as_deref()
                .map_or_else(|| tr!("app-passphrase-unsaved-workspace"), file_name),
        }
    }
}

/// What a chosen passphrase is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewPassphrase {
    Encrypt,
    Change,
}

/// The idle lock: when the workspace was last used, and whether it is
/// hidden until the passphrase is typed again.
#[derive(Debug, Default)]
pub struct IdleLock {
    last_activity: Option<std::time::Instant>,
    locked: bool,
    text: SecretText,
    error: Option<String>,
    checking: bool,
}

use crate::storage::encryption::FORGETTING_PLAINLY as FORGETTING;

/// A dialog's two buttons: `Some(true)` when `confirm` is clicked (or
/// `confirmed` otherwise, as by Enter), `Some(false)` on Cancel or Escape.
fn answer(ui: &mut egui::Ui, confirm: &str, ready: bool, confirmed: bool) -> Option<bool> {
    ui.horizontal(|ui| {
        if ui.add_enabled(ready, egui::Button::new(confirm)).clicked() || confirmed {
            Some(true)
        } else if ui.button(tr!("common-cancel")).clicked()
            || ui.input(|input| input.key_pressed(egui::Key::Escape))
        {
            Some(false)
        } else {
            None
        }
    })
    .inner
}

impl AccordApp {
    /// What opens files of the open workspace: its key, when encrypted.
    pub(in crate::app) fn session_unlock(&self) -> Unlock {
        match self.session.as_ref().map(|session| &session.protection) {
            Some(Protection::Encrypted(key)) => Unlock::Key(Arc::clone(key)),
            _ => Unlock::Nothing,
        }
    }

    /// Opens `target` in a job, decrypting it with `unlock`.
    pub(in crate::app) fn start_unlocked(&mut self, target: Locked, unlock: Unlock) {
        match target {
            Locked::Open(path) => {
                self.status = tr!("app-status-opening", path = path.display().to_string());
                self.jobs.spawn(Shown::InStatusBar, move || {
                    let result = storage::open_lenient_unlocked(&path, &unlock);
                    JobResult::Opened(path, result)
                });
            }
            Locked::Restore(entry) => {
                self.jobs.spawn(Shown::InStatusBar, move || {
                    let result = storage::recovery::load(&entry, &unlock);
                    JobResult::Restored(entry, result)
                });
            }
            Locked::Backup {
                original,
                path,
                saved_at,
            } => {
                self.jobs
                    .spawn(Shown::InStatusBar, move || JobResult::BackupOpened {
                        result: storage::open_lenient_unlocked(&path, &unlock),
                        original,
                        path,
                        saved_at,
                    });
            }
        }
    }

    /// When `error` says `target` needs its passphrase (or was given a
    /// wrong one), asks for it and returns true.
    pub(in crate::app) fn ask_passphrase_if_needed(
        &mut self,
        target: &Locked,
        error: &OpenError,
    ) -> bool {
        let wrong = match error.decrypt_failure() {
            Some(DecryptFailure::NeedsPassphrase) => None,
            Some(DecryptFailure::WrongPassphrase) => {
                Some(tr!("app-passphrase-wrong", file = target.file()))
            }
            _ => return false,
        };
        self.status = tr!("app-status-encrypted", file = target.file());
        self.dialog = Some(Dialog::Passphrase {
            target: target.clone(),
            text: SecretText::default(),
            error: wrong,
        });
        true
    }

    pub(super) fn passphrase_dialog(
        &mut self,
        ctx: &egui::Context,
        target: Locked,
        mut text: SecretText,
        error: Option<String>,
    ) -> Option<Dialog> {
        let mut done = None;
        egui::Modal::new(egui::Id::unique("passphrase")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(tr!("app-passphrase-heading"));
            ui.label(tr!("app-passphrase-ask", file = target.file()));
            if let Some(error) = &error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            let label = ui.label(tr!("app-passphrase-label")).id;
            let response = ui
                .add(
                    TextEdit::singleline(text.field())
                        .password(true)
                        .desired_width(300.0),
                )
                .labelled_by(label);
            // Read before the focus is asked for again below.
            let entered =
                response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            // Ready to type at once; asked only while nothing has the
            // focus, so that Enter (which lets go of it) still opens.
            if !entered && ui.memory(|memory| memory.focused().is_none()) {
                response.request_focus();
            }
            let ready = !text.0.is_empty();
            done = answer(ui, &tr!("common-open"), ready, ready && entered);
        });
        match done {
            Some(true) => {
                self.start_unlocked(target, Unlock::passphrase(text.secret()));
                None
            }
            Some(false) => {
                self.status = tr!("app-status-not-opened", file = target.file());
                None
            }
            None => Some(Dialog::Passphrase {
                target,
                text,
                error,
            }),
        }
    }

    /// File > Encrypt with a passphrase… and Change passphrase…
    pub(in crate::app) fn ask_new_passphrase(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let purpose = if session.protection.is_encrypted() {
            NewPassphrase::Change
        } else {
            NewPassphrase::Encrypt
        };
        self.dialog = Some(Dialog::NewPassphrase {
            purpose,
            first: SecretText::default(),
            second: SecretText::default(),
        });
    }

    pub(super) fn new_passphrase_dialog(
        &mut self,
        ctx: &egui::Context,
        purpose: NewPassphrase,
        mut first: SecretText,
        mut second: SecretText,
    ) -> Option<Dialog> {
        let mut done = None;
        let strength = Strength::of(&first.0);
        let same = first.0 == second.0;
        let ready = strength > Strength::TooWeak && same;
        egui::Modal::new(egui::Id::unique("new_passphrase")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(match purpose {
                NewPassphrase::Encrypt => tr!("app-passphrase-encrypt-heading"),
                NewPassphrase::Change => tr!("app-passphrase-change-heading"),
            });
            ui.label(tr!("app-passphrase-covers"));
            ui.add_space(4.0);
            ui.label(
                RichText::new(FORGETTING)
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
            ui.add_space(6.0);
            egui::Grid::new("new_passphrase_grid")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(tr!("app-passphrase-label")).id;
                    ui.add(
                        TextEdit::singleline(first.field())
                            .password(true)
                            .desired_width(300.0),
                    )
                    .labelled_by(label);
                    ui.end_row();
                    let label = ui.label(tr!("app-passphrase-again")).id;
                    ui.add(
                        TextEdit::singleline(second.field())
                            .password(true)
                            .desired_width(300.0),
                    )
                    .labelled_by(label);
                    ui.end_row();
                    ui.label(tr!("app-passphrase-strength"));
                    let color = match strength {
                        Strength::TooWeak | Strength::Weak => ui.visuals().error_fg_color,
                        Strength::Fair => ui.visuals().warn_fg_color,
                        Strength::Strong => ui.visuals().text_color(),
                    };
                    ui.label(RichText::new(strength.label()).color(color));
                    ui.end_row();
                    let label = ui.label(tr!("app-passphrase-lock-after")).id;
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::DragValue::new(&mut self.settings.lock_after_minutes)
                                .range(0..=600),
                        )
                        .labelled_by(label);
                        ui.label(tr!(
                            "app-passphrase-lock-minutes",
                            count = self.settings.lock_after_minutes
                        ));
                    });
                    ui.end_row();
                });
            ui.weak(tr!("app-passphrase-advice"));
            if !same && !second.0.is_empty() {
                ui.label(
                    RichText::new(tr!("app-passphrase-differ")).color(ui.visuals().error_fg_color),
                );
            }
            ui.add_space(6.0);
            let button = match purpose {
                NewPassphrase::Encrypt => tr!("app-passphrase-encrypt"),
                NewPassphrase::Change => tr!("app-passphrase-change-heading"),
            };
            done = answer(ui, &button, ready, false);
        });
        match done {
            Some(true) => {
                let passphrase = first.secret();
                self.status = tr!("app-status-making-key");
                self.jobs.spawn(Shown::InStatusBar, move || {
                    JobResult::KeyMade(
                        WorkspaceKey::new(&passphrase).map_err(|error| error.to_string()),
                    )
                });
                None
            }
            Some(false) => None,
            None => Some(Dialog::NewPassphrase {
                purpose,
                first,
                second,
            }),
        }
    }

    /// The key for File > Encrypt… or Change passphrase… is made: from now
    /// on everything is written with it, starting with a save.
    pub(in crate::app) fn key_made(&mut self, key: Result<WorkspaceKey, String>) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        match key {
            Ok(key) => {
                let changed = session.protection.is_encrypted();
                session.protection = Protection::Encrypted(Arc::new(key));
                // The recovery file in clear (or under the old key) is
                // written again at once, with the new key.
                self.safety.autosaved = None;
                self.idle.last_activity = None;
                self.save(None);
                self.status = if changed {
                    tr!("app-status-passphrase-changed")
                } else {
                    tr!("app-status-encrypting")
                };
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(tr!("app-error-key-failed", error = error)));
            }
        }
    }

    /// File > Remove encryption…
    pub(in crate::app) fn ask_remove_encryption(&mut self) {
        if self
            .session
            .as_ref()
            .is_some_and(|session| session.protection.is_encrypted())
        {
            self.dialog = Some(Dialog::RemoveEncryption);
        }
    }

    pub(super) fn remove_encryption_dialog(&mut self, ctx: &egui::Context) -> Option<Dialog> {
        let mut done = None;
        egui::Modal::new(egui::Id::unique("remove_encryption")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr!("app-remove-encryption-heading"));
            ui.label(tr!("app-remove-encryption-text"));
            ui.add_space(6.0);
            done = answer(ui, &tr!("app-remove-encryption"), true, false);
        });
        match done {
            Some(true) => {
                if let Some(session) = self.session.as_mut() {
                    session.protection = Protection::Clear;
                }
                self.safety.autosaved = None;
                self.save(None);
                self.status = tr!("app-status-saving-in-clear");
                None
            }
            Some(false) => None,
            None => Some(Dialog::RemoveEncryption),
        }
    }

    /// How long without use locks an encrypted workspace; `None`: never.
    fn lock_after(&self) -> Option<Duration> {
        let encrypted = self
            .session
            .as_ref()
            .is_some_and(|session| session.protection.is_encrypted());
        let minutes = self.settings.lock_after_minutes;
        (encrypted && minutes > 0).then(|| Duration::from_secs(u64::from(minutes) * 60))
    }

    /// Whether the workspace is hidden behind the idle lock.
    pub fn is_locked(&self) -> bool {
        self.idle.locked
    }

    /// Once a frame: any input counts as use; long enough without locks.
    /// Returns whether the workspace is locked (then only the lock screen
    /// is drawn).
    pub(in crate::app) fn idle_frame(&mut self, ctx: &egui::Context) -> bool {
        let Some(limit) = self.lock_after() else {
            self.idle.locked = false;
            self.idle.last_activity = None;
            return false;
        };
        let now = self.stopwatch.now();
        let used = ctx.input(|input| {
            input
                .raw
                .events
                .iter()
                .any(|event| !matches!(event, egui::Event::WindowFocused(_)))
        });
        let since = *self.idle.last_activity.get_or_insert(now);
        if self.idle.locked {
            return true;
        }
        if used {
            self.idle.last_activity = Some(now);
        } else if now.saturating_duration_since(since) >= limit {
            self.idle.locked = true;
            self.idle.error = None;
            self.status = tr!("app-status-locked-idle");
            return true;
        } else {
            ctx.request_repaint_after(limit.saturating_sub(now.saturating_duration_since(since)));
        }
        false
    }

    /// The lock screen: nothing of the workspace shows.
    pub(in crate::app) fn lock_screen(&mut self, ui: &mut egui::Ui) {
        let mut unlock = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(120.0);
                ui.heading(tr!("app-lock-heading"));
                ui.label(tr!(
                    "app-lock-text",
                    count = self.settings.lock_after_minutes
                ));
                if let Some(error) = &self.idle.error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                let label = ui.label(tr!("app-passphrase-label")).id;
                let response = ui
                    .add(
                        TextEdit::singleline(self.idle.text.field())
                            .password(true)
                            .desired_width(300.0),
                    )
                    .labelled_by(label);
                let entered =
                    response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                if !entered && !self.idle.checking && ui.memory(|memory| memory.focused().is_none())
                {
                    response.request_focus();
                }
                if self.idle.checking {
                    ui.spinner();
                } else {
                    let ready = !self.idle.text.0.is_empty();
                    if ui
                        .add_enabled(ready, egui::Button::new(tr!("app-lock-unlock")))
                        .clicked()
                        || (ready && entered)
                    {
                        unlock = true;
                    }
                }
            });
        });
        if unlock
            && let Some(Protection::Encrypted(key)) = self
                .session
                .as_ref()
                .map(|session| session.protection.clone())
        {
            let passphrase = std::mem::take(&mut self.idle.text).secret();
            self.idle.checking = true;
            self.jobs.spawn(Shown::Quietly, move || {
                JobResult::LockChecked(
                    key.check(&passphrase)
                        .map_err(|failure| failure.to_string()),
                )
            });
        }
    }

    /// The idle lock's passphrase was checked.
    pub(in crate::app) fn lock_checked(&mut self, result: Result<(), String>) {
        self.idle.checking = false;
        match result {
            Ok(()) => {
                self.idle.locked = false;
                self.idle.last_activity = Some(self.stopwatch.now());
                self.status = tr!("app-status-unlocked");
            }
            Err(error) => {
                self.idle.error = Some(tr!("app-lock-failed", error = error));
            }
        }
    }
}
