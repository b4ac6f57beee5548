//! Briefing notes in Markdown, one per country: "Relations with Romania —
//! briefing as of 25 November 2026", with the key facts, the agreements in
//! force, the last and next meetings, open and overdue activities and the
//! recent sources. Written to read well as plain text too: headings and
//! lists only, no tables, no links that hide their address.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{ActivityState, ExportOptions};
use crate::model::{
    Activity, Country, Document, DocumentStatus, EmbassySide, Meeting, SourceId, Workspace,
};
use crate::query;

/// How many sources "Recent sources" lists.
const RECENT_SOURCES: usize = 5;

/// The heading of a country's note.
pub fn heading(country_name: &str, today: NaiveDate) -> String {
    format!(
        "Relations with {country_name} — briefing as of {}",
        crate::model::PartialDate::Day(today).human()
    )
}

/// One note per country covered, in name order, separated by a rule.
pub fn to_markdown(workspace: &Workspace, options: &ExportOptions) -> String {
    let notes: Vec<String> = options
        .countries(workspace)
        .iter()
        .filter_map(|id| workspace.countries().get(id))
        .map(|country| briefing(workspace, country, options))
        .collect();
    if notes.is_empty() {
        return "No countries to brief on.\n".to_owned();
    }
    notes.join("\n---\n\n")
}

/// Text made safe to put inside a Markdown line, wherever it stands:
/// emphasis, link, code and HTML marks escaped, every kind of line break
/// folded into a space, and what would start a block at the beginning of
/// a line (a heading, quote, list, rule or fence) escaped, so no field can
/// add structure to the note.
fn inline(text: &str) -> String {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let mut out = String::with_capacity(text.len() + 4);
    if text.starts_with(['-', '+', '=', '~']) {
        out.push('\\');
    }
    // "1. " or "1) " would start a numbered list.
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered = digits > 0
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

/// A briefing note for one country.
fn briefing(workspace: &Workspace, country: &Country, options: &ExportOptions) -> String {
    let only = [country.id];
    let documents = super::documents_in_scope(workspace, &only, options);
    let meetings = super::meetings_in_scope(workspace, &only, options);
    let (_, activities) = super::action_plans_and_activities(workspace, &documents, &only);

    let mut note = String::new();
    let _ = writeln!(
        note,
        "# {}\n",
        inline(&heading(&country.name, options.today))
    );
    if options.from.is_some() || options.to.is_some() {
        let bound = |date: Option<crate::model::PartialDate>, none: &str| {
            date.map_or_else(|| none.to_owned(), |date| date.human())
        };
        let _ = writeln!(
            note,
            "Covering {} to {}.\n",
            bound(options.from, "the beginning"),
            bound(options.to, "the present")
        );
    }
    key_facts(&mut note, workspace, country, options);
    agreements_in_force(&mut note, workspace, &documents, options.today);
    meetings_section(&mut note, workspace, &meetings, options.today);
    activities_section(&mut note, workspace, &activities, options.today);
    sources_section(
        &mut note,
        workspace,
        country,
        &documents,
        &meetings,
        &activities,
    );
    note
}

fn key_facts(note: &mut String, workspace: &Workspace, country: &Country, options: &ExportOptions) {
    note.push_str("## Key facts\n\n");
    let relations = &country.relations;
    let mut facts = Vec::new();
    if !country.aliases.is_empty() {
        facts.push(format!(
            "Also known as {}.",
            inline(&country.aliases.join(", "))
        ));
    }
    facts.push(match relations.diplomatic_relations_established {
        Some(date) => format!("Diplomatic relations established on {}.", date.human()),
        None => "Date of diplomatic relations not recorded.".to_owned(),
    });
    for embassy in &relations.embassies {
        // The side is seen from the home country: theirs is here, ours there.
        let whose = match embassy.side {
            EmbassySide::Theirs => format!("Embassy of {}", inline(&country.name)),
            EmbassySide::Ours => "Our embassy".to_owned(),
        };
        let city = match (embassy.city.is_empty(), embassy.side) {
            (false, _) => format!(" in {}", inline(&embassy.city)),
            (true, EmbassySide::Ours) => format!(" in {}", inline(&country.name)),
            (true, EmbassySide::Theirs) => " here".to_owned(),
        };
        let opened = embassy.opened_on.map_or_else(
            || "opening date not recorded".to_owned(),
            |date| format!("opened {}", date.human()),
        );
        facts.push(format!("{whose}{city}: {opened}."));
    }
    for id in &relations.strategic_partnerships {
        let signed = workspace
            .documents()
            .get(id)
            .and_then(|document| document.signed_on)
            .map(|date| format!(", signed {}", date.human()))
            .unwrap_or_default();
        facts.push(format!(
            "Strategic partnership: {}{signed}.",
            inline(&workspace.label_of(*id))
        ));
    }
    let indicators = super::indicators_in_scope(workspace, country.id, options);
    for indicator in indicators {
        facts.push(format!(
            "{}, {}: {}.",
            inline(&indicator.name()),
            indicator.period.human(),
            inline(&indicator.figure())
        ));
    }
    for fact in facts {
        let _ = writeln!(note, "- {fact}");
    }
    note.push('\n');
}

/// Signed or in force as of `today`, and not past its validity.
fn is_in_force(document: &Document, today: NaiveDate) -> bool {
    matches!(
        document.current_status(),
        Some(DocumentStatus::Signed | DocumentStatus::InForce)
    ) && document
        .validity
        .is_none_or(|validity| validity.last_day() >= today)
}

fn agreements_in_force(
    note: &mut String,
    workspace: &Workspace,
    documents: &[&Document],
    today: NaiveDate,
) {
    note.push_str("## Agreements in force\n\n");
    let in_force: Vec<&&Document> = documents
        .iter()
        .filter(|document| is_in_force(document, today))
        .collect();
    if in_force.is_empty() {
        note.push_str("None recorded.\n\n");
        return;
    }
    for document in in_force {
        let mut details = vec![document.kind.label().to_owned()];
        if let Some(signed) = document.signed_on {
            let place = if document.signed_at_place.is_empty() {
                String::new()
            } else {
                format!(" in {}", inline(&document.signed_at_place))
            };
            details.push(format!("signed {}{place}", signed.human()));
        } else {
            details.push("signing date not recorded".to_owned());
        }
        // "Signed" on the signing date says nothing the line has not said.
        if let Some(step) = document.status_history.last().filter(|step| {
            !(step.status == DocumentStatus::Signed
                && (step.date.is_none() || step.date == document.signed_on))
        }) {
            let since = step
                .date
                .map(|date| format!(" since {}", date.human()))
                .unwrap_or_default();
            details.push(format!("{}{since}", step.status.label().to_lowercase()));
        }
        if let Some(validity) = document.validity {
            details.push(format!("valid {}", validity.human()));
        }
        let parties: Vec<String> = document
            .parties
            .iter()
            .map(|id| inline(&workspace.label_of(*id)))
            .collect();
        let _ = writeln!(
            note,
            "- {} — {}.",
            inline(&document.title),
            details.join(", ")
        );
        if !parties.is_empty() {
            let _ = writeln!(note, "  Parties: {}.", parties.join("; "));
        }
    }
    note.push('\n');
}

fn meeting_lines(note: &mut String, workspace: &Workspace, meeting: &Meeting) {
    let when = meeting.start.map_or_else(
        || "date unknown".to_owned(),
        |start| {
            super::meeting_period(meeting).map_or_else(|| start.human(), |period| period.human())
        },
    );
    let place = if meeting.place.is_empty() {
        String::new()
    } else {
        format!(", {}", inline(&meeting.place))
    };
    let _ = writeln!(
        note,
        "- {} ({}, {when}{place})",
        inline(&query::meeting_title(workspace, meeting)),
        meeting.kind.label().to_lowercase()
    );
    if !meeting.participants.is_empty() {
        let people: Vec<String> = meeting
            .participants
            .iter()
            .map(|id| inline(&workspace.label_of(*id)))
            .collect();
        let _ = writeln!(note, "  Participants: {}.", people.join(", "));
    }
    if !meeting.outcomes.is_empty() {
        let _ = writeln!(note, "  Outcomes: {}", inline(&meeting.outcomes));
    }
    let mut signed: Vec<&str> = workspace
        .documents()
        .values()
        .filter(|document| document.signed_at_meeting == Some(meeting.id))
        .map(|document| document.title.as_str())
        .collect();
    signed.sort_unstable();
    for title in signed {
        let _ = writeln!(note, "  Signed: {}.", inline(title));
    }
}

fn meetings_section(
    note: &mut String,
    workspace: &Workspace,
    meetings: &[&Meeting],
    today: NaiveDate,
) {
    // A meeting "in May 2022" is past once its first possible day is; one
    // that may still be ahead is "next".
    let last = meetings
        .iter()
        .filter(|meeting| {
            meeting
                .start
                .is_some_and(|start| start.first_day() <= today)
        })
        .max_by_key(|meeting| meeting.start);
    let next = meetings
        .iter()
        .filter(|meeting| meeting.start.is_some_and(|start| start.first_day() > today))
        .min_by_key(|meeting| meeting.start);
    note.push_str("## Last meeting\n\n");
    match last {
        Some(meeting) => meeting_lines(note, workspace, meeting),
        None => note.push_str("None recorded."),
    }
    note.push_str("\n## Next meeting\n\n");
    match next {
        Some(meeting) => meeting_lines(note, workspace, meeting),
        None => note.push_str("None scheduled."),
    }
    note.push('\n');
}

fn activities_section(
    note: &mut String,
    workspace: &Workspace,
    activities: &[&Activity],
    today: NaiveDate,
) {
    for (state, title, none) in [
        (
            ActivityState::Overdue,
            "Overdue activities",
            "None overdue.",
        ),
        (ActivityState::Open, "Open activities", "None open."),
    ] {
        let chosen: Vec<&&Activity> = activities
            .iter()
            .filter(|activity| ActivityState::of(activity, today) == state)
            .collect();
        let _ = writeln!(note, "\n## {title} ({})\n", chosen.len());
        if chosen.is_empty() {
            let _ = writeln!(note, "{none}");
        }
        for activity in chosen {
            let due = activity.due.map_or_else(
                || "no due date".to_owned(),
                |due| format!("due {}", due.human()),
            );
            let responsible: Vec<String> = activity
                .responsible
                .iter()
                .map(|id| inline(&workspace.label_of(*id)))
                .collect();
            let by = if responsible.is_empty() {
                String::new()
            } else {
                format!("; {}", responsible.join(", "))
            };
            let _ = writeln!(
                note,
                "- {} ({due}; {}{by})",
                inline(&activity.description),
                activity.status.label().to_lowercase()
            );
        }
    }
}

fn sources_section(
    note: &mut String,
    workspace: &Workspace,
    country: &Country,
    documents: &[&Document],
    meetings: &[&Meeting],
    activities: &[&Activity],
) {
    let mut ids: Vec<SourceId> = country.sources.clone();
    ids.extend(
        documents
            .iter()
            .flat_map(|document| document.sources.iter().copied()),
    );
    ids.extend(
        meetings
            .iter()
            .flat_map(|meeting| meeting.sources.iter().copied()),
    );
    ids.extend(
        activities
            .iter()
            .flat_map(|activity| activity.sources.iter().copied()),
    );
    ids.extend(
        workspace
            .indicators()
            .values()
            .filter(|indicator| indicator.country == country.id)
            .flat_map(|indicator| indicator.sources.iter().copied()),
    );
    ids.sort();
    ids.dedup();
    let mut sources: Vec<_> = ids
        .iter()
        .filter_map(|id| workspace.sources().get(id))
        .collect();
    // Newest first; undated last; then by title for a stable order.
    sources.sort_by(|a, b| {
        (b.published_at.is_some(), b.published_at, &a.title, a.id).cmp(&(
            a.published_at.is_some(),
            a.published_at,
            &b.title,
            b.id,
        ))
    });
    note.push_str("\n## Recent sources\n\n");
    if sources.is_empty() {
        note.push_str("None cited.\n");
        return;
    }
    for source in sources.into_iter().take(RECENT_SOURCES) {
        let mut parts = vec![inline(&source.title)];
        let by: Vec<&str> = [source.publisher.as_str(), source.author.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        if !by.is_empty() {
            parts.push(inline(&by.join(", ")));
        }
        if let Some(at) = source.published_at {
            parts.push(at.date_naive().format("%-d %B %Y").to_string());
        }
        let _ = write!(note, "- {}", parts.join(" — "));
        if source.url.is_empty() {
            note.push('\n');
        } else {
            let _ = writeln!(note, ". {}", address(&source.url));
        }
    }
}
