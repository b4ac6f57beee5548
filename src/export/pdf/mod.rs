//! The briefing as a PDF, the form a minister's office receives: A4, a
//! title block (country, "as of" date, the department), headings, tables
//! for the legal framework and the figures, the indicators chart, and page
//! numbers. The bundled `DejaVu` fonts are embedded (subset), so every
//! letter of Azerbaijani, Turkish, Romanian and Russian names prints and
//! the text can be copied or searched. Written with `krilla`, offline.
//!
//! Several countries make a visit pack: a contents page, then each
//! country from a new page.

mod chart;
mod layout;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use super::briefing::{self, Block, Note, Variant};
use super::{ExportError, ExportOptions};
use crate::i18n::dates;
use crate::model::Workspace;
use crate::tr;
use layout::{COLUMN, Column, Flow, MARGIN, MUTED, Mark, PAGE_HEIGHT, PAGE_WIDTH, Page, Style};

/// `DejaVu Sans`, bundled: it covers ə, İ, ı, ş, ğ, ţ, ș, ă and Cyrillic,
/// which the PDF base fonts do not. The app's window uses the same bytes
/// (`app/fonts.rs`), so the binary carries them once.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/DejaVuSans.ttf");
/// `DejaVu Sans Bold`, for the briefing's headings and table heads.
pub const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../../assets/DejaVuSans-Bold.ttf");

/// The briefing of `variant` on every country `options` cover, as PDF bytes.
pub fn to_pdf(
    workspace: &Workspace,
    options: &ExportOptions,
    variant: Variant,
) -> Result<Vec<u8>, ExportError> {
    let measure = layout::Measure::new().ok_or_else(font_unreadable)?;
    let notes = briefing::notes(workspace, options, variant);
    let department = workspace.name().trim().to_owned();
    let as_of = AsOf(dates::day(options.today));
    let mut flow = Flow::new(&measure);
    let pack = notes.len() > 1;
    let mut starts = Vec::new();
    if notes.is_empty() {
        flow.paragraph(
            &tr!("export-no-countries"),
            Style::body(11.0),
            MARGIN,
            COLUMN,
        );
    }
    for (index, note) in notes.iter().enumerate() {
        if index > 0 {
            flow.new_page();
        }
        starts.push(flow.pages.len());
        lay_out_note(&mut flow, note, &as_of, &department, variant);
    }
    let mut pages = flow.pages;
    if pack {
        // The contents come first, so every country starts that many pages
        // later; laid out once to count its pages, then with the numbers.
        let ahead = contents(&measure, &notes, &starts, 1, &as_of, &department, variant).len();
        let mut front = contents(
            &measure,
            &notes,
            &starts,
            ahead,
            &as_of,
            &department,
            variant,
        );
        front.append(&mut pages);
        pages = front;
    }
    let title = match notes.as_slice() {
        [one] => one.heading.clone(),
        _ => tr!(
            "export-pdf-visit-pack-title",
            countries = notes
                .iter()
                .map(|note| note.country.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            date = &as_of.0
        ),
    };
    let dated = tr!("export-pdf-as-of", date = &as_of.0);
    let footer = if department.is_empty() {
        Footer {
            one_line: dated.clone(),
            two_lines: vec![dated],
        }
    } else {
        Footer {
            one_line: tr!(
                "export-pdf-footer",
                department = &department,
                date = &as_of.0
            ),
            two_lines: vec![department, dated],
        }
    };
    write(&pages, &title, &footer, &measure)
}

/// The department and date at the foot of each page: on one line where it
/// leaves room for the page number, else the date under the department
/// (a long ministry's name in Russian).
struct Footer {
    one_line: String,
    two_lines: Vec<String>,
}

/// The day a note is written as of, in the reader's language ("18 March 2026").
struct AsOf(String);

fn font_unreadable() -> ExportError {
    ExportError::Pdf(tr!("export-pdf-font-unreadable"))
}

/// The first page of a visit pack (more, for a long trip): its title and
/// the page each country starts on, `ahead` pages after its own start.
fn contents(
    measure: &layout::Measure,
    notes: &[Note],
    starts: &[usize],
    ahead: usize,
    as_of: &AsOf,
    department: &str,
    variant: Variant,
) -> Vec<Page> {
    let mut flow = Flow::new(measure);
    let what = match variant {
        Variant::Full => tr!("export-pdf-visit-pack"),
        Variant::KeyFacts => tr!("export-pdf-visit-pack-key-facts"),
    };
    flow.paragraph(&what, Style::bold(20.0), MARGIN, COLUMN);
    flow.paragraph(
        &tr!("export-pdf-contents-as-of", date = &as_of.0),
        Style::body(11.0),
        MARGIN,
        COLUMN,
    );
    if !department.is_empty() {
        flow.paragraph(department, Style::body(11.0).muted(), MARGIN, COLUMN);
    }
    flow.space(8.0);
    flow.rule(0.8, MUTED);
    flow.space(8.0);
    for (note, start) in notes.iter().zip(starts) {
        flow.paragraph(
            &tr!(
                "export-pdf-contents-line",
                country = &note.country,
                page = start + ahead
            ),
            Style::body(12.0),
            MARGIN,
            COLUMN,
        );
    }
    flow.pages
}

/// One country's note: the title block, then its sections.
fn lay_out_note(flow: &mut Flow, note: &Note, as_of: &AsOf, department: &str, variant: Variant) {
    let kind = match variant {
        Variant::Full => tr!("export-pdf-briefing-as-of", date = &as_of.0),
        Variant::KeyFacts => tr!("export-pdf-key-facts-as-of", date = &as_of.0),
    };
    flow.paragraph(&note.country, Style::bold(20.0), MARGIN, COLUMN);
    flow.paragraph(&kind, Style::body(11.0), MARGIN, COLUMN);
    if !department.is_empty() {
        flow.paragraph(department, Style::body(11.0).muted(), MARGIN, COLUMN);
    }
    // Who prepared it is the department line above.
    if let Some(covering) = &note.covering {
        flow.paragraph(covering, Style::body(10.0).muted(), MARGIN, COLUMN);
    }
    flow.space(6.0);
    flow.rule(0.8, MUTED);
    flow.space(4.0);
    let (heading, body, sub) = match variant {
        Variant::Full => (Style::bold(13.0), Style::body(9.5), Style::bold(10.0)),
        // Smaller, so the key facts keep to one page.
        Variant::KeyFacts => (Style::bold(11.0), Style::body(8.5), Style::bold(9.0)),
    };
    for section in &note.sections {
        flow.heading(&section.title, heading, body.leading() * 2.0);
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => {
                    flow.paragraph(text, body, MARGIN, COLUMN);
                    flow.space(body.size * 0.4);
                }
                Block::Subheading(text) => flow.heading(text, sub, body.leading() * 2.0),
                Block::Items(items) => {
                    for item in items {
                        let mut lines = vec![match &item.address {
                            // A Russian date ends with its own full stop.
                            Some(url) if item.text.ends_with(" г.") => {
                                format!("{} {url}", item.text)
                            }
                            Some(url) => format!("{}. {url}", item.text),
                            None => item.text.clone(),
                        }];
                        lines.extend(item.more.iter().cloned());
                        flow.item(&lines, body);
                    }
                }
                Block::Table(table) => {
                    let shares = column_shares(&table.columns);
                    let columns: Vec<Column> = table
                        .columns
                        .iter()
                        .zip(shares)
                        .map(|(column, share)| Column {
                            title: &column.title,
                            share,
                        })
                        .collect();
                    flow.table(&columns, &table.rows, body.size - 1.0);
                }
                Block::Chart(chart) => chart::draw(flow, chart),
            }
        }
    }
}

/// How wide each column of the briefing's tables is, as its share of the
/// width the note gives it.
fn column_shares(columns: &[briefing::Column]) -> Vec<f32> {
    let total: f32 = columns.iter().map(|column| column.weight).sum();
    columns.iter().map(|column| column.weight / total).collect()
}

fn font(data: &'static [u8]) -> Result<Font, ExportError> {
    Font::new(data.into(), 0).ok_or_else(font_unreadable)
}

fn paint((r, g, b): layout::Rgb) -> krilla::paint::Paint {
    rgb::Color::new(r, g, b).into()
}

/// Writes the pages, each with its footer: the department and date at the
/// left, "Page n of N" at the right.
fn write(
    pages: &[Page],
    title: &str,
    footer: &Footer,
    measure: &layout::Measure,
) -> Result<Vec<u8>, ExportError> {
    let regular = font(layout::REGULAR)?;
    let bold = font(layout::BOLD)?;
    let mut document = krilla::Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_owned())
            .creator("Accord".to_owned())
            .language(crate::i18n::current().code().to_owned()),
    );
    let size = Size::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| ExportError::Pdf(tr!("export-pdf-page-size")))?;
    let total = pages.len();
    for (index, page) in pages.iter().enumerate() {
        let number = tr!("export-pdf-page", page = index + 1, total = total);
        let small = Style::body(8.0).muted();
        let baseline = PAGE_HEIGHT - MARGIN / 2.0;
        let mut marks = page.marks.clone();
        let number_width = measure.width(&number, small.size, small.weight);
        let one_line_fits = measure.width(&footer.one_line, small.size, small.weight)
            + small.size * 2.0
            + number_width
            <= COLUMN;
        let lines = if one_line_fits {
            std::slice::from_ref(&footer.one_line)
        } else {
            footer.two_lines.as_slice()
        };
        for (at, line) in lines.iter().rev().enumerate() {
            marks.push(Mark::Text {
                x: MARGIN,
                y: baseline - small.leading() * at as f32,
                size: small.size,
                weight: small.weight,
                color: small.color,
                text: line.clone(),
            });
        }
        marks.push(Mark::Text {
            x: MARGIN + COLUMN - number_width,
            y: baseline,
            size: small.size,
            weight: small.weight,
            color: small.color,
            text: number,
        });
        let mut pdf_page = document.start_page_with(PageSettings::new(size));
        let mut surface = pdf_page.surface();
        for mark in &marks {
            match mark {
                Mark::Text {
                    x,
                    y,
                    size,
                    weight,
                    color,
                    text,
                } => {
                    surface.set_fill(Some(Fill {
                        paint: paint(*color),
                        ..Fill::default()
                    }));
                    let face = match weight {
                        layout::Weight::Regular => regular.clone(),
                        layout::Weight::Bold => bold.clone(),
                    };
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        face,
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    color,
                } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *width, height.max(0.1)) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(Fill {
                            paint: paint(*color),
                            ..Fill::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
                Mark::Line {
                    from,
                    to,
                    width,
                    color,
                } => {
                    let mut path = PathBuilder::new();
                    path.move_to(from.0, from.1);
                    path.line_to(to.0, to.1);
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: paint(*color),
                            width: *width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| ExportError::Pdf(format!("{error:?}")))
}
