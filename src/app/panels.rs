//! The workspace's window: navigation on the left, a section's list in
//! the middle, and a record's page or form on the right.

use super::a11y;
use super::commands::UiCommand;
use super::route::{Route, Section};
use super::views;
use super::{AccordApp, Action};
use crate::model::{AnyRecord, RecordId};
use crate::tr;

/// The narrowest the list beside a record's page or form is made: its
/// title and its longest "Add …" button ("Планы действий", "Добавить
/// мероприятие…") on one line.
const LIST_AT_LEAST: f32 = 320.0;

impl AccordApp {
    pub(super) fn workspace_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let route = self.history.current();
        let section = route.section();
        egui::Panel::left("navigation")
            .resizable(false)
            .exact_size(190.0)
            .show(ui, |ui| {
                a11y::name_region(ui, &tr!("app-region-navigation"));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            self.history.can_go_back(),
                            egui::Button::new(tr!("app-nav-back")),
                        )
                        .on_hover_text(tr!("app-nav-back-hint"))
                        .clicked()
                    {
                        actions.push(Action::Command(UiCommand::Back));
                    }
                    if ui
                        .add_enabled(
                            self.history.can_go_forward(),
                            egui::Button::new(tr!("app-nav-forward")),
                        )
                        .on_hover_text(tr!("app-nav-forward-hint"))
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
            Route::Section(_) | Route::Calendar | Route::Start => None,
        };
        self.record_panel_rect = None;
        if self.form.is_some() || selected.is_some() {
            let width = ui.available_width();
            let panel = egui::Panel::right("record")
                .resizable(true)
                .default_size(width * 0.55)
                .min_size(360.0)
                // The list beside keeps room for its title and its "Add …"
                // button, also when a panel widened in a large window is
                // brought into a small one.
                .max_size((width - LIST_AT_LEAST).max(360.0))
                .show(ui, |ui| {
                    a11y::name_region(ui, &tr!("app-region-record"));
                    self.record_panel(ui, selected, actions);
                });
            self.record_panel_rect = Some(panel.response.rect);
        }
        if route == Route::Calendar {
            egui::CentralPanel::default().show(ui, |ui| self.calendar_ui(ui, actions));
            return;
        }
        if route == Route::Start {
            egui::CentralPanel::default().show(ui, |ui| {
                if let Some(session) = self.session.as_ref() {
                    let workspace = session.shared_workspace();
                    self.next
                        .ui(ui, &workspace, session.revision(), self.today, actions);
                }
            });
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            a11y::name_region(ui, &section.label());
            section.header(ui, actions);
            self.discarded_form_bar(ui, actions);
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
            if section.record_count(session.workspace()) == 0 {
                section.empty_state(ui, actions);
                return;
            }
            let workspace = session.shared_workspace();
            if let Some(clicked) = list.ui(ui, &workspace, revision, selected, today) {
                actions.push(Action::Open(clicked));
            }
        });
    }

    /// After a Discard, a way back to the thrown-away draft (until the
    /// next form is discarded).
    fn discarded_form_bar(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(discarded) = self.discarded_form.as_ref() else {
            return;
        };
        if self.form.is_some() {
            return;
        }
        ui.horizontal(|ui| {
            ui.weak(tr!(
                "app-discarded",
                form = discarded.heading().to_lowercase()
            ));
            if ui.button(tr!("app-reopen-discarded")).clicked() {
                actions.push(Action::ReopenDiscardedForm);
            }
        });
    }

    pub(super) fn record_panel(
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
            form.page_country = selected.and_then(|id| country_of_page(workspace, id));
            let outcome = form.ui(ui, workspace, self.today);
            let created: Vec<AnyRecord> = form.fields.created.drain(..).collect();
            if !created.is_empty() {
                // Validate again once they are in the workspace.
                ui.ctx().request_repaint();
            }
            self.after_form(created, outcome, actions);
            return;
        }
        let Some(id) = selected else {
            return;
        };
        // Titles and links can be a sentence long: on a record's page they
        // wrap inside the panel instead of widening it past the window.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
        let shared = session.shared_workspace();
        let Some(page) = self
            .page
            .refresh(ui.ctx(), &shared, id, session.revision(), self.today)
        else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(views::page::PREPARING);
            });
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
                    self.today,
                    actions,
                );
            }
            Some(record) => {
                views::detail::ui(
                    ui,
                    workspace,
                    &record,
                    &page.referrers,
                    &page.source,
                    self.today,
                    actions,
                );
            }
            None => {
                ui.weak(tr!("app-record-gone"));
            }
        }
    }
}

/// The country a record's page is about: the country itself, an
/// institution's or an indicator's country.
fn country_of_page(
    workspace: &crate::model::Workspace,
    id: RecordId,
) -> Option<crate::model::CountryId> {
    match id {
        RecordId::Country(country) => Some(country),
        RecordId::Institution(institution) => workspace
            .institutions()
            .get(&institution)
            .map(|institution| institution.country),
        RecordId::Indicator(indicator) => workspace
            .indicators()
            .get(&indicator)
            .map(|indicator| indicator.country),
        _ => None,
    }
}
