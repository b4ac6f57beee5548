//! The desktop app: a thin egui layer over the model, storage and queries.
//! Views report what the user asked for as [`Action`]s; they are applied in
//! one place at the end of the frame.

mod calendar;
pub mod commands;
mod dialogs;
pub mod file_dialog;
mod fonts;
pub mod forms;
pub mod route;
pub mod safety;
pub mod views;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender, channel};

use chrono::Utc;
use serde::{Deserialize, Serialize};

use crate::model::{
    Activity, AnyRecord, Commission, Country, Document, DocumentKind, Institution, InstitutionKind,
    Meeting, MeetingKind, Person, RecordId, Referrer, Source, Workspace,
};
use crate::session::Session;
use crate::storage::{self, OpenError};
use commands::UiCommand;
use dialogs::{Dialog, Pending};
use file_dialog::{Choice, NativeChooser, PathChooser};
use forms::{Form, FormOutcome};
use route::{History, Route, Section};
use views::country::CountryPageData;
use views::lists::SectionList;

/// The sample workspace, built in so it opens on any machine.
const SAMPLE_WORKSPACE: &str = include_str!("../../sample-data/sample.accord.json");
/// How many recent files File > Open recent lists.
const RECENT_LIMIT: usize = 10;

/// What is remembered between runs (eframe's storage). The workspace itself
/// never is: it is a file the user owns.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent_files: Vec<PathBuf>,
    pub last_workspace: Option<PathBuf>,
    pub theme: egui::ThemePreference,
    /// The day the calendar's weeks start on.
    pub week_start: crate::query::calendar::WeekStart,
}

impl Settings {
    fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|recent| recent != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_LIMIT);
        self.last_workspace = Some(path.to_owned());
    }
}

/// What a view asked for this frame.
#[derive(Clone, Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "a handful of actions per frame at most"
)]
pub enum Action {
    Command(UiCommand),
    Go(Route),
    Open(RecordId),
    Edit(RecordId),
    New(AnyRecord),
    /// The "Add …" button of a section.
    AddTo(Section),
    AskDelete(RecordId),
    /// A country page's "Export briefing…".
    ExportBriefing(crate::model::CountryId),
}

/// The result of work done off the UI thread.
#[expect(
    clippy::large_enum_variant,
    reason = "one result per open or save; boxing buys nothing"
)]
pub(crate) enum JobResult {
    Opened(PathBuf, Result<storage::Opened, OpenError>),
    Saved {
        path: PathBuf,
        state_id: u64,
        result: Result<u64, storage::SaveFailure>,
    },
    Exported(PathBuf, Result<(), String>),
}

/// What the page beside the list shows that needs a scan of the workspace.
struct PageCache {
    record: RecordId,
    revision: u64,
    referrers: Vec<Referrer>,
    country: CountryPageData,
}

/// The app.
pub struct AccordApp {
    pub settings: Settings,
    pub session: Option<Session>,
    pub history: History,
    lists: Vec<SectionList>,
    /// Find / quick open over every record.
    pub search: views::search::SearchView,
    pub form: Option<Form>,
    page: Option<PageCache>,
    dialog: Option<Dialog>,
    /// Shown at the bottom; the latest outcome of a save, open or export.
    pub status: String,
    chooser: Box<dyn PathChooser>,
    jobs_sender: Sender<JobResult>,
    jobs: Receiver<JobResult>,
    jobs_running: usize,
    /// What to do once the save in progress succeeds (Save, then quit…).
    after_save: Option<Pending>,
    close_confirmed: bool,
    quit_requested: bool,
    window_title: String,
    today: chrono::NaiveDate,
    calendar: views::calendar::CalendarView,
    /// An export waiting for a typed path (no native save dialog).
    pending_export: Option<views::export_dialog::ExportRequest>,
    safety: safety::Safety,
}

impl AccordApp {
    /// An app with no workspace open, choosing paths with `chooser`.
    pub fn new(settings: Settings, chooser: Box<dyn PathChooser>) -> Self {
        let (jobs_sender, jobs) = channel();
        Self {
            settings,
            session: None,
            history: History::default(),
            lists: Section::ALL.into_iter().map(SectionList::new).collect(),
            search: views::search::SearchView::default(),
            form: None,
            page: None,
            dialog: None,
            status: String::new(),
            chooser,
            jobs_sender,
            jobs,
            jobs_running: 0,
            after_save: None,
            close_confirmed: false,
            quit_requested: false,
            window_title: String::new(),
            today: chrono::Local::now().date_naive(),
            calendar: views::calendar::CalendarView::new(chrono::Local::now().date_naive()),
            pending_export: None,
            safety: safety::Safety::default(),
        }
    }

    /// Opens a workspace that is already in memory, as if loaded from `path`.
    pub fn open_session(&mut self, workspace: Workspace, path: Option<PathBuf>) {
        if let Some(path) = &path {
            self.settings.remember(path);
        }
        // The replaced document was saved, discarded or unchanged.
        if let Some(old) = &self.session {
            self.safety.forget(old.recovery_id);
        }
        self.session = Some(Session::new(workspace, path));
        self.history = History::default();
        self.lists = Section::ALL.into_iter().map(SectionList::new).collect();
        // Its index is of the previous workspace (revisions restart at 0).
        self.search = views::search::SearchView::default();
        self.form = None;
        self.page = None;
        self.calendar = views::calendar::CalendarView::new(self.today);
    }

    /// The open workspace, if any.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.session.as_ref().map(Session::workspace)
    }

    /// Whether a dialog asking Save / Discard / Cancel is showing.
    pub fn is_asking_to_save(&self) -> bool {
        matches!(self.dialog, Some(Dialog::Unsaved(_)))
    }

    /// Waits for background opens and saves to finish (for tests and quit).
    pub fn finish_jobs(&mut self) {
        while self.jobs_running > 0 {
            match self.jobs.recv() {
                Ok(result) => self.job_done(result),
                Err(_) => break,
            }
        }
    }

    /// Draws the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_jobs(&ctx);
        self.safety_frame(&ctx);
        let mut actions = Vec::new();
        self.handle_input(&ctx, &mut actions);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, &mut actions));
        self.safety_banner(ui);
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if self.session.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                match views::start::ui(ui, &self.settings.recent_files) {
                    Some(views::start::StartChoice::Command(command)) => {
                        actions.push(Action::Command(command));
                    }
                    Some(views::start::StartChoice::Recent(path)) => {
                        self.request(Pending::Open(path));
                    }
                    None => {}
                }
            });
        } else {
            self.workspace_ui(ui, &mut actions);
            if let Some(session) = self.session.as_ref()
                && let Some(found) =
                    self.search
                        .ui(&ctx, &session.shared_workspace(), session.revision())
            {
                actions.push(Action::Open(found));
            }
        }
        if let Some(dialog) = self.dialog.take() {
            self.dialog = self.show_dialog(&ctx, dialog);
        }
        self.safety_ui(&ctx);
        for action in actions {
            self.apply(&ctx, action);
        }
        self.update_title(&ctx);
    }

    fn handle_input(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if ctx.input(|input| input.viewport().close_requested()) {
            if self.close_confirmed || !self.is_modified() {
                self.close_confirmed = true;
            } else {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Pending::Quit));
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.request(Pending::Open(path));
        }
        if self.dialog.is_some() || self.safety.dialog.is_some() {
            return;
        }
        if let Some(command) = UiCommand::pressed(ctx) {
            let typing = ctx.egui_wants_keyboard_input();
            let text_editing_command = matches!(
                command,
                UiCommand::Undo
                    | UiCommand::Redo
                    | UiCommand::RedoAlternative
                    | UiCommand::Back
                    | UiCommand::Forward
            );
            // In a text field these keys edit the text; leave them to it.
            if !(typing && text_editing_command) {
                actions.push(Action::Command(command));
            }
        }
        if ctx.input(|input| input.pointer.button_clicked(egui::PointerButton::Extra1)) {
            actions.push(Action::Command(UiCommand::Back));
        }
        if ctx.input(|input| input.pointer.button_clicked(egui::PointerButton::Extra2)) {
            actions.push(Action::Command(UiCommand::Forward));
        }
    }

    fn is_modified(&self) -> bool {
        self.session.as_ref().is_some_and(Session::is_modified)
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let ctx = ui.ctx().clone();
        let item =
            |ui: &mut egui::Ui, command: UiCommand, enabled: bool, actions: &mut Vec<Action>| {
                let mut button = egui::Button::new(command.label());
                if let Some(shortcut) = command.shortcut() {
                    button = button.shortcut_text(ctx.format_shortcut(&shortcut));
                }
                if ui.add_enabled(enabled, button).clicked() {
                    actions.push(Action::Command(command));
                }
            };
        let open = self.session.is_some();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, UiCommand::New, true, actions);
                item(ui, UiCommand::Open, true, actions);
                item(ui, UiCommand::OpenByPath, true, actions);
                ui.menu_button("Open recent", |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.weak("No recent workspaces");
                    }
                    for path in self.settings.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(Pending::Open(path));
                        }
                    }
                });
                item(ui, UiCommand::OpenSample, true, actions);
                ui.separator();
                item(ui, UiCommand::Save, open, actions);
                item(ui, UiCommand::SaveAs, open, actions);
                item(ui, UiCommand::Export, open, actions);
                ui.separator();
                item(ui, UiCommand::RestoreBackup, open, actions);
                item(ui, UiCommand::RecoverUnsaved, true, actions);
                ui.separator();
                item(ui, UiCommand::Quit, true, actions);
            });
            ui.menu_button("Edit", |ui| {
                let session = self.session.as_ref();
                let undo = session.and_then(Session::undo_description);
                let redo = session.and_then(Session::redo_description);
                item(ui, UiCommand::Undo, undo.is_some(), actions);
                if let Some(undo) = undo {
                    ui.weak(format!("  {undo}"));
                }
                item(ui, UiCommand::Redo, redo.is_some(), actions);
                if let Some(redo) = redo {
                    ui.weak(format!("  {redo}"));
                }
                ui.separator();
                item(ui, UiCommand::Find, open, actions);
                item(ui, UiCommand::QuickOpen, open, actions);
                item(ui, UiCommand::WorkspaceSettings, open, actions);
            });
            ui.menu_button("View", |ui| {
                item(ui, UiCommand::Back, self.history.can_go_back(), actions);
                item(
                    ui,
                    UiCommand::Forward,
                    self.history.can_go_forward(),
                    actions,
                );
                ui.separator();
                ui.label("Theme");
                for (preference, label) in [
                    (egui::ThemePreference::System, "Follow the system"),
                    (egui::ThemePreference::Light, "Light"),
                    (egui::ThemePreference::Dark, "Dark"),
                ] {
                    if ui
                        .radio_value(&mut self.settings.theme, preference, label)
                        .changed()
                    {
                        ui.ctx().set_theme(preference);
                    }
                }
            });
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(session) = &self.session {
                let place = session.path.as_ref().map_or_else(
                    || "not saved yet".to_owned(),
                    |path| path.display().to_string(),
                );
                ui.weak(place);
                ui.separator();
                ui.weak(format!("{} records", session.workspace().counts().total()));
                if session.is_modified() {
                    ui.separator();
                    ui.weak("unsaved changes");
                }
            }
            if self.jobs_running > 0 {
                ui.separator();
                ui.spinner();
            }
            if !self.status.is_empty() {
                ui.separator();
                ui.label(&self.status);
            }
        });
    }

    fn workspace_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let route = self.history.current();
        let section = route.section();
        egui::Panel::left("navigation")
            .resizable(false)
            .exact_size(190.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(self.history.can_go_back(), egui::Button::new("← Back"))
                        .on_hover_text("Back (Alt+Left)")
                        .clicked()
                    {
                        actions.push(Action::Command(UiCommand::Back));
                    }
                    if ui
                        .add_enabled(
                            self.history.can_go_forward(),
                            egui::Button::new("Forward →"),
                        )
                        .on_hover_text("Forward (Alt+Right)")
                        .clicked()
                    {
                        actions.push(Action::Command(UiCommand::Forward));
                    }
                });
                ui.separator();
                if let Some(clicked) = views::nav::ui(ui, route) {
                    actions.push(Action::Go(clicked));
                }
            });

        let selected = match route {
            Route::Record(id) => Some(id),
            Route::Section(_) | Route::Calendar => None,
        };
        if self.form.is_some() || selected.is_some() {
            let width = ui.available_width();
            egui::Panel::right("record")
                .resizable(true)
                .default_size(width * 0.62)
                .min_size(360.0)
                .max_size(width * 0.8)
                .show(ui, |ui| self.record_panel(ui, selected, actions));
        }
        if route == Route::Calendar {
            egui::CentralPanel::default().show(ui, |ui| self.calendar_ui(ui, actions));
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            Self::section_header(ui, section, actions);
            let today = self.today;
            let Some(session) = self.session.as_ref() else {
                return;
            };
            let revision = session.revision();
            let index = Section::ALL
                .iter()
                .position(|candidate| *candidate == section)
                .unwrap_or(0);
            let list = &mut self.lists[index];
            if ids_in_section(session.workspace(), section) == 0 {
                empty_state(ui, section, actions);
                return;
            }
            if let Some(clicked) = list.ui(ui, session.workspace(), revision, selected, today) {
                actions.push(Action::Open(clicked));
            }
        });
    }

    fn section_header(ui: &mut egui::Ui, section: Section, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.heading(section.label());
            if ui.button(section.add_label()).clicked() {
                actions.push(Action::AddTo(section));
            }
        });
    }

    fn record_panel(
        &mut self,
        ui: &mut egui::Ui,
        selected: Option<RecordId>,
        actions: &mut Vec<Action>,
    ) {
        ui.set_max_width(ui.available_width());
        let Some(session) = self.session.as_ref() else {
            return;
        };
        if let Some(form) = self.form.as_mut() {
            let workspace = session.workspace();
            let outcome = form.ui(ui, workspace);
            let created: Vec<AnyRecord> = form.fields.created.drain(..).collect();
            if !created.is_empty() {
                // Validate again once they are in the workspace.
                ui.ctx().request_repaint();
            }
            self.after_form(created, outcome);
            return;
        }
        let Some(id) = selected else {
            return;
        };
        // Titles and links can be a sentence long: on a record's page they
        // wrap inside the panel instead of widening it past the window.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
        let revision = session.revision();
        let stale = self
            .page
            .as_ref()
            .is_none_or(|page| page.record != id || page.revision != revision);
        if stale {
            let workspace = session.workspace();
            let mut referrers = workspace.referrers_of(id);
            referrers.retain(|referrer| referrer.record != id);
            let country = match id {
                RecordId::Country(country) => CountryPageData {
                    timeline: crate::query::country_timeline(workspace, country, self.today),
                },
                _ => CountryPageData::default(),
            };
            self.page = Some(PageCache {
                record: id,
                revision,
                referrers,
                country,
            });
        }
        let (Some(page), Some(session)) = (self.page.as_ref(), self.session.as_ref()) else {
            return;
        };
        let workspace = session.workspace();
        match workspace.record(id) {
            Some(AnyRecord::Country(country)) => {
                views::country::ui(
                    ui,
                    workspace,
                    &country,
                    &page.referrers,
                    &page.country,
                    actions,
                );
            }
            Some(record) => views::detail::ui(ui, workspace, &record, &page.referrers, actions),
            None => {
                ui.weak("This record no longer exists.");
            }
        }
    }
}

impl AccordApp {
    /// Adds records created from pickers, then commits or drops the form.
    fn after_form(&mut self, created: Vec<AnyRecord>, outcome: FormOutcome) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        for record in created {
            let added = session.perform(|workspace| workspace.add_any(record, Utc::now()));
            if let Err(error) = added {
                self.status = format!("Could not create the record: {error}");
            }
        }
        match outcome {
            FormOutcome::Editing => {}
            FormOutcome::Cancel => self.form = None,
            FormOutcome::Save => {
                let Some(form) = self.form.as_ref() else {
                    return;
                };
                let draft = form.draft.clone();
                let id = draft.id();
                let is_new = form.is_new;
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
                        self.status = format!(
                            "Saved {} (not yet to disk)",
                            session.workspace().label_of(id)
                        );
                        self.history.go(Route::Record(id));
                    }
                    Err(error) => self.status = format!("Cannot save: {error}"),
                }
            }
        }
    }

    /// Navigates, unless a form is open: its edits would be lost.
    fn go(&mut self, route: Route) {
        if self.form.is_some() {
            self.status = "Save or cancel the form first.".to_owned();
        } else {
            self.history.go(route);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if self.refused_as_read_only(&action) {
            return;
        }
        match action {
            Action::Command(command) => self.run_command(ctx, command),
            Action::Go(route) => self.go(route),
            Action::Open(id) => self.go(Route::Record(id)),
            Action::New(_) | Action::Edit(_) | Action::AddTo(_) if self.form.is_some() => {
                self.status = "Save or cancel the form first.".to_owned();
            }
            Action::Edit(id) => {
                if let Some(record) = self.workspace().and_then(|workspace| workspace.record(id)) {
                    self.form = Some(Form::new(record, false));
                }
            }
            Action::New(draft) => self.form = Some(Form::new(draft, true)),
            Action::AddTo(section) => {
                if let Some(workspace) = self.workspace() {
                    match new_record_draft(workspace, section) {
                        Ok(draft) => self.form = Some(Form::new(draft, true)),
                        Err(reason) => self.status = reason,
                    }
                }
            }
            Action::ExportBriefing(country) => self.export_briefing(country),
            Action::AskDelete(id) => {
                if let Some(workspace) = self.workspace() {
                    let mut referrers = workspace.referrers_of(id);
                    referrers.retain(|referrer| referrer.record != id);
                    self.dialog = Some(Dialog::Delete {
                        id,
                        label: workspace.label_of(id),
                        referrers,
                    });
                }
            }
        }
    }
}

impl AccordApp {
    fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::New => self.request(Pending::New),
            UiCommand::Open => self.request(Pending::ChooseFile),
            UiCommand::OpenByPath => {
                self.dialog = Some(Dialog::Path {
                    purpose: dialogs::PathPurpose::Open,
                    text: String::new(),
                });
            }
            UiCommand::OpenSample => self.request(Pending::Sample),
            UiCommand::Save => self.save(None),
            UiCommand::SaveAs => self.save_as(),
            UiCommand::Export => self.open_export_dialog(),
            UiCommand::Quit => self.request(Pending::Quit),
            UiCommand::RestoreBackup => self.show_backups(),
            UiCommand::RecoverUnsaved => self.look_for_unsaved_work(true),
            UiCommand::Undo | UiCommand::Redo | UiCommand::RedoAlternative => {
                if let Some(session) = self.session.as_mut() {
                    let done = if command == UiCommand::Undo {
                        session.undo()
                    } else {
                        session.redo()
                    };
                    if done {
                        let workspace = session.workspace();
                        self.history.retain_existing(|id| workspace.contains(id));
                    }
                }
            }
            UiCommand::Find | UiCommand::QuickOpen => {
                if self.session.is_some() {
                    self.search.open();
                }
            }
            UiCommand::WorkspaceSettings => {
                if let Some(workspace) = self.workspace() {
                    self.dialog = Some(Dialog::Settings {
                        name: workspace.name().to_owned(),
                        home_country: workspace.home_country(),
                    });
                }
            }
            UiCommand::Back => {
                if self.form.is_none() {
                    self.history.back();
                }
            }
            UiCommand::Forward => {
                if self.form.is_none() {
                    self.history.forward();
                }
            }
        }
        ctx.request_repaint();
    }

    /// Does `pending` now, or first asks Save / Discard / Cancel when it
    /// would drop unsaved changes.
    fn request(&mut self, pending: Pending) {
        if self.is_modified() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.proceed(pending);
        }
    }

    /// Does `pending` without asking.
    fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::New => {
                self.open_session(Workspace::new("New workspace"), None);
                self.status = "New workspace: add a country to begin.".to_owned();
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
                    self.status = "The sample workspace: Save as… to keep a copy.".to_owned();
                }
                Err(error) => {
                    self.dialog = Some(Dialog::Error(format!(
                        "The sample workspace is damaged: {error}"
                    )))
                }
            },
            Pending::Quit => {
                self.close_confirmed = true;
                self.quit_requested = true;
            }
        }
    }

    fn start_open(&mut self, path: PathBuf) {
        let sender = self.jobs_sender.clone();
        self.jobs_running += 1;
        self.status = format!("Opening {}…", path.display());
        std::thread::spawn(move || {
            let result = storage::open_lenient(&path);
            let _ = sender.send(JobResult::Opened(path, result));
        });
    }

    /// Saves to the session's file, or asks where when it has none.
    fn save(&mut self, then: Option<Pending>) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        match session.path.clone() {
            Some(path) => {
                self.after_save = then;
                self.start_save(path);
            }
            None => {
                self.after_save = then;
                self.save_as();
            }
        }
    }

    fn save_as(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let suggested = Self::save_as_name(session);
        match self.chooser.choose_save(&suggested, "json") {
            Choice::Path(path) => self.start_save(path),
            Choice::Cancelled => self.after_save = None,
            Choice::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose: dialogs::PathPurpose::SaveAs,
                    text: suggested,
                });
            }
        }
    }

    fn start_save(&mut self, path: PathBuf) {
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
        let save = self.save_job(session.shared_workspace(), path.clone(), expected);
        let state_id = session.state_id();
        let sender = self.jobs_sender.clone();
        self.jobs_running += 1;
        self.status = format!("Saving {}…", path.display());
        std::thread::spawn(move || {
            let result = save();
            let _ = sender.send(JobResult::Saved {
                path,
                state_id,
                result,
            });
        });
    }

    fn poll_jobs(&mut self, ctx: &egui::Context) {
        while let Ok(result) = self.jobs.try_recv() {
            self.job_done(result);
        }
        if self.jobs_running > 0 {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
    }

    fn job_done(&mut self, result: JobResult) {
        self.jobs_running = self.jobs_running.saturating_sub(1);
        match result {
            JobResult::Opened(path, Ok(opened)) => self.opened_file(path, opened),
            JobResult::Opened(path, Err(error)) => {
                self.status = format!("Could not open {}", path.display());
                self.dialog = Some(Dialog::Error(open_error_text(&error)));
            }
            JobResult::Saved {
                path,
                state_id,
                result: Ok(hash),
            } => {
                self.settings.remember(&path);
                self.status = format!("Saved {}", path.display());
                if let Some(session) = self.session.as_mut() {
                    session.mark_saved(path, state_id);
                    session.disk_hash = Some(hash);
                    session.problems.clear();
                    session.origin = None;
                    if !session.is_modified() {
                        let id = session.recovery_id;
                        self.safety.forget(id);
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
                self.status = format!("Exported to {}", path.display());
            }
            JobResult::Exported(path, Err(error)) => {
                self.status = "Not exported".to_owned();
                self.dialog = Some(Dialog::Error(format!(
                    "Could not export to {}: {error}",
                    path.display()
                )));
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.session {
            None => "Accord".to_owned(),
            Some(session) => {
                let name = session
                    .path
                    .as_ref()
                    .and_then(|path| path.file_name())
                    .map_or_else(
                        || session.workspace().name().to_owned(),
                        |name| name.to_string_lossy().into_owned(),
                    );
                let mark = if session.is_modified() { "● " } else { "" };
                format!("{mark}{name} — Accord")
            }
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The window title as last set: the file name and a mark for unsaved changes.
    pub fn window_title(&self) -> &str {
        &self.window_title
    }
}

/// A load failure as shown to the user: what, where, and every problem.
fn open_error_text(error: &OpenError) -> String {
    match error {
        OpenError::Read { .. } => error.to_string(),
        OpenError::Load { path, .. } => {
            let problems = error.problems();
            format!(
                "{} could not be opened; it has not been changed.\n\n{}",
                path.display(),
                problems.join("\n")
            )
        }
    }
}

/// How many records a section lists.
fn ids_in_section(workspace: &Workspace, section: Section) -> usize {
    let counts = workspace.counts();
    match section {
        Section::Countries => counts.countries,
        Section::Institutions => counts.institutions,
        Section::People => counts.people,
        Section::Agreements => counts.documents,
        Section::Commissions => counts.commissions,
        Section::Meetings => counts.meetings,
        Section::ActionPlans => counts.activities,
        Section::Sources => counts.sources,
    }
}

/// The "Add …" button of a section and its fresh draft, or why it cannot
/// be added yet.
/// A fresh draft for a section's "Add …" button, or why there cannot be one
/// yet. Made on click: finding an action plan may scan the documents.
fn new_record_draft(workspace: &Workspace, section: Section) -> Result<AnyRecord, String> {
    let now = Utc::now();
    Ok(match section {
        Section::Countries => AnyRecord::Country(Country::new("", now)),
        Section::Institutions => {
            let country = workspace
                .home_country()
                .or_else(|| workspace.countries().keys().next().copied())
                .ok_or("Add a country first: an institution belongs to one.")?;
            AnyRecord::Institution(Institution::new(
                country,
                InstitutionKind::Ministry,
                "",
                now,
            ))
        }
        Section::People => AnyRecord::Person(Person::new("", now)),
        Section::Agreements => AnyRecord::Document(Document::new(DocumentKind::Agreement, "", now)),
        Section::Commissions => AnyRecord::Commission(Commission::new("", now)),
        Section::Meetings => AnyRecord::Meeting(Meeting::new(MeetingKind::Consultation, "", now)),
        Section::ActionPlans => {
            let plan = workspace
                .documents()
                .values()
                .find(|document| document.kind == DocumentKind::ActionPlan)
                .ok_or("Add an action plan (an agreement of kind Action plan) first.")?;
            AnyRecord::Activity(Activity::new(plan.id, "", now))
        }
        Section::Sources => AnyRecord::Source(Source::new("", now)),
    })
}

/// What an empty section says, with the button that fills it.
fn empty_state(ui: &mut egui::Ui, section: Section, actions: &mut Vec<Action>) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        let noun = section.label().to_lowercase();
        ui.label(format!("No {noun} yet."));
        if ui.button(section.add_label()).clicked() {
            actions.push(Action::AddTo(section));
        }
    });
}

impl eframe::App for AccordApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        AccordApp::ui(self, ui);
        if self.quit_requested {
            self.quit_requested = false;
            // A discarded document's recovery file is removed before exit.
            self.finish_safety_jobs();
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Opens the app window on `file`, or on the last workspace.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Accord")
            .with_app_id("accord")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true)
            .with_icon(crate::icon::window_icon()),
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Accord",
        options,
        Box::new(move |creation| {
            fonts::install(&creation.egui_ctx);
            let settings: Settings = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
                .unwrap_or_default();
            creation.egui_ctx.set_theme(settings.theme);
            let reopen =
                file.or_else(|| settings.last_workspace.clone().filter(|path| path.exists()));
            let mut app = AccordApp::new(settings, Box::new(NativeChooser));
            if let Some((recovery, backups)) = safety::default_folders() {
                app.set_safety_folders(recovery, backups);
            }
            if let Some(path) = reopen {
                app.start_open(path);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("accord: could not open the window: {error}");
            ExitCode::from(2)
        }
    }
}

/// Installs the app's fonts into a context (used by tests, which have no window).
pub fn install_fonts(ctx: &egui::Context) {
    fonts::install(ctx);
}
