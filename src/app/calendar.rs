//! The calendar's place in the app: it shows the calendar view and runs the
//! view's "Export these to ICS…" through the save dialog and a background job.

use std::path::PathBuf;

use super::dialogs::{self, Dialog};
use super::file_dialog::Choice;
use super::{AccordApp, Action, JobResult};
use crate::storage;

impl AccordApp {
    /// The calendar view, and its ICS export when asked for.
    pub(super) fn calendar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let output = self.calendar.ui(
            ui,
            &session.shared_workspace(),
            session.revision(),
            self.today,
            &mut self.settings.week_start,
            actions,
        );
        if output.export_requested {
            match self.chooser.choose_save("calendar.ics", "ics") {
                Choice::Path(path) => self.start_calendar_export(path),
                Choice::Cancelled => {}
                Choice::Unavailable => {
                    self.dialog = Some(Dialog::Path {
                        purpose: dialogs::PathPurpose::ExportCalendar,
                        text: "calendar.ics".to_owned(),
                    });
                }
            }
        }
    }

    /// Writes what the calendar's filters keep as ICS, off the UI thread:
    /// the text is made there from a shared snapshot of the workspace.
    pub(super) fn start_calendar_export(&mut self, path: PathBuf) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let workspace = session.shared_workspace();
        let options = crate::export::ExportOptions::all(self.today);
        let filter = self.calendar.filter.clone();
        let sender = self.jobs_sender.clone();
        self.jobs_running += 1;
        self.status = format!("Exporting {}…", path.display());
        std::thread::spawn(move || {
            let text = crate::export::ics::to_ics_filtered(&workspace, &options, &filter);
            let result = storage::write_atomically(&path, text.as_bytes())
                .map_err(|error| error.to_string());
            let _ = sender.send(JobResult::Exported(path, result));
        });
    }
}
