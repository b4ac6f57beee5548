//! File > Merge a copy…: choose the other copy, plan the merge off the UI
//! thread, show the preview, and apply what the officer chose through the
//! commit point as one undoable step. The result is unsaved until saved.

use std::path::PathBuf;

use super::dialogs::{Dialog, PathPurpose};
use super::file_dialog::Choice;
use super::jobs::{JobResult, Shown};
use super::views::merge::{MergePreview, PreviewOutcome};
use super::{AccordApp, Action, Change};
use crate::merge::Merge;
use crate::storage;
use crate::tr;

/// The report of the last merge applied here: what it did, in words, and
/// where it is kept with the backups once the job has written it.
#[derive(Clone, Debug)]
pub struct MergeReport {
    /// The report: the summary, each conflict with its choice, every record changed.
    pub text: String,
    /// The file in `backups/merge-reports/`, once kept (or why it was not).
    pub kept: Option<Result<PathBuf, String>>,
}

/// A planned merge, as the job hands it over.
#[derive(Clone, Debug)]
pub struct PlannedMerge {
    pub merge: Merge,
    pub theirs: crate::model::Workspace,
    /// The revision of this copy the plan was made against.
    pub revision: u64,
}

/// On the job's thread: reads the other copy, keeps it among the backups
/// (this copy is kept when the merge is saved over it), finds the version
/// both come from among those kept in `store` (or this copy itself, when
/// `ours_as_read` says it holds no edit since it was opened or saved), and
/// plans the merge.
fn plan_merge_of(
    path: &std::path::Path,
    unlock: &storage::Unlock,
    ours: &crate::model::Workspace,
    ours_as_read: bool,
    store: Option<&std::path::Path>,
    revision: u64,
) -> Result<Box<PlannedMerge>, String> {
    let (mut theirs, _) = storage::open_unlocked(path, unlock)
        .map_err(|error| super::files::open_error_text(&error))?;
    // Duplicates combined here are matched in the other copy too.
    crate::merge::combine::align_to_aliases(&mut theirs, ours);
    if let Some(root) = store {
        crate::merge::files::keep_inputs(root, &[path], chrono::Utc::now())
            .map_err(|error| error.to_string())?;
    }
    let mut found = crate::merge::find_base(store, ours, ours_as_read, &theirs);
    if let Some(base) = found.workspace.as_mut() {
        crate::merge::combine::align_to_aliases(base, ours);
    }
    let merge = Merge::plan(found.workspace.as_ref(), ours, &theirs).with_origin(found.origin);
    Ok(Box::new(PlannedMerge {
        merge,
        theirs,
        revision,
    }))
}

impl AccordApp {
    /// Keeps the report of the merge just applied, on a job, with the
    /// backups (when there is a backups folder), and for File > Last merge
    /// report…
    fn keep_merge_report(
        &mut self,
        planned: &PlannedMerge,
        name: &str,
        kept: &[crate::merge::KeptForReference],
    ) {
        let mut text = planned.merge.report();
        for record in kept {
            text.push_str(&crate::merge::kept_text(record));
            text.push('\n');
        }
        if !self.settings.officer.is_empty() {
            let by = tr!("app-merge-report-by", officer = &self.settings.officer);
            text.insert_str(0, &format!("{by}\n"));
        }
        let merged = tr!("app-merge-report-merged", name = name);
        text.insert_str(0, &format!("{merged}\n"));
        self.last_merge_report = Some(MergeReport {
            text: text.clone(),
            kept: None,
        });
        let Some(root) = self.safety.backups_folder.clone() else {
            return;
        };
        // The report names records: sealed as the workspace is.
        let protection = self
            .session
            .as_ref()
            .map(|session| session.protection.clone())
            .unwrap_or_default();
        let into = self
            .session
            .as_ref()
            .and_then(|session| session.path.clone())
            .unwrap_or_else(|| PathBuf::from(name));
        self.jobs.spawn(Shown::Quietly, move || {
            let kept = crate::merge::files::keep_report(
                &root,
                &into,
                &text,
                &protection,
                chrono::Utc::now(),
            )
            .map_err(|error| error.to_string());
            JobResult::MergeReportKept(kept)
        });
    }

    /// Edit > Likely duplicates…: looks for them on a job, from the
    /// session's shared snapshot.
    pub(super) fn look_for_duplicates(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let workspace = session.shared_workspace();
        let revision = session.revision();
        self.status = tr!("app-status-looking-for-duplicates");
        self.jobs.spawn(Shown::InStatusBar, move || {
            JobResult::Duplicates(
                revision,
                crate::merge::duplicates::likely_duplicates(&workspace),
            )
        });
    }

    /// The likely duplicates found, shown unless the workspace changed since.
    pub(super) fn duplicates_found(
        &mut self,
        revision: u64,
        pairs: Vec<crate::merge::duplicates::LikelyDuplicate>,
    ) {
        if self.session.as_ref().map(crate::session::Session::revision) != Some(revision) {
            self.status = tr!("app-status-duplicates-stale");
            return;
        }
        self.status = tr!("app-status-duplicate-pairs", count = pairs.len());
        self.dialog = Some(Dialog::Duplicates(pairs));
    }

    /// File > Last merge report…: the report, and where it is kept.
    pub(super) fn show_merge_report(&mut self) {
        let Some(report) = &self.last_merge_report else {
            return;
        };
        let place = match &report.kept {
            Some(Ok(path)) => format!(
                "\n{}",
                tr!(
                    "app-merge-report-kept-in",
                    path = path.display().to_string()
                )
            ),
            Some(Err(error)) => format!("\n{}", tr!("app-merge-report-not-kept", error = error)),
            None => String::new(),
        };
        self.dialog = Some(Dialog::Message {
            heading: tr!("app-merge-report-heading"),
            text: format!("{}{place}", report.text),
        });
    }

    /// Where the merge report was kept, for File > Last merge report….
    pub(super) fn merge_report_kept(&mut self, kept: Result<PathBuf, String>) {
        if let Some(report) = self.last_merge_report.as_mut() {
            report.kept = Some(kept);
        }
    }

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
        let ours_as_read = session.holds_its_version();
        let store = self.safety.backups_folder.clone();
        // A travelling copy of an encrypted workspace opens with its key.
        let unlock = self.session_unlock();
        self.status = tr!("app-status-reading", path = path.display().to_string());
        self.jobs.spawn(Shown::InStatusBar, move || {
            let planned = plan_merge_of(
                &path,
                &unlock,
                &ours,
                ours_as_read,
                store.as_deref(),
                revision,
            );
            JobResult::MergePlanned(path, planned)
        });
    }

    /// A file opened with conflicts a merge recorded in it: the conflict
    /// screen comes up to resolve them (unless the file must not be
    /// changed, when its read-only reason is what the window shows).
    pub(super) fn offer_recorded_conflicts(&mut self, path: &std::path::Path) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let count = session.workspace().recorded_conflicts().len();
        if count == 0 || session.read_only.is_some() {
            return;
        }
        let planned = PlannedMerge {
            merge: Merge::resolving(session.workspace()),
            theirs: crate::model::Workspace::default(),
            revision: session.revision(),
        };
        self.status = tr!(
            "app-status-recorded-conflicts",
            path = path.display().to_string(),
            count = count
        );
        self.dialog = Some(Dialog::Merge(Box::new(MergePreview::new(
            planned,
            path.to_owned(),
        ))));
    }

    /// Shows the preview of a planned merge, or why there is none.
    pub(super) fn merge_planned(
        &mut self,
        path: PathBuf,
        planned: Result<Box<PlannedMerge>, String>,
    ) {
        match planned {
            Ok(planned) if planned.merge.is_empty() => {
                self.status = tr!(
                    "app-status-merge-nothing",
                    path = path.display().to_string()
                );
            }
            Ok(planned) => {
                self.status = tr!("app-status-merging", path = path.display().to_string());
                self.dialog = Some(Dialog::Merge(Box::new(MergePreview::new(*planned, path))));
            }
            Err(message) => {
                self.status = tr!(
                    "app-status-could-not-read",
                    path = path.display().to_string()
                );
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
            self.status = tr!("app-status-merge-stale", name = name);
            return;
        }
        let mut kept = Vec::new();
        let result =
            session.perform(|workspace| planned.merge.apply(workspace, &planned.theirs, &mut kept));
        match result {
            Ok(()) => {
                self.keep_merge_report(planned, name, &kept);
                let mut status = if planned.merge.is_resolution() {
                    tr!(
                        "app-status-resolved",
                        count = planned.merge.conflicts().len(),
                        name = name
                    )
                } else {
                    tr!(
                        "app-status-merged",
                        count = planned.merge.incoming_count(),
                        name = name
                    )
                };
                if !kept.is_empty() {
                    let lines: Vec<String> = kept.iter().map(crate::merge::kept_text).collect();
                    self.dialog = Some(Dialog::Error(format!(
                        "{}\n{}",
                        tr!("app-merge-kept-deleted"),
                        lines.join("\n")
                    )));
                    status = tr!("app-status-merge-kept", status = status, count = kept.len());
                }
                self.status = status;
            }
            Err(error) => {
                self.dialog = Some(Dialog::Error(tr!(
                    "app-error-merge-not-applied",
                    error = error.to_string()
                )));
            }
        }
    }
}
