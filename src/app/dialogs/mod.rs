//! Modal dialogs: unsaved changes, delete confirmation, a typed path (where
//! no native dialog is available), workspace settings, errors, and (in
//! `safety.rs`) those of keeping work safe. One [`Dialog`] enum for all.

mod passphrase;
mod safety;

pub use passphrase::{IdleLock, Locked, NewPassphrase, SecretText};

use std::path::PathBuf;

use egui::{RichText, TextEdit};

use super::{AccordApp, Action, Change};
use crate::model::{CountryId, RecordId, Referrer};
use crate::storage::backups::Backup;
use crate::storage::recovery::Entry;
use crate::tr;

/// Something that would drop unsaved changes, waiting for the user's word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    New,
    ChooseFile,
    Open(PathBuf),
    Sample,
    Quit,
}

impl Pending {
    /// The unsaved-changes dialog's question: whether to save `name`
    /// (the file's name; none before the first save) before this.
    fn question(&self, name: Option<&str>) -> String {
        match (self, name) {
            (Self::New, Some(name)) => tr!("app-unsaved-new", name = name),
            (Self::New, None) => tr!("app-unsaved-new-unnamed"),
            (Self::ChooseFile | Self::Open(_) | Self::Sample, Some(name)) => {
                tr!("app-unsaved-open", name = name)
            }
            (Self::ChooseFile | Self::Open(_) | Self::Sample, None) => {
                tr!("app-unsaved-open-unnamed")
            }
            (Self::Quit, Some(name)) => tr!("app-unsaved-quit", name = name),
            (Self::Quit, None) => tr!("app-unsaved-quit-unnamed"),
        }
    }
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveAs,
    Export,
    ExportCalendar,
    MergeCopy,
}

impl PathPurpose {
    fn title(self) -> String {
        match self {
            Self::Open => tr!("app-path-title-open"),
            Self::SaveAs => tr!("app-path-title-save-as"),
            Self::Export => tr!("app-path-title-export"),
            Self::ExportCalendar => tr!("app-path-title-export-calendar"),
            Self::MergeCopy => tr!("app-path-title-merge-copy"),
        }
    }

    fn button(self) -> String {
        match self {
            Self::Open => tr!("common-open"),
            Self::SaveAs => tr!("common-save"),
            Self::Export | Self::ExportCalendar => tr!("app-path-button-export"),
            Self::MergeCopy => tr!("app-path-button-merge"),
        }
    }
}

/// The typed-path dialog's example, a path in every language.
const PATH_EXAMPLE: &str = "/home/me/workspace.accord.json";

/// A dialog in front of the window.
#[derive(Clone, Debug)]
pub enum Dialog {
    Unsaved(Pending),
    Delete {
        id: RecordId,
        label: String,
        referrers: Vec<Referrer>,
    },
    Path {
        purpose: PathPurpose,
        text: String,
    },
    Settings {
        name: String,
        home_country: Option<CountryId>,
        /// The officer's own name, an app setting shown beside the workspace's.
        officer: String,
    },
    Error(String),
    /// Edit > Likely duplicates…: the pairs, each with Combine.
    Duplicates(Vec<crate::merge::duplicates::LikelyDuplicate>),
    /// Something to read, with its own heading (File > Last merge report…).
    Message {
        heading: String,
        text: String,
    },
    Export(Box<super::views::export_dialog::ExportDialog>),
    /// Unsaved work left by a crash, offered back.
    Recover(Vec<Entry>),
    /// File > Restore from backup…; `list` is `None` while it is read.
    Backups {
        original: PathBuf,
        list: Option<Vec<Backup>>,
    },
    ChangedOnDisk {
        path: PathBuf,
    },
    SaveFailed(String),
    /// File > Merge a copy…: the preview before anything changes.
    Merge(Box<super::views::merge::MergePreview>),
    /// A source's Propose records: the drafts to keep or drop.
    Proposals(Box<super::views::proposals::ProposalsReview>),
    /// An encrypted file waits for its passphrase; `error` after a wrong one.
    Passphrase {
        target: Locked,
        text: SecretText,
        error: Option<String>,
    },
    /// Choosing a passphrase, typed twice (Encrypt…, Change passphrase…).
    NewPassphrase {
        purpose: NewPassphrase,
        first: SecretText,
        second: SecretText,
    },
    /// Confirming File > Remove encryption…
    RemoveEncryption,
}

impl AccordApp {
    /// Shows `dialog`; returns it while it stays open.
    pub(super) fn show_dialog(
        &mut self,
        ctx: &egui::Context,
        dialog: Dialog,
        actions: &mut Vec<Action>,
    ) -> Option<Dialog> {
        match dialog {
            Dialog::Unsaved(pending) => self.unsaved_dialog(ctx, pending),
            Dialog::Delete {
                id,
                label,
                referrers,
            } => Self::delete_dialog(ctx, id, label, referrers, actions),
            Dialog::Path { purpose, text } => self.path_dialog(ctx, purpose, text),
            Dialog::Settings {
                name,
                home_country,
                officer,
            } => self.settings_dialog(ctx, name, home_country, officer, actions),
            Dialog::Error(message) => error_dialog(ctx, message),
            Dialog::Message { heading, text } => {
                (!text_dialog(ctx, &heading, &text)).then_some(Dialog::Message { heading, text })
            }
            Dialog::Export(dialog) => self.export_dialog(ctx, dialog),
            Dialog::Recover(entries) => self.recover_dialog(ctx, entries),
            Dialog::Backups { original, list } => self.backups_dialog(ctx, original, list),
            Dialog::ChangedOnDisk { path } => self.changed_on_disk_dialog(ctx, path),
            Dialog::SaveFailed(message) => self.save_failed_dialog(ctx, message),
            Dialog::Merge(preview) => Self::merge_dialog(ctx, preview, actions),
            Dialog::Proposals(review) => proposals_dialog(ctx, review, actions),
            Dialog::Duplicates(pairs) => super::views::duplicates::dialog(ctx, pairs, actions),
            Dialog::Passphrase {
                target,
                text,
                error,
            } => self.passphrase_dialog(ctx, target, text, error),
            Dialog::NewPassphrase {
                purpose,
                first,
                second,
            } => self.new_passphrase_dialog(ctx, purpose, first, second),
            Dialog::RemoveEncryption => self.remove_encryption_dialog(ctx),
        }
    }

    fn settings_dialog(
        &mut self,
        ctx: &egui::Context,
        mut name: String,
        mut home_country: Option<CountryId>,
        mut officer: String,
        actions: &mut Vec<Action>,
    ) -> Option<Dialog> {
        let session = self.session.as_ref()?;
        let mut done = None;
        egui::Modal::new(egui::Id::unique("settings")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            crate::app::a11y::heading(ui, tr!("app-settings-heading"));
            egui::Grid::new("settings_grid")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(tr!("app-settings-name")).id;
                    ui.add(TextEdit::singleline(&mut name).desired_width(300.0))
                        .labelled_by(label);
                    ui.end_row();
                    let label = ui.label(tr!("app-settings-home-country")).id;
                    let workspace = session.workspace();
                    let selected = home_country
                        .map_or_else(|| tr!("common-none"), |id| workspace.label_of(id));
                    egui::ComboBox::from_id_salt("home_country")
                        .selected_text(selected)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut home_country, None, tr!("common-none"));
                            let mut countries: Vec<_> = workspace.countries().values().collect();
                            countries.sort_by(|a, b| a.name.cmp(&b.name));
                            for country in countries {
                                ui.selectable_value(
                                    &mut home_country,
                                    Some(country.id),
                                    &country.name,
                                );
                            }
                        })
                        .response
                        .labelled_by(label);
                    ui.end_row();
                    let label = ui.label(tr!("app-settings-officer")).id;
                    ui.add(
                        TextEdit::singleline(&mut officer)
                            .desired_width(300.0)
                            .hint_text(tr!("app-settings-officer-hint")),
                    )
                    .labelled_by(label);
                    ui.end_row();
                });
            ui.horizontal(|ui| {
                if ui.button(tr!("common-apply")).clicked() {
                    done = Some(true);
                }
                if ui.button(tr!("common-cancel")).clicked() {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                // The officer's name is this machine's setting, not the
                // workspace's: kept at once, not an undo step.
                officer.trim().clone_into(&mut self.settings.officer);
                actions.push(Action::Commit(Change::Settings { name, home_country }));
                None
            }
            Some(false) => None,
            None => Some(Dialog::Settings {
                name,
                home_country,
                officer,
            }),
        }
    }

    fn unsaved_dialog(&mut self, ctx: &egui::Context, pending: Pending) -> Option<Dialog> {
        let name = self
            .session
            .as_ref()
            .and_then(|session| session.path.as_ref())
            .and_then(|path| path.file_name())
            .map(|name| name.to_string_lossy().into_owned());
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            crate::app::a11y::heading(ui, tr!("app-unsaved-heading"));
            ui.label(pending.question(name.as_deref()));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("common-save")).clicked() {
                    choice = Some("save");
                }
                if ui.button(tr!("app-unsaved-discard")).clicked() {
                    choice = Some("discard");
                }
                if ui.button(tr!("common-cancel")).clicked()
                    || ui.input(|input| input.key_pressed(egui::Key::Escape))
                {
                    choice = Some("cancel");
                }
            });
        });
        match choice {
            Some("save") => {
                self.save(Some(pending));
                None
            }
            Some("discard") => {
                if let Some(id) = self.session.as_ref().map(|session| session.recovery_id) {
                    self.forget_recovery(id);
                }
                self.proceed(pending);
                None
            }
            Some(_) => None,
            None => Some(Dialog::Unsaved(pending)),
        }
    }

    fn delete_dialog(
        ctx: &egui::Context,
        id: RecordId,
        label: String,
        referrers: Vec<Referrer>,
        actions: &mut Vec<Action>,
    ) -> Option<Dialog> {
        let blocking: Vec<&Referrer> = referrers.iter().filter(|r| r.blocking).collect();
        let mut close = false;
        let mut confirmed = false;
        egui::Modal::new(egui::Id::unique("delete")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            crate::app::a11y::heading(
                ui,
                tr!(
                    "app-delete-heading",
                    kind = crate::query::kind_noun(id.kind()),
                    record = &label
                ),
            );
            if referrers.is_empty() {
                ui.label(tr!("app-delete-nothing-refers"));
            } else if blocking.is_empty() {
                ui.label(tr!("app-delete-references-removed"));
            } else {
                ui.label(
                    RichText::new(tr!("app-delete-blocked")).color(ui.visuals().warn_fg_color),
                );
            }
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    for referrer in &referrers {
                        let kind = crate::query::kind_noun(referrer.record.kind());
                        let field = referrer.field.in_words();
                        ui.label(if referrer.blocking {
                            tr!(
                                "app-delete-referrer-needs",
                                kind = kind,
                                record = &referrer.label,
                                field = field
                            )
                        } else {
                            tr!(
                                "app-delete-referrer-removed",
                                kind = kind,
                                record = &referrer.label,
                                field = field
                            )
                        });
                    }
                });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if blocking.is_empty() && ui.button(tr!("common-delete")).clicked() {
                    confirmed = true;
                }
                if ui.button(tr!("common-cancel")).clicked()
                    || ui.input(|input| input.key_pressed(egui::Key::Escape))
                {
                    close = true;
                }
            });
        });
        if confirmed {
            actions.push(Action::Commit(Change::Delete { id, label }));
            return None;
        }
        (!close).then_some(Dialog::Delete {
            id,
            label,
            referrers,
        })
    }

    fn path_dialog(
        &mut self,
        ctx: &egui::Context,
        purpose: PathPurpose,
        mut text: String,
    ) -> Option<Dialog> {
        let mut done = None;
        egui::Modal::new(egui::Id::unique("path")).show(ctx, |ui| {
            ui.set_min_width(460.0);
            crate::app::a11y::heading(ui, purpose.title());
            let label = ui.label(tr!("app-path-label")).id;
            let response = ui
                .add(
                    TextEdit::singleline(&mut text)
                        .desired_width(440.0)
                        .hint_text(PATH_EXAMPLE),
                )
                .labelled_by(label);
            let entered =
                response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ready = !text.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(purpose.button()))
                    .clicked()
                    || (ready && entered)
                {
                    done = Some(true);
                }
                if ui.button(tr!("common-cancel")).clicked() {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                let path = PathBuf::from(text.trim());
                match purpose {
                    PathPurpose::Open => self.request(Pending::Open(path)),
                    PathPurpose::SaveAs => self.start_save(path),
                    PathPurpose::Export => {
                        if let Some(request) = self.pending_export.take() {
                            self.start_export(path, request);
                        }
                    }
                    PathPurpose::ExportCalendar => self.start_calendar_export(path),
                    PathPurpose::MergeCopy => self.start_merge_plan(path),
                }
                None
            }
            Some(false) => {
                self.after_save = None;
                self.pending_export = None;
                None
            }
            None => Some(Dialog::Path { purpose, text }),
        }
    }
}

fn error_dialog(ctx: &egui::Context, message: String) -> Option<Dialog> {
    (!text_dialog(ctx, &tr!("app-error-heading"), &message)).then_some(Dialog::Error(message))
}

/// A heading and a text to read (and copy), with Close; true when closed.
fn text_dialog(ctx: &egui::Context, heading: &str, text: &str) -> bool {
    let mut close = false;
    egui::Modal::new(egui::Id::unique("text dialog")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        crate::app::a11y::heading(ui, heading);
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                ui.add(egui::Label::new(text).wrap().selectable(true));
            });
        ui.add_space(8.0);
        if ui.button(tr!("common-close")).clicked()
            || ui.input(|input| input.key_pressed(egui::Key::Escape))
        {
            close = true;
        }
    });
    close
}

/// Propose records: the drafts in a modal window; Add commits the kept
/// ones as one step.
fn proposals_dialog(
    ctx: &egui::Context,
    mut review: Box<super::views::proposals::ProposalsReview>,
    actions: &mut Vec<Action>,
) -> Option<Dialog> {
    use super::views::proposals::ReviewOutcome;
    let mut outcome = ReviewOutcome::Open;
    egui::Modal::new(egui::Id::unique("proposals")).show(ctx, |ui| {
        ui.set_width(720.0_f32.min(ctx.content_rect().width() - 40.0));
        outcome = review.ui(ui);
    });
    match outcome {
        ReviewOutcome::Open => Some(Dialog::Proposals(review)),
        ReviewOutcome::Cancel => None,
        ReviewOutcome::Add(records) => {
            actions.push(Action::Commit(super::commit::Change::AddRecords {
                records,
                source_title: review.source_title.clone(),
            }));
            None
        }
    }
}
