//! Exports as the app runs them: File > Export… and a country's "Export
//! briefing…" through the export dialog and the save dialog, and the
//! calendar's ICS export; each is made and written by a job from a shared
//! snapshot of the workspace.

use std::path::PathBuf;

use super::AccordApp;
use super::dialogs::{Dialog, PathPurpose};
use super::file_dialog::Choice;
use super::jobs::{JobResult, Shown};
use super::views::export_dialog::{ExportDialog, ExportOutcome, ExportRequest};
use crate::export::{ExportOptions, Format};
use crate::model::CountryId;
use crate::storage;
use crate::tr;

impl AccordApp {
    /// File > Export…: opens the dialog on the open workspace.
    pub(super) fn open_export_dialog(&mut self) {
        if let Some(workspace) = self.workspace() {
            self.dialog = Some(Dialog::Export(Box::new(ExportDialog::new(
                workspace, self.today,
            ))));
        }
    }

    /// Shows the export dialog; returns it while it stays open.
    pub(super) fn export_dialog(
        &mut self,
        ctx: &egui::Context,
        mut dialog: Box<ExportDialog>,
    ) -> Option<Dialog> {
        let mut outcome = ExportOutcome::Editing;
        egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
            outcome = dialog.ui(ui);
        });
        match outcome {
            ExportOutcome::Editing => Some(Dialog::Export(dialog)),
            ExportOutcome::Cancel => None,
            ExportOutcome::Export(request) => self.choose_export_path(request),
        }
    }

    /// A country page's "Export briefing…": that country's note, all dates.
    pub(super) fn export_briefing(&mut self, country: CountryId) {
        let mut options = ExportOptions::all(self.today);
        options.country_ids.push(country);
        let request = ExportRequest {
            format: Format::Markdown,
            options,
        };
        self.dialog = self.choose_export_path(request);
    }

    /// Asks where to save; returns the dialog to show next, if any (the
    /// typed-path one where no native dialog is available).
    pub(super) fn choose_export_path(&mut self, request: ExportRequest) -> Option<Dialog> {
        let workspace = self.workspace()?;
        let suggested =
            crate::export::suggested_file_name(workspace, &request.options, request.format);
        let folder = self.session.as_ref().and_then(super::files::session_folder);
        match self
            .chooser
            .choose_save(folder.as_deref(), &suggested, request.format.extension())
        {
            Choice::Path(path) => {
                self.start_export(path, request);
                None
            }
            Choice::Cancelled => None,
            Choice::Unavailable => {
                self.pending_export = Some(request);
                Some(Dialog::Path {
                    purpose: PathPurpose::Export,
                    text: super::files::in_folder(folder.as_deref(), &suggested),
                })
            }
        }
    }

    /// Makes and writes the export off the UI thread; [`JobResult::Exported`]
    /// reports the outcome.
    pub(super) fn start_export(&mut self, path: PathBuf, request: ExportRequest) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        // A shared snapshot: the export is of this state whatever is edited
        // next, and an edit meanwhile copies on write instead of this.
        let workspace = session.shared_workspace();
        self.status = tr!("app-status-exporting-to", path = path.display().to_string());
        self.jobs.spawn(Shown::InStatusBar, move || {
            let result = crate::export::render(&workspace, &request.options, request.format)
                .map_err(|error| error.to_string())
                .and_then(|bytes| {
                    storage::write_atomically(&path, &bytes).map_err(|error| error.to_string())
                });
            JobResult::Exported(path, result)
        });
    }

    /// Writes what the calendar's filters keep as ICS, off the UI thread:
    /// the text is made there from a shared snapshot of the workspace.
    pub(super) fn start_calendar_export(&mut self, path: PathBuf) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let workspace = session.shared_workspace();
        let options = ExportOptions::all(self.today);
        let filter = self.calendar.filter.clone();
        self.status = tr!("app-status-exporting", path = path.display().to_string());
        self.jobs.spawn(Shown::InStatusBar, move || {
            let text = crate::export::ics::to_ics_filtered(&workspace, &options, &filter);
            let result = storage::write_atomically(&path, text.as_bytes())
                .map_err(|error| error.to_string());
            JobResult::Exported(path, result)
        });
    }
}
