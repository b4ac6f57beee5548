//! Every change to the workspace goes through the one commit point: the
//! session's revision (bumped by any change at all) and the commit point's
//! count of the changes it made stay equal, whichever way the user edits.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::{click, click_menu_item, new_workspace_with_romania, pick, type_into};
use accord::app::AccordApp;

/// The session's revision, asserting the commit point made every change.
fn revision_all_committed(harness: &Harness<'static, AccordApp>) -> u64 {
    let app = harness.state();
    let revision = app
        .session
        .as_ref()
        .expect("a workspace is open")
        .revision();
    assert_eq!(
        app.committed_changes(),
        revision,
        "a change to the workspace bypassed the commit point"
    );
    revision
}

#[test]
fn form_saves_picker_creations_settings_deletes_undo_and_redo_all_go_through_the_commit_point() {
    // Adding Romania through the form and Enter.
    let mut harness = new_workspace_with_romania();
    let mut revision = revision_all_committed(&harness);
    assert_eq!(revision, 1, "the form's Save made one change");
    let mut changed = |harness: &mut Harness<'static, AccordApp>, what: &str, by: u64| {
        let now = revision_all_committed(harness);
        assert_eq!(now, revision + by, "{what}");
        revision = now;
    };

    // Editing the country: the form's Save of an existing record.
    click(&mut harness, "Edit…");
    type_into(&mut harness, "Name", "România");
    click(&mut harness, "Save");
    changed(&mut harness, "the edit was saved", 1);

    // An agreement whose party is created from the picker: two changes.
    click(&mut harness, "Add agreement…");
    type_into(&mut harness, "Title", "Agreement on labour migration");
    pick(
        &mut harness,
        "Parties",
        "Guvernul",
        "Create institution “Guvernul” in România",
    );
    changed(&mut harness, "the picker created the institution", 1);
    click(&mut harness, "Save");
    changed(&mut harness, "the agreement was saved", 1);

    // Workspace settings.
    click(&mut harness, "Edit");
    click_menu_item(&mut harness, "Workspace settings…");
    type_into(&mut harness, "Workspace name", "International relations");
    click(&mut harness, "Apply");
    assert_eq!(
        harness.state().workspace().unwrap().name(),
        "International relations"
    );
    changed(&mut harness, "the settings were applied", 1);

    // Delete, from the institution's page.
    click(&mut harness, "Institutions");
    click(&mut harness, "Guvernul");
    click(&mut harness, "Delete…");
    click(&mut harness, "Delete");
    assert!(
        harness
            .state()
            .workspace()
            .unwrap()
            .institutions()
            .is_empty()
    );
    changed(&mut harness, "the institution was deleted", 1);

    // Undo and redo, by keyboard and from the Edit menu.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().workspace().unwrap().institutions().len(), 1);
    changed(&mut harness, "undo is a change", 1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    changed(&mut harness, "redo is a change", 1);
    click(&mut harness, "Edit");
    // The first match: the menu also shows what would be undone.
    harness
        .query_all_by_label_contains("Undo")
        .next()
        .expect("Edit > Undo")
        .click();
    harness.run();
    changed(&mut harness, "Edit > Undo is a change", 1);
    assert_eq!(harness.state().workspace().unwrap().institutions().len(), 1);
    click(&mut harness, "People");

    // A form cancelled, and a Save refused, change nothing.
    click(&mut harness, "Add person…");
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    // The first Escape leaves the field, the second closes the form.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    changed(&mut harness, "a cancelled form changes nothing", 0);
    assert!(harness.state().form.is_none(), "Escape closed the form");
}
