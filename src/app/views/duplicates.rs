//! Edit > Likely duplicates…: the pairs of records that are probably one
//! (created apart on two copies, then merged), each with a button that
//! combines the second into the first as one undoable step.

use egui::RichText;

use crate::app::{Action, Change};
use crate::merge::duplicates::LikelyDuplicate;
use crate::tr;

/// The label of the button that combines `pair`: unique per pair, so a
/// person (and a test) can tell which one it combines.
pub fn combine_label(pair: &LikelyDuplicate) -> String {
    tr!(
        "tools-duplicates-combine",
        second = &pair.second_label,
        first = &pair.first_label
    )
}

/// Shows the pairs; Combine pushes the change and closes the list, since
/// the pairs change with it. Returns the dialog to keep showing.
pub(crate) fn dialog(
    ctx: &egui::Context,
    pairs: Vec<LikelyDuplicate>,
    actions: &mut Vec<Action>,
) -> Option<crate::app::dialogs::Dialog> {
    let mut close = false;
    egui::Modal::new(egui::Id::unique("duplicates")).show(ctx, |ui| {
        ui.set_width(640.0_f32.min(ctx.content_rect().width() - 40.0));
        crate::app::a11y::heading(ui, tr!("tools-duplicates-heading"));
        if pairs.is_empty() {
            ui.label(tr!("tools-duplicates-none"));
        } else {
            ui.label(tr!("tools-duplicates-intro"));
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.6)
            .show(ui, |ui| {
                for pair in &pairs {
                    ui.label(
                        RichText::new(tr!(
                            "tools-duplicates-pair",
                            kind = crate::query::kind_noun(pair.first.kind()),
                            first = &pair.first_label,
                            second = &pair.second_label
                        ))
                        .strong(),
                    );
                    ui.label(format!("{}.", crate::model::capitalised(&pair.reason)));
                    if ui.button(combine_label(pair)).clicked() {
                        actions.push(Action::Commit(Change::Combine {
                            kept: pair.first,
                            absorbed: pair.second,
                        }));
                        close = true;
                    }
                    ui.add_space(6.0);
                }
            });
        ui.separator();
        if ui.button(tr!("common-close")).clicked()
            || ui.input(|input| input.key_pressed(egui::Key::Escape))
        {
            close = true;
        }
    });
    (!close).then_some(crate::app::dialogs::Dialog::Duplicates(pairs))
}
