//! A country's page: its relations profile, its indicators, and the history
//! of agreements, meetings and activities in date order.

use egui::{RichText, Ui};

use super::detail::{self, referring};
use crate::app::Action;
use crate::model::{
    AnyRecord, Country, Document, DocumentKind, Field, Indicator, IndicatorKind, Meeting,
    MeetingKind, Period, RecordId, RecordKind, Referrer, Workspace,
};
use crate::query::TimelineEntry;
use crate::query::indicators::{self, CHARTED_KINDS, IndicatorChart};
use crate::tr;

/// What the page shows that needs a scan of the workspace; rebuilt when
/// the workspace changes, not every frame.
#[derive(Debug, Default)]
pub struct CountryPageData {
    /// The agreement history: documents, meetings and activities by date.
    pub timeline: Vec<TimelineEntry>,
    /// The economic indicators as the chart shows them.
    pub chart: IndicatorChart,
    /// The longest kind and status the timeline shows (in letters), which
    /// its kind and status columns are measured from.
    pub longest: (String, String),
}

impl CountryPageData {
    /// The page data of a timeline and chart.
    pub fn new(timeline: Vec<TimelineEntry>, chart: IndicatorChart) -> Self {
        let mut longest = (String::new(), String::new());
        let mut kinds = Vec::new();
        for entry in &timeline {
            if !kinds.contains(&entry.kind) {
                kinds.push(entry.kind);
                let kind = entry.kind.label();
                if kind.chars().count() > longest.0.chars().count() {
                    longest.0 = kind;
                }
            }
            if entry.status.chars().count() > longest.1.chars().count() {
                longest.1.clone_from(&entry.status);
            }
        }
        Self {
            timeline,
            chart,
            longest,
        }
    }
}

/// Shows the country page.
pub fn ui(
    ui: &mut Ui,
    workspace: &Workspace,
    country: &Country,
    referrers: &[Referrer],
    data: &CountryPageData,
    today: chrono::NaiveDate,
    actions: &mut Vec<Action>,
) {
    let id = RecordId::Country(country.id);
    ui.horizontal(|ui| {
        crate::app::a11y::heading(ui, country.shown_name());
        if !country.iso_code.is_empty() {
            ui.label(RichText::new(&country.iso_code).weak());
        }
        if workspace.home_country() == Some(country.id) {
            ui.label(RichText::new(tr!("views-country-home")).weak());
        }
    });
    if !country.aliases.is_empty() {
        ui.label(
            RichText::new(tr!(
                "views-country-also",
                names = country.aliases.join(", ")
            ))
            .weak(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("views-record-edit")).clicked() {
            actions.push(Action::Edit(id));
        }
        if ui.button(tr!("views-country-add-agreement")).clicked() {
            let mut document = Document::new(DocumentKind::Agreement, "", chrono::Utc::now());
            document.parties = government_of(workspace, country);
            actions.push(Action::New(AnyRecord::Document(document)));
        }
        if ui.button(tr!("views-country-add-meeting")).clicked() {
            let mut meeting = Meeting::new(MeetingKind::Consultation, "", chrono::Utc::now());
            meeting.countries.push(country.id);
            actions.push(Action::New(AnyRecord::Meeting(meeting)));
        }
        if ui.button(tr!("views-country-add-indicator")).clicked() {
            let this_year = chrono::Datelike::year(&today);
            let period = Period::single(crate::model::PartialDate::Year(this_year));
            let indicator = Indicator::new(
                country.id,
                IndicatorKind::TradeTurnover,
                period,
                chrono::Utc::now(),
            );
            actions.push(Action::New(AnyRecord::Indicator(indicator)));
        }
        if ui.button(tr!("views-country-export-briefing")).clicked() {
            actions.push(Action::ExportBriefing(country.id));
        }
        if ui.button(tr!("views-record-delete")).clicked() {
            actions.push(Action::AskDelete(id));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("country_profile")
        .max_height(ui.available_height() * 0.45)
        .show(ui, |ui| {
            profile(ui, workspace, country, actions);
            ui.add_space(8.0);
            indicators(ui, workspace, referrers, actions);
        });
    // Outside the profile's scroll area: inside, the chart was below its
    // fold, to be scrolled to.
    ui.add_space(4.0);
    chart(ui, &data.chart, actions);
    if !country.notes.is_empty() {
        // Below the profile, not inside its scroll area: opened there, the
        // notes were a sliver at its bottom to scroll within.
        ui.add_space(4.0);
        let notes = ui.collapsing(tr!("views-field-notes"), |ui| {
            egui::ScrollArea::vertical()
                .id_salt("country_notes")
                .max_height(ui.available_height() * 0.5)
                .show(ui, |ui| ui.add(egui::Label::new(&country.notes).wrap()));
        });
        crate::app::a11y::expander(ui, &notes.header_response, !notes.fully_closed());
    }
    ui.add_space(8.0);
    timeline(ui, data, actions);
}

/// The institutions a new agreement starts with: the country's government.
fn government_of(workspace: &Workspace, country: &Country) -> Vec<crate::model::InstitutionId> {
    workspace
        .institutions()
        .values()
        .find(|institution| {
            institution.country == country.id
                && institution.kind == crate::model::InstitutionKind::Government
        })
        .map(|institution| vec![institution.id])
        .unwrap_or_default()
}

fn profile(ui: &mut Ui, workspace: &Workspace, country: &Country, actions: &mut Vec<Action>) {
    crate::app::a11y::subheading(ui, tr!("views-country-relations"));
    egui::Grid::new("profile")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let relations = &country.relations;
            detail::row(
                ui,
                &tr!("views-country-relations-established"),
                &relations
                    .diplomatic_relations_established
                    .map_or_else(|| tr!("views-country-not-recorded"), |date| date.human()),
            );
            for embassy in &relations.embassies {
                let opened = embassy.opened_on.map_or_else(
                    || tr!("views-country-opening-not-recorded"),
                    |date| tr!("views-country-opened", date = date.human()),
                );
                let city = if embassy.city.is_empty() {
                    String::new()
                } else {
                    format!("{}, ", embassy.city)
                };
                detail::row(ui, &embassy.side.label(), &format!("{city}{opened}"));
            }
            detail::links(
                ui,
                workspace,
                &tr!("views-country-strategic-partnership"),
                relations
                    .strategic_partnerships
                    .iter()
                    .map(|id| (*id).into()),
                actions,
            );
            detail::links(
                ui,
                workspace,
                &tr!("views-field-sources"),
                country.sources.iter().map(|id| (*id).into()),
                actions,
            );
        });
}

fn indicators(
    ui: &mut Ui,
    workspace: &Workspace,
    referrers: &[Referrer],
    actions: &mut Vec<Action>,
) {
    crate::app::a11y::subheading(ui, tr!("views-country-indicators"));
    let mut figures: Vec<&Indicator> = referring(referrers, RecordKind::Indicator, Field::Country)
        .into_iter()
        .filter_map(|id| match id {
            RecordId::Indicator(id) => workspace.indicators().get(&id),
            _ => None,
        })
        .collect();
    if figures.is_empty() {
        ui.weak(tr!("views-country-no-indicators"));
        return;
    }
    figures.sort_by_key(|a| (a.period.start, a.period.end, a.name()));
    egui::Grid::new("indicators")
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            // Short figures in columns: keep each on one line.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            for figure in figures {
                ui.label(figure.period.human());
                detail::link(
                    ui,
                    workspace,
                    figure.id.into(),
                    Some(figure.name()),
                    actions,
                );
                ui.label(figure.figure());
                ui.end_row();
            }
        });
}

/// What the chart says when a country has no figures to draw, in English
/// (the page shows `views-country-no-chart` in the interface's language).
pub const NO_CHART: &str =
    "No trade figures to chart: add trade turnover, exports or imports with a value.";

/// Trade turnover, exports and imports by year as bars, part-year figures
/// paler and labelled; hovering a bar shows its value, period and source.
/// Figures a bar cannot show (a change in percent) are listed below it.
fn chart(ui: &mut Ui, chart: &IndicatorChart, actions: &mut Vec<Action>) {
    crate::app::a11y::subheading(ui, tr!("views-country-trade-by-year"));
    if chart.values.is_empty() {
        ui.weak(tr!("views-country-no-chart"));
    } else {
        let years = chart.years();
        let group = CHARTED_KINDS.len() as f64;
        let width = 0.8 / group;
        let mut charts = Vec::new();
        for kind in CHARTED_KINDS {
            for part_year in [false, true] {
                let bars: Vec<egui_plot::Bar> = chart
                    .values
                    .iter()
                    .filter(|value| value.kind == kind && value.part_year == part_year)
                    .map(|value| {
                        let slot = years
                            .iter()
                            .position(|year| *year == value.year)
                            .unwrap_or(0);
                        let at = CHARTED_KINDS.iter().position(|k| *k == kind).unwrap_or(0);
                        let x = slot as f64 + (at as f64 - (group - 1.0) / 2.0) * width;
                        egui_plot::Bar::new(x, value.value).width(width * 0.9)
                    })
                    .collect();
                if bars.is_empty() {
                    continue;
                }
                let [r, g, b] = indicators::series_color(kind);
                let color = egui::Color32::from_rgb(r, g, b);
                let name = if part_year {
                    tr!("views-country-part-year-series", kind = kind.label())
                } else {
                    kind.label()
                };
                let color = if part_year {
                    color.gamma_multiply(0.45)
                } else {
                    color
                };
                let bars: Vec<egui_plot::Bar> =
                    bars.into_iter().map(|bar| bar.fill(color)).collect();
                // The hovered bar is told by a tooltip (below), which
                // egui keeps inside the window; egui_plot's own label was
                // cut at the plot's edge.
                let bars = egui_plot::BarChart::new(name, bars)
                    .id((kind.label(), part_year))
                    .color(color)
                    .element_formatter(Box::new(|_, _| String::new()));
                charts.push(bars);
            }
        }
        let labels = years.clone();
        let response = egui_plot::Plot::new("indicator_chart")
            .height(160.0)
            .legend(egui_plot::Legend::default())
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            // The hovered bar says its value, period and source; the x
            // coordinate under the pointer means nothing here. (With both
            // off, egui_plot would show no hover text at all.)
            .show_x(false)
            .y_axis_label(chart.unit.clone())
            .x_axis_formatter(move |mark, _| {
                let slot = mark.value.round();
                if (mark.value - slot).abs() > 1e-6 || slot < 0.0 {
                    return String::new();
                }
                labels
                    .get(slot as usize)
                    .map(ToString::to_string)
                    .unwrap_or_default()
            })
            .show(ui, |plot| {
                for bars in charts {
                    plot.bar_chart(bars);
                }
            });
        if let Some(text) = hovered_bar(chart, &years, &response) {
            response.response.on_hover_text(text);
        }
    }
    for note in &chart.notes {
        ui.horizontal_wrapped(|ui| {
            let source = if note.source.is_empty() {
                String::new()
            } else {
                format!(" — {}", note.source)
            };
            if ui.link(format!("{}{source}", note.text)).clicked() {
                actions.push(Action::Open(note.indicator.into()));
            }
        });
    }
}

/// "Exports, 2021: USD 120.5 million / Source: …" for the bar under the
/// pointer: its series from the plot, its year from where the pointer is.
fn hovered_bar(
    chart: &IndicatorChart,
    years: &[i32],
    response: &egui_plot::PlotResponse<()>,
) -> Option<String> {
    let hovered = response.hovered_plot_item?;
    let pointer = response.response.hover_pos()?;
    let slot = response.transform.value_from_position(pointer).x.round();
    let year = *years.get(usize::try_from(slot as i64).ok()?)?;
    let value = chart.values.iter().find(|value| {
        value.year == year
            && egui_plot::ItemId::new((value.kind.label(), value.part_year)) == hovered
    })?;
    let source = if value.source.is_empty() {
        tr!("views-country-no-source")
    } else {
        value.source.clone()
    };
    let kind = value.kind.label();
    Some(if value.part_year {
        tr!(
            "views-country-bar-part-year",
            kind = kind,
            period = &value.period,
            figure = &value.figure,
            source = source
        )
    } else {
        tr!(
            "views-country-bar",
            kind = kind,
            period = &value.period,
            figure = &value.figure,
            source = source
        )
    })
}

/// The agreement history: one row per entry, oldest first, the undated
/// last as "Date unknown". Only the visible rows are laid out.
fn timeline(ui: &mut Ui, data: &CountryPageData, actions: &mut Vec<Action>) {
    crate::app::a11y::subheading(ui, tr!("views-country-history"));
    if data.timeline.is_empty() {
        ui.weak(tr!("views-country-no-agreements"));
        return;
    }
    let date_width = super::date_column_width(ui);
    // The kind and the status as wide as the longest of them in the
    // interface's language, each within a share of the page (a longer
    // one is cut, whole on hover), so that the title keeps its room.
    let share = ui.available_width() * 0.22;
    let kind_width = super::column_width(ui, &data.longest.0).clamp(120.0, share.max(120.0));
    let status_width = super::column_width(ui, &data.longest.1).clamp(140.0, share.max(140.0));
    let when = |entry: &TimelineEntry| {
        entry
            .when
            .map_or_else(|| tr!("views-country-date-unknown"), |when| when.human())
    };
    let title = |ui: &mut Ui, entry: &TimelineEntry, actions: &mut Vec<Action>| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        let link = ui.add(egui::Link::new(&entry.title));
        if link.clicked() {
            actions.push(Action::Open(entry.record));
        }
    };
    let narrow = ui.available_width() < date_width + kind_width + status_width + TITLE_AT_LEAST;
    let builder = egui_extras::TableBuilder::new(ui)
        .id_salt("timeline")
        .striped(true);
    if narrow {
        // Beside an open record the page is narrow: two lines an entry,
        // the date over its kind and the title over its status, so the
        // title is never squeezed to nothing.
        let first_width = date_width.max(kind_width.min(share.max(date_width)));
        builder
            .column(egui_extras::Column::exact(first_width))
            .column(egui_extras::Column::remainder().clip(true))
            .body(|body| {
                body.rows(40.0, data.timeline.len(), |mut row| {
                    let entry = &data.timeline[row.index()];
                    row.col(|ui| {
                        ui.vertical(|ui| {
                            ui.add(egui::Label::new(when(entry)).truncate());
                            ui.add(
                                egui::Label::new(RichText::new(entry.kind.label()).weak())
                                    .truncate(),
                            );
                        });
                    });
                    row.col(|ui| {
                        ui.vertical(|ui| {
                            title(ui, entry, actions);
                            ui.add(
                                egui::Label::new(RichText::new(&entry.status).weak()).truncate(),
                            );
                        });
                    });
                });
            });
        return;
    }
    builder
        .column(egui_extras::Column::exact(date_width))
        .column(egui_extras::Column::exact(kind_width))
        .column(egui_extras::Column::remainder().clip(true))
        .column(egui_extras::Column::exact(status_width))
        .body(|body| {
            body.rows(22.0, data.timeline.len(), |mut row| {
                let entry = &data.timeline[row.index()];
                row.col(|ui| {
                    ui.add(egui::Label::new(when(entry)).truncate());
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(RichText::new(entry.kind.label()).weak()).truncate());
                });
                row.col(|ui| title(ui, entry, actions));
                row.col(|ui| {
                    ui.add(egui::Label::new(&entry.status).truncate());
                });
            });
        });
}

/// The narrowest the timeline's title column may be on one line with the
/// date, kind and status; narrower, each entry takes two lines.
const TITLE_AT_LEAST: f32 = 240.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_says_why_it_is_empty_in_each_language() {
        use crate::i18n::{Language, with_language};
        assert_eq!(tr!("views-country-no-chart"), NO_CHART);
        let russian = with_language(Language::Russian, || tr!("views-country-no-chart"));
        assert!(russian.starts_with("Нет торговых показателей"), "{russian}");
    }
}
