//! Where the user is: a typed route and a back/forward history.

use chrono::Utc;

use super::Action;
use crate::model::{
    Activity, AnyRecord, Commission, Country, Document, DocumentKind, Institution, InstitutionKind,
    Meeting, MeetingKind, Person, RecordId, RecordKind, Source, Workspace,
};
use crate::tr;

/// A part of the workspace with its own list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Partner countries and the home country, each with its page of indicators.
    Countries,
    /// Governments, ministries, agencies and embassies.
    Institutions,
    /// Officials, with their posts.
    People,
    /// Every document: agreements, protocols, action plans, declarations.
    Agreements,
    /// Joint commissions and their sessions.
    Commissions,
    /// Sessions, visits, consultations and other events.
    Meetings,
    /// The activities of every action plan, with their status.
    ActionPlans,
    /// The articles and reports facts were taken from.
    Sources,
}

impl Section {
    /// The sections in navigation order.
    pub const ALL: [Self; 8] = [
        Self::Countries,
        Self::Institutions,
        Self::People,
        Self::Agreements,
        Self::Commissions,
        Self::Meetings,
        Self::ActionPlans,
        Self::Sources,
    ];

    /// The name in the navigation, also used in the list's filter hint
    /// ("Filter countries"), in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Countries => tr!("app-section-countries"),
            Self::Institutions => tr!("app-section-institutions"),
            Self::People => tr!("app-section-people"),
            Self::Agreements => tr!("app-section-agreements"),
            Self::Commissions => tr!("app-section-commissions"),
            Self::Meetings => tr!("app-section-meetings"),
            Self::ActionPlans => tr!("app-section-action-plans"),
            Self::Sources => tr!("app-section-sources"),
        }
    }

    /// The text of the button that adds a record to it.
    pub fn add_label(self) -> String {
        match self {
            Self::Countries => tr!("app-section-add-country"),
            Self::Institutions => tr!("app-section-add-institution"),
            Self::People => tr!("app-section-add-person"),
            Self::Agreements => tr!("app-section-add-agreement"),
            Self::Commissions => tr!("app-section-add-commission"),
            Self::Meetings => tr!("app-section-add-meeting"),
            Self::ActionPlans => tr!("app-section-add-activity"),
            Self::Sources => tr!("app-section-add-source"),
        }
    }

    /// What its list says while empty.
    fn empty_text(self) -> String {
        match self {
            Self::Countries => tr!("app-section-empty-countries"),
            Self::Institutions => tr!("app-section-empty-institutions"),
            Self::People => tr!("app-section-empty-people"),
            Self::Agreements => tr!("app-section-empty-agreements"),
            Self::Commissions => tr!("app-section-empty-commissions"),
            Self::Meetings => tr!("app-section-empty-meetings"),
            Self::ActionPlans => tr!("app-section-empty-action-plans"),
            Self::Sources => tr!("app-section-empty-sources"),
        }
    }

    /// The group heading it sits under in the navigation, if any.
    pub fn group(self) -> Option<String> {
        match self {
            Self::Institutions | Self::People => Some(tr!("app-section-group-institutions-people")),
            Self::Commissions | Self::Meetings => {
                Some(tr!("app-section-group-commissions-meetings"))
            }
            _ => None,
        }
    }

    /// The section that lists records of this kind (indicators sit on
    /// their country's page).
    pub fn of_kind(kind: RecordKind) -> Self {
        match kind {
            RecordKind::Country | RecordKind::Indicator => Self::Countries,
            RecordKind::Institution => Self::Institutions,
            RecordKind::Person => Self::People,
            RecordKind::Document => Self::Agreements,
            RecordKind::Activity => Self::ActionPlans,
            RecordKind::Commission => Self::Commissions,
            RecordKind::Meeting => Self::Meetings,
            RecordKind::Source => Self::Sources,
        }
    }
}

/// What the central area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of one section's records.
    Section(Section),
    /// The page of one record.
    Record(RecordId),
    /// The calendar of meetings, document dates and deadlines.
    Calendar,
    /// "What is next?": the page a workspace opens on.
    Start,
}

impl Route {
    /// The section whose list it shows or is nearest to (the calendar's is
    /// Meetings, for Find).
    pub fn section(self) -> Section {
        match self {
            Self::Section(section) => section,
            Self::Record(id) => Section::of_kind(id.kind()),
            Self::Calendar => Section::Meetings,
            // Find from the start page looks among the countries, the
            // list a workspace used to open on.
            Self::Start => Section::Countries,
        }
    }
}

/// Visited routes with a cursor, like a browser's.
#[derive(Debug)]
pub struct History {
    routes: Vec<Route>,
    at: usize,
}

impl Default for History {
    fn default() -> Self {
        Self {
            routes: vec![Route::Section(Section::Countries)],
            at: 0,
        }
    }
}

impl History {
    /// A history that starts at `route`.
    pub fn starting_at(route: Route) -> Self {
        Self {
            routes: vec![route],
            at: 0,
        }
    }

    /// The route shown now.
    pub fn current(&self) -> Route {
        self.routes[self.at]
    }

    /// Goes to `route`, dropping any forward history.
    pub fn go(&mut self, route: Route) {
        if self.current() == route {
            return;
        }
        self.routes.truncate(self.at + 1);
        self.routes.push(route);
        self.at = self.routes.len() - 1;
    }

    /// Steps back one route; false when already at the first.
    pub fn back(&mut self) -> bool {
        let moved = self.at > 0;
        self.at = self.at.saturating_sub(1);
        moved
    }

    /// Steps forward one route; false when already at the last.
    pub fn forward(&mut self) -> bool {
        let moved = self.at + 1 < self.routes.len();
        if moved {
            self.at += 1;
        }
        moved
    }

    /// Whether Back would move (for the button's enabled state).
    pub fn can_go_back(&self) -> bool {
        self.at > 0
    }

    /// Whether Forward would move (for the button's enabled state).
    pub fn can_go_forward(&self) -> bool {
        self.at + 1 < self.routes.len()
    }

    /// Drops routes to records that no longer exist (after a delete or undo).
    pub fn retain_existing(&mut self, exists: impl Fn(RecordId) -> bool) {
        let current = self.current();
        self.routes.retain(|route| match route {
            Route::Record(id) => exists(*id),
            Route::Section(_) | Route::Calendar | Route::Start => true,
        });
        if self.routes.is_empty() {
            self.routes.push(Route::Section(current.section()));
        }
        self.at = self
            .routes
            .iter()
            .position(|route| *route == current)
            .unwrap_or(self.routes.len() - 1);
    }
}

/// What the app shows and does for a section.
impl Section {
    /// How many records it lists.
    pub(super) fn record_count(self, workspace: &Workspace) -> usize {
        let counts = workspace.counts();
        match self {
            Self::Countries => counts.countries,
            Self::Institutions => counts.institutions,
            Self::People => counts.people,
            Self::Agreements => counts.documents,
            Self::Commissions => counts.commissions,
            Self::Meetings => counts.meetings,
            Self::ActionPlans => counts.activities,
            Self::Sources => counts.sources,
        }
    }

    /// A fresh draft for its "Add …" button, or why there cannot be one
    /// yet. Made on click: finding an action plan may scan the documents.
    pub(super) fn new_draft(self, workspace: &Workspace) -> Result<AnyRecord, String> {
        let now = Utc::now();
        Ok(match self {
            Self::Countries => AnyRecord::Country(Country::new("", now)),
            Self::Institutions => {
                let country = workspace
                    .home_country()
                    .or_else(|| workspace.countries().keys().next().copied())
                    .ok_or_else(|| tr!("app-section-needs-country"))?;
                AnyRecord::Institution(Institution::new(
                    country,
                    InstitutionKind::Ministry,
                    "",
                    now,
                ))
            }
            Self::People => AnyRecord::Person(Person::new("", now)),
            Self::Agreements => {
                AnyRecord::Document(Document::new(DocumentKind::Agreement, "", now))
            }
            Self::Commissions => AnyRecord::Commission(Commission::new("", now)),
            Self::Meetings => AnyRecord::Meeting(Meeting::new(MeetingKind::Consultation, "", now)),
            Self::ActionPlans => {
                let plan = workspace
                    .documents()
                    .values()
                    .find(|document| document.kind == DocumentKind::ActionPlan)
                    .ok_or_else(|| tr!("app-section-needs-action-plan"))?;
                AnyRecord::Activity(Activity::under_plan(plan, "", now))
            }
            Self::Sources => AnyRecord::Source(Source::new("", now)),
        })
    }

    /// What it says while empty, with the button that fills it.
    pub(super) fn empty_state(self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let section = self;
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.label(section.empty_text());
            if ui.button(section.add_label()).clicked() {
                actions.push(Action::AddTo(section));
            }
        });
    }

    /// Its heading, with its "Add …" button.
    pub(super) fn header(self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            crate::app::a11y::heading(ui, self.label());
            if ui.button(self.add_label()).clicked() {
                actions.push(Action::AddTo(self));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_forward_walk_the_visited_routes() {
        let mut history = History::default();
        history.go(Route::Section(Section::Agreements));
        history.go(Route::Section(Section::Sources));
        assert!(history.back());
        assert_eq!(history.current(), Route::Section(Section::Agreements));
        assert!(history.forward());
        assert_eq!(history.current(), Route::Section(Section::Sources));
        assert!(!history.forward());
        history.back();
        history.go(Route::Section(Section::People));
        assert!(
            !history.can_go_forward(),
            "a new route drops forward history"
        );
    }

    #[test]
    fn sections_are_named_in_each_language() {
        use crate::i18n::{Language, with_language};
        assert_eq!(Section::ActionPlans.label(), "Action plans");
        let russian = with_language(Language::Russian, || Section::ActionPlans.label());
        assert_eq!(russian, "Планы действий");
        assert_eq!(
            with_language(Language::Azerbaijani, || Section::People.group()),
            Some("Qurumlar və şəxslər".to_owned())
        );
    }
}
