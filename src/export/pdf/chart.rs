//! The indicators chart on paper: bars by year for trade turnover, exports
//! and imports, from the same [`IndicatorChart`] the country page draws.
//! Part-year bars are paler and say so in the legend; figures a bar cannot
//! show (a change in percent) are listed under it.

use super::layout::{COLUMN, Flow, MARGIN, Mark, RULE, Rgb, Style, Weight};
use crate::query::indicators::{self, CHARTED_KINDS, IndicatorChart};
use crate::tr;

/// The height of the plotting area.
const PLOT_HEIGHT: f32 = 150.0;
/// Room for the value labels left of the axis.
const AXIS_LABELS: f32 = 64.0;

fn color(kind: crate::model::IndicatorKind, part_year: bool) -> Rgb {
    let [r, g, b] = indicators::series_color(kind);
    if part_year {
        // Halfway to white: the same hue, visibly not a whole year.
        let pale = |c: u8| u16::midpoint(u16::from(c), 255) as u8;
        (pale(r), pale(g), pale(b))
    } else {
        (r, g, b)
    }
}

/// "215.5", "1,200" ("1 200" in Azerbaijani and Russian): the tick
/// labels in the chart's unit.
fn tick_label(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let mut text = format!("{rounded}");
    if let Some(whole) = text.split('.').next()
        && whole.len() > 3
        && let Ok(number) = whole.parse::<u64>()
    {
        let grouped = crate::i18n::number(number);
        text = text.replacen(whole, &grouped, 1);
    }
    text
}

/// Draws `chart` across the column at the flow's place.
pub fn draw(flow: &mut Flow, chart: &IndicatorChart) {
    let small = Style::body(7.5);
    let legend_height = small.leading() * 2.0;
    let notes_height = chart.notes.len() as f32 * small.leading() * 2.0;
    flow.ensure(PLOT_HEIGHT + legend_height + small.leading() * 3.0 + notes_height);
    flow.space(4.0);
    flow.paragraph(
        &tr!("export-chart-title", unit = &chart.unit),
        Style::bold(9.0),
        MARGIN,
        COLUMN,
    );
    let top = flow.y + 6.0;
    let bottom = top + PLOT_HEIGHT;
    let left = MARGIN + AXIS_LABELS;
    let right = MARGIN + COLUMN;
    let axis_top = indicators::axis_top(chart.largest());
    let measure = flow.measure();
    let mut marks = Vec::new();
    // Five steps: a top of 1, 2, 2.5, 5 or 10 times a power of ten then
    // ticks at round numbers (250 by 50).
    for step in 0..=5 {
        let value = axis_top * f64::from(step) / 5.0;
        let y = bottom - (value / axis_top) as f32 * PLOT_HEIGHT;
        marks.push(Mark::Line {
            from: (left, y),
            to: (right, y),
            width: if step == 0 { 0.8 } else { 0.3 },
            color: RULE,
        });
        let label = tick_label(value);
        let width = measure.width(&label, small.size, Weight::Regular);
        marks.push(text(
            left - 4.0 - width,
            y + small.size * 0.35,
            &label,
            small,
        ));
    }
    let years = chart.years();
    let slot = (right - left) / years.len().max(1) as f32;
    let bar = (slot * 0.8 / CHARTED_KINDS.len() as f32).min(28.0);
    for (index, year) in years.iter().enumerate() {
        let centre = left + slot * (index as f32 + 0.5);
        let in_year: Vec<_> = chart
            .values
            .iter()
            .filter(|value| value.year == *year)
            .collect();
        let group = bar * in_year.len() as f32;
        for (at, value) in in_year.iter().enumerate() {
            let height = (value.value / axis_top) as f32 * PLOT_HEIGHT;
            let x = centre - group / 2.0 + bar * at as f32;
            marks.push(Mark::Rect {
                x: x + 1.0,
                y: bottom - height,
                width: bar - 2.0,
                height,
                color: color(value.kind, value.part_year),
            });
            let label = tick_label(value.value);
            let width = measure.width(&label, small.size, Weight::Regular);
            marks.push(text(
                x + (bar - width) / 2.0,
                bottom - height - 2.0,
                &label,
                small,
            ));
        }
        let label = if in_year.iter().any(|value| value.part_year) {
            tr!("export-chart-part-year", year = year.to_string())
        } else {
            year.to_string()
        };
        let width = measure.width(&label, small.size, Weight::Regular);
        marks.push(text(
            centre - width / 2.0,
            bottom + small.leading(),
            &label,
            small,
        ));
    }
    // The legend: one swatch per kind shown, and what a pale bar means.
    let mut x = left;
    let legend_y = bottom + small.leading() * 2.2;
    let mut kinds: Vec<_> = CHARTED_KINDS
        .into_iter()
        .filter(|kind| chart.values.iter().any(|value| value.kind == *kind))
        .map(|kind| (kind.label(), color(kind, false)))
        .collect();
    if let Some(part) = chart.values.iter().find(|value| value.part_year) {
        kinds.push((tr!("export-chart-part-of-a-year"), color(part.kind, true)));
    }
    for (label, swatch) in kinds {
        marks.push(Mark::Rect {
            x,
            y: legend_y - small.size * 0.8,
            width: 8.0,
            height: 8.0,
            color: swatch,
        });
        marks.push(text(x + 11.0, legend_y, &label, small));
        x += 11.0 + measure.width(&label, small.size, Weight::Regular) + 14.0;
    }
    flow.marks().extend(marks);
    flow.y = legend_y + small.leading() * 0.6;
    for note in &chart.notes {
        let line = if note.source.is_empty() {
            format!("{}.", note.text)
        } else {
            format!(
                "{}. {}",
                note.text,
                tr!("export-figure-source", sources = &note.source)
            )
        };
        flow.paragraph(&line, small.muted(), MARGIN, COLUMN);
    }
    flow.space(6.0);
}

fn text(x: f32, y: f32, text: &str, style: Style) -> Mark {
    Mark::Text {
        x,
        y,
        size: style.size,
        weight: style.weight,
        color: style.color,
        text: text.to_owned(),
    }
}
