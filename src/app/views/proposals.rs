//! Propose records: the drafts a source's text implies, each with the
//! sentence it came from, to keep or drop before they are added in one
//! step that Undo takes back.

use egui::Ui;

use crate::extract::propose::Proposal;
use crate::model::AnyRecord;
use crate::tr;

/// The drafts of one source, and which of them the officer keeps.
#[derive(Clone, Debug)]
pub struct ProposalsReview {
    /// The source's title, for the heading and the Undo menu.
    pub source_title: String,
    /// Each draft, and whether it is kept.
    pub drafts: Vec<(Proposal, bool)>,
}

/// What the officer chose this frame.
pub enum ReviewOutcome {
    /// Still choosing.
    Open,
    /// Add these records (new ones added, edited ones replaced).
    Add(Vec<(AnyRecord, bool)>),
    /// Closed without adding anything.
    Cancel,
}

impl ProposalsReview {
    /// Every draft kept, to start with.
    pub fn new(source_title: String, proposals: Vec<Proposal>) -> Self {
        Self {
            source_title,
            drafts: proposals
                .into_iter()
                .map(|proposal| (proposal, true))
                .collect(),
        }
    }

    /// The list of drafts with a box each, and Add / Cancel.
    pub fn ui(&mut self, ui: &mut Ui) -> ReviewOutcome {
        crate::app::a11y::heading(
            ui,
            tr!("tools-proposals-heading", title = &self.source_title),
        );
        if self.drafts.is_empty() {
            ui.label(tr!("tools-proposals-none"));
        } else {
            ui.label(tr!("tools-proposals-intro"));
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("tools-proposals-keep-all")).clicked() {
                self.drafts.iter_mut().for_each(|(_, kept)| *kept = true);
            }
            if ui.button(tr!("tools-proposals-drop-all")).clicked() {
                self.drafts.iter_mut().for_each(|(_, kept)| *kept = false);
            }
        });
        ui.separator();
        // The drafts scroll; the heading and Add stay on a small screen.
        egui::ScrollArea::vertical()
            .max_height((ui.ctx().content_rect().height() - 240.0).max(120.0))
            .show(ui, |ui| {
                for (proposal, kept) in &mut self.drafts {
                    ui.checkbox(kept, &proposal.summary);
                    ui.indent(&proposal.summary, |ui| {
                        ui.add(
                            egui::Label::new(egui::RichText::new(&proposal.evidence).weak())
                                .truncate(),
                        );
                    });
                }
            });
        ui.separator();
        let kept = self.drafts.iter().filter(|(_, kept)| *kept).count();
        let mut outcome = ReviewOutcome::Open;
        ui.horizontal(|ui| {
            let add = ui.add_enabled(kept > 0, egui::Button::new(add_label(kept)));
            if add.clicked() {
                outcome = ReviewOutcome::Add(
                    self.drafts
                        .iter()
                        .filter(|(_, kept)| *kept)
                        .map(|(proposal, _)| (proposal.record.clone(), proposal.is_new))
                        .collect(),
                );
            }
            if ui.button(tr!("common-cancel")).clicked() {
                outcome = ReviewOutcome::Cancel;
            }
        });
        outcome
    }
}

fn add_label(kept: usize) -> String {
    tr!("tools-proposals-add", count = kept)
}

#[cfg(test)]
mod tests {
    use super::add_label;
    use crate::i18n::{Language, with_language};

    #[test]
    fn the_add_button_counts_the_kept_drafts() {
        assert_eq!(add_label(1), "Add 1 record");
        assert_eq!(add_label(4), "Add 4 records");
        let russian: Vec<String> = with_language(Language::Russian, || {
            [1, 3, 5, 21].into_iter().map(add_label).collect()
        });
        assert_eq!(
            russian,
            [
                "Добавить 1 запись",
                "Добавить 3 записи",
                "Добавить 5 записей",
                "Добавить 21 запись"
            ]
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || add_label(5)),
            "5 qeyd əlavə et"
        );
    }
}
