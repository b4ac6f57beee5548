//! The one commit point: every change to the open workspace (a form's
//! Save, a record made from a picker, Delete, the workspace settings, undo
//! and redo, and later merge and import) is a [`Change`] sent as
//! [`Action::Commit`](super::Action::Commit) and applied here, at the end of
//! the frame. The read-only refusal and the repairs an edit needs afterwards
//! (no route to a deleted record) live here, not in each caller.

use chrono::Utc;

use super::dialogs::Dialog;
use super::route::Route;
use super::{AccordApp, Action};
use crate::model::{AnyRecord, CountryId, RecordId};
use crate::tr;

/// A change to the workspace, asked for during the frame.
#[derive(Clone, Debug)]
pub enum Change {
    /// A form's Save: adds its draft (`is_new`) or replaces the record;
    /// on success the form closes and the record's page shows.
    SaveForm {
        /// The form's edited copy of the record.
        draft: AnyRecord,
        /// Whether the draft is a new record to add rather than one to replace.
        is_new: bool,
    },
    /// A record made from a picker's "Create …" while a form is open.
    Create(AnyRecord),
    /// A confirmed Delete; `label` names the record in the status line.
    Delete {
        /// The record to delete; what refers to it loses the reference, in the same undo step.
        id: RecordId,
        /// Its label, for the status line once it is gone.
        label: String,
    },
    /// Workspace settings' Apply.
    Settings {
        /// The workspace's new name.
        name: String,
        /// The new home country, or none.
        home_country: Option<CountryId>,
    },
    /// Propose records' Add: the kept drafts, new ones added and edited
    /// ones replaced, as one step.
    AddRecords {
        /// Each record, and whether it is new.
        records: Vec<(AnyRecord, bool)>,
        /// The source they were read from, for the status line and Undo.
        source_title: String,
    },
    /// File > Merge a copy…'s Apply merge, with the choices made.
    Merge {
        /// The plan, with the officer's choice for each conflict.
        planned: Box<super::merging::PlannedMerge>,
        /// The merged copy's file name, for the status line ("Merged copy.accord.json: …").
        name: String,
    },
    /// The duplicates screen's Combine: `absorbed` goes into `kept`.
    Combine {
        /// The record that stays, with both records' fields.
        kept: RecordId,
        /// The record combined into it; its id stays as an alias.
        absorbed: RecordId,
    },
    /// Take back the last edit.
    Undo,
    /// Make the last undone edit again.
    Redo,
}

impl AccordApp {
    /// Why the open workspace cannot be edited now, if it cannot: also
    /// asked before a form or a dialog that would edit is opened.
    pub(super) fn edit_refusal(&self) -> Option<String> {
        // The session says why: a newer format, a file marked read-only,
        // a file converted from another encoding.
        let reason = self.session.as_ref()?.read_only.as_deref()?;
        // Without its "Read-only: ", in this language's words or English.
        let prefix = tr!("app-read-only", reason = "");
        let reason = reason
            .strip_prefix(prefix.as_str())
            .or_else(|| reason.strip_prefix("Read-only: "))
            .unwrap_or(reason);
        Some(tr!("app-read-only-refusal", reason = reason))
    }

    /// Applies `change` to the open workspace: the only caller of the
    /// session's edits, undo and redo.
    pub(super) fn commit(&mut self, change: Change) {
        if let Some(refusal) = self.edit_refusal() {
            self.status = refusal;
            return;
        }
        let Some(session) = self.session.as_mut() else {
            return;
        };
        // Every change is stamped with the officer named in the settings.
        session.set_editor(Some(&self.settings.officer));
        let revision = session.revision();
        match change {
            Change::SaveForm { draft, is_new } => {
                let id = draft.id();
                let result = session.perform(|workspace| {
                    if is_new {
                        workspace.add_any(draft, Utc::now())
                    } else {
                        workspace.update_any(draft, Utc::now())
                    }
                });
                match result {
                    Ok(()) => {
                        self.form = None;
                        self.status = tr!(
                            "app-status-saved-record",
                            record = session.workspace().label_of(id)
                        );
                        self.history.go(Route::Record(id));
                    }
                    Err(error) => {
                        self.status = tr!("app-status-cannot-save", error = error.to_string());
                    }
                }
            }
            Change::Create(record) => {
                let added = session.perform(|workspace| workspace.add_any(record, Utc::now()));
                if let Err(error) = added {
                    self.status = tr!("app-status-cannot-create", error = error.to_string());
                }
            }
            Change::AddRecords {
                records,
                source_title,
            } => {
                let count = records.len();
                let description = tr!(
                    "app-undo-add-records",
                    count = count,
                    source = &source_title
                );
                match session.perform(|workspace| {
                    workspace.add_or_update_all(records, description, Utc::now())
                }) {
                    Ok(()) => {
                        self.status = tr!(
                            "app-status-added-records",
                            count = count,
                            source = &source_title
                        );
                    }
                    Err(error) => self.dialog = Some(Dialog::Error(error.to_string())),
                }
            }
            Change::Delete { id, label } => {
                match session.perform(|workspace| workspace.delete(id, Utc::now())) {
                    Ok(()) => self.status = tr!("app-status-deleted", record = &label),
                    Err(error) => self.dialog = Some(Dialog::Error(error.to_string())),
                }
            }
            Change::Settings { name, home_country } => {
                let name = name.trim().to_owned();
                if let Err(error) =
                    session.perform(|workspace| workspace.set_settings(name, home_country))
                {
                    self.dialog = Some(Dialog::Error(error.to_string()));
                }
            }
            Change::Merge { planned, name } => self.commit_merge(&planned, &name),
            Change::Combine { kept, absorbed } => {
                let combined = session.perform(|workspace| {
                    crate::merge::combine::combine_duplicates(workspace, kept, absorbed, Utc::now())
                });
                match combined {
                    Ok(()) => {
                        let done = session.undo_description().unwrap_or_default();
                        self.status = tr!("app-status-combined", done = done);
                    }
                    Err(error) => self.dialog = Some(Dialog::Error(error.to_string())),
                }
            }
            Change::Undo => {
                // The status said what the undone step did ("Saved
                // Turkey"): it now says what became of it.
                let description = session.undo_description().map(str::to_owned);
                if session.undo() {
                    self.status = description.map_or_else(
                        || tr!("app-status-undone"),
                        |step| tr!("app-status-undone-step", step = step),
                    );
                }
            }
            Change::Redo => {
                let description = session.redo_description().map(str::to_owned);
                if session.redo() {
                    self.status = description.map_or_else(
                        || tr!("app-status-redone"),
                        |step| tr!("app-status-redone-step", step = step),
                    );
                }
            }
        }
        let Some(session) = self.session.as_ref() else {
            return;
        };
        if session.revision() != revision {
            self.committed += session.revision() - revision;
            // A deleted record (or an undone addition) leaves no route to it.
            let workspace = session.workspace();
            self.history.retain_existing(|id| workspace.contains(id));
        }
    }

    /// How many changes the commit point has made to the open workspace
    /// since it was opened; equal to the session's revision when every
    /// change went through it.
    pub fn committed_changes(&self) -> u64 {
        self.committed
    }

    /// Refuses to start editing a read-only document (a form, Delete…,
    /// the settings); true when `action` was refused. The changes
    /// themselves are refused by the commit point.
    pub(super) fn refused_as_read_only(&mut self, action: &Action) -> bool {
        let starts_editing = matches!(
            action,
            Action::Edit(_) | Action::New(_) | Action::AddTo(_) | Action::AskDelete(_)
        ) || matches!(
            action,
            Action::Command(super::commands::UiCommand::WorkspaceSettings)
        );
        if !starts_editing {
            return false;
        }
        let Some(refusal) = self.edit_refusal() else {
            return false;
        };
        self.status = refusal;
        true
    }
}
