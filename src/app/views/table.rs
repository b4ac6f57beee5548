//! A table that lays out only its visible rows and that a screen reader
//! reads as a table: a `Table` named after what it lists, a header row of
//! named column headers that say how the table is sorted, and one `Row`
//! per record, named by its cells ("Romania, ISO code RO, relations since
//! 19 June 1992") and marked when selected. A row is one Tab stop (its
//! cells are not), ↑ and ↓ move between rows (egui's own focus moves),
//! and Enter or Space opens one; empty cells are left out of the tree rather than read as blanks.
//!
//! `egui_extras::TableBuilder` makes every cell a focusable, unnamed
//! container and has no row of its own, which is why lists use this.

use std::hash::Hash;

use egui::accesskit::{Action, Role, SortDirection};
use egui::{Align, Id, Layout, Rect, Sense, Ui, UiBuilder};

use crate::tr;

/// One column: its heading, and how wide it is.
#[derive(Clone, Copy, Debug)]
pub struct TableColumn<'a> {
    /// The heading; clicking it sorts by the column.
    pub title: &'a str,
    /// Its width; `None` takes what the other columns leave.
    pub width: Option<f32>,
    /// Whether the table is sorted by this column, ascending or not.
    pub sorted: Option<bool>,
    /// The column that tells rows apart (a name or title): its text
    /// starts the row's spoken name, without its heading.
    pub main: bool,
}

/// One row as shown: a key that stays with the record as rows move, the
/// text of each cell, and whether the row is the one open.
pub struct TableRow<K> {
    /// Identifies the row across frames, filters and sorts.
    pub key: K,
    /// One text per column, in the columns' order.
    pub cells: Vec<String>,
    /// The row of the record shown beside the table.
    pub selected: bool,
}

/// What happened in the table this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableOutput {
    /// The row clicked, or opened with Enter or Space.
    pub opened: Option<usize>,
    /// The column whose heading was clicked.
    pub sort_by: Option<usize>,
}

/// A row's height, and the header's.
pub const ROW_HEIGHT: f32 = 22.0;

/// Shows a table named `name` of `row_count` rows; `row(index)` gives the
/// row at `index`, and is called only for the rows in view.
pub fn table<K: Hash + std::fmt::Debug>(
    ui: &mut Ui,
    name: &str,
    columns: &[TableColumn<'_>],
    row_count: usize,
    scroll_to_top: bool,
    mut row: impl FnMut(usize) -> TableRow<K>,
) -> TableOutput {
    let table_id = ui.scope_id().with(("table", name));
    let mut output = TableOutput::default();
    let shown = ui.scope_builder(
        UiBuilder::new()
            .id_salt(("table", name))
            .accessibility_role(Role::Table)
            .accessibility_label(name),
        |ui| {
            let widths = column_widths(ui, columns);
            output.sort_by = header(ui, columns, &widths);
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(("rows", name))
                .auto_shrink([false, false]);
            if scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show_rows(ui, ROW_HEIGHT, row_count, |ui, range| {
                let first = range.start;
                let shown: Vec<TableRow<K>> = range.map(&mut row).collect();
                let ids: Vec<Id> = shown
                    .iter()
                    .map(|shown| row_id(table_id, &shown.key))
                    .collect();
                let mut stop = tab_stop(ui, table_id, &shown, &ids);
                for (offset, (shown, id)) in shown.iter().zip(&ids).enumerate() {
                    let index = first + offset;
                    let response =
                        body_row(ui, *id, columns, &widths, index, shown, stop == Some(*id));
                    if response.clicked() {
                        output.opened = Some(index);
                        remember_tab_stop(ui, table_id, *id);
                    }
                    let next = match arrow_pressed(ui, &response) {
                        Some(egui::Key::ArrowDown) if index + 1 < row_count => index + 1,
                        Some(egui::Key::ArrowUp) if index > 0 => index - 1,
                        _ => continue,
                    };
                    let next_id = ids
                        .get(next - first)
                        .copied()
                        .unwrap_or_else(|| row_id(table_id, &row(next).key));
                    remember_tab_stop(ui, table_id, next_id);
                    ui.memory_mut(|memory| memory.request_focus(next_id));
                    if next > index {
                        // Drawn next, already as the stop.
                        stop = Some(next_id);
                    } else {
                        // Drawn already, as no stop: draw again.
                        ui.ctx().request_discard("the row above takes the focus");
                    }
                    let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
                    let offset = if next > index { step } else { -step };
                    ui.scroll_to_rect(response.rect.translate(egui::vec2(0.0, offset)), None);
                }
            });
        },
    );
    ui.ctx().accesskit_node_builder(shown.response.id, |node| {
        node.set_bounds(bounds(shown.response.rect));
    });
    output
}

/// Each column's width: the fixed ones as given, the others sharing what
/// is left.
fn column_widths(ui: &Ui, columns: &[TableColumn<'_>]) -> Vec<f32> {
    let spacing = ui.spacing().item_spacing.x;
    let fixed: f32 = columns.iter().filter_map(|column| column.width).sum();
    let flexible = columns
        .iter()
        .filter(|column| column.width.is_none())
        .count();
    let gaps = spacing * columns.len().saturating_sub(1) as f32;
    let rest = ((ui.available_width() - fixed - gaps) / flexible.max(1) as f32).max(40.0);
    columns
        .iter()
        .map(|column| column.width.unwrap_or(rest))
        .collect()
}

/// The header row: one button per column, exposed as a column header
/// with its sort direction. Returns the column clicked.
fn header(ui: &mut Ui, columns: &[TableColumn<'_>], widths: &[f32]) -> Option<usize> {
    let row = Rect::from_min_size(
        ui.cursor().min,
        egui::vec2(ui.available_width(), ROW_HEIGHT),
    );
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(row)
            .accessibility_role(Role::Row)
            .accessibility_label(tr!("views-table-headings")),
        |ui| {
            ui.set_min_size(row.size());
            let mut clicked = None;
            let mut left = row.left();
            for (index, (column, width)) in columns.iter().zip(widths).enumerate() {
                let cell = Rect::from_min_size(
                    egui::pos2(left, row.top()),
                    egui::vec2(*width, ROW_HEIGHT),
                );
                left += width + ui.spacing().item_spacing.x;
                let arrow = match column.sorted {
                    Some(true) => " ▲",
                    Some(false) => " ▼",
                    None => "",
                };
                let response = ui
                    .scope_builder(
                        UiBuilder::new()
                            .max_rect(cell)
                            .layout(Layout::left_to_right(Align::Center)),
                        |ui| {
                            ui.add(
                                egui::Button::new(
                                    egui::RichText::new(format!("{}{arrow}", column.title))
                                        .strong(),
                                )
                                .frame(false)
                                .truncate(),
                            )
                        },
                    )
                    .inner
                    .on_hover_text(tr!(
                        "views-table-sort-by",
                        column = lowercased(column.title)
                    ));
                ui.ctx().accesskit_node_builder(response.id, |node| {
                    node.set_role(Role::ColumnHeader);
                    // The arrow is for the eye; the sort is said as a state.
                    node.set_label(column.title);
                    match column.sorted {
                        Some(true) => node.set_sort_direction(SortDirection::Ascending),
                        Some(false) => node.set_sort_direction(SortDirection::Descending),
                        None => node.clear_sort_direction(),
                    }
                });
                if response.clicked() {
                    clicked = Some(index);
                }
            }
            clicked
        },
    )
    .inner
}

/// The one row Tab stops at, as in a list box: the row last moved to or
/// opened while it is in view, else the open record's, else the first in
/// view. The others are reached with ↑ and ↓, so Tab leaves the table in
/// one step however long it is.
fn tab_stop<K>(ui: &Ui, table_id: Id, shown: &[TableRow<K>], ids: &[Id]) -> Option<Id> {
    let remembered = ui.data(|data| data.get_temp::<Id>(table_id.with("tab stop")));
    remembered
        .filter(|id| ids.contains(id))
        .or_else(|| {
            shown
                .iter()
                .zip(ids)
                .find(|(shown, _)| shown.selected)
                .map(|(_, id)| *id)
        })
        .or_else(|| ids.first().copied())
}

fn remember_tab_stop(ui: &Ui, table_id: Id, row: Id) {
    ui.data_mut(|data| data.insert_temp(table_id.with("tab stop"), row));
}

/// ↑ or ↓, taken from egui when pressed on the focused row: egui would move
/// the focus to whatever lies above or below, a header or another panel.
fn arrow_pressed(ui: &Ui, response: &egui::Response) -> Option<egui::Key> {
    if !response.has_focus() {
        return None;
    }
    ui.input_mut(|input| {
        [egui::Key::ArrowDown, egui::Key::ArrowUp]
            .into_iter()
            .find(|key| input.consume_key(egui::Modifiers::NONE, *key))
    })
}

fn row_id(table_id: Id, key: &(impl Hash + std::fmt::Debug)) -> Id {
    table_id.with(("row", key))
}

/// One row: a single focusable, clickable `Row` whose cells are named
/// children; only the cells with text are in the tree. Only the
/// `tab_stop` row takes the focus from Tab.
fn body_row<K>(
    ui: &mut Ui,
    id: Id,
    columns: &[TableColumn<'_>],
    widths: &[f32],
    index: usize,
    shown: &TableRow<K>,
    tab_stop: bool,
) -> egui::Response {
    let rect = Rect::from_min_size(
        ui.cursor().min,
        egui::vec2(ui.available_width(), ROW_HEIGHT),
    );
    let name = spoken_name(columns, &shown.cells);
    let response = ui
        .scope_builder(
            UiBuilder::new()
                .scope_id(id)
                .max_rect(rect)
                .sense(if tab_stop {
                    Sense::click()
                } else {
                    Sense::CLICK
                })
                .accessibility_role(Role::Row)
                .accessibility_label(name),
            |ui| {
                ui.set_min_size(rect.size());
                let response = ui.response();
                paint_background(ui, rect, index, shown.selected, &response);
                let mut left = rect.left();
                for (text, width) in shown.cells.iter().zip(widths) {
                    let cell = Rect::from_min_size(
                        egui::pos2(left, rect.top()),
                        egui::vec2(*width, ROW_HEIGHT),
                    );
                    left += width + ui.spacing().item_spacing.x;
                    if text.is_empty() {
                        continue;
                    }
                    let cell_ui = ui.scope_builder(
                        UiBuilder::new()
                            .max_rect(cell)
                            .layout(Layout::left_to_right(Align::Center))
                            .accessibility_role(Role::Cell),
                        |ui| {
                            ui.shrink_clip_rect(cell);
                            if shown.selected {
                                ui.visuals_mut().override_text_color =
                                    Some(ui.visuals().selection.stroke.color);
                            }
                            // Cut text shows whole on hover, by the label itself.
                            ui.add(egui::Label::new(text.as_str()).truncate().selectable(false));
                        },
                    );
                    ui.ctx()
                        .accesskit_node_builder(cell_ui.response.id, |node| {
                            node.set_bounds(bounds(cell));
                        });
                }
                response
            },
        )
        .inner;
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_selected(shown.selected);
        node.add_action(Action::Click);
        node.add_action(Action::Focus);
        // egui gives a `Ui` its bounds only when first made, before its
        // rect is known; a reader (and a test's click) needs the real ones.
        node.set_bounds(bounds(rect));
    });
    response
}

fn bounds(rect: Rect) -> egui::accesskit::Rect {
    egui::accesskit::Rect {
        x0: rect.min.x.into(),
        y0: rect.min.y.into(),
        x1: rect.max.x.into(),
        y1: rect.max.y.into(),
    }
}

/// Stripes, the hovered row, the selected row and the focused row, filled
/// across the gap between rows so the bands touch.
fn paint_background(ui: &Ui, rect: Rect, index: usize, selected: bool, response: &egui::Response) {
    let band = rect.expand2(egui::vec2(0.0, ui.spacing().item_spacing.y / 2.0));
    let visuals = ui.visuals();
    let fill = if selected {
        Some(visuals.selection.bg_fill)
    } else if response.hovered() {
        Some(visuals.widgets.hovered.bg_fill)
    } else if index % 2 == 1 {
        Some(visuals.faint_bg_color)
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter().rect_filled(band, 0.0, fill);
    }
    if response.has_focus() {
        ui.painter().rect_stroke(
            band,
            0.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
}

/// What a screen reader says for a row: the main cell, then each other
/// cell that has text, after its heading ("Romania, ISO code RO, relations
/// since 19 June 1992").
fn spoken_name(columns: &[TableColumn<'_>], cells: &[String]) -> String {
    let main = columns
        .iter()
        .zip(cells)
        .filter(|(column, text)| column.main && !text.is_empty())
        .map(|(_, text)| text.clone());
    let others = columns
        .iter()
        .zip(cells)
        .filter(|(column, text)| !column.main && !text.is_empty())
        .map(|(column, text)| {
            tr!(
                "views-table-cell",
                heading = lower_first(column.title),
                text = text
            )
        });
    main.chain(others).collect::<Vec<_>>().join(", ")
}

/// `text` in lower case, an Azerbaijani "İ" as "i" rather than "i" with a
/// combining dot.
fn lowercased(text: &str) -> String {
    text.replace('İ', "i").to_lowercase()
}

/// "ISO code" stays as it is, "Relations since" reads "relations since";
/// an Azerbaijani "İ" becomes "i", not "i" with a combining dot.
fn lower_first(title: &str) -> String {
    let mut letters = title.chars();
    match (letters.next(), letters.next()) {
        (Some('İ'), Some(second)) if !second.is_uppercase() => {
            std::iter::once('i').chain(title.chars().skip(1)).collect()
        }
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(title.chars().skip(1)).collect()
        }
        _ => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(title: &'static str, main: bool) -> TableColumn<'static> {
        TableColumn {
            title,
            width: None,
            sorted: None,
            main,
        }
    }

    #[test]
    fn a_row_is_named_by_its_main_cell_then_the_others_after_their_headings() {
        let columns = [
            column("Name", true),
            column("ISO code", false),
            column("Other names", false),
            column("Relations since", false),
        ];
        let cells = ["Romania", "RO", "", "19 June 1992"].map(str::to_owned);
        assert_eq!(
            spoken_name(&columns, &cells),
            "Romania, ISO code RO, relations since 19 June 1992"
        );
    }

    #[test]
    fn a_row_is_named_in_russian_and_azerbaijani_with_each_heading_before_its_cell() {
        use crate::i18n::{Language, with_language};
        let cells = ["Румыния", "RO", "19 июня 1992 г."].map(str::to_owned);
        let name = with_language(Language::Russian, || {
            let titles = [
                tr!("views-column-name"),
                tr!("views-column-iso-code"),
                tr!("views-column-relations-since"),
            ];
            let columns = [
                TableColumn {
                    title: &titles[0],
                    width: None,
                    sorted: None,
                    main: true,
                },
                TableColumn {
                    title: &titles[1],
                    width: None,
                    sorted: None,
                    main: false,
                },
                TableColumn {
                    title: &titles[2],
                    width: None,
                    sorted: None,
                    main: false,
                },
            ];
            spoken_name(&columns, &cells)
        });
        assert_eq!(
            name,
            "Румыния, код ISO: RO, отношения установлены: 19 июня 1992 г."
        );
        let signed = with_language(Language::Azerbaijani, || tr!("views-column-signed"));
        assert_eq!(lower_first(&signed), "imzalanıb");
    }

    #[test]
    fn the_main_cell_comes_first_wherever_its_column_is() {
        let columns = [
            column("Date", false),
            column("Title", true),
            column("Country", false),
        ];
        let cells = ["May 2022", "10th meeting", "Turkey"].map(str::to_owned);
        assert_eq!(
            spoken_name(&columns, &cells),
            "10th meeting, date May 2022, country Turkey"
        );
    }
}
