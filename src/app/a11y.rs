//! What a screen reader needs beyond what egui's widgets say of
//! themselves: headings a reader can jump between, a field's problem as
//! its description and invalid state, messages announced as they appear,
//! and names for the window and its panels.

use egui::accesskit::{Invalid, Live, Role};
use egui::{Id, Response, Ui};

/// A page's or a form's title, exposed as a heading of level 1.
pub fn heading(ui: &mut Ui, text: impl Into<String>) -> Response {
    let text = text.into();
    let response = ui.heading(&text);
    mark_heading(ui, &response, &text, 1);
    response
}

/// A part of a page ("Relations", "Agreement history"), exposed as a
/// heading of level 2.
pub fn subheading(ui: &mut Ui, text: impl Into<String>) -> Response {
    let text = text.into();
    let response = ui.strong(&text);
    mark_heading(ui, &response, &text, 2);
    response
}

/// Exposes a label drawn another way (a list's group title) as a
/// heading of `level` named `text`.
pub fn mark_heading(ui: &Ui, response: &Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        // A label keeps its text as a value; a heading is named by it.
        node.set_label(text);
        node.set_level(level);
    });
}

/// Ties a field's problem to the field: read as its description, with the
/// field marked invalid; cleared once the problem is gone.
pub fn describe_problem(ui: &Ui, field: Id, problem: Option<&str>) {
    ui.ctx()
        .accesskit_node_builder(field, |node| match problem {
            Some(problem) => {
                node.set_description(problem);
                node.set_invalid(Invalid::True);
            }
            None => {
                node.clear_description();
                node.clear_invalid();
            }
        });
}

/// Makes a message a live region, so a reader says it when it appears or
/// changes without moving the focus: `urgent` interrupts ("Cannot save"),
/// the rest wait their turn ("Saved Romania").
pub fn announce(ui: &Ui, message: &Response, urgent: bool) {
    ui.ctx().accesskit_node_builder(message.id, |node| {
        node.set_live(if urgent {
            Live::Assertive
        } else {
            Live::Polite
        });
    });
}

/// Names the panel that `ui` draws into ("Navigation", "Status"): the
/// pane a reader lists among the window's regions, not the frame inside it.
pub fn name_region(ui: &Ui, name: &str) {
    let stack = ui.stack();
    let region = stack
        .iter()
        .find(|frame| frame.kind().is_some_and(|kind| kind.is_panel()))
        .map_or(ui.unique_id(), |frame| frame.unique_id);
    ui.ctx().accesskit_node_builder(region, |node| {
        node.set_label(name);
    });
}

/// Names the window for a reader, as its title bar names it for the eye.
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title);
    });
}

/// A menu's title in the menu bar, or a submenu's item ("Open recent"):
/// a menu item that opens a menu, said to be open or closed, named
/// without decoration.
pub fn menu_title(ui: &Ui, title: &Response, name: &str, open: bool) {
    ui.ctx().accesskit_node_builder(title.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_label(name);
        node.set_has_popup(egui::accesskit::HasPopup::Menu);
        node.set_expanded(open);
    });
}

/// A command in a menu: a menu item named by the command alone, with its
/// shortcut as a property (egui puts the shortcut into the button's text,
/// so a reader said "Save Ctrl+S, push button").
pub fn menu_item(ui: &Ui, item: &Response, name: &str, shortcut: Option<&str>) {
    ui.ctx().accesskit_node_builder(item.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_label(name);
        if let Some(shortcut) = shortcut {
            node.set_keyboard_shortcut(shortcut);
        }
    });
}

/// A header that shows or hides what is under it ("Notes"), said to be
/// expanded or collapsed.
pub fn expander(ui: &Ui, header: &Response, open: bool) {
    ui.ctx().accesskit_node_builder(header.id, |node| {
        node.set_expanded(open);
    });
}
