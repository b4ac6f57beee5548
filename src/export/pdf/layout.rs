//! A small page layout for the briefing: text measured with the bundled
//! fonts, wrapped to the column, flowed down A4 pages, with tables whose
//! rows never split across a page. It produces [`Page`]s of positioned
//! [`Mark`]s; `super` writes them to the PDF. Kept apart from the PDF
//! writer so the layout decisions read without its API around them.

/// A4 in PDF points (1/72 inch).
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 in PDF points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Two centimetres on every side; the footer sits in the bottom one.
pub const MARGIN: f32 = 56.7;
/// The width text may take.
pub const COLUMN: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where the flow of a page ends, above the footer.
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN;

/// The regular face, the one the app's window uses too.
pub const REGULAR: &[u8] = super::DEJAVU_SANS;
/// The bold face, for headings and table heads.
pub const BOLD: &[u8] = super::DEJAVU_SANS_BOLD;

/// Which of the two bundled faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings and table heads.
    Bold,
}

/// An RGB colour, 0–255 per channel.
pub type Rgb = (u8, u8, u8);

/// Body text.
pub const INK: Rgb = (20, 20, 20);
/// Secondary text: the lead lines, the footer, notes under a chart.
pub const MUTED: Rgb = (90, 90, 90);
/// Rules and table lines.
pub const RULE: Rgb = (170, 170, 170);
/// The band behind a table's head.
pub const HEAD_FILL: Rgb = (230, 234, 240);

/// Something drawn at a place on a page. `y` grows downwards from the top.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// One line of text; `y` is its baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Its colour.
        color: Rgb,
        /// The words, already fitted to the width they were given.
        text: String,
    },
    /// A filled rectangle: a table head's band, a chart's bar.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Its colour.
        color: Rgb,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Thickness in points.
        width: f32,
        /// Its colour.
        color: Rgb,
    },
}

/// One page's marks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order.
    pub marks: Vec<Mark>,
}

/// Measures text in the bundled fonts.
pub struct Measure {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Measure {
    /// Both bundled faces; None only if a bundled font were damaged, which
    /// a test rules out.
    pub fn new() -> Option<Self> {
        Some(Self {
            regular: ttf_parser::Face::parse(REGULAR, 0).ok()?,
            bold: ttf_parser::Face::parse(BOLD, 0).ok()?,
        })
    }

    /// How wide `text` is at `size`: the sum of its glyphs' advances
    /// (kerning narrows it a little, so a line measured this way fits).
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let units: u32 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|glyph| face.glyph_hor_advance(glyph))
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 * size / f32::from(face.units_per_em())
    }

    /// `text` broken into lines no wider than `width`: at spaces, and
    /// inside a word only when the word alone is too wide.
    pub fn wrap(&self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size, weight) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the column (a long address) is cut where
            // it reaches the edge.
            for c in word.chars() {
                line.push(c);
                if self.width(&line, size, weight) > width && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// Text style: size, weight, colour, and the leading between lines.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Regular or bold.
    pub weight: Weight,
    /// Its colour.
    pub color: Rgb,
}

impl Style {
    /// Body text at `size`.
    pub const fn body(size: f32) -> Self {
        Self {
            size,
            weight: Weight::Regular,
            color: INK,
        }
    }

    /// Bold text at `size`.
    pub const fn bold(size: f32) -> Self {
        Self {
            size,
            weight: Weight::Bold,
            color: INK,
        }
    }

    /// The same, in the muted colour.
    pub const fn muted(self) -> Self {
        Self {
            color: MUTED,
            ..self
        }
    }

    /// The distance from one baseline to the next.
    pub fn leading(self) -> f32 {
        self.size * 1.3
    }
}

/// A column of a table: its heading and its share of the width.
pub struct Column<'a> {
    /// The heading.
    pub title: &'a str,
    /// Its share of the table's width (the shares add up to 1).
    pub share: f32,
}

/// The pages so far and where the next line goes.
pub struct Flow<'m> {
    measure: &'m Measure,
    /// Finished pages and the current one, last.
    pub pages: Vec<Page>,
    /// Where the next block starts on the current page.
    pub y: f32,
}

impl<'m> Flow<'m> {
    /// One empty page, the cursor at its top margin.
    pub fn new(measure: &'m Measure) -> Self {
        Self {
            measure,
            pages: vec![Page::default()],
            y: MARGIN,
        }
    }

    /// The measurer, for callers that lay out marks of their own.
    pub fn measure(&self) -> &'m Measure {
        self.measure
    }

    /// The current page's marks.
    pub fn marks(&mut self) -> &mut Vec<Mark> {
        let last = self.pages.len() - 1;
        &mut self.pages[last].marks
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Whether the current page has nothing on it yet.
    pub fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|page| page.marks.is_empty())
    }

    /// Makes room for `height` more: a new page when it would not fit.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && !self.page_is_empty() {
            self.new_page();
        }
    }

    /// Room left on the current page.
    pub fn room(&self) -> f32 {
        BOTTOM - self.y
    }

    /// Vertical space, dropped at the top of a page.
    pub fn space(&mut self, height: f32) {
        if !self.page_is_empty() {
            self.y += height;
        }
    }

    /// A paragraph, wrapped to `width` from `x`; lines go on to the next
    /// page when this one is full.
    pub fn paragraph(&mut self, text: &str, style: Style, x: f32, width: f32) {
        for line in self.measure.wrap(text, style.size, style.weight, width) {
            self.ensure(style.leading());
            self.y += style.leading();
            let baseline = self.y - style.leading() * 0.25;
            self.marks().push(Mark::Text {
                x,
                y: baseline,
                size: style.size,
                weight: style.weight,
                color: style.color,
                text: line,
            });
        }
    }

    /// A heading: kept with at least `keep` points of what follows it.
    pub fn heading(&mut self, text: &str, style: Style, keep: f32) {
        self.space(style.size * 0.8);
        let lines = self
            .measure
            .wrap(text, style.size, style.weight, COLUMN)
            .len();
        self.ensure(lines as f32 * style.leading() + keep);
        self.paragraph(text, style, MARGIN, COLUMN);
        self.y += style.size * 0.3;
    }

    /// A list entry: a bullet, its text, and its continuation lines.
    pub fn item(&mut self, lines: &[String], style: Style) {
        let indent = 12.0;
        let first_lines = lines.first().map_or(0, |first| {
            self.measure
                .wrap(first, style.size, style.weight, COLUMN - indent)
                .len()
        });
        // The bullet stays with its first two lines at least.
        self.ensure(style.leading() * first_lines.min(2) as f32);
        let baseline = self.y + style.leading() * 0.75;
        self.marks().push(Mark::Text {
            x: MARGIN + 2.0,
            y: baseline,
            size: style.size,
            weight: style.weight,
            color: style.color,
            text: "•".to_owned(),
        });
        for line in lines {
            self.paragraph(line, style, MARGIN + indent, COLUMN - indent);
        }
        self.y += style.size * 0.25;
    }

    /// A horizontal rule across the column.
    pub fn rule(&mut self, width: f32, color: Rgb) {
        let y = self.y;
        self.marks().push(Mark::Line {
            from: (MARGIN, y),
            to: (MARGIN + COLUMN, y),
            width,
            color,
        });
    }

    /// A table: a head row on a band, then one row per record, each cell
    /// wrapped to its column. A row never splits; a page break repeats
    /// the head.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>], size: f32) {
        let pad = 3.0;
        let widths: Vec<f32> = columns.iter().map(|column| column.share * COLUMN).collect();
        let lefts: Vec<f32> = widths
            .iter()
            .scan(MARGIN, |x, width| {
                let left = *x;
                *x += width;
                Some(left)
            })
            .collect();
        let head = Style::bold(size);
        let body = Style::body(size);
        let wrapped = |flow: &Self, cells: &[String], style: Style| -> Vec<Vec<String>> {
            cells
                .iter()
                .zip(&widths)
                .map(|(cell, width)| {
                    flow.measure
                        .wrap(cell, style.size, style.weight, width - 2.0 * pad)
                })
                .collect()
        };
        let titles: Vec<String> = columns
            .iter()
            .map(|column| column.title.to_owned())
            .collect();
        let head_cells = wrapped(self, &titles, head);
        let height_of = |cells: &[Vec<String>], style: Style| {
            cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * style.leading() + 2.0 * pad
        };
        let head_height = height_of(&head_cells, head);
        let draw_row = |flow: &mut Self, cells: &[Vec<String>], style: Style, band: bool| {
            let height = height_of(cells, style);
            let top = flow.y;
            if band {
                flow.marks().push(Mark::Rect {
                    x: MARGIN,
                    y: top,
                    width: COLUMN,
                    height,
                    color: HEAD_FILL,
                });
            }
            for ((lines, left), _) in cells.iter().zip(&lefts).zip(&widths) {
                for (index, line) in lines.iter().enumerate() {
                    flow.marks().push(Mark::Text {
                        x: left + pad,
                        y: top + pad + style.leading() * (index as f32 + 0.75),
                        size: style.size,
                        weight: style.weight,
                        color: style.color,
                        text: line.clone(),
                    });
                }
            }
            flow.y = top + height;
            let y = flow.y;
            flow.marks().push(Mark::Line {
                from: (MARGIN, y),
                to: (MARGIN + COLUMN, y),
                width: 0.4,
                color: RULE,
            });
        };
        let first_row = rows
            .first()
            .map_or(0.0, |row| height_of(&wrapped(self, row, body), body));
        self.ensure(head_height + first_row);
        draw_row(self, &head_cells, head, true);
        for row in rows {
            let cells = wrapped(self, row, body);
            let height = height_of(&cells, body);
            if height > self.room() {
                self.new_page();
                draw_row(self, &head_cells, head, true);
            }
            draw_row(self, &cells, body, false);
        }
        self.y += size;
    }
}
