//! The start page of an open workspace, "What is next?": meetings, visits
//! and deadlines in the next 30, 60 and 90 days, overdue activities by
//! country and plan, documents up for renewal, the records changed last.
//! Every row opens its record. The answer is built by
//! [`crate::query::next`] off the frame for a large workspace
//! ([`Prepared`]), flattened into rows once, and drawn as a virtualized
//! list, so a frame costs the same at 100 records or 100,000.

use std::sync::Arc;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::prepared::Prepared;
use crate::app::Action;
use crate::model::{PartialDate, RecordId, Workspace};
use crate::query::next::{self, HORIZONS, NextItem, WhatIsNext};
use crate::tr;

/// What the page shows while the answer is being built, in English (the
/// benchmark waits for it to go); the page shows `views-next-preparing`
/// in the interface's language.
pub const PREPARING: &str = "Finding what is next…";

/// One line of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    /// A part of the page: "Next 30 days (until 17 April 2026)".
    Heading(String),
    /// A group inside a part: "Romania — Action plan 2023–2024".
    Group(String),
    /// A record: its date and what it is.
    Entry {
        /// What a click opens.
        record: RecordId,
        /// "24 March 2026", "due 2025".
        when: String,
        /// "Outgoing visit: …".
        text: String,
    },
    /// The words for a part with nothing in it.
    Nothing(String),
}

/// The page's answer as rows, for the day and revision it was built for.
#[derive(Default)]
pub struct NextPage {
    rows: Prepared<Vec<Row>, (u64, NaiveDate)>,
}

fn entries(rows: &mut Vec<Row>, items: &[NextItem], none: String) {
    if items.is_empty() {
        rows.push(Row::Nothing(none));
    }
    rows.extend(items.iter().map(|item| Row::Entry {
        record: item.record,
        when: item.when.clone(),
        text: item.text.clone(),
    }));
}

/// The answer laid out as the page reads, top to bottom.
pub fn rows_of(answer: &WhatIsNext, today: NaiveDate) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut from = 0;
    for (horizon, items) in HORIZONS.iter().zip(&answer.upcoming) {
        let until = PartialDate::Day(next::day_after(today, *horizon)).human();
        rows.push(Row::Heading(if from == 0 {
            tr!(
                "views-next-horizon-first",
                horizon = *horizon,
                until = until
            )
        } else {
            tr!(
                "views-next-horizon-later",
                from = from + 1,
                horizon = *horizon,
                until = until
            )
        }));
        entries(&mut rows, items, tr!("views-next-none-upcoming"));
        from = *horizon;
    }
    rows.push(Row::Heading(tr!("views-next-overdue")));
    if answer.overdue.is_empty() {
        rows.push(Row::Nothing(tr!("views-next-none-overdue")));
    }
    for group in &answer.overdue {
        rows.push(Row::Group(format!("{} — {}", group.country, group.plan)));
        entries(&mut rows, &group.activities, String::new());
    }
    rows.push(Row::Heading(tr!("views-next-renewals")));
    entries(&mut rows, &answer.renewals, tr!("views-next-none-renewals"));
    rows.push(Row::Heading(tr!("views-next-recent")));
    entries(&mut rows, &answer.recent, tr!("views-next-none-recent"));
    rows
}

impl NextPage {
    /// Draws the page; a click on a row pushes [`Action::Open`].
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Arc<Workspace>,
        revision: u64,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        crate::app::a11y::heading(ui, tr!("views-next-title"));
        ui.label(
            RichText::new(tr!(
                "views-next-as-of",
                date = PartialDate::Day(today).human()
            ))
            .weak(),
        );
        ui.add_space(6.0);
        let ready = self
            .rows
            .refresh(ui.ctx(), workspace, (revision, today), move |workspace| {
                rows_of(&next::what_is_next(workspace, today), today)
            })
            .is_some();
        // Words, not a spinner: a spinner repaints every frame while the
        // worker builds, and the worker asks for the one repaint needed.
        let Some(rows) = self.rows.get() else {
            ui.weak(tr!("views-next-preparing"));
            return;
        };
        if !ready {
            ui.weak(tr!("views-next-updating"));
        }
        let row_height = ui.spacing().interact_size.y + 4.0;
        // Wide enough for the longest date and time a row shows, in the
        // interface's language.
        let when_width = super::date_and_time_column_width(ui) + 4.0;
        egui::ScrollArea::vertical()
            .id_salt("what_is_next")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, rows.len(), |ui, range| {
                for row in &rows[range] {
                    ui.allocate_ui(egui::vec2(ui.available_width(), row_height), |ui| {
                        row_ui(ui, row, when_width, actions);
                    });
                }
            });
    }
}

fn row_ui(ui: &mut Ui, row: &Row, when_width: f32, actions: &mut Vec<Action>) {
    // One line per row, or the virtualized list's rows would not line up.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    ui.horizontal(|ui| match row {
        Row::Heading(text) => {
            let heading = ui.label(RichText::new(text).strong().size(15.0));
            crate::app::a11y::mark_heading(ui, &heading, text, 2);
        }
        Row::Group(text) => {
            ui.add_space(8.0);
            let group = ui.label(RichText::new(text).strong());
            crate::app::a11y::mark_heading(ui, &group, text, 3);
        }
        Row::Nothing(text) => {
            ui.add_space(16.0);
            ui.weak(text);
        }
        Row::Entry { record, when, text } => {
            ui.add_space(16.0);
            ui.add_sized(
                [when_width, ui.spacing().interact_size.y],
                egui::Label::new(RichText::new(when).weak()).truncate(),
            );
            if ui.add(egui::Link::new(text)).clicked() {
                actions.push(Action::Open(*record));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, with_language};

    #[test]
    fn the_parts_of_the_page_count_their_days_in_russian_and_azerbaijani() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 18).expect("a real day");
        let rows = with_language(Language::Russian, || rows_of(&WhatIsNext::default(), today));
        let Row::Heading(first) = &rows[0] else {
            panic!("the page starts with a heading: {rows:?}")
        };
        assert!(first.starts_with("Ближайшие 30 дней (до "), "{first}");
        assert_eq!(
            rows[1],
            Row::Nothing("Нет встреч, визитов и сроков.".to_owned())
        );
        assert!(matches!(&rows[2], Row::Heading(later) if later.starts_with("Через 31–60 дней")));
        with_language(Language::Russian, || {
            let heading =
                |horizon: u32| tr!("views-next-horizon-first", horizon = horizon, until = "…");
            assert_eq!(heading(1), "Ближайший 1 день (до …)");
            assert_eq!(heading(3), "Ближайшие 3 дня (до …)");
            assert_eq!(heading(21), "Ближайший 21 день (до …)");
            assert_eq!(heading(90), "Ближайшие 90 дней (до …)");
        });
        assert_eq!(tr!("views-next-preparing"), PREPARING);
        with_language(Language::Azerbaijani, || {
            assert_eq!(
                tr!(
                    "views-next-horizon-first",
                    horizon = 30,
                    until = "17 aprel 2026"
                ),
                "Növbəti 30 gün (17 aprel 2026 tarixinədək)"
            );
        });
    }
}
