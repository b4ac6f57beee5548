//! Propose records: the drafts a source's text implies, each with the
//! sentence it came from, to keep or drop before they are added in one
//! step that Undo takes back.

use egui::Ui;

use crate::extract::propose::Proposal;
use crate::model::AnyRecord;

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
        crate::app::a11y::heading(ui, format!("Records from “{}”", self.source_title));
        if self.drafts.is_empty() {
            ui.label("The text names nothing that is not in the workspace already.");
        } else {
            ui.label(
                "Each draft cites the source. Untick what is wrong; edit a kept record \
                 afterwards on its page.",
            );
        }
        ui.horizontal(|ui| {
            if ui.button("Keep all").clicked() {
                self.drafts.iter_mut().for_each(|(_, kept)| *kept = true);
            }
            if ui.button("Drop all").clicked() {
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
            if ui.button("Cancel").clicked() {
                outcome = ReviewOutcome::Cancel;
            }
        });
        outcome
    }
}

fn add_label(kept: usize) -> String {
    match kept {
        1 => "Add 1 record".to_owned(),
        count => format!("Add {count} records"),
    }
}
