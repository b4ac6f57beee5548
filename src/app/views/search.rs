//! Find (Ctrl+F) and quick open (Ctrl+K): a search box over every record,
//! results grouped by kind and updated as the user types; Enter or a click
//! opens the record. The index is rebuilt when the workspace changes and
//! the rows when the query does; a frame only lays out the visible rows.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Key, Modifiers, Ui};

use super::prepared::Prepared;
use crate::model::{RecordId, RecordKind, Workspace};
use crate::query::search::{SearchIndex, SearchResults, field_label, match_range, matching_field};
use crate::tr;

/// How many records of each kind are listed; the group says how many more.
const PER_KIND: usize = 50;
const ROW_HEIGHT: f32 = 24.0;

/// A text with the part that matched.
#[derive(Clone, Debug)]
struct Marked {
    text: String,
    matched: Option<Range<usize>>,
}

/// One line of the results.
#[derive(Clone, Debug)]
enum Row {
    Heading(String),
    Hit {
        id: RecordId,
        title: Marked,
        /// The field that matched when the title did not: its name and text.
        detail: Option<(String, Marked)>,
    },
    More(usize),
}

/// The search box and its results.
#[derive(Default)]
pub struct SearchView {
    open: bool,
    /// What is typed in the search box.
    pub query: String,
    focus: bool,
    /// Index into the hits (not the rows) of the one Enter opens.
    selected: usize,
    index: Prepared<SearchIndex>,
    /// The revision, query and language the rows were made for.
    shown_for: Option<(u64, String, crate::i18n::Language)>,
    results: SearchResults,
    rows: Vec<Row>,
    /// Where each hit is among the rows.
    hit_rows: Vec<usize>,
    scroll_to_selected: bool,
}

impl SearchView {
    /// Shows the search box, focused, keeping the last query selected.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
        self.selected = 0;
    }

    /// Whether the search box is showing.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The last results computed.
    pub fn results(&self) -> &SearchResults {
        &self.results
    }

    /// Results for the query from the newest index there is (one of a
    /// large workspace is built on a worker thread); false while none is.
    fn refresh(&mut self, ctx: &egui::Context, workspace: &Arc<Workspace>, revision: u64) -> bool {
        let Some(revision) = self
            .index
            .refresh(ctx, workspace, revision, SearchIndex::build)
            .copied()
        else {
            return false;
        };
        let key = (revision, self.query.clone(), crate::i18n::current());
        if self.shown_for.as_ref() == Some(&key) {
            return true;
        }
        let Some(index) = self.index.get() else {
            return false;
        };
        self.results = index.search(&self.query, PER_KIND);
        self.rows.clear();
        self.hit_rows.clear();
        let needle = &self.results.folded;
        for group in &self.results.groups {
            self.rows
                .push(Row::Heading(heading(group.kind, group.total)));
            for hit in &group.hits {
                let detail = if hit.in_title {
                    None
                } else {
                    workspace.record(hit.id).and_then(|record| {
                        matching_field(&record, needle).map(|(name, text)| {
                            let matched = match_range(&text, needle);
                            (field_label(name), snippet(text, matched))
                        })
                    })
                };
                self.hit_rows.push(self.rows.len());
                self.rows.push(Row::Hit {
                    id: hit.id,
                    title: Marked {
                        matched: match_range(&hit.label, needle),
                        text: hit.label.clone(),
                    },
                    detail,
                });
            }
            if group.total > group.hits.len() {
                self.rows.push(Row::More(group.total - group.hits.len()));
            }
        }
        self.selected = 0;
        self.shown_for = Some(key);
        true
    }

    /// Shows the search window when open; returns the record to open.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        revision: u64,
    ) -> Option<RecordId> {
        if !self.open {
            return None;
        }
        let mut chosen = None;
        let response = egui::Modal::new(egui::Id::unique("search")).show(ctx, |ui| {
            ui.set_width(640.0);
            // Arrows and Enter move through the results, not the text.
            let (down, up, enter) = ui.input_mut(|input| {
                (
                    input.count_and_consume_key(Modifiers::NONE, Key::ArrowDown),
                    input.count_and_consume_key(Modifiers::NONE, Key::ArrowUp),
                    input.consume_key(Modifiers::NONE, Key::Enter),
                )
            });
            let label = ui.label(tr!("tools-search-label")).id;
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .hint_text(tr!("tools-search-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label);
            if self.focus {
                edit.request_focus();
                self.focus = false;
            }
            let ready = self.refresh(ctx, workspace, revision);
            let hits = self.hit_rows.len();
            if down + up > 0 {
                // Several presses can arrive in one frame; each moves one.
                let moved = (self.selected + down).saturating_sub(up);
                self.selected = moved.min(hits.saturating_sub(1));
                self.scroll_to_selected = true;
            }
            if enter && let Some(Row::Hit { id, .. }) = self.selected_row() {
                chosen = Some(*id);
            }
            ui.add_space(4.0);
            if !ready {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("tools-search-preparing"));
                });
            } else if self.results.query.is_empty() {
                ui.weak(tr!("tools-search-help"));
            } else if self.results.groups.is_empty() {
                ui.weak(tr!("tools-search-no-match", query = &self.results.query));
            } else {
                ui.weak(tr!("tools-search-found", count = self.results.total()));
            }
            if let Some(clicked) = self.rows_ui(ui) {
                chosen = Some(clicked);
            }
        });
        if chosen.is_some() || response.should_close() {
            self.open = false;
        }
        chosen
    }

    fn selected_row(&self) -> Option<&Row> {
        self.rows.get(*self.hit_rows.get(self.selected)?)
    }

    /// The result rows, only the visible ones laid out.
    fn rows_ui(&mut self, ui: &mut Ui) -> Option<RecordId> {
        let mut clicked = None;
        let selected_row = self.hit_rows.get(self.selected).copied();
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("search_results")
            .min_scrolled_height(360.0)
            .max_height(420.0)
            .auto_shrink([false, true]);
        if std::mem::take(&mut self.scroll_to_selected)
            && let Some(row) = selected_row
        {
            // Keep the chosen row in view, a few rows from the top.
            scroll = scroll.vertical_scroll_offset(
                (row as f32 - 4.0).max(0.0) * (ROW_HEIGHT + ui.spacing().item_spacing.y),
            );
        }
        scroll.show_rows(ui, ROW_HEIGHT, self.rows.len(), |ui, range| {
            // A modal centres its content; results read from the left.
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                for index in range {
                    match self.rows.get(index) {
                        Some(Row::Heading(text)) => {
                            ui.horizontal(|ui| {
                                ui.set_height(ROW_HEIGHT);
                                ui.label(egui::RichText::new(text).strong());
                            });
                        }
                        Some(Row::More(count)) => {
                            ui.horizontal(|ui| {
                                ui.set_height(ROW_HEIGHT);
                                ui.weak(tr!("tools-search-more", count = *count));
                            });
                        }
                        Some(Row::Hit { id, title, detail }) => {
                            let job = hit_job(ui, title, detail.as_ref());
                            let button = egui::Button::selectable(Some(index) == selected_row, job)
                                .truncate()
                                .min_size(egui::vec2(0.0, ROW_HEIGHT));
                            if ui.add(button).clicked() {
                                clicked = Some(*id);
                            }
                        }
                        None => {}
                    }
                }
            });
        });
        clicked
    }
}

/// "Institutions (3)".
fn heading(kind: RecordKind, total: usize) -> String {
    match kind {
        RecordKind::Country => tr!("tools-search-group-country", count = total),
        RecordKind::Institution => tr!("tools-search-group-institution", count = total),
        RecordKind::Person => tr!("tools-search-group-person", count = total),
        RecordKind::Document => tr!("tools-search-group-document", count = total),
        RecordKind::Activity => tr!("tools-search-group-activity", count = total),
        RecordKind::Commission => tr!("tools-search-group-commission", count = total),
        RecordKind::Meeting => tr!("tools-search-group-meeting", count = total),
        RecordKind::Indicator => tr!("tools-search-group-indicator", count = total),
        RecordKind::Source => tr!("tools-search-group-source", count = total),
    }
}

/// A long field cut to a few words either side of the match.
fn snippet(text: String, matched: Option<Range<usize>>) -> Marked {
    const CONTEXT: usize = 40;
    let Some(range) = matched else {
        return Marked {
            text,
            matched: None,
        };
    };
    let mut start = range.start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (range.end + CONTEXT).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let shift = prefix.len() + range.start - start;
    Marked {
        text: format!("{prefix}{}{suffix}", &text[start..end]),
        matched: Some(shift..shift + range.len()),
    }
}

/// The title, and the matching field when the title did not match, with
/// the matched letters highlighted.
fn hit_job(ui: &Ui, title: &Marked, detail: Option<&(String, Marked)>) -> LayoutJob {
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let plain = TextFormat::simple(font.clone(), style.visuals.text_color());
    let weak = TextFormat::simple(font.clone(), style.visuals.weak_text_color());
    let mark = TextFormat {
        background: style.visuals.selection.bg_fill,
        color: style.visuals.strong_text_color(),
        ..TextFormat::simple(font, style.visuals.text_color())
    };
    let mut job = LayoutJob::default();
    append_marked(&mut job, title, &plain, &mark);
    if let Some((name, text)) = detail {
        job.append(&format!("   {name}: "), 0.0, weak.clone());
        append_marked(&mut job, text, &weak, &mark);
    }
    job
}

fn append_marked(job: &mut LayoutJob, marked: &Marked, plain: &TextFormat, mark: &TextFormat) {
    match &marked.matched {
        Some(range) if marked.text.get(range.clone()).is_some() => {
            job.append(&marked.text[..range.start], 0.0, plain.clone());
            job.append(&marked.text[range.clone()], 0.0, mark.clone());
            job.append(&marked.text[range.end..], 0.0, plain.clone());
        }
        _ => job.append(&marked.text, 0.0, plain.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, with_language};

    #[test]
    fn group_headings_name_the_kind_in_each_language() {
        assert_eq!(
            heading(RecordKind::Document, 1),
            "Agreements and documents (1)"
        );
        assert_eq!(heading(RecordKind::Person, 3), "People (3)");
        with_language(Language::Russian, || {
            assert_eq!(
                heading(RecordKind::Document, 2),
                "Соглашения и документы (2)"
            );
            assert_eq!(
                tr!("tools-search-no-match", query = "romanx"),
                "По запросу «romanx» ничего не найдено."
            );
        });
        with_language(Language::Azerbaijani, || {
            assert_eq!(heading(RecordKind::Country, 5), "Ölkələr (5)");
        });
    }
}
