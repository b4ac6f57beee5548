//! The list of each section: a filterable, sortable table that lays out only
//! the visible rows. Filtering and sorting run when the records, the filter
//! or the sort change, never every frame.

use std::sync::Arc;

use egui::Ui;

use super::prepared::Prepared;
use super::table::{TableColumn, TableRow, table};
use crate::app::route::Section;
use crate::model::{DocumentStatus, PartialDate, RecordId, Workspace};
use crate::query;
use crate::tr;

/// How a column of a list is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListColumn {
    /// The id of the heading's message; the heading also sorts by the
    /// column when clicked.
    id: &'static str,
    /// The column that takes the width the others leave (a record's name
    /// or title: the one that tells rows apart).
    pub main: bool,
    /// When the list is too narrow for every column, those of the highest
    /// rank are left out first (the main column, rank 0, never is).
    rank: u8,
}

impl ListColumn {
    /// The heading in the interface's language ("Name", "Название").
    pub fn title(&self) -> String {
        crate::i18n::message(self.id, None)
    }
}

const fn main_column(id: &'static str) -> ListColumn {
    ListColumn {
        id,
        main: true,
        rank: 0,
    }
}

const fn column(id: &'static str, rank: u8) -> ListColumn {
    ListColumn {
        id,
        main: false,
        rank,
    }
}

/// The columns of a section's table, in the order shown.
pub fn columns(section: Section) -> &'static [ListColumn] {
    match section {
        Section::Countries => {
            const {
                &[
                    main_column("views-column-name"),
                    column("views-column-iso-code", 1),
                    column("views-column-other-names", 3),
                    column("views-column-relations-since", 2),
                ]
            }
        }
        Section::Institutions => {
            const {
                &[
                    main_column("views-column-name"),
                    column("views-column-kind", 2),
                    column("views-column-country", 1),
                    column("views-column-short-name", 3),
                ]
            }
        }
        Section::People => {
            const {
                &[
                    main_column("views-column-person-name"),
                    column("views-column-position", 2),
                    column("views-column-country", 1),
                    column("views-column-other-spellings", 3),
                ]
            }
        }
        Section::Agreements => {
            const {
                &[
                    column("views-column-signed", 1),
                    column("views-column-kind", 3),
                    main_column("views-column-title"),
                    column("views-column-partner-country", 2),
                    column("views-column-status", 4),
                ]
            }
        }
        Section::Commissions => {
            const {
                &[
                    main_column("views-column-name"),
                    column("views-column-parties", 2),
                    column("views-column-established", 1),
                ]
            }
        }
        Section::Meetings => {
            const {
                &[
                    column("views-column-date", 1),
                    column("views-column-kind", 3),
                    main_column("views-column-title"),
                    column("views-column-country", 2),
                    column("views-column-place", 4),
                ]
            }
        }
        Section::ActionPlans => {
            const {
                &[
                    column("views-column-due", 1),
                    main_column("views-column-activity"),
                    column("views-column-action-plan", 3),
                    column("views-column-status", 2),
                ]
            }
        }
        Section::Sources => {
            const {
                &[
                    column("views-column-published", 1),
                    main_column("views-column-title"),
                    column("views-column-publisher", 2),
                    column("views-column-author", 3),
                ]
            }
        }
    }
}

/// The names of countries other than the home country, joined: a record's
/// partners (the home country is a party to almost everything).
fn partner_names(
    workspace: &Workspace,
    countries: impl IntoIterator<Item = crate::model::CountryId>,
) -> String {
    let home = workspace.home_country();
    let names: Vec<&str> = countries
        .into_iter()
        .filter(|country| Some(*country) != home)
        .filter_map(|country| workspace.countries().get(&country))
        .map(crate::model::Country::shown_name)
        .collect();
    names.join(", ")
}

/// The record ids a section lists, unsorted.
fn ids_unsorted(workspace: &Workspace, section: Section) -> Vec<RecordId> {
    fn ids<K: Copy + Ord + Into<RecordId>, V>(map: &crate::model::Records<K, V>) -> Vec<RecordId> {
        map.keys().map(|id| (*id).into()).collect()
    }
    match section {
        Section::Countries => ids(workspace.countries()),
        Section::Institutions => ids(workspace.institutions()),
        Section::People => ids(workspace.people()),
        Section::Agreements => ids(workspace.documents()),
        Section::Commissions => ids(workspace.commissions()),
        Section::Meetings => ids(workspace.meetings()),
        Section::ActionPlans => ids(workspace.activities()),
        Section::Sources => ids(workspace.sources()),
    }
}

/// A cell's text, and the key it sorts by (dates sort by their file form,
/// which orders a year before its months).
struct Cell {
    text: String,
    sort_key: String,
}

fn text_cell(text: impl Into<String>) -> Cell {
    let text = text.into();
    Cell {
        sort_key: text.to_lowercase(),
        text,
    }
}

fn date_cell(date: Option<PartialDate>) -> Cell {
    Cell {
        text: date.map(|date| date.human()).unwrap_or_default(),
        sort_key: date.map(|date| date.to_string()).unwrap_or_default(),
    }
}

/// The cells of one row.
fn cells(workspace: &Workspace, id: RecordId, today: chrono::NaiveDate) -> Vec<Cell> {
    match id {
        RecordId::Country(id) => workspace.countries().get(&id).map_or_else(Vec::new, |c| {
            vec![
                text_cell(c.shown_name()),
                text_cell(&c.iso_code),
                text_cell(c.aliases.join(", ")),
                date_cell(c.relations.diplomatic_relations_established),
            ]
        }),
        RecordId::Institution(id) => workspace
            .institutions()
            .get(&id)
            .map_or_else(Vec::new, |i| {
                vec![
                    text_cell(i.shown_name()),
                    text_cell(i.kind.label()),
                    text_cell(
                        workspace
                            .countries()
                            .get(&i.country)
                            .map_or("", |country| country.shown_name()),
                    ),
                    text_cell(&i.short_name),
                ]
            }),
        RecordId::Person(id) => workspace.people().get(&id).map_or_else(Vec::new, |p| {
            vec![
                text_cell(p.shown_name()),
                text_cell(
                    p.positions
                        .last()
                        .map_or("", |position| position.title.as_str()),
                ),
                text_cell(
                    p.positions
                        .last()
                        .and_then(|position| workspace.institutions().get(&position.institution))
                        .and_then(|institution| workspace.countries().get(&institution.country))
                        .map_or("", |country| country.shown_name()),
                ),
                text_cell(p.name_variants.join(", ")),
            ]
        }),
        RecordId::Document(id) => workspace.documents().get(&id).map_or_else(Vec::new, |d| {
            vec![
                date_cell(d.key_date()),
                text_cell(d.kind.label()),
                text_cell(d.shown_name()),
                text_cell(partner_names(
                    workspace,
                    query::countries_of_document(workspace, d),
                )),
                text_cell(
                    d.current_status()
                        .map_or_else(String::new, DocumentStatus::label),
                ),
            ]
        }),
        RecordId::Commission(id) => workspace.commissions().get(&id).map_or_else(Vec::new, |c| {
            // A session count would scan every meeting for every visible
            // row each frame; the commission's page lists its sessions.
            let parties: Vec<String> = c.parties.iter().map(|p| workspace.label_of(*p)).collect();
            vec![
                text_cell(c.shown_name()),
                text_cell(parties.join("; ")),
                date_cell(c.established),
            ]
        }),
        RecordId::Meeting(id) => workspace.meetings().get(&id).map_or_else(Vec::new, |m| {
            vec![
                date_cell(m.start),
                text_cell(m.kind.label()),
                text_cell(query::meeting_title(workspace, m)),
                text_cell(partner_names(
                    workspace,
                    query::countries_of_meeting(workspace, m),
                )),
                text_cell(&m.place),
            ]
        }),
        RecordId::Activity(id) => workspace.activities().get(&id).map_or_else(Vec::new, |a| {
            vec![
                Cell {
                    text: a.due.map(|due| due.human()).unwrap_or_default(),
                    sort_key: a.due.map(|due| due.start.to_string()).unwrap_or_default(),
                },
                text_cell(&a.description),
                // The title read in place: `label_of` would copy the
                // whole plan for each of thousands of rows.
                text_cell(
                    workspace
                        .documents()
                        .get(&a.plan)
                        .map_or("", |plan| plan.shown_name()),
                ),
                text_cell(query::activity_status_text(a, today)),
            ]
        }),
        RecordId::Source(id) => workspace.sources().get(&id).map_or_else(Vec::new, |s| {
            vec![
                Cell {
                    text: s
                        .published_at
                        .map(|at| {
                            let time = at.format("%H:%M (UTC%:z)");
                            format!("{} {time}", crate::i18n::dates::day(at.date_naive()))
                        })
                        .unwrap_or_default(),
                    sort_key: s.published_at.map(|at| at.to_rfc3339()).unwrap_or_default(),
                },
                text_cell(&s.title),
                text_cell(&s.publisher),
                text_cell(&s.author),
            ]
        }),
        RecordId::Indicator(_) => Vec::new(),
    }
}

/// What the rows were computed from; a change means recomputing.
#[derive(Clone, Debug, PartialEq, Eq)]
struct CacheKey {
    prepared_for: PreparedFor,
    filter: String,
    sort_column: usize,
    ascending: bool,
}

/// The revision and day a section's cells were made for (an activity's
/// status reads "Overdue" from a day on).
type PreparedFor = (u64, chrono::NaiveDate);

/// A record's cells made once per revision: filtering and sorting as the
/// user types then only compare strings, instead of formatting dates and
/// looking up labels for every record on every keystroke.
#[derive(Debug)]
struct PreparedRow {
    id: RecordId,
    /// Every cell's text, folded, separated by a character never typed.
    folded: String,
    sort_keys: Vec<String>,
}

/// Every row of a section, and the longest text of each column (what the
/// column's width is measured from, the same whatever the filter).
#[derive(Debug, Default)]
struct PreparedSection {
    rows: Vec<PreparedRow>,
    longest: Vec<String>,
}

/// Every row of `section`, made from `workspace` (on a worker thread when
/// the workspace is large).
fn prepare_rows(
    workspace: &Workspace,
    section: Section,
    today: chrono::NaiveDate,
) -> PreparedSection {
    let mut longest: Vec<(usize, String)> = vec![(0, String::new()); columns(section).len()];
    let rows = ids_unsorted(workspace, section)
        .into_iter()
        .map(|id| {
            let cells = cells(workspace, id, today);
            let mut folded = String::new();
            for (cell, longest) in cells.iter().zip(&mut longest) {
                crate::model::fold_into(&cell.text, &mut folded);
                folded.push('\u{0}');
                let length = cell.text.chars().count();
                if length > longest.0 {
                    *longest = (length, cell.text.clone());
                }
            }
            PreparedRow {
                id,
                folded,
                sort_keys: cells.into_iter().map(|cell| cell.sort_key).collect(),
            }
        })
        .collect();
    PreparedSection {
        rows,
        longest: longest.into_iter().map(|(_, text)| text).collect(),
    }
}

/// The table of one section with its filter, sort and cached rows.
#[derive(Debug)]
pub struct SectionList {
    /// The section listed.
    pub section: Section,
    /// What the filter box holds; rows must contain it, folded.
    pub filter: String,
    sort_column: usize,
    ascending: bool,
    cache: Option<CacheKey>,
    /// Every record's cells, of the latest revision prepared.
    prepared: Prepared<PreparedSection, PreparedFor>,
    rows: Vec<RecordId>,
    /// The filter changed since the table was last drawn: the results
    /// start at the top, not at the old scroll position.
    scroll_to_top: bool,
}

impl SectionList {
    /// An empty list of `section`, sorted by its first column.
    pub fn new(section: Section) -> Self {
        Self {
            section,
            filter: String::new(),
            sort_column: 0,
            ascending: true,
            cache: None,
            prepared: Prepared::default(),
            rows: Vec::new(),
            scroll_to_top: false,
        }
    }

    /// The rows shown, after filter and sort.
    pub fn rows(&self) -> &[RecordId] {
        &self.rows
    }

    /// Filters and sorts the newest prepared rows; false while none are
    /// prepared yet.
    fn refresh(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        revision: u64,
        today: chrono::NaiveDate,
    ) -> bool {
        let section = self.section;
        // A row reads a record or two besides its own (an activity's plan):
        // the section's size is what decides where it is prepared.
        let records = section.record_count(workspace);
        let Some(&prepared_for) = self.prepared.refresh_reading(
            ctx,
            workspace,
            (revision, today),
            records,
            move |workspace| prepare_rows(workspace, section, today),
        ) else {
            return false;
        };
        let key = CacheKey {
            prepared_for,
            filter: self.filter.clone(),
            sort_column: self.sort_column,
            ascending: self.ascending,
        };
        if self.cache.as_ref() == Some(&key) {
            return true;
        }
        if self
            .cache
            .as_ref()
            .is_some_and(|cache| cache.filter != key.filter)
        {
            self.scroll_to_top = true;
        }
        let Some(prepared) = self.prepared.get() else {
            return false;
        };
        let needle = crate::model::fold(self.filter.trim());
        let column = self.sort_column;
        let mut keyed: Vec<(&str, RecordId)> = prepared
            .rows
            .iter()
            .filter(|row| needle.is_empty() || row.folded.contains(&needle))
            .map(|row| {
                let sort_key = row.sort_keys.get(column).map_or("", String::as_str);
                (sort_key, row.id)
            })
            .collect();
        keyed.sort_unstable();
        if !self.ascending {
            keyed.reverse();
        }
        self.rows = keyed.into_iter().map(|(_, id)| id).collect();
        self.cache = Some(key);
        true
    }

    /// Shows the filter box and the table; returns the row clicked.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        workspace: &Arc<Workspace>,
        revision: u64,
        selected: Option<RecordId>,
        today: chrono::NaiveDate,
    ) -> Option<RecordId> {
        ui.horizontal(|ui| {
            let label = ui.label(tr!("views-list-filter")).id;
            let clear = tr!("views-list-clear-filter");
            // Up to 260 points, less where the list is narrow, so that
            // Clear filter stays in view in the longest language.
            let spacing = ui.spacing();
            let room = ui.available_width()
                - super::column_width(ui, &clear)
                - 2.0 * spacing.button_padding.x
                - 2.0 * spacing.item_spacing.x;
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text(tr!(
                        "views-list-filter-hint",
                        section = self.section.label().to_lowercase()
                    ))
                    .desired_width(room.clamp(120.0, 260.0)),
            )
            .labelled_by(label);
            if !self.filter.is_empty() && ui.small_button(clear).clicked() {
                self.filter.clear();
            }
        });
        if !self.refresh(ui.ctx(), workspace, revision, today) {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("views-list-preparing"));
            });
            return None;
        }
        ui.weak(tr!("views-list-shown", count = self.rows.len()));
        let all_columns = columns(self.section);
        let shown = self.shown_columns(ui);
        let titles: Vec<String> = all_columns.iter().map(ListColumn::title).collect();
        let table_columns: Vec<TableColumn<'_>> = shown
            .iter()
            .map(|(index, width)| {
                let column = all_columns[*index];
                TableColumn {
                    title: &titles[*index],
                    width: (!column.main).then_some(*width),
                    sorted: (*index == self.sort_column).then_some(self.ascending),
                    main: column.main,
                }
            })
            .collect();
        let rows = &self.rows;
        let output = table(
            ui,
            &self.section.label(),
            &table_columns,
            rows.len(),
            std::mem::take(&mut self.scroll_to_top),
            |index| {
                let id = rows[index];
                let mut cells = cells(workspace, id, today);
                let texts = shown
                    .iter()
                    .map(|(column, _)| {
                        cells
                            .get_mut(*column)
                            .map(|cell| std::mem::take(&mut cell.text))
                            .unwrap_or_default()
                    })
                    .collect();
                TableRow {
                    key: id,
                    cells: texts,
                    selected: selected == Some(id),
                }
            },
        );
        let sort_by = output.sort_by;
        let clicked = output.opened.map(|index| self.rows[index]);
        if let Some(index) = sort_by {
            if index == self.sort_column {
                self.ascending = !self.ascending;
            } else {
                self.sort_column = index;
                self.ascending = true;
            }
        }
        clicked
    }

    /// The columns that fit the list's width, each with the width its
    /// longest text needs (the main column takes what is left).
    fn shown_columns(&self, ui: &Ui) -> Vec<(usize, f32)> {
        let all_columns = columns(self.section);
        let longest = self
            .prepared
            .get()
            .map_or(&[][..], |prepared| prepared.longest.as_slice());
        let measure = |text: &str, strong: bool| {
            let text = if strong {
                egui::RichText::new(text).strong()
            } else {
                egui::RichText::new(text)
            };
            super::text_size(ui, text, egui::TextStyle::Body).x
        };
        let wanted: Vec<f32> = all_columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                // Room for the sort arrow, so that sorting moves nothing.
                let header = measure(&format!("{} ▼", column.title()), true);
                let content = longest.get(index).map_or(0.0, |text| measure(text, false));
                header.max(content)
            })
            .collect();
        layout_columns(
            all_columns,
            &wanted,
            ui.available_width(),
            ui.spacing().item_spacing.x,
        )
    }
}

/// The narrowest the main column gets before other columns are left out.
const MAIN_COLUMN_AT_LEAST: f32 = 160.0;

/// The share of the list's width one other column may take: a long
/// "Other names" is truncated (shown in full on hover) rather than
/// squeezing the title.
const OTHER_COLUMN_SHARE: f32 = 0.3;

/// Which columns fit in `available` points, with their widths: each other
/// column as wide as its content (`wanted`), within its share; columns of
/// the highest rank left out while the main column would be narrower than
/// [`MAIN_COLUMN_AT_LEAST`].
fn layout_columns(
    all_columns: &[ListColumn],
    wanted: &[f32],
    available: f32,
    spacing: f32,
) -> Vec<(usize, f32)> {
    let cap = (available * OTHER_COLUMN_SHARE).max(60.0);
    let mut shown: Vec<(usize, f32)> = all_columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let width = if column.main {
                0.0
            } else {
                // A few points more than the text, so that rounding never
                // cuts the last letter.
                wanted.get(index).copied().unwrap_or(60.0).min(cap) + 4.0
            };
            (index, width)
        })
        .collect();
    loop {
        let others: f32 = shown.iter().map(|(_, width)| width + spacing).sum();
        if available - others >= MAIN_COLUMN_AT_LEAST {
            break;
        }
        let Some(position) = shown
            .iter()
            .enumerate()
            .filter(|(_, (index, _))| !all_columns[*index].main)
            .max_by_key(|(_, (index, _))| all_columns[*index].rank)
            .map(|(position, _)| position)
        else {
            break;
        };
        shown.remove(position);
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_list_leaves_out_the_highest_ranked_columns_first_never_the_main_one() {
        let agreements = columns(Section::Agreements);
        // Signed, Kind, Title, Partner country, Status.
        let wanted = [110.0, 150.0, 600.0, 110.0, 60.0];
        let titles = |available: f32| -> Vec<String> {
            layout_columns(agreements, &wanted, available, 8.0)
                .into_iter()
                .map(|(index, _)| agreements[index].title())
                .collect()
        };
        assert_eq!(
            titles(1200.0),
            ["Signed", "Kind", "Title", "Partner country", "Status"]
        );
        // Status (rank 4) goes first, then Kind (3), then the country (2).
        assert_eq!(
            titles(600.0),
            ["Signed", "Kind", "Title", "Partner country"]
        );
        assert_eq!(titles(450.0), ["Signed", "Title", "Partner country"]);
        assert_eq!(titles(300.0), ["Signed", "Title"]);
        assert_eq!(titles(100.0), ["Title"]);
    }
}
