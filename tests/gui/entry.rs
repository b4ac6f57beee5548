//! How much it takes to enter what a news article reports: the clicks and
//! special keys (Enter, Tab, Ctrl+Enter…) besides the typed text, counted
//! as the test drives the real widgets at 1024×700.

use accord::app::AccordApp;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::documents::action_plan_page;
use super::{click, is_shown};

/// Drives the app and counts what the officer's hands do besides typing.
struct Officer {
    harness: Harness<'static, AccordApp>,
    clicks: usize,
    special_keys: usize,
}

impl Officer {
    fn click(&mut self, label: &str) {
        self.clicks += 1;
        click(&mut self.harness, label);
    }

    /// A click into a text field (given as the focus it gives: kittest's
    /// one-frame click does not focus a text field).
    fn click_field(&mut self, role: Role, label: &str) {
        self.clicks += 1;
        self.harness.get_by_role_and_label(role, label).focus();
        self.harness.run();
    }

    fn click_picker(&mut self, label: &str) {
        self.clicks += 1;
        self.harness
            .get_by_role_and_label(Role::ComboBox, label)
            .click();
        self.harness.run();
    }

    fn key(&mut self, modifiers: Modifiers, key: Key) {
        self.special_keys += 1;
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
    }

    /// Typing, which is not counted: it goes wherever the focus is.
    fn type_text(&mut self, text: &str) {
        self.harness.event(egui::Event::Text(text.to_owned()));
        self.harness.run();
    }
}

#[test]
fn one_activity_and_one_person_with_a_position_take_a_handful_of_actions() {
    let harness = action_plan_page();
    let mut officer = Officer {
        harness,
        clicks: 0,
        special_keys: 0,
    };

    // One activity, from the plan's page: its due period, responsible
    // sides and sources come from the plan.
    officer.click("Add activity…");
    officer.type_text("Exchange of experience on employment policy");
    officer.key(Modifiers::NONE, Key::Enter);
    let (activity_clicks, activity_keys) = (officer.clicks, officer.special_keys);
    {
        let workspace = officer.harness.state().workspace().expect("a workspace");
        let plan = workspace.documents().values().next().expect("the plan");
        let activity = workspace.activities().values().next().expect("saved");
        assert_eq!(activity.due, plan.validity);
        assert_eq!(activity.responsible, plan.parties);
        assert_eq!(activity.sources, plan.sources);
    }

    // One person with a position at the ministry.
    officer.click("People");
    officer.click("Add person…");
    officer.type_text("Simona Bucura-Oprescu");
    officer.click("Add position");
    officer.type_text("Minister of Labour and Social Solidarity");
    officer.click_picker("Position 1 institution");
    officer.type_text("Guvernul");
    officer.key(Modifiers::NONE, Key::Enter);
    officer.click_field(Role::TextInput, "Position 1 from");
    officer.type_text("2022");
    officer.key(Modifiers::COMMAND, Key::Enter);
    assert!(officer.harness.state().form.is_none(), "saved");
    let workspace = officer.harness.state().workspace().expect("a workspace");
    let person = workspace.people().values().next().expect("saved");
    assert_eq!(person.name, "Simona Bucura-Oprescu");
    assert_eq!(
        person.positions[0].title,
        "Minister of Labour and Social Solidarity"
    );
    assert_eq!(
        workspace.institutions()[&person.positions[0].institution].name,
        "Guvernul României"
    );
    assert_eq!(
        person.positions[0].from,
        Some(accord::model::PartialDate::Year(2022))
    );
    assert!(is_shown(&officer.harness, "Simona Bucura-Oprescu"));
    let person_clicks = officer.clicks - activity_clicks;
    let person_keys = officer.special_keys - activity_keys;
    eprintln!(
        "activity: {activity_clicks} clicks, {activity_keys} special keys; \
         person with a position: {person_clicks} clicks, {person_keys} special keys"
    );
    assert!(activity_clicks + activity_keys <= 2);
    assert!(person_clicks + person_keys <= 7);
}
