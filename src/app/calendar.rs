//! The calendar's place in the app: it shows the calendar view and sends
//! the view's "Export these to ICS…" through the save dialog to an export job.

use super::dialogs::{self, Dialog};
use super::file_dialog::Choice;
use super::{AccordApp, Action};

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
            let folder = super::files::session_folder(session);
            match self
                .chooser
                .choose_save(folder.as_deref(), "calendar.ics", "ics")
            {
                Choice::Path(path) => self.start_calendar_export(path),
                Choice::Cancelled => {}
                Choice::Unavailable => {
                    self.dialog = Some(Dialog::Path {
                        purpose: dialogs::PathPurpose::ExportCalendar,
                        text: super::files::in_folder(folder.as_deref(), "calendar.ics"),
                    });
                }
            }
        }
    }
}
