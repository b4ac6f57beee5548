//! What views ask for during a frame, as [`Action`]s, and where each is
//! applied at the end of it. Changes to the workspace are passed on to the
//! commit point.

use super::commands::UiCommand;
use super::dialogs::{self, Dialog, Pending};
use super::forms::{Form, FormOutcome};
use super::route::Route;
use super::route::Section;
use super::{AccordApp, Change};
use crate::model::{AnyRecord, RecordId};
use crate::tr;

/// What a view asked for this frame.
#[derive(Clone, Debug)]
pub enum Action {
    /// A menu or keyboard command.
    Command(UiCommand),
    /// Show another page (a section, a record, the calendar).
    Go(Route),
    /// Show a record's page.
    Open(RecordId),
    /// Open the form on a copy of the record.
    Edit(RecordId),
    /// Open the form on a new record prepared by the view (a session of this commission).
    New(AnyRecord),
    /// The "Add …" button of a section.
    AddTo(Section),
    /// Ask to delete a record: the dialog names what refers to it first.
    AskDelete(RecordId),
    /// A country page's "Export briefing…".
    ExportBriefing(crate::model::CountryId),
    /// A change to the workspace, applied by the commit point.
    Commit(Change),
    /// Opens again the form last closed with Discard.
    ReopenDiscardedForm,
    /// A source page's "Propose records…": the drafts its text implies,
    /// shown for review.
    ReviewProposals(Box<super::views::proposals::ProposalsReview>),
    /// View > Language: the interface in another language.
    SetLanguage(crate::i18n::Language),
}

impl AccordApp {
    /// Asks for the records created from pickers, then the form's Save, to
    /// be committed; drops the form on Cancel.
    pub(super) fn after_form(
        &mut self,
        created: Vec<AnyRecord>,
        outcome: FormOutcome,
        actions: &mut Vec<Action>,
    ) {
        actions.extend(
            created
                .into_iter()
                .map(|record| Action::Commit(Change::Create(record))),
        );
        match outcome {
            FormOutcome::Editing => {}
            FormOutcome::Cancel => self.form = None,
            FormOutcome::Discard => {
                self.discarded_form = self.form.take();
                if let Some(form) = &self.discarded_form {
                    self.status = tr!("app-status-discarded", form = form.heading());
                }
            }
            FormOutcome::Save | FormOutcome::SaveAndAddAnother => {
                if let Some(form) = self.form.as_ref() {
                    let now = chrono::Utc::now();
                    actions.extend(
                        form.more_records(now)
                            .into_iter()
                            .map(|record| Action::Commit(Change::Create(record))),
                    );
                    actions.push(Action::Commit(Change::SaveForm {
                        draft: form.draft.clone(),
                        is_new: form.is_new,
                    }));
                    if outcome == FormOutcome::SaveAndAddAnother {
                        // Opens once the save has closed this form.
                        actions.push(Action::New(form.next_draft(now)));
                    }
                }
            }
        }
    }

    /// Navigates, unless a form is open: its edits would be lost.
    pub(super) fn go(&mut self, route: Route) {
        if self.form.is_some() {
            self.status = tr!("app-status-form-open");
        } else {
            self.history.go(route);
        }
    }

    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if self.refused_as_read_only(&action) {
            return;
        }
        match action {
            Action::Command(command) => self.run_command(ctx, command),
            Action::Go(route) => self.go(route),
            Action::Open(id) => self.go(Route::Record(id)),
            Action::New(_) | Action::Edit(_) | Action::AddTo(_) | Action::ReopenDiscardedForm
                if self.form.is_some() =>
            {
                self.status = tr!("app-status-form-open");
            }
            Action::Edit(id) => {
                if let Some(record) = self.workspace().and_then(|workspace| workspace.record(id)) {
                    self.form = Some(Form::new(record, false));
                }
            }
            Action::New(draft) => self.form = Some(Form::new(draft, true)),
            Action::ReopenDiscardedForm => self.form = self.discarded_form.take(),
            Action::AddTo(section) => {
                if let Some(workspace) = self.workspace() {
                    match section.new_draft(workspace) {
                        Ok(draft) => self.form = Some(Form::new(draft, true)),
                        Err(reason) => self.status = reason,
                    }
                }
            }
            Action::ExportBriefing(country) => self.export_briefing(country),
            Action::ReviewProposals(review) => self.dialog = Some(Dialog::Proposals(review)),
            Action::SetLanguage(language) => self.set_language(language),
            Action::Commit(change) => self.commit(change),
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

    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
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
            UiCommand::MergeCopy => self.choose_copy_to_merge(),
            UiCommand::NewSourceFromClipboard => {
                // The text comes as a paste event in a coming frame.
                self.awaiting_source_paste =
                    Some(ctx.input(|input| input.time) + super::PASTE_WAIT);
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            UiCommand::MergeReport => self.show_merge_report(),
            UiCommand::Duplicates => self.look_for_duplicates(),
            UiCommand::Quit => self.request(Pending::Quit),
            UiCommand::Encrypt | UiCommand::ChangePassphrase => self.ask_new_passphrase(),
            UiCommand::RemoveEncryption => self.ask_remove_encryption(),
            UiCommand::RestoreBackup => self.show_backups(),
            UiCommand::RecoverUnsaved => self.look_for_unsaved_work(true),
            UiCommand::Undo => self.commit(Change::Undo),
            UiCommand::Redo | UiCommand::RedoAlternative => self.commit(Change::Redo),
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
                        officer: self.settings.officer.clone(),
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
}
