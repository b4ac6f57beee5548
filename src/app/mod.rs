//! The desktop app: a thin egui layer over the model, storage and queries.
//! Views report what the user asked for as [`Action`]s; they are applied in
//! one place at the end of the frame, and every change to the workspace
//! among them goes through the commit point (`commit.rs`). Work slower than
//! a frame runs as a job (`jobs.rs`). See ARCHITECTURE.md.

pub mod a11y;
mod actions;
mod autosave;
mod bars;
mod calendar;
pub mod clock;
pub mod commands;
mod commit;
pub mod day_picker;
mod dialogs;
mod exports;
pub mod file_dialog;
mod files;
mod fonts;
pub mod forms;
mod jobs;
mod merging;
mod panels;
mod repair;
pub mod route;
pub mod views;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::model::Workspace;
use crate::session::Session;
use crate::tr;
pub use actions::Action;
pub use autosave::{AUTOSAVE_DELAY, Safety};
use clock::Clock;
use commands::UiCommand;
pub use commit::Change;
use dialogs::{Dialog, Pending};
use file_dialog::{NativeChooser, PathChooser};
use forms::Form;
use route::{History, Route, Section};
use views::lists::SectionList;

/// How many recent files File > Open recent lists.
const RECENT_LIMIT: usize = 10;

/// What is remembered between runs (eframe's storage). The workspace itself
/// never is: it is a file the user owns.
#[derive(Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The files opened or saved lately, newest first, at most ten.
    pub recent_files: Vec<PathBuf>,
    /// The file last opened or saved, reopened at the next start when it still exists.
    pub last_workspace: Option<PathBuf>,
    /// Light, dark, or as the system is set.
    pub theme: egui::ThemePreference,
    /// The day the calendar's weeks start on.
    pub week_start: crate::query::calendar::WeekStart,
    /// The officer's name, recorded with each change they make (and each
    /// deletion), so that a merge can say who changed what. Empty until
    /// given in Edit > Workspace settings.
    pub officer: String,
    /// How many minutes without use hide an encrypted workspace until its
    /// passphrase is typed again; 0 never does.
    pub lock_after_minutes: u32,
    /// The interface's language, chosen in View > Language; none until
    /// the first start, which takes the operating system's.
    pub language: Option<Language>,
}

/// The idle lock's default: long enough not to interrupt a meeting's
/// notes, short enough for a laptop left on a table.
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 10;

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent_files: Vec::new(),
            last_workspace: None,
            theme: egui::ThemePreference::default(),
            week_start: crate::query::calendar::WeekStart::default(),
            officer: String::new(),
            lock_after_minutes: DEFAULT_LOCK_AFTER_MINUTES,
            language: None,
        }
    }
}

impl Settings {
    fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|recent| recent != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_LIMIT);
        self.last_workspace = Some(path.to_owned());
    }
}

/// The app.
pub struct AccordApp {
    /// What is remembered between runs, kept in eframe's storage.
    pub settings: Settings,
    /// The workspace being edited, with its file, undo history and state on disk; none at start.
    pub session: Option<Session>,
    /// Where the user is, with Back and Forward.
    pub history: History,
    lists: Vec<SectionList>,
    /// Find / quick open over every record.
    pub search: views::search::SearchView,
    /// The open record form, if any; while it is open, navigation waits for Save or Cancel.
    pub form: Option<Form>,
    /// The last form closed with Discard, kept so it can be reopened.
    pub discarded_form: Option<Form>,
    page: views::page::PageCache,
    /// Where the record's page or form was drawn last frame (tests check
    /// that a form stays inside it).
    pub record_panel_rect: Option<egui::Rect>,
    /// The dialog in front of the window.
    dialog: Option<Dialog>,
    /// A dialog about the file's safety (unsaved work found, changed on
    /// disk, a failed save, the backups), shown when no other is.
    safety_dialog: Option<Dialog>,
    /// Shown at the bottom; the latest outcome of a save, open or export.
    pub status: String,
    chooser: Box<dyn PathChooser>,
    jobs: jobs::Jobs,
    /// What to do once the save in progress succeeds (Save, then quit…).
    after_save: Option<Pending>,
    close_confirmed: bool,
    quit_requested: bool,
    window_title: String,
    clock: Clock,
    /// Today by `clock`, read at the start of the frame.
    today: chrono::NaiveDate,
    calendar: views::calendar::CalendarView,
    /// The start page's answer to "what is next?".
    next: views::next::NextPage,
    /// An export waiting for a typed path (no native save dialog).
    pending_export: Option<views::export_dialog::ExportRequest>,
    safety: Safety,
    repair: repair::Repair,
    /// Changes made through the commit point since the workspace opened.
    committed: u64,
    /// File > New source from clipboard… waits for the clipboard's text
    /// until this time (egui's input clock).
    awaiting_source_paste: Option<f64>,
    /// What the last merge applied here did, in words, and where the
    /// report is kept with the backups (once written).
    last_merge_report: Option<merging::MergeReport>,
    /// Hides an encrypted workspace after a while without use.
    idle: dialogs::IdleLock,
    /// The idle lock's time (tests move it on).
    stopwatch: clock::Stopwatch,
}

/// A pasted article's title: its first line that is not a dateline or a
/// byline ("date 2022-11-03 …", "By Ayya Lmahamad"), to its first full stop.
fn title_of_pasted(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .find(|line| {
            let lower = line.to_lowercase();
            !lower.starts_with("date")
                && !lower.starts_with("by ")
                && !line.starts_with(|letter: char| letter.is_ascii_digit())
        })
        .or_else(|| text.lines().map(str::trim).find(|line| !line.is_empty()))
        .unwrap_or_default();
    let sentence = line.find(". ").map_or(line, |end| &line[..end]);
    sentence.chars().take(160).collect()
}

/// How long New source from clipboard… waits for the paste, in seconds,
/// before it says the clipboard holds no text.
const PASTE_WAIT: f64 = 2.0;

impl AccordApp {
    /// An app with no workspace open, choosing paths with `chooser`.
    pub fn new(settings: Settings, chooser: Box<dyn PathChooser>) -> Self {
        Self::with_clock(settings, chooser, Clock::System)
    }

    /// An app whose today comes from `clock` (tests fix the day).
    pub fn with_clock(settings: Settings, chooser: Box<dyn PathChooser>, clock: Clock) -> Self {
        let today = clock.today();
        Self {
            settings,
            session: None,
            history: History::default(),
            lists: Section::ALL.into_iter().map(SectionList::new).collect(),
            search: views::search::SearchView::default(),
            form: None,
            discarded_form: None,
            page: views::page::PageCache::default(),
            record_panel_rect: None,
            dialog: None,
            safety_dialog: None,
            status: String::new(),
            chooser,
            jobs: jobs::Jobs::default(),
            after_save: None,
            close_confirmed: false,
            quit_requested: false,
            awaiting_source_paste: None,
            window_title: String::new(),
            clock,
            today,
            calendar: views::calendar::CalendarView::new(today),
            next: views::next::NextPage::default(),
            pending_export: None,
            safety: Safety::default(),
            repair: repair::Repair::default(),
            committed: 0,
            last_merge_report: None,
            idle: dialogs::IdleLock::default(),
            stopwatch: clock::Stopwatch::default(),
        }
    }

    /// The idle lock's stopwatch: tests move it on instead of waiting.
    pub fn stopwatch(&self) -> clock::Stopwatch {
        self.stopwatch.clone()
    }

    /// Takes today from `clock` from the next frame on.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// Opens a workspace that is already in memory, as if loaded from `path`.
    pub fn open_session(&mut self, workspace: Workspace, path: Option<PathBuf>) {
        if let Some(path) = &path {
            self.settings.remember(path);
        }
        // The replaced document was saved, discarded or unchanged.
        if let Some(old) = &self.session {
            let id = old.recovery_id;
            self.forget_recovery(id);
        }
        // A workspace with records opens on "what is next?"; a new, empty
        // one on its countries, where the first record is added.
        let first = if workspace.counts().total() == 0 {
            Route::Section(Section::Countries)
        } else {
            Route::Start
        };
        self.session = Some(Session::new(workspace, path));
        self.committed = 0;
        self.history = History::starting_at(first);
        self.lists = Section::ALL.into_iter().map(SectionList::new).collect();
        // Its index is of the previous workspace (revisions restart at 0).
        self.search = views::search::SearchView::default();
        self.form = None;
        self.discarded_form = None;
        self.page = views::page::PageCache::default();
        self.calendar = views::calendar::CalendarView::new(self.today);
        self.next = views::next::NextPage::default();
    }

    /// The open workspace, if any.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.session.as_ref().map(Session::workspace)
    }

    /// The interface's language (English until one is chosen).
    pub fn language(&self) -> Language {
        self.settings.language.unwrap_or_default()
    }

    /// Switches the interface to `language` from the next frame on; what
    /// views derived from the workspace is built again in its words.
    pub fn set_language(&mut self, language: Language) {
        self.settings.language = Some(language);
        crate::i18n::set_current(language);
        self.page = views::page::PageCache::default();
        self.lists = Section::ALL.into_iter().map(SectionList::new).collect();
        self.next = views::next::NextPage::default();
    }

    /// Whether a dialog asking Save / Discard / Cancel is showing.
    pub fn is_asking_to_save(&self) -> bool {
        matches!(self.dialog, Some(Dialog::Unsaved(_)))
    }

    /// Draws the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_current(self.language());
        self.today = self.clock.today();
        self.poll_jobs(&ctx);
        self.safety_frame(&ctx);
        if self.idle_frame(&ctx) {
            self.lock_screen(ui);
            self.update_title(&ctx);
            return;
        }
        let mut actions = Vec::new();
        self.handle_input(&ctx, &mut actions);

        egui::Panel::top("menu").show(ui, |ui| {
            a11y::name_region(ui, &tr!("app-region-menu-bar"));
            self.menu_bar(ui, &mut actions);
        });
        self.safety_banner(ui);
        egui::Panel::bottom("status").show(ui, |ui| {
            a11y::name_region(ui, &tr!("app-region-status"));
            self.status_bar(ui);
        });
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
            self.dialog = self.show_dialog(&ctx, dialog, &mut actions);
        }
        self.problems_window(&ctx);
        if self.dialog.is_none()
            && let Some(dialog) = self.safety_dialog.take()
        {
            self.safety_dialog = self.show_dialog(&ctx, dialog, &mut actions);
        }
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
        self.take_pasted_source(ctx, actions);
        if self.dialog.is_some() || self.safety_dialog.is_some() {
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
                match (session.protection.is_encrypted(), self.idle_locked()) {
                    (true, true) => tr!("app-title-locked"),
                    (true, false) => format!("🔒 {mark}{name} — Accord"),
                    (false, _) => format!("{mark}{name} — Accord"),
                }
            }
        };
        // The reader's tree is built afresh each frame, so its name is too.
        a11y::name_window(ctx, &title);
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// New source from clipboard…: the paste it asked for, taken before a
    /// text field gets it, becomes the text of a new source in its form,
    /// titled by its first line.
    fn take_pasted_source(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(deadline) = self.awaiting_source_paste else {
            return;
        };
        let pasted = ctx.input_mut(|input| {
            let at = input
                .events
                .iter()
                .position(|event| matches!(event, egui::Event::Paste(_)))?;
            match input.events.remove(at) {
                egui::Event::Paste(text) => Some(text),
                _ => None,
            }
        });
        match pasted {
            Some(text) if !text.trim().is_empty() => {
                self.awaiting_source_paste = None;
                let title = title_of_pasted(&text);
                let mut source = crate::model::Source::new(title, chrono::Utc::now());
                source.text = text;
                actions.push(Action::New(crate::model::AnyRecord::Source(source)));
            }
            // The paste wakes the app when it comes; a frame after the wait
            // with none says so.
            Some(_) | None if ctx.input(|input| input.time) > deadline => {
                self.awaiting_source_paste = None;
                self.status = tr!("app-status-clipboard-empty");
            }
            _ => {}
        }
    }

    fn idle_locked(&self) -> bool {
        self.is_locked()
    }

    /// The window title as last set: the file name, a mark for unsaved
    /// changes, and a lock for an encrypted workspace.
    pub fn window_title(&self) -> &str {
        &self.window_title
    }
}

impl eframe::App for AccordApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        AccordApp::ui(self, ui);
        if self.quit_requested {
            self.quit_requested = false;
            // A discarded document's recovery file is removed before exit.
            self.finish_jobs();
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
            install_fonts(&creation.egui_ctx);
            let mut settings: Settings = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
                .unwrap_or_default();
            settings
                .language
                .get_or_insert_with(Language::from_os_locale);
            creation.egui_ctx.set_theme(settings.theme);
            let reopen =
                file.or_else(|| settings.last_workspace.clone().filter(|path| path.exists()));
            let mut app = AccordApp::new(settings, Box::new(NativeChooser));
            if let Some((recovery, backups)) = autosave::default_folders() {
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

/// Installs the app's fonts and look into a context (used by tests, which
/// have no window).
pub fn install_fonts(ctx: &egui::Context) {
    fonts::install(ctx);
    ctx.all_styles_mut(|style| {
        // A 27,888-row list's thumb would be a few pixels tall: one that
        // can be seen and grabbed.
        style.spacing.scroll.handle_min_length = SCROLL_HANDLE_AT_LEAST;
    });
}

/// The shortest a scroll bar's handle gets, in points.
pub const SCROLL_HANDLE_AT_LEAST: f32 = 32.0;
