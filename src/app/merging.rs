//! File > Merge a copy…: choose the other copy, plan the merge off the UI
//! thread, show the preview, and apply what the officer chose through the
//! commit point as one undoable step. The result is unsaved until saved.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::dialogs::{Dialog, PathPurpose};
use super::file_dialog::Choice;
use super::jobs::{JobResult, Shown};
use super::views::merge::{MergePreview, PreviewOutcome};
use super::{AccordApp, Action, Change};
use crate::merge::Merge;
use crate::storage;

/// A planned merge, as the job hands it over.
#[derive(Clone, Debug)]
pub struct PlannedMerge {
    pub merge: Merge,
    pub theirs: crate::model::Workspace,
    /// The revision of this copy the plan was made against.
    pub revision: u64,
}

impl AccordApp {
    /// Asks for the copy to merge in, by dialog or typed path.
    pub(super) fn choose_copy_to_merge(&mut self) {
        if self.session.is_none() {
            return;
        }
        match self.chooser.choose_open() {
            Choice::Path(path) => self.start_merge_plan(path),
            Choice::Cancelled => {}
            Choice::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::MergeCopy,
                    text: String::new(),
                });
            }
        }
    }

    /// Reads the other copy and plans the merge on a job, from the
    /// session's shared snapshot (no copy of this workspace is made).
    pub(super) fn start_merge_plan(&mut self, path: PathBuf) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let ours = session.shared_workspace();
        let revision = session.revision();
        // A travelling copy of an encrypted workspace opens with its key.
        let unlock = self.session_unlock();
        self.status = format!("Reading {}…", path.display());
        self.jobs.spawn(Shown::InStatusBar, move || {
            let planned = storage::open_unlocked(&path, &unlock)
                .map(|(theirs, _)| {
                    let merge = Merge::plan(None, &ours, &theirs);
                    Box::new(PlannedMerge {
                        merge,
                        theirs,
                        revision,
                    })
                })
                .map_err(|error| super::files::open_error_text(&error));
            JobResult::MergePlanned(path, planned)
        });
    }

    /// Shows the preview of a planned merge, or why there is none.
    pub(super) fn merge_planned(
        &mut self,
        path: PathBuf,
        planned: Result<Box<PlannedMerge>, String>,
    ) {
        match planned {
            Ok(planned) if planned.merge.is_empty() => {
                self.status = format!(
                    "{} holds nothing this workspace does not already have",
                    path.display()
                );
            }
            Ok(planned) => {
                self.status = format!("Merging {}: choose, then Apply merge", path.display());
                self.dialog = Some(Dialog::Merge(Box::new(MergePreview::new(*planned, path))));
            }
            Err(message) => {
                self.status = format!("Could not read {}", path.display());
                self.dialog = Some(Dialog::Error(message));
            }
        }
    }

    /// The preview, in front of the window until applied or cancelled.
    pub(super) fn merge_dialog(
        ctx: &egui::Context,
        mut preview: Box<MergePreview>,
        actions: &mut Vec<Action>,
    ) -> Option<Dialog> {
        let mut outcome = PreviewOutcome::Open;
        egui::Modal::new(egui::Id::unique("merge preview")).show(ctx, |ui| {
            ui.set_width(760.0_f32.min(ctx.content_rect().width() - 40.0));
            ui.set_max_height(ctx.content_rect().height() - 80.0);
            outcome = preview.ui(ui);
        });
        match outcome {
            PreviewOutcome::Open => Some(Dialog::Merge(preview)),
            PreviewOutcome::Cancel => None,
            PreviewOutcome::Apply => {
                let name = preview.file_name();
                actions.push(Action::Commit(Change::Merge {
                    planned: Box::new(preview.into_planned()),
                    name,
                }));
                None
            }
        }
    }

    /// The commit point's part of a merge: applies the plan with the
    /// choices made, as one undo step.
    pub(super) fn commit_merge(&mut self, planned: &PlannedMerge, name: &str) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        if session.revision() != planned.revision {
            self.status =
                format!("This workspace changed while the merge was prepared: merge {name} again");
            return;
        }
        let mut kept = Vec::new();
        let result =
            session.perform(|workspace| planned.merge.apply(workspace, &planned.theirs, &mut kept));
        match result {
            Ok(()) => {
                let mut status = format!(
                    "Merged {name}: {} (not yet saved; Undo takes it back)",
                    super::bars::count_of(planned.merge.incoming_count(), "record")
                );
                if !kept.is_empty() {
                    let lines: Vec<String> = kept.iter().map(crate::merge::kept_text).collect();
                    self.dialog = Some(Dialog::Error(format!(
                        "The merge kept records that one copy deleted, because the result still refers to them:\n{}",
                        lines.join("\n")
                    )));
                    let _ = write!(status, "; {} kept for references", kept.len());
                }
                self.status = status;
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(format!("The merge was not applied: {error}")));
            }
        }
    }
}
