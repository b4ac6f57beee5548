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

    /// A choice in a drop-down list (two clicks: open, choose).
    fn choose(&mut self, list: &str, option: &str) {
        self.clicks += 2;
        self.harness
            .get_by_role_and_label(Role::ComboBox, list)
            .click_accesskit();
        self.harness.run();
        self.harness
            .get_by_role_and_label(Role::Button, option)
            .click_accesskit();
        self.harness.run();
        // kittest's accessibility click leaves the list open, where a
        // mouse click closes it: not counted.
        self.harness.key_press(Key::Escape);
        self.harness.run();
    }

    /// Opens a picker (a click), searches, and takes the highlighted
    /// choice with Enter (a key).
    fn pick(&mut self, picker: &str, collection: &str, search: &str) {
        self.clicks += 1;
        super::pickers::open_picker(&mut self.harness, picker, search, collection);
        self.key(Modifiers::NONE, Key::Enter);
    }

    /// A click into a text field, then typing there.
    fn fill(&mut self, field: &str, text: &str) {
        self.click_field(Role::TextInput, field);
        self.type_text(text);
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

#[test]
fn the_romania_article_is_entered_from_an_empty_workspace_in_under_eighty_actions() {
    let mut officer = Officer {
        harness: super::forms::small_window(),
        clicks: 0,
        special_keys: 0,
    };
    let save = |officer: &mut Officer, what: &str| {
        officer.key(Modifiers::COMMAND, Key::Enter);
        assert!(
            officer.harness.state().form.is_none(),
            "{what} saved ({:?})",
            officer
                .harness
                .state()
                .form
                .as_ref()
                .map(accord::app::forms::Form::blocking_problems)
        );
    };

    // Two countries; Romania with the relations date and two embassies.
    officer.click("Add country…");
    officer.type_text("Azerbaijan");
    officer.key(Modifiers::NONE, Key::Tab);
    officer.type_text("AZ");
    save(&mut officer, "Azerbaijan");
    officer.click("Countries");
    officer.click("Add country…");
    officer.type_text("Romania");
    officer.key(Modifiers::NONE, Key::Tab);
    officer.type_text("RO");
    officer.fill("Diplomatic relations established", "19 June 1992");
    officer.click("Add embassy");
    officer.type_text("Baku");
    officer.choose("Embassy 1 side", "Their embassy here");
    officer.fill("Embassy 1 opened on", "3 November 1998");
    officer.click("Add embassy");
    officer.type_text("Bucharest");
    officer.fill("Embassy 2 opened on", "19 May 2001");
    save(&mut officer, "Romania");

    // The 2009 declaration, then the action plan (their kinds, like the
    // indicators' below, follow the start of the title) with its parties (two
    // ministries made in the picker), signatories, date, validity, source.
    officer.click("Agreements");
    officer.click("Add agreement…");
    officer.type_text("Joint declaration on strategic partnership");
    officer.fill("Signed on", "2009");
    save(&mut officer, "the declaration");
    officer.click("Agreements");
    officer.click("Add agreement…");
    officer.type_text(
        "Action plan on cooperation in the labour and social protection sector for 2023-2024",
    );
    officer.pick(
        "Parties",
        "institutions",
        "Ministry of Labour and Social Protection of Population of Azerbaijan",
    );
    officer.pick(
        "Parties",
        "institutions",
        "Ministry of Labour and Social Solidarity of Romania",
    );
    officer.fill("Signed on", "3 November 2022");
    officer.click("Add signatory");
    officer.pick("Signatory 1", "people", "Sahil Babayev");
    officer.fill(
        "Signatory 1 position",
        "Minister of Labour and Social Protection of Population",
    );
    officer.click("Add signatory");
    officer.pick("Signatory 2", "people", "Marius Constantin Budai");
    officer.fill(
        "Signatory 2 position",
        "Minister of Labour and Social Solidarity",
    );
    officer.fill("Valid", "2023");
    officer.fill("to", "2024");
    officer.pick("Sources", "sources", "Azernews, 3 November 2022");
    save(&mut officer, "the plan");

    // Its six activities, from its page, at once.
    officer.click("Add activity…");
    officer.type_text("Joint working group of experts on the DOST Centers model in Romania");
    officer.click_field(Role::MultilineTextInput, "More activities, one per line");
    officer.type_text(
        "Bilateral consultations on the labour market\nActive employment programmes\n\
         Prevention of informal employment\nPension and social benefits\nInformation exchange",
    );
    save(&mut officer, "the activities");

    // The two ministers' positions.
    for (minister, ministry) in [
        ("Sahil Babayev", "of Azerbaijan"),
        ("Marius Constantin Budai", "of Romania"),
    ] {
        officer.click("People");
        officer.click(minister);
        officer.click("Edit…");
        officer.click("Add position");
        officer.type_text("Minister of Labour");
        officer.pick("Position 1 institution", "institutions", ministry);
        save(&mut officer, "a minister");
    }

    // Four indicators on Romania's page, one after the other.
    officer.click("Countries");
    officer.click("Romania");
    officer.click("Add indicator…");
    officer.type_text("Trade turnover");
    // The period proposed (this year) is replaced: select all, type.
    officer.click_field(Role::TextInput, "Period");
    officer.key(Modifiers::COMMAND, Key::A);
    officer.type_text("2021");
    officer.fill("Value", "215.5");
    officer.fill("Unit", "USD million");
    officer.click("Save and add another");
    officer.type_text("Exports");
    officer.fill("Value", "120.5");
    officer.click("Save and add another");
    officer.type_text("Imports");
    officer.fill("Value", "94.9");
    officer.click("Save and add another");
    officer.type_text("Trade turnover, change");
    // The period kept from the last one is replaced: select all, type.
    officer.click_field(Role::TextInput, "Period");
    officer.key(Modifiers::COMMAND, Key::A);
    officer.type_text("January 2022");
    officer.fill("to", "August 2022");
    officer.fill("Change in percent", "76.4");
    save(&mut officer, "the last indicator");

    // The declaration on Romania's page.
    officer.click("Countries");
    officer.click("Romania");
    officer.click("Edit…");
    officer.pick(
        "Strategic partnership declarations",
        "documents",
        "Joint declaration",
    );
    save(&mut officer, "Romania's declaration");

    let workspace = officer.harness.state().workspace().expect("a workspace");
    let counts = workspace.counts();
    eprintln!(
        "the article: {} clicks, {} special keys; {counts:?}",
        officer.clicks, officer.special_keys
    );
    assert_eq!(workspace.countries().len(), 2);
    assert_eq!(workspace.institutions().len(), 2);
    assert_eq!(workspace.people().len(), 2);
    assert_eq!(workspace.documents().len(), 2);
    assert_eq!(workspace.activities().len(), 6);
    assert_eq!(workspace.indicators().len(), 4);
    assert_eq!(workspace.sources().len(), 1);
    let romania = workspace
        .countries()
        .values()
        .find(|country| country.name == "Romania")
        .expect("Romania");
    assert_eq!(romania.relations.embassies.len(), 2);
    assert_eq!(romania.relations.strategic_partnerships.len(), 1);
    let azerbaijan = workspace
        .countries()
        .values()
        .find(|country| country.name == "Azerbaijan")
        .expect("Azerbaijan");
    let mut ministry_countries: Vec<_> = workspace
        .institutions()
        .values()
        .map(|institution| (institution.country, institution.kind))
        .collect();
    ministry_countries.sort();
    let mut expected = vec![
        (azerbaijan.id, accord::model::InstitutionKind::Ministry),
        (romania.id, accord::model::InstitutionKind::Ministry),
    ];
    expected.sort();
    assert_eq!(ministry_countries, expected, "each ministry in its country");
    let plan = workspace
        .documents()
        .values()
        .find(|document| document.kind == accord::model::DocumentKind::ActionPlan)
        .expect("the plan");
    assert_eq!(plan.signatories.len(), 2);
    assert_eq!(plan.status_history.len(), 1, "signed on 3 November 2022");
    assert!(
        workspace
            .activities()
            .values()
            .all(|activity| activity.due == plan.validity)
    );
    assert!(
        workspace
            .people()
            .values()
            .all(|person| person.positions.len() == 1)
    );
    // The trial took about 200 clicks and 38 special keys; the goal is 80.
    assert!(officer.clicks + officer.special_keys <= 80);
    let kinds: Vec<accord::model::IndicatorKind> = {
        let mut kinds: Vec<_> = workspace
            .indicators()
            .values()
            .map(|indicator| indicator.kind)
            .collect();
        kinds.sort_by_key(ToString::to_string);
        kinds
    };
    assert_eq!(
        kinds,
        [
            accord::model::IndicatorKind::Exports,
            accord::model::IndicatorKind::Imports,
            accord::model::IndicatorKind::TradeTurnover,
            accord::model::IndicatorKind::TradeTurnover
        ],
        "each indicator's kind follows its label"
    );
    assert!(
        workspace
            .documents()
            .values()
            .any(|document| document.kind == accord::model::DocumentKind::JointDeclaration)
    );
}
