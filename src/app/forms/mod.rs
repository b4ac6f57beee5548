//! Forms: each edits a copy of a record (the draft), validated as you type,
//! and is committed with Save (Enter, or Ctrl+Enter from any field) or
//! closed with Cancel (Escape). Escape closes the innermost thing first: an
//! open picker or day picker, then a focused field, and only then the form,
//! which asks Save / Discard / Keep editing when the draft has changes.

pub mod fields;
mod records;

use egui::{Key, Modifiers, RichText, Ui};

use crate::model::validate::record_problems;
use crate::model::{AnyRecord, CountryId, DocumentKind, InstitutionId, MeetingKind, Workspace};
use crate::tr;
use fields::FieldState;

/// What the user decided in a form this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    /// Still open: nothing decided this frame.
    Editing,
    /// Save the draft and close the form.
    Save,
    /// Save, then a new form for the next record like this one.
    SaveAndAddAnother,
    /// Closed with nothing to lose.
    Cancel,
    /// Closed, throwing away changes: the draft is kept to reopen.
    Discard,
}

/// An open form.
#[derive(Debug)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about one form (new, kind chosen, asking to close, …), not states of one machine"
)]
pub struct Form {
    /// The record as edited so far; the workspace is untouched until Save.
    pub draft: AnyRecord,
    /// The draft as the form opened: closing asks only when they differ.
    original: AnyRecord,
    /// Adding a new record rather than editing one.
    pub is_new: bool,
    /// What the fields hold between frames: typed dates, searches, problems.
    pub fields: FieldState,
    /// The "Save / Discard / Keep editing" question is shown.
    asking_to_close: bool,
    /// At the end of the last pass a pop-up (picker, day picker, menu) was
    /// open or a field had keyboard focus: Escape this frame is theirs.
    /// Read from the last pass because egui closes pop-ups and drops
    /// focus on Escape before the form can see the key.
    escape_belongs_inside: bool,
    /// The country of the page the form was opened over, if any.
    pub page_country: Option<CountryId>,
    /// The kind was chosen in its list: no longer guessed from the title.
    kind_chosen: bool,
    /// A new activity's "More activities, one per line": each line becomes
    /// an activity like the draft (pasted from an article).
    pub more_activities: String,
    /// The facts of the first source the draft cites, read once: the text
    /// shown under the fields to fill them from.
    source_facts: Option<(crate::model::SourceId, Vec<crate::extract::Fact>)>,
}

impl Form {
    /// A form on `draft`, a new record or a copy of an existing one.
    pub fn new(draft: AnyRecord, is_new: bool) -> Self {
        Self {
            original: draft.clone(),
            draft,
            is_new,
            fields: FieldState::new(),
            asking_to_close: false,
            escape_belongs_inside: false,
            page_country: None,
            more_activities: String::new(),
            kind_chosen: false,
            source_facts: None,
        }
    }

    /// The reasons the draft cannot be saved (empty when it can).
    pub fn blocking_problems(&self) -> Vec<String> {
        self.fields.blocking_problems()
    }

    /// The draft differs from what the form opened with, or a field holds
    /// text that does not parse yet (it is not in the draft, but typed).
    pub fn has_changes(&self) -> bool {
        self.draft != self.original
            || self.fields.has_unparsed_text()
            || !self.more_activities.trim().is_empty()
    }

    /// The records Save adds besides the draft: one activity like it for
    /// each line of "More activities".
    pub fn more_records(&self, now: chrono::DateTime<chrono::Utc>) -> Vec<AnyRecord> {
        let AnyRecord::Activity(activity) = &self.draft else {
            return Vec::new();
        };
        self.more_activities
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| {
                AnyRecord::Activity(crate::model::Activity {
                    id: crate::model::ActivityId::random(),
                    created_at: now,
                    modified_at: now,
                    description: line.to_owned(),
                    ..activity.clone()
                })
            })
            .collect()
    }

    /// The draft "Save and add another" opens next: a new record of the
    /// same kind that keeps what the next one most likely shares (the
    /// plan, due period, responsible sides and sources of an activity;
    /// the country, kind, period and unit of an indicator…).
    pub fn next_draft(&self, now: chrono::DateTime<chrono::Utc>) -> AnyRecord {
        use crate::model::{
            Activity, Commission, Country, Document, Indicator, Institution, Meeting, Person,
            Source,
        };
        match &self.draft {
            AnyRecord::Activity(saved) => AnyRecord::Activity(Activity {
                responsible: saved.responsible.clone(),
                due: saved.due,
                sources: saved.sources.clone(),
                ..Activity::new(saved.plan, "", now)
            }),
            AnyRecord::Indicator(saved) => AnyRecord::Indicator(Indicator {
                unit: saved.unit.clone(),
                sources: saved.sources.clone(),
                ..Indicator::new(saved.country, saved.kind, saved.period, now)
            }),
            AnyRecord::Document(saved) => AnyRecord::Document(Document {
                parties: saved.parties.clone(),
                sources: saved.sources.clone(),
                ..Document::new(saved.kind, "", now)
            }),
            // The next meeting of a day's programme (or of the day
            // double-clicked in the calendar) is on the same days.
            AnyRecord::Meeting(saved) => AnyRecord::Meeting(Meeting {
                commission: saved.commission,
                countries: saved.countries.clone(),
                start: saved.start,
                end: saved.end,
                sources: saved.sources.clone(),
                ..Meeting::new(saved.kind, "", now)
            }),
            AnyRecord::Institution(saved) => AnyRecord::Institution(Institution {
                sources: saved.sources.clone(),
                ..Institution::new(saved.country, saved.kind, "", now)
            }),
            AnyRecord::Person(saved) => AnyRecord::Person(Person {
                sources: saved.sources.clone(),
                ..Person::new("", now)
            }),
            AnyRecord::Commission(saved) => AnyRecord::Commission(Commission {
                parties: saved.parties.clone(),
                ..Commission::new("", now)
            }),
            AnyRecord::Source(saved) => AnyRecord::Source(Source {
                publisher: saved.publisher.clone(),
                ..Source::new("", now)
            }),
            AnyRecord::Country(_) => AnyRecord::Country(Country::new("", now)),
        }
    }

    /// The "Save / Discard / Keep editing" question is open.
    pub fn is_asking_to_close(&self) -> bool {
        self.asking_to_close
    }

    /// "New agreement" or "Edit person": what the form is doing.
    pub fn heading(&self) -> String {
        let noun = match &self.draft {
            AnyRecord::Document(document) => document.kind.label().to_lowercase(),
            AnyRecord::Meeting(meeting) => meeting.kind.label().to_lowercase(),
            other => other.id().kind().noun().to_owned(),
        };
        // The kind picks the title's wording: Russian and Azerbaijani
        // agree "new" and inflect "edit …" with the noun.
        let kind = title_kind(&self.draft);
        if self.is_new {
            tr!("forms-title-new", kind = kind, noun = noun)
        } else {
            tr!("forms-title-edit", kind = kind, noun = noun)
        }
    }

    /// Saves when nothing stands in the way; otherwise shows every problem
    /// and sends the focus to the first.
    fn try_save(&mut self, problems: &[String]) -> FormOutcome {
        if problems.is_empty() {
            return FormOutcome::Save;
        }
        self.fields.save_tried = true;
        if let Some(path) = self.fields.first_problem_path() {
            self.fields.focus_within(path);
        }
        FormOutcome::Editing
    }

    /// A new document's or indicator's kind follows what its title or
    /// label says ("Action plan on …", "Exports …") until the officer
    /// chooses one in the list.
    fn guess_kind(&mut self, kind_before: Option<&str>) {
        if kind_of(&self.draft).as_deref() != kind_before {
            self.kind_chosen = true;
        }
        if !self.is_new || self.kind_chosen {
            return;
        }
        match &mut self.draft {
            AnyRecord::Document(document) => {
                if let Some(kind) = crate::model::DocumentKind::guess_from_title(&document.title) {
                    document.kind = kind;
                }
            }
            AnyRecord::Indicator(indicator) => {
                if let Some(kind) = crate::model::IndicatorKind::guess_from_label(&indicator.label)
                {
                    indicator.kind = kind;
                }
            }
            _ => {}
        }
    }

    /// Closes at once when nothing would be lost, otherwise asks.
    fn close_or_ask(&mut self) -> FormOutcome {
        if self.has_changes() {
            self.asking_to_close = true;
            FormOutcome::Editing
        } else {
            FormOutcome::Cancel
        }
    }

    /// Draws the form and says what the officer decided this frame.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Workspace,
        today: chrono::NaiveDate,
    ) -> FormOutcome {
        let escape_is_inside = std::mem::take(&mut self.escape_belongs_inside);
        // Ctrl+Enter saves from any field, a multi-line one included: taken
        // before the fields draw, so no field types it.
        let save_key = !self.asking_to_close
            && ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, Key::Enter));
        self.fields.begin_pass(today);
        self.fields.context_countries =
            context_countries(workspace, &self.draft, self.page_country);
        let heading = self.heading();
        // The form is one region named by its title: a reader says "New
        // country, form" as the focus enters its first field.
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::Form);
            node.set_label(heading.as_str());
        });
        crate::app::a11y::heading(ui, heading);
        ui.add_space(4.0);
        let kind_before = kind_of(&self.draft);
        let fields = &mut self.fields;
        let draft = &mut self.draft;
        let more_activities = &mut self.more_activities;
        let source_facts = &mut self.source_facts;
        let is_new = self.is_new;
        egui::ScrollArea::vertical()
            .id_salt("form")
            .auto_shrink([false, true])
            .max_height(ui.available_height() - 64.0)
            .show(ui, |ui| {
                // Every row is as wide as the panel and no wider: long
                // values truncate, messages wrap under their field.
                ui.set_max_width(ui.available_width());
                match draft {
                    AnyRecord::Country(record) => records::country(ui, fields, workspace, record),
                    AnyRecord::Institution(record) => {
                        records::institution(ui, fields, workspace, record);
                    }
                    AnyRecord::Person(record) => records::person(ui, fields, workspace, record),
                    AnyRecord::Document(record) => {
                        records::document(ui, fields, workspace, record);
                    }
                    AnyRecord::Activity(record) => {
                        records::activity(ui, fields, workspace, record);
                        if is_new {
                            fields::multiline(
                                ui,
                                fields,
                                &tr!("forms-more-activities"),
                                more_activities,
                            );
                        }
                    }
                    AnyRecord::Commission(record) => {
                        records::commission(ui, fields, workspace, record);
                    }
                    AnyRecord::Meeting(record) => records::meeting(ui, fields, workspace, record),
                    AnyRecord::Indicator(record) => {
                        records::indicator(ui, fields, workspace, record);
                    }
                    AnyRecord::Source(record) => records::source(ui, fields, record),
                }
                source_text(ui, workspace, draft, fields, source_facts);
            });
        self.fields.end_pass();
        self.guess_kind(kind_before.as_deref());
        // A record just made from a picker is added after this pass, so
        // the draft's reference to it shows as missing for this one frame.
        self.fields.problems = record_problems(workspace, &self.draft);

        let problems = self.blocking_problems();
        let mut outcome = FormOutcome::Editing;
        ui.separator();
        let mut save_clicked = save_key;
        let mut add_another = false;
        ui.horizontal(|ui| {
            // Always enabled: a Save with problems shows them all and goes
            // to the first, rather than leaving the officer to guess.
            let save = ui.button(tr!("common-save"));
            // Save stays enabled and reachable by Tab, and says why it
            // would not save before it is pressed.
            let reason = problems
                .first()
                .map(|first| tr!("forms-cannot-save", problem = first));
            ui.ctx()
                .accesskit_node_builder(save.id, |node| match &reason {
                    Some(reason) => node.set_description(reason.as_str()),
                    None => node.clear_description(),
                });
            save_clicked |= save.clicked();
            // On an edit too: the next record is a new one like this.
            if ui.button(tr!("forms-save-and-add-another")).clicked() {
                add_another = true;
            }
            if ui.button(tr!("common-cancel")).clicked() {
                outcome = self.close_or_ask();
            }
        });
        if self.fields.save_tried
            && let Some(first) = problems.first()
        {
            let text = match problems.len() {
                1 => tr!("forms-cannot-save", problem = first),
                count => tr!("forms-cannot-save-more", problem = first, count = count - 1),
            };
            let message = ui.add(
                egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap(),
            );
            crate::app::a11y::announce(ui, &message, true);
        }

        let popup_open = egui::Popup::is_any_open(ui.ctx());
        if self.asking_to_close {
            outcome = self.close_question(ui.ctx(), &problems);
        } else if !popup_open {
            if !escape_is_inside
                && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape))
            {
                outcome = self.close_or_ask();
                ui.ctx().request_repaint();
            } else if !self.fields.multiline_focused
                && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter))
            {
                save_clicked = true;
            }
        }
        if save_clicked || add_another {
            outcome = self.try_save(&problems);
            if add_another && outcome == FormOutcome::Save {
                outcome = FormOutcome::SaveAndAddAnother;
            }
        }
        self.escape_belongs_inside = self.fields.inner_popup_open
            || egui::Popup::is_any_open(ui.ctx())
            || self.fields.text_field_focused;
        outcome
    }

    /// Save / Discard / Keep editing, in front of the form; Escape or a
    /// click beside it keeps editing (Thunderbird's event dialog).
    fn close_question(&mut self, ctx: &egui::Context, problems: &[String]) -> FormOutcome {
        let mut outcome = FormOutcome::Editing;
        let modal = egui::Modal::new(egui::Id::unique("form_close_question")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            crate::app::a11y::heading(ui, tr!("forms-close-question"));
            ui.label(tr!("forms-close-question-detail", title = self.heading()));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let save = ui
                    .add_enabled(problems.is_empty(), egui::Button::new(tr!("common-save")))
                    .on_disabled_hover_text(problems.first().cloned().unwrap_or_default());
                if save.clicked() {
                    outcome = FormOutcome::Save;
                }
                if ui.button(tr!("common-discard")).clicked() {
                    outcome = FormOutcome::Discard;
                }
                if ui.button(tr!("common-keep-editing")).clicked() {
                    self.asking_to_close = false;
                }
            });
        });
        if modal.should_close() {
            self.asking_to_close = false;
        }
        if outcome != FormOutcome::Editing {
            self.asking_to_close = false;
        }
        outcome
    }
}

/// The countries a draft is about, then the page's: where a record made
/// from one of its pickers most likely belongs. The home country comes
/// last (the other side of an agreement is the one usually missing).
/// Reads only the few records the draft refers to.
fn context_countries(
    workspace: &Workspace,
    draft: &AnyRecord,
    page_country: Option<CountryId>,
) -> Vec<CountryId> {
    let country_of = |id: &InstitutionId| {
        workspace
            .institutions()
            .get(id)
            .map(|institution| institution.country)
    };
    let mut countries: Vec<CountryId> = match draft {
        AnyRecord::Institution(institution) => vec![institution.country],
        AnyRecord::Indicator(indicator) => vec![indicator.country],
        AnyRecord::Meeting(meeting) => meeting.countries.clone(),
        AnyRecord::Document(document) => document.parties.iter().filter_map(country_of).collect(),
        AnyRecord::Commission(commission) => {
            commission.parties.iter().filter_map(country_of).collect()
        }
        AnyRecord::Activity(activity) => activity
            .responsible
            .iter()
            .filter_map(country_of)
            .chain(
                workspace
                    .documents()
                    .get(&activity.plan)
                    .into_iter()
                    .flat_map(|plan| plan.parties.iter().filter_map(country_of)),
            )
            .collect(),
        AnyRecord::Person(person) => person
            .positions
            .iter()
            .filter_map(|position| country_of(&position.institution))
            .collect(),
        AnyRecord::Country(_) | AnyRecord::Source(_) => Vec::new(),
    };
    countries.extend(page_country);
    let home = workspace.home_country();
    // Stable: the draft's own countries keep their order before the page's.
    countries.sort_by_key(|country| Some(*country) == home);
    let mut seen = std::collections::HashSet::new();
    countries.retain(|country| seen.insert(*country));
    countries
}

/// A draft's kind, where the officer may choose one, for telling a choice
/// made in the list from one guessed.
/// Under the fields: the text of the first source the draft cites, its
/// facts marked; a fact clicked goes into the field that last had the
/// focus (a date into a date field, a name into a picker's search).
fn source_text(
    ui: &mut Ui,
    workspace: &Workspace,
    draft: &AnyRecord,
    fields: &mut FieldState,
    source_facts: &mut Option<(crate::model::SourceId, Vec<crate::extract::Fact>)>,
) {
    let Some(source) = draft
        .sources()
        .iter()
        .find_map(|id| workspace.sources().get(id))
        .filter(|source| !source.text.trim().is_empty())
    else {
        return;
    };
    // Without the workspace's names, which would cost a scan of it:
    // dates, figures, names and titles are what fields take.
    if source_facts.as_ref().map(|(id, _)| *id) != Some(source.id) {
        let facts = crate::extract::extract(&source.text, None);
        *source_facts = Some((source.id, facts));
    }
    let Some((_, facts)) = source_facts.as_ref() else {
        return;
    };
    ui.add_space(8.0);
    // A fixed, short header: a source's title can be a sentence long and
    // would widen the form past its panel.
    egui::CollapsingHeader::new(tr!("forms-source-text"))
        .id_salt("source text")
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(&source.title).strong()).truncate());
            ui.weak(tr!("forms-source-text-hint"));
            if let Some(fact) =
                crate::app::views::source_text::ui(ui, workspace, &source.text, facts)
            {
                fields.fill_last_focused(fill_text(&source.text, fact));
                ui.ctx().request_repaint();
            }
        });
}

/// What a fact puts into a field: a date as people write it, a figure as
/// a number, a name as the text gives it.
fn fill_text(text: &str, fact: &crate::extract::Fact) -> String {
    use crate::extract::FactValue;
    match &fact.value {
        FactValue::Date { date, .. } => date.human(),
        FactValue::Amount { number, .. } | FactValue::Percent { number, .. } => number.to_string(),
        FactValue::Person { name, .. } => name.clone(),
        FactValue::Session { number, .. } => number.to_string(),
        FactValue::Record { name, .. } => name.clone(),
        FactValue::Title(said) | FactValue::Institution(said) | FactValue::Place(said) => {
            said.clone()
        }
        FactValue::Period { .. } | FactValue::Signing { .. } => fact.text(text).to_owned(),
    }
}

/// The kind a form's title names, as its messages select on it: the
/// record's kind, or a document's or meeting's own kind
/// ("document-agreement", "meeting-signing").
fn title_kind(draft: &AnyRecord) -> &'static str {
    match draft {
        AnyRecord::Document(document) => match document.kind {
            DocumentKind::CooperationProtocol => "document-cooperation-protocol",
            DocumentKind::Agreement => "document-agreement",
            DocumentKind::ProceduralAgreement => "document-procedural-agreement",
            DocumentKind::CommissionProtocol => "document-commission-protocol",
            DocumentKind::ActionPlan => "document-action-plan",
            DocumentKind::Memorandum => "document-memorandum",
            DocumentKind::JointDeclaration => "document-joint-declaration",
            DocumentKind::Other => "document",
        },
        AnyRecord::Meeting(meeting) => match meeting.kind {
            MeetingKind::CommissionSession => "meeting-commission-session",
            MeetingKind::IncomingVisit => "meeting-incoming-visit",
            MeetingKind::OutgoingVisit => "meeting-outgoing-visit",
            MeetingKind::Consultation => "meeting-consultation",
            MeetingKind::WorkingGroup => "meeting-working-group",
            MeetingKind::Signing => "meeting-signing",
            MeetingKind::Other => "meeting",
        },
        other => other.id().kind().noun(),
    }
}

fn kind_of(draft: &AnyRecord) -> Option<String> {
    match draft {
        AnyRecord::Document(document) => Some(document.kind.to_string()),
        AnyRecord::Indicator(indicator) => Some(indicator.kind.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, with_language};
    use crate::model::{Document, Meeting};

    #[test]
    fn a_forms_title_agrees_with_its_record_in_each_language() {
        let now = chrono::Utc::now();
        let signing = Form::new(
            AnyRecord::Meeting(Meeting::new(MeetingKind::Signing, "", now)),
            true,
        );
        let declaration = Form::new(
            AnyRecord::Document(Document::new(DocumentKind::JointDeclaration, "", now)),
            false,
        );
        assert_eq!(signing.heading(), "New signing");
        assert_eq!(declaration.heading(), "Edit joint declaration");
        with_language(Language::Russian, || {
            assert_eq!(signing.heading(), "Новая церемония подписания");
            assert_eq!(declaration.heading(), "Изменить совместную декларацию");
            assert_eq!(
                tr!("forms-close-question-detail", title = signing.heading()),
                "В форме «Новая церемония подписания» есть несохранённые изменения."
            );
        });
        with_language(Language::Azerbaijani, || {
            assert_eq!(signing.heading(), "Yeni imzalanma mərasimi");
            assert_eq!(declaration.heading(), "Birgə bəyannaməni redaktə et");
        });
    }

    #[test]
    fn counts_under_a_form_take_russian_plural_forms() {
        with_language(Language::Russian, || {
            assert_eq!(
                tr!("forms-picker-more", count = 3_usize),
                "Ещё 3 записи — уточните поиск"
            );
            assert_eq!(
                tr!("forms-picker-more", count = 25_usize),
                "Ещё 25 записей — уточните поиск"
            );
            assert_eq!(
                tr!(
                    "forms-cannot-save-more",
                    problem = "Название: не указано",
                    count = 21_usize
                ),
                "Нельзя сохранить: Название: не указано (и ещё 21 проблема)"
            );
        });
        with_language(Language::Azerbaijani, || {
            assert_eq!(
                tr!("forms-picker-more", count = 5_usize),
                "Daha 5 nəticə — axtarışı dəqiqləşdirin"
            );
        });
        assert_eq!(
            tr!("forms-picker-more", count = 5_usize),
            "5 more — refine the search"
        );
    }

    /// A nested row (a position's dates) in a 1024×700 window keeps its
    /// day picker and Remove inside the form, on one line, in every
    /// language.
    #[test]
    fn a_nested_rows_buttons_stay_in_the_form_in_each_language() {
        use crate::model::{
            Country, Institution, InstitutionKind, PartialDate, Person, Position, RecordId,
        };
        use egui_kittest::kittest::Queryable as _;

        let now = chrono::Utc::now();
        let mut workspace = Workspace::new("Department");
        let romania = Country::new("Romania", now);
        let ministry = Institution::new(romania.id, InstitutionKind::Ministry, "Ministry", now);
        let mut person = Person::new("Ion Popescu", now);
        person.positions.push(Position {
            institution: ministry.id,
            title: "Minister".to_owned(),
            from: Some(PartialDate::Year(2019)),
            to: None,
        });
        let person_id = person.id;
        let _ = workspace.add(romania, now).expect("added");
        let _ = workspace.add(ministry, now).expect("added");
        let _ = workspace.add(person.clone(), now).expect("added");
        for language in Language::ALL {
            let settings = crate::app::Settings {
                language: Some(language),
                ..crate::app::Settings::default()
            };
            let mut app = crate::app::AccordApp::with_clock(
                settings,
                Box::new(crate::app::file_dialog::NativeChooser),
                crate::app::clock::Clock::Fixed(
                    chrono::NaiveDate::from_ymd_opt(2026, 3, 18).expect("a day"),
                ),
            );
            app.open_session(workspace.clone(), None);
            app.history
                .go(crate::app::route::Route::Record(RecordId::Person(
                    person_id,
                )));
            app.form = Some(Form::new(AnyRecord::Person(person.clone()), false));
            let mut harness = egui_kittest::Harness::builder()
                .with_size(egui::vec2(1024.0, 700.0))
                .with_max_steps(16)
                .with_context_setup(crate::app::install_fonts)
                .build_ui_state(|ui, app: &mut crate::app::AccordApp| app.ui(ui), app);
            harness.run();
            let panel = harness.state().record_panel_rect.expect("the form is open");
            let one_line = harness
                .get_by_label(&with_language(language, || tr!("common-cancel")))
                .rect()
                .height();
            let (pick, remove) =
                with_language(language, || (tr!("forms-date-pick"), tr!("common-remove")));
            for label in [pick, remove] {
                let nodes: Vec<_> = harness.get_all_by_label(&label).collect();
                assert!(!nodes.is_empty(), "{language:?}: no {label:?}");
                for node in nodes {
                    let rect = node.rect();
                    assert!(
                        rect.right() <= panel.right() + 0.5 && rect.height() <= one_line + 0.5,
                        "{language:?}: {label:?} is {rect:?} in a form {panel:?}"
                    );
                }
            }
        }
        // The app set this thread's language frame by frame.
        crate::i18n::set_current(Language::English);
    }
}
