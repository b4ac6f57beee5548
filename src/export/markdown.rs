//! Briefing notes in Markdown, one per country: "Relations with Romania —
//! briefing as of 25 November 2026", with the key facts, the agreements in
//! force, the last and next meetings, open and overdue activities and the
//! recent sources. Written to read well as plain text too: headings and
//! lists only, no tables, no links that hide their address. What the note
//! says comes from [`super::briefing`]; this only writes it down.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::ExportOptions;
use super::briefing::{self, Block, Item, Note, Variant};
use crate::model::Workspace;

/// The heading of a country's full note.
pub fn heading(country_name: &str, today: NaiveDate) -> String {
    briefing::heading(country_name, today, Variant::Full)
}

/// One full note per country covered, in name order, separated by a rule.
pub fn to_markdown(workspace: &Workspace, options: &ExportOptions) -> String {
    to_markdown_as(workspace, options, Variant::Full)
}

/// One note of `variant` per country covered, in name order, separated by
/// a rule.
pub fn to_markdown_as(workspace: &Workspace, options: &ExportOptions, variant: Variant) -> String {
    let notes: Vec<String> = briefing::notes(workspace, options, variant)
        .iter()
        .map(written)
        .collect();
    if notes.is_empty() {
        return format!("{}\n", crate::tr!("export-no-countries"));
    }
    notes.join("\n---\n\n")
}

/// Text made safe to put inside a Markdown line, wherever it stands:
/// emphasis, link, code and HTML marks escaped, every kind of line break
/// folded into a space, and what would start a block at the beginning of
/// a line (a heading, quote, list, rule or fence) escaped, so no field can
/// add structure to the note.
fn inline(text: &str) -> String {
    escaped(text, true)
}

fn escaped(text: &str, may_start_a_line: bool) -> String {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let mut out = String::with_capacity(text.len() + 4);
    if may_start_a_line && text.starts_with(['-', '+', '=', '~']) {
        out.push('\\');
    }
    // "1. " or "1) " would start a numbered list.
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered = may_start_a_line
        && digits > 0
        && text[digits..].starts_with(['.', ')'])
        && text[digits + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
    for (at, c) in text.char_indices() {
        match c {
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\' | '#' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if numbered && at == digits => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A source's address: a link (shown as the address itself) only for the
/// kinds a reader can follow safely, `http`, `https` and `mailto`; any
/// other, or one with spaces or angle brackets, as plain text.
fn address(url: &str) -> String {
    let url = url.trim();
    let followable = ["http://", "https://", "mailto:"].iter().any(|scheme| {
        url.len() > scheme.len()
            && url
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    });
    let one_piece = url
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>'));
    if followable && one_piece {
        format!("<{url}>")
    } else {
        inline(url)
    }
}

/// A note written as Markdown: a heading per section, a blank line
/// between blocks, tables as their list lines.
fn written(note: &Note) -> String {
    let mut text = format!("# {}\n\n", inline(&note.heading));
    for line in note.prepared_by.iter().chain(&note.covering) {
        let _ = writeln!(text, "{}\n", inline(line));
    }
    for section in &note.sections {
        let _ = writeln!(text, "## {}\n", inline(&section.title));
        for block in &section.blocks {
            match block {
                Block::Paragraph(line) => {
                    let _ = writeln!(text, "{}\n", inline(line));
                }
                Block::Subheading(line) => {
                    let _ = writeln!(text, "### {}\n", inline(line));
                }
                Block::Items(items) => list(&mut text, items),
                Block::Table(table) => list(&mut text, &table.lines),
                // The figures are listed already; a chart needs a page.
                Block::Chart(_) => {}
            }
        }
    }
    text
}

fn list(text: &mut String, items: &[Item]) {
    if items.is_empty() {
        return;
    }
    for item in items {
        let _ = write!(text, "- {}", inline(&item.text));
        match &item.address {
            Some(url) => {
                // A Russian date ends with its own full stop ("2023 г.").
                let stop = if item.text.ends_with(" г.") {
                    " "
                } else {
                    ". "
                };
                let _ = writeln!(text, "{stop}{}", address(url));
            }
            None => text.push('\n'),
        }
        for more in &item.more {
            let _ = writeln!(text, "  {}", inline(more));
        }
    }
    text.push('\n');
}
