//! A source's text as published, with the facts Accord found in it marked
//! by kind: hovering a fact says what was understood ("a month: May
//! 2022"). Where facts overlap (a country inside an institution's name),
//! the one that starts first and runs longest is marked.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Ui};

use crate::extract::{Fact, FactKind, FactValue};
use crate::model::{PartialDate, Workspace};
use crate::tr;

/// Draws `text` with `facts` marked; the facts must be sorted by span, as
/// the engine gives them. Returns the fact clicked, if any.
pub fn ui<'f>(
    ui: &mut Ui,
    workspace: &Workspace,
    text: &str,
    facts: &'f [Fact],
) -> Option<&'f Fact> {
    let shown = outermost(facts);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat::simple(body.clone(), ui.visuals().text_color());
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping::wrap_at_width(ui.available_width()),
        ..LayoutJob::default()
    };
    let mut at = 0;
    for fact in &shown {
        if fact.span.start < at || fact.span.end > text.len() {
            continue;
        }
        job.append(&text[at..fact.span.start], 0.0, plain.clone());
        let marked = TextFormat {
            background: tint(ui, fact.kind()),
            ..plain.clone()
        };
        job.append(&text[fact.span.clone()], 0.0, marked);
        at = fact.span.end;
    }
    job.append(&text[at.min(text.len())..], 0.0, plain);
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let response = ui.add(egui::Label::new(galley.clone()).sense(egui::Sense::click()));
    let mut clicked = None;
    if let Some(pointer) = response.hover_pos() {
        let cursor = galley.cursor_from_pos(pointer - response.rect.min);
        let offset = byte_offset(text, cursor.index.0);
        if let Some(fact) = shown.iter().find(|fact| fact.span.contains(&offset)) {
            if response.clicked() {
                clicked = Some(*fact);
            }
            response.on_hover_text(understood(workspace, fact));
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak(tr!("tools-source-marked"));
        for kind in [
            FactKind::Date,
            FactKind::Amount,
            FactKind::Record,
            FactKind::Person,
            FactKind::Title,
        ] {
            let format = TextFormat {
                background: tint(ui, kind),
                ..TextFormat::simple(
                    egui::TextStyle::Small.resolve(ui.style()),
                    ui.visuals().text_color(),
                )
            };
            let mut legend = LayoutJob::default();
            legend.append(&legend_name(kind), 0.0, format);
            ui.label(legend);
        }
    });
    clicked
}

/// The facts that are not inside an earlier, longer one.
fn outermost(facts: &[Fact]) -> Vec<&Fact> {
    let mut shown: Vec<&Fact> = Vec::new();
    for fact in facts {
        if matches!(fact.value, FactValue::Signing { .. }) {
            // A whole clause: its names are marked on their own.
            continue;
        }
        if shown
            .last()
            .is_some_and(|last| fact.span.start < last.span.end)
        {
            continue;
        }
        shown.push(fact);
    }
    shown
}

fn byte_offset(text: &str, char_index: usize) -> usize {
    text.char_indices()
        .nth(char_index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// A soft background for each kind, readable in light and dark themes.
fn tint(ui: &Ui, kind: FactKind) -> Color32 {
    let (red, green, blue) = match kind {
        FactKind::Date | FactKind::Period => (80, 140, 230),
        FactKind::Amount | FactKind::Percent => (60, 180, 90),
        FactKind::Record => (200, 150, 40),
        FactKind::Person => (190, 90, 190),
        _ => (150, 150, 150),
    };
    let alpha = if ui.visuals().dark_mode { 90 } else { 60 };
    Color32::from_rgba_unmultiplied(red, green, blue, alpha)
}

fn legend_name(kind: FactKind) -> String {
    match kind {
        FactKind::Date | FactKind::Period => tr!("tools-source-legend-dates"),
        FactKind::Amount | FactKind::Percent => tr!("tools-source-legend-figures"),
        FactKind::Record => tr!("tools-source-legend-records"),
        FactKind::Person => tr!("tools-source-legend-people"),
        _ => tr!("tools-source-legend-other"),
    }
}

/// What was understood from a fact, as a hover says it.
pub fn understood(workspace: &Workspace, fact: &Fact) -> String {
    match &fact.value {
        FactValue::Date { date, time } => {
            let precision = match date {
                PartialDate::Year(_) => "year",
                PartialDate::Month(..) => "month",
                PartialDate::Day(_) => "day",
            };
            match time {
                Some(time) => tr!(
                    "tools-fact-date-time",
                    precision = precision,
                    date = date.human(),
                    time = time
                ),
                None => tr!(
                    "tools-fact-date",
                    precision = precision,
                    date = date.human()
                ),
            }
        }
        FactValue::Period { from, to } => {
            tr!("tools-fact-period", from = from.human(), to = to.human())
        }
        FactValue::Amount {
            number,
            unit,
            period,
        } => match period {
            Some(period) => tr!(
                "tools-fact-amount-period",
                number = number.to_string(),
                unit = unit,
                period = period.human()
            ),
            None => tr!(
                "tools-fact-amount",
                number = number.to_string(),
                unit = unit
            ),
        },
        FactValue::Percent { number, period } => match period {
            Some(period) => tr!(
                "tools-fact-percent-period",
                number = number.to_string(),
                period = period.human()
            ),
            None => tr!("tools-fact-percent", number = number.to_string()),
        },
        FactValue::Record {
            record,
            name,
            near_miss,
        } => {
            let kind = crate::query::kind_noun(record.kind());
            if *near_miss {
                tr!("tools-fact-record-near-miss", kind = kind, name = name)
            } else {
                tr!(
                    "tools-fact-record",
                    kind = kind,
                    name = workspace.label_of(*record)
                )
            }
        }
        FactValue::Title(title) => tr!("tools-fact-title", title = title),
        FactValue::Person { name, position } => match position {
            Some(position) => tr!(
                "tools-fact-person-position",
                name = name,
                position = position
            ),
            None => tr!("tools-fact-person", name = name),
        },
        FactValue::Institution(name) => tr!("tools-fact-institution", name = name),
        FactValue::Place(place) => tr!("tools-fact-place", place = place),
        FactValue::Session { number, body } => {
            tr!("tools-fact-session", number = *number, body = body)
        }
        FactValue::Signing { names, .. } => {
            let names = names
                .iter()
                .cloned()
                .reduce(|first, second| tr!("tools-fact-names-and", first = first, second = second))
                .unwrap_or_default();
            tr!("tools-fact-signed-by", names = names)
        }
    }
}
