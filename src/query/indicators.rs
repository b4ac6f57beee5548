//! A country's economic indicators as a chart reads them: trade turnover,
//! exports and imports by year, part-year figures told apart from whole
//! years. The country page draws it with egui, the PDF briefing with its
//! own pen; both from this, so they never disagree.

use chrono::Datelike as _;

use crate::model::{CountryId, Indicator, IndicatorId, IndicatorKind, Source, Workspace};

/// The kinds a chart shows, in the order of its legend.
pub const CHARTED_KINDS: [IndicatorKind; 3] = [
    IndicatorKind::TradeTurnover,
    IndicatorKind::Exports,
    IndicatorKind::Imports,
];

/// One value to draw: a bar for a kind in a year.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartValue {
    /// The record it comes from, to open it.
    pub indicator: IndicatorId,
    /// Trade turnover, exports or imports.
    pub kind: IndicatorKind,
    /// The year the bar stands at: the last year of its period.
    pub year: i32,
    /// The figure in the chart's unit.
    pub value: f64,
    /// The period as read: "2021", "January 2022 – August 2022".
    pub period: String,
    /// Whether the period is less than a whole calendar year, so the bar
    /// must not be compared with whole years without saying so.
    pub part_year: bool,
    /// The figure as people write it: "USD 120.5 million".
    pub figure: String,
    /// Where the figure came from: "Report.az, 22 September 2022"; empty
    /// when no source is recorded.
    pub source: String,
}

/// A figure the chart cannot draw as a bar (a change in percent, or a value
/// in another unit), listed beside it instead.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartNote {
    /// The record it comes from, to open it.
    pub indicator: IndicatorId,
    /// "Trade turnover, January 2022 – August 2022 (part of a year): +76.4%".
    pub text: String,
    /// Where the figure came from, as for [`ChartValue::source`].
    pub source: String,
}

/// What a country's chart shows; empty when it has no indicators.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndicatorChart {
    /// The unit of every bar: "USD million".
    pub unit: String,
    /// The bars, by year, then in [`CHARTED_KINDS`] order.
    pub values: Vec<ChartValue>,
    /// The figures shown as text below the chart, by period.
    pub notes: Vec<ChartNote>,
}

impl IndicatorChart {
    /// Whether there is nothing to show at all.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.notes.is_empty()
    }

    /// The years the bars stand at, first to last, each once.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.values.iter().map(|value| value.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The largest bar, for the scale; zero when there are none.
    pub fn largest(&self) -> f64 {
        self.values
            .iter()
            .map(|value| value.value)
            .fold(0.0, f64::max)
    }
}

/// Whether a period is exactly one calendar year.
fn is_whole_year(indicator: &Indicator) -> bool {
    let first = indicator.period.first_day();
    let last = indicator.period.last_day();
    first.year() == last.year()
        && (first.month(), first.day()) == (1, 1)
        && (last.month(), last.day()) == (12, 31)
}

/// A source as a figure cites it: the publisher (or the title when there
/// is none) and the day it was published.
pub fn citation(source: &Source) -> String {
    let cited = if source.publisher.trim().is_empty() {
        source.title.trim().to_owned()
    } else {
        source.publisher.trim().to_owned()
    };
    match source.published_at {
        Some(at) => crate::tr!(
            "query-chart-citation",
            source = cited,
            date = crate::i18n::dates::day(at.date_naive())
        ),
        None => cited,
    }
}

/// Every source of `indicator`, cited and joined with "; ".
pub fn sources_of(workspace: &Workspace, indicator: &Indicator) -> String {
    indicator
        .sources
        .iter()
        .filter_map(|id| workspace.sources().get(id))
        .map(citation)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The chart of `indicators` (one country's, in any order).
pub fn chart_of(workspace: &Workspace, indicators: &[&Indicator]) -> IndicatorChart {
    let charted = |indicator: &&&Indicator| {
        CHARTED_KINDS.contains(&indicator.kind)
            && indicator
                .value
                .is_some_and(|value| value.is_finite() && value >= 0.0)
    };
    // The unit most bars share; bars in any other would mislead on one axis.
    let mut units: Vec<&str> = indicators
        .iter()
        .filter(charted)
        .map(|indicator| indicator.unit.trim())
        .collect();
    units.sort_unstable();
    let unit = units
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| run.len())
        .and_then(|run| run.first())
        .map(|unit| (*unit).to_owned())
        .unwrap_or_default();
    let mut chart = IndicatorChart {
        unit,
        ..IndicatorChart::default()
    };
    let mut sorted: Vec<&&Indicator> = indicators.iter().collect();
    sorted.sort_by_key(|indicator| (indicator.period.start, indicator.period.end, indicator.id));
    for indicator in sorted {
        let part_year = !is_whole_year(indicator);
        let source = sources_of(workspace, indicator);
        match indicator.value {
            Some(value) if charted(&indicator) && indicator.unit.trim() == chart.unit => {
                chart.values.push(ChartValue {
                    indicator: indicator.id,
                    kind: indicator.kind,
                    year: indicator.period.last_day().year(),
                    value,
                    period: indicator.period.human(),
                    part_year,
                    figure: indicator.figure(),
                    source,
                });
            }
            _ => {
                let (name, period, figure) = (
                    indicator.name(),
                    indicator.period.human(),
                    indicator.figure(),
                );
                let text = if part_year {
                    crate::tr!(
                        "query-chart-note-part-year",
                        name = name,
                        period = period,
                        figure = figure
                    )
                } else {
                    crate::tr!(
                        "query-chart-note",
                        name = name,
                        period = period,
                        figure = figure
                    )
                };
                chart.notes.push(ChartNote {
                    indicator: indicator.id,
                    text,
                    source,
                });
            }
        }
    }
    chart.values.sort_by_key(|value| {
        (
            value.year,
            CHARTED_KINDS.iter().position(|kind| *kind == value.kind),
            value.part_year,
        )
    });
    chart
}

/// The chart of every indicator of `country`.
pub fn country_chart(workspace: &Workspace, country: CountryId) -> IndicatorChart {
    let indicators: Vec<&Indicator> = workspace
        .indicators()
        .values()
        .filter(|indicator| indicator.country == country)
        .collect();
    chart_of(workspace, &indicators)
}

/// The colour of a kind's bars, the same in the app and on paper so a
/// reader who saw one knows the other: blue turnover, green exports,
/// orange imports.
pub fn series_color(kind: IndicatorKind) -> [u8; 3] {
    match kind {
        IndicatorKind::TradeTurnover => [52, 101, 164],
        IndicatorKind::Exports => [46, 139, 87],
        IndicatorKind::Imports => [204, 121, 38],
        IndicatorKind::Other => [120, 120, 120],
    }
}

/// A round number at or above `largest` for the top of the value axis
/// (1, 2 or 5 times a power of ten), so its ticks read plainly.
pub fn axis_top(largest: f64) -> f64 {
    if largest <= 0.0 || !largest.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(largest.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|step| step * power)
        .find(|top| *top >= largest)
        .unwrap_or(10.0 * power)
}
