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
    escaped(text, true)
}

/// [`inline`] for text that follows other text on its line, where only
/// inline marks need escaping: "Trade turnover, 2022: +76.4%".
fn mid_line(text: &str) -> String {
    escaped(text, false)
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

/// A briefing note for one country: the parts a visit needs, in the order
/// they are read.
fn briefing(workspace: &Workspace, country: &Country, options: &ExportOptions) -> String {
    let only = [country.id];
    let documents = super::documents_in_scope(workspace, &only, options);
    let meetings = super::meetings_in_scope(workspace, &only, options);
    let (plans, activities) = super::action_plans_and_activities(workspace, &documents, &only);
    let indicators = super::indicators_in_scope(workspace, country.id, options);

    let mut note = String::new();
    let _ = writeln!(
        note,
        "# {}\n",
        inline(&heading(&country.name, options.today))
    );
    if !workspace.name().trim().is_empty() {
        let _ = writeln!(note, "Prepared by {}.\n", inline(workspace.name()));
    }
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
    relationship(&mut note, workspace, country);
    legal_framework(&mut note, workspace, &documents, options.today);
    commissions_section(&mut note, workspace, &meetings, options.today);
    meetings_section(&mut note, workspace, &meetings, options.today);
    activities_section(&mut note, workspace, &plans, &activities, options.today);
    figures_section(&mut note, workspace, &indicators);
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

/// Starts a section: a heading with a blank line before and after it.
fn section(note: &mut String, title: &str) {
    if !note.ends_with("\n\n") {
        note.push('\n');
    }
    let _ = writeln!(note, "## {title}\n");
}

/// A list item, or the words for none when there are no items.
fn items(note: &mut String, lines: &[String], none: &str) {
    if lines.is_empty() {
        let _ = writeln!(note, "{none}");
    }
    for line in lines {
        let _ = writeln!(note, "- {line}");
    }
}

/// The relationship in three lines: since when, the embassies, the
/// strategic partnership.
fn relationship(note: &mut String, workspace: &Workspace, country: &Country) {
    section(note, "The relationship");
    let relations = &country.relations;
    let mut facts = Vec::new();
    if !country.aliases.is_empty() {
        facts.push(format!(
            "Also known as {}.",
            inline(&country.aliases.join(", "))
        ));
    }
    facts.push(match relations.diplomatic_relations_established {
        Some(date) => format!("Diplomatic relations since {}.", date.human()),
        None => "Date of diplomatic relations not recorded.".to_owned(),
    });
    let home = workspace
        .home_country()
        .and_then(|id| workspace.countries().get(&id))
        .map(|home| home.name.clone());
    let embassies: Vec<String> = relations
        .embassies
        .iter()
        .map(|embassy| {
            // Seen from the home country: theirs is here, ours is there.
            // Both are worded the same way: "Embassy of X in City".
            let of = match embassy.side {
                EmbassySide::Theirs => country.name.clone(),
                EmbassySide::Ours => home.clone().unwrap_or_else(|| "our country".to_owned()),
            };
            let city = if embassy.city.is_empty() {
                match embassy.side {
                    EmbassySide::Ours => format!(" in {}", mid_line(&country.name)),
                    EmbassySide::Theirs => String::new(),
                }
            } else {
                format!(" in {}", mid_line(&embassy.city))
            };
            let opened = embassy.opened_on.map_or_else(
                || "opening date not recorded".to_owned(),
                |date| format!("opened {}", date.human()),
            );
            format!("Embassy of {}{city} ({opened})", mid_line(&of))
        })
        .collect();
    facts.push(if embassies.is_empty() {
        "Embassies not recorded.".to_owned()
    } else {
        format!("Embassies: {}.", embassies.join("; "))
    });
    let partnerships: Vec<String> = relations
        .strategic_partnerships
        .iter()
        .map(|id| {
            let signed = workspace
                .documents()
                .get(id)
                .and_then(|document| document.signed_on)
                .map(|date| format!(", signed {}", date.human()))
                .unwrap_or_default();
            format!("{}{signed}", inline(&workspace.label_of(*id)))
        })
        .collect();
    facts.push(if partnerships.is_empty() {
        "No strategic partnership recorded.".to_owned()
    } else {
        format!("Strategic partnership: {}.", partnerships.join("; "))
    });
    items(note, &facts, "");
}

/// Where a document stands: its last status step, or "signed" when it has
/// a signing date and no step (a signature is a signature without one).
fn standing(document: &Document) -> Option<DocumentStatus> {
    document.current_status().or_else(|| {
        document
            .signed_on
            .is_some()
            .then_some(DocumentStatus::Signed)
    })
}

/// Signed or in force as of `today`, and not past its validity.
fn is_in_force(document: &Document, today: NaiveDate) -> bool {
    matches!(
        standing(document),
        Some(DocumentStatus::Signed | DocumentStatus::InForce)
    ) && document
        .validity
        .is_none_or(|validity| validity.last_day() >= today)
}

/// How far ahead a validity's end counts as "up for renewal".
const RENEWAL_WINDOW_DAYS: i64 = 183;

/// Every document with its kind, date, status and validity, then what is
/// in force and what ends soon.
fn legal_framework(
    note: &mut String,
    workspace: &Workspace,
    documents: &[&Document],
    today: NaiveDate,
) {
    section(note, "Legal framework");
    let in_force: Vec<&str> = documents
        .iter()
        .filter(|document| is_in_force(document, today))
        .map(|document| document.title.as_str())
        .collect();
    let ending: Vec<String> = documents
        .iter()
        .filter(|document| is_in_force(document, today))
        .filter_map(|document| {
            let end = document.validity?.last_day();
            (end - today <= chrono::Duration::days(RENEWAL_WINDOW_DAYS)).then(|| {
                format!(
                    "{} (valid until {})",
                    inline(&document.title),
                    crate::model::PartialDate::Day(end).human()
                )
            })
        })
        .collect();
    let mut lines = Vec::new();
    for document in documents {
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
        // A signature on the signing date says nothing the line has not said.
        let only_signed = document.signed_on.is_some()
            && standing(document) == Some(DocumentStatus::Signed)
            && document
                .status_history
                .last()
                .is_none_or(|step| step.date.is_none() || step.date == document.signed_on);
        match standing(document) {
            Some(_) if only_signed => {}
            Some(status) => {
                let since = document
                    .status_history
                    .last()
                    .and_then(|step| step.date)
                    .filter(|date| Some(*date) != document.signed_on)
                    .map(|date| format!(" since {}", date.human()))
                    .unwrap_or_default();
                details.push(format!("{}{since}", status.label().to_lowercase()));
            }
            None => details.push("status not recorded".to_owned()),
        }
        if let Some(validity) = document.validity {
            let ended = if validity.last_day() < today {
                ", ended"
            } else {
                ""
            };
            details.push(format!("valid {}{ended}", validity.human()));
        }
        let parties: Vec<String> = document
            .parties
            .iter()
            .map(|id| inline(&workspace.label_of(*id)))
            .collect();
        let mut line = format!("{} — {}.", inline(&document.title), details.join(", "));
        if !parties.is_empty() {
            let _ = write!(line, " Parties: {}.", parties.join("; "));
        }
        lines.push(line);
    }
    let _ = writeln!(
        note,
        "{} recorded; {} in force or signed.\n",
        count(documents.len(), "document"),
        in_force.len()
    );
    if !ending.is_empty() {
        let _ = writeln!(
            note,
            "Up for renewal within six months: {}.\n",
            ending.join("; ")
        );
    }
    items(note, &lines, "No documents recorded.");
}

/// "1 document", "3 documents".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Each commission that met about the country: its last and next session.
fn commissions_section(
    note: &mut String,
    workspace: &Workspace,
    meetings: &[&Meeting],
    today: NaiveDate,
) {
    section(note, "Commissions");
    let mut ids: Vec<_> = meetings
        .iter()
        .filter_map(|meeting| meeting.commission)
        .collect();
    ids.sort();
    ids.dedup();
    let mut lines = Vec::new();
    for id in ids {
        let Some(commission) = workspace.commissions().get(&id) else {
            continue;
        };
        let sessions: Vec<&&Meeting> = meetings
            .iter()
            .filter(|meeting| meeting.commission == Some(id))
            .collect();
        let session_text = |meeting: &Meeting| {
            let number = meeting.session_number.map_or_else(
                || "a session".to_owned(),
                |number| format!("the {} session", query::ordinal(number)),
            );
            let when = meeting
                .start
                .map_or_else(|| "date unknown".to_owned(), |start| start.human());
            let place = if meeting.place.is_empty() {
                String::new()
            } else {
                format!(", {}", inline(&meeting.place))
            };
            format!("{number} ({when}{place})")
        };
        let last = sessions
            .iter()
            .filter(|meeting| {
                meeting
                    .start
                    .is_some_and(|start| start.first_day() <= today)
            })
            .max_by_key(|meeting| meeting.start)
            .map_or_else(
                || "no session held yet".to_owned(),
                |meeting| format!("last {}", session_text(meeting)),
            );
        let next = sessions
            .iter()
            .filter(|meeting| meeting.start.is_some_and(|start| start.first_day() > today))
            .min_by_key(|meeting| meeting.start)
            .map_or_else(
                || "next not scheduled".to_owned(),
                |meeting| format!("next {}", session_text(meeting)),
            );
        lines.push(format!("{}: {last}; {next}.", inline(&commission.name)));
    }
    items(note, &lines, "None recorded.");
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

/// How many past meetings the note recalls.
const LAST_MEETINGS: usize = 3;

fn meetings_section(
    note: &mut String,
    workspace: &Workspace,
    meetings: &[&Meeting],
    today: NaiveDate,
) {
    // A meeting "in May 2022" is past once its first possible day is; one
    // that may still be ahead is "next".
    let mut past: Vec<&&Meeting> = meetings
        .iter()
        .filter(|meeting| {
            meeting
                .start
                .is_some_and(|start| start.first_day() <= today)
        })
        .collect();
    past.sort_by_key(|meeting| std::cmp::Reverse(meeting.start));
    let next = meetings
        .iter()
        .filter(|meeting| meeting.start.is_some_and(|start| start.first_day() > today))
        .min_by_key(|meeting| meeting.start);
    section(note, "Last meetings");
    if past.is_empty() {
        note.push_str("None recorded.\n");
    }
    for meeting in past.into_iter().take(LAST_MEETINGS) {
        meeting_lines(note, workspace, meeting);
    }
    section(note, "Next meeting");
    match next {
        Some(meeting) => meeting_lines(note, workspace, meeting),
        None => note.push_str("None scheduled.\n"),
    }
}

/// The open and overdue activities, grouped by their action plan.
fn activities_section(
    note: &mut String,
    workspace: &Workspace,
    plans: &[&Document],
    activities: &[&Activity],
    today: NaiveDate,
) {
    let overdue = activities
        .iter()
        .filter(|activity| ActivityState::of(activity, today) == ActivityState::Overdue)
        .count();
    let open = activities
        .iter()
        .filter(|activity| ActivityState::of(activity, today) == ActivityState::Open)
        .count();
    section(note, &format!("Activities: {overdue} overdue, {open} open"));
    if overdue + open == 0 {
        note.push_str("None open or overdue.\n");
        return;
    }
    for plan in plans {
        let mine: Vec<&&Activity> = activities
            .iter()
            .filter(|activity| activity.plan == plan.id)
            .filter(|activity| {
                matches!(
                    ActivityState::of(activity, today),
                    ActivityState::Overdue | ActivityState::Open
                )
            })
            .collect();
        if mine.is_empty() {
            continue;
        }
        let validity = plan
            .validity
            .map(|validity| format!(" (valid {})", validity.human()))
            .unwrap_or_default();
        if !note.ends_with("\n\n") {
            note.push('\n');
        }
        let _ = writeln!(note, "### {}{validity}\n", inline(&plan.title));
        for activity in mine {
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
                "- {}: {} ({due}; {}{by})",
                ActivityState::of(activity, today).word(),
                inline(&activity.description),
                activity.status.label().to_lowercase()
            );
        }
    }
}

/// The economic figures by period, each with where it came from.
fn figures_section(
    note: &mut String,
    workspace: &Workspace,
    indicators: &[&crate::model::Indicator],
) {
    section(note, "Economic figures");
    let lines: Vec<String> = indicators
        .iter()
        .map(|indicator| {
            let sources: Vec<String> = indicator
                .sources
                .iter()
                .filter_map(|id| workspace.sources().get(id))
                .map(|source| {
                    let mut cited = if source.publisher.is_empty() {
                        inline(&source.title)
                    } else {
                        inline(&source.publisher)
                    };
                    if let Some(at) = source.published_at {
                        let _ = write!(cited, ", {}", at.date_naive().format("%-d %B %Y"));
                    }
                    cited
                })
                .collect();
            let cited = if sources.is_empty() {
                String::new()
            } else {
                format!(" Source: {}.", sources.join("; "))
            };
            format!(
                "{}, {}: {}.{cited}",
                inline(&indicator.name()),
                indicator.period.human(),
                mid_line(&indicator.figure())
            )
        })
        .collect();
    items(note, &lines, "None recorded.");
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
    section(note, "Sources");
    if sources.is_empty() {
        note.push_str("None cited.\n");
        return;
    }
    for source in sources {
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
