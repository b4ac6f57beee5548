//! New names the text gives, known to the workspace or not: document titles
//! (quoted, or capitalised like "Action Plan for 2022-2023"), institutions
//! ("Ministry of …", "… Agency", "Employment Service of …"), people with the
//! position the text gives ("Labour and Social Security Minister Sahil
//! Babayev"), and places ("held in Istanbul").

use std::sync::LazyLock;

use regex::Regex;

use super::dates::month_number;
use super::{Fact, FactValue};

/// A capitalised word: "Labour", "Türkiye", "O'Neill", "DOST".
const CAPITALISED: &str = r"\p{Lu}[\p{L}\p{M}'’-]*";

/// Words that head an institution's name.
const INSTITUTION_HEAD: &str = r"Ministry|Embassy|Government|Agency|Service|Office|Department|Committee|Council|Chamber|Bank|Fund|Institute|University|Parliament|Administration|Inspectorate|Centres?|Centers?|Organi[sz]ation|Union|Confederation|Federation|Association|Consulate";

/// Words that head a position.
const POSITION_HEAD: &str = r"Minister|Ambassador|President|Chairman|Chairperson|Director|Secretary|Governor|Mayor|Speaker|Ombudsman|Head|Consul";

/// Words that head a document title.
const TITLE_HEAD: &str = r"(?:(?:Cooperation|Procedural|Intergovernmental|Framework|Bilateral|Joint)\s+)?(?:Agreement|Protocol|Memorandum(?:\s+of\s+Understanding)?|Action\s+Plan|Declaration|Convention|Treaty|Programme|Program|Roadmap)";

/// Words that end a title or a body's name: the sentence goes on to say
/// something about it ("… was signed", "… in 1995").
const PHRASE_STOPS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "can",
    "could",
    "which",
    "that",
    "who",
    "whose",
    "signed",
    "entered",
    "came",
    "envisages",
    "provides",
    "includes",
    "by",
    "with",
    "as",
    "at",
    "after",
    "before",
    "since",
    "during",
    "while",
    "when",
    "where",
    "reports",
    "said",
    "says",
    "held",
    "took",
];

/// Connecting words a title or name may not end on.
const CONNECTORS: &[&str] = &["and", "of", "the", "on", "in", "for", "between", "to", "a"];

static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:{CAPITALISED}\s+){{0,4}}(?:{INSTITUTION_HEAD})\b(?:\s+(?:of|for|in)\s+(?:the\s+)?{CAPITALISED}(?:\s+(?:(?:of|and|for|on|the|in)\s+)*{CAPITALISED})*)?"
    ))
    .expect("the institution pattern is valid")
});

/// Where an institution's name runs into the next one: "… of Azerbaijan and
/// the Ministry of …".
static NEXT_INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\s+and\s+(?:the\s+)?(?:{CAPITALISED}\s+){{0,4}}(?:{INSTITUTION_HEAD})\b"
    ))
    .expect("the next-institution pattern is valid")
});

static PERSON_AFTER_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<position>(?:{CAPITALISED}\s+(?:(?:and|of|for)\s+)?)*?(?:{POSITION_HEAD}))\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,3}})"
    ))
    .expect("the person pattern is valid")
});

static PERSON_BEFORE_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,3}}),\s+(?:the\s+)?(?P<position>(?:Deputy\s+|Vice\s+|Prime\s+)?(?:{POSITION_HEAD})(?:\s+of\s+(?:the\s+)?{CAPITALISED}(?:\s+(?:(?:of|and|for|on|the)\s+)*{CAPITALISED})*)?)"
    ))
    .expect("the person pattern is valid")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^By\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,3}})[ \t]*$"
    ))
    .expect("the byline pattern is valid")
});

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:held|took\s+place|convened|met|hosted|signed|opened)\s+in\s+(?:the\s+city\s+of\s+)?(?P<place>{CAPITALISED}(?:\s+{CAPITALISED})?)|\b(?:visit|trip)\s+to\s+(?P<visited>{CAPITALISED}(?:\s+{CAPITALISED})?)"
    ))
    .expect("the place pattern is valid")
});

static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"["“«](?P<title>(?:{TITLE_HEAD})\b[^"”»\n]{{0,600}})["”»]"#
    ))
    .expect("the quoted-title pattern is valid")
});

static TITLE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:{TITLE_HEAD})\b")).expect("the title pattern is valid")
});

/// The new names in `text`.
pub(super) fn find(text: &str) -> Vec<Fact> {
    let mut facts = Vec::new();
    find_titles(text, &mut facts);
    find_institutions(text, &mut facts);
    find_people(text, &mut facts);
    find_places(text, &mut facts);
    facts
}

fn find_titles(text: &str, facts: &mut Vec<Fact>) {
    let quoted: Vec<Fact> = QUOTED
        .captures_iter(text)
        .filter_map(|captures| {
            let title = captures.name("title")?;
            Some(Fact {
                span: title.range(),
                value: FactValue::Title(title.as_str().to_owned()),
                confidence: 0.9,
            })
        })
        .collect();
    let mut from = 0;
    while let Some(head) = TITLE_START.find_at(text, from) {
        from = head.end();
        if quoted
            .iter()
            .any(|fact| fact.span.start <= head.start() && head.start() < fact.span.end)
        {
            continue;
        }
        let end = phrase_end(text, head.end());
        // A bare "the Protocol" or "the Protocol of the same name" refers
        // to a document; it does not title one.
        let rest = text[head.end()..end].trim();
        if rest.is_empty() || rest == "of the same name" {
            continue;
        }
        facts.push(Fact {
            span: head.start()..end,
            value: FactValue::Title(text[head.start()..end].to_owned()),
            confidence: 0.7,
        });
        from = end;
    }
    facts.extend(quoted);
}

/// Where a name that starts before `from` ends: at punctuation, at a word
/// that carries the sentence on ("was", "signed"), or at "in"/"on" before a
/// date ("… in 1995"). Trailing connecting words are left out.
pub(super) fn phrase_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut words_taken = 0;
    let mut rest = &text[from..];
    while words_taken < 60 {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let word_start = text.len() - trimmed.len();
        let word_len = trimmed
            .find(|c: char| c.is_whitespace())
            .unwrap_or(trimmed.len());
        if word_len == 0 {
            break;
        }
        let word = &trimmed[..word_len];
        if word.starts_with(['(', '"', '“', '«', '[']) {
            break;
        }
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '»', '!', '?']);
        if bare.is_empty() || PHRASE_STOPS.contains(&bare.to_lowercase().as_str()) {
            break;
        }
        if matches!(bare, "in" | "on") {
            let next = trimmed[word_len..].trim_start();
            let next_word = next.split_whitespace().next().unwrap_or_default();
            if next.starts_with(|c: char| c.is_ascii_digit()) || month_number(next_word).is_some() {
                break;
            }
        }
        words_taken += 1;
        if !CONNECTORS.contains(&bare) {
            end = word_start + bare.len();
        }
        if bare.len() < word.len() {
            break;
        }
        rest = &trimmed[word_len..];
    }
    end
}

fn find_institutions(text: &str, facts: &mut Vec<Fact>) {
    let mut from = 0;
    while let Some(found) = INSTITUTION.find_at(text, from) {
        let mut span = found.range();
        if let Some(next) = NEXT_INSTITUTION.find(found.as_str()) {
            span.end = span.start + next.start();
        }
        // The cut is always after the first word, so the search moves on.
        from = if span.end > span.start {
            span.end
        } else {
            found.end()
        };
        let name = strip_leading_article(&text[span.clone()]);
        span.start = span.end - name.len();
        // "Ministry" alone, or "Government" alone, names no one.
        if !name.contains(' ') {
            continue;
        }
        facts.push(Fact {
            span,
            value: FactValue::Institution(name.to_owned()),
            confidence: 0.75,
        });
    }
}

fn strip_leading_article(name: &str) -> &str {
    name.strip_prefix("The ").unwrap_or(name)
}

fn find_people(text: &str, facts: &mut Vec<Fact>) {
    let positioned = PERSON_AFTER_POSITION
        .captures_iter(text)
        .chain(PERSON_BEFORE_POSITION.captures_iter(text));
    for captures in positioned {
        let (Some(whole), Some(name), Some(position)) = (
            captures.get(0),
            captures.name("name"),
            captures.name("position"),
        ) else {
            continue;
        };
        let position_text = strip_leading_article(position.as_str());
        let start =
            whole.start() + (whole.as_str().len() - strip_leading_article(whole.as_str()).len());
        facts.push(Fact {
            span: start..whole.end(),
            value: FactValue::Person {
                name: name.as_str().to_owned(),
                position: Some(position_text.to_owned()),
            },
            confidence: 0.8,
        });
    }
    for captures in BYLINE.captures_iter(text) {
        let Some(name) = captures.name("name") else {
            continue;
        };
        facts.push(Fact {
            span: name.range(),
            value: FactValue::Person {
                name: name.as_str().to_owned(),
                position: None,
            },
            confidence: 0.6,
        });
    }
}

fn find_places(text: &str, facts: &mut Vec<Fact>) {
    for captures in PLACE.captures_iter(text) {
        let Some(place) = captures.name("place").or_else(|| captures.name("visited")) else {
            continue;
        };
        // "held in May 2022" names a time, not a place.
        let first_word = place.as_str().split_whitespace().next().unwrap_or_default();
        if month_number(first_word).is_some() {
            continue;
        }
        facts.push(Fact {
            span: place.range(),
            value: FactValue::Place(place.as_str().to_owned()),
            confidence: 0.8,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::pairs;
    use super::*;

    /// The facts of one kind, as (text as written, value).
    fn of_kind(text: &str, kind: super::super::FactKind) -> Vec<(String, String)> {
        let mut facts = find(text);
        facts.sort_by_key(|fact| fact.span.start);
        facts
            .iter()
            .filter(|fact| fact.kind() == kind)
            .map(|fact| {
                let value = match &fact.value {
                    FactValue::Title(name)
                    | FactValue::Institution(name)
                    | FactValue::Place(name) => name.clone(),
                    FactValue::Person { name, position } => {
                        format!("{name} | {}", position.as_deref().unwrap_or("-"))
                    }
                    other => panic!("not a name: {other:?}"),
                };
                (fact.text(text).to_owned(), value)
            })
            .collect()
    }

    use super::super::FactKind;

    #[test]
    fn quoted_titles_are_taken_whole() {
        let text = r#"They signed "Agreement between the Government of A and the Government of B on trade" and “Memorandum of Understanding on tourism”."#;
        assert_eq!(
            of_kind(text, FactKind::Title),
            pairs(&[
                (
                    "Agreement between the Government of A and the Government of B on trade",
                    "Agreement between the Government of A and the Government of B on trade"
                ),
                (
                    "Memorandum of Understanding on tourism",
                    "Memorandum of Understanding on tourism"
                ),
            ])
        );
    }

    #[test]
    fn an_unquoted_title_ends_where_the_sentence_goes_on() {
        assert_eq!(
            of_kind(
                "As part of the Protocol, the Action Plan for 2022-2023 was signed.",
                FactKind::Title
            ),
            pairs(&[("Action Plan for 2022-2023", "Action Plan for 2022-2023")])
        );
        assert_eq!(
            of_kind(
                "The Cooperation Protocol between the two ministries in 1995 laid the basis.",
                FactKind::Title
            ),
            pairs(&[(
                "Cooperation Protocol between the two ministries",
                "Cooperation Protocol between the two ministries"
            )])
        );
        assert_eq!(
            of_kind("The Protocol of the same name was signed.", FactKind::Title),
            []
        );
    }

    #[test]
    fn institutions_by_head_word_split_where_the_next_begins() {
        let text = "between the Ministry of Labour and Social Protection of Population of the \
                    Republic of Azerbaijan and the Ministry of Labour of the Republic of Turkey \
                    was held, with the Azerbaijan Public Employment Agency and the Employment \
                    Service of the Republic of Turkey.";
        assert_eq!(
            of_kind(text, FactKind::Institution),
            pairs(&[
                (
                    "Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan",
                    "Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan"
                ),
                (
                    "Ministry of Labour of the Republic of Turkey",
                    "Ministry of Labour of the Republic of Turkey"
                ),
                (
                    "Azerbaijan Public Employment Agency",
                    "Azerbaijan Public Employment Agency"
                ),
                (
                    "Employment Service of the Republic of Turkey",
                    "Employment Service of the Republic of Turkey"
                ),
            ])
        );
    }

    #[test]
    fn people_with_the_position_the_text_gives() {
        let text = "The document was signed by Azerbaijani Labour and Social Security Minister \
                    Sahil Bababyev and Romanian Labour and Social Solidarity Minister Marius \
                    Constantin Budai. Later, Ali Veli, the Minister of Economy of Ruritania, spoke.";
        assert_eq!(
            of_kind(text, FactKind::Person),
            pairs(&[
                (
                    "Azerbaijani Labour and Social Security Minister Sahil Bababyev",
                    "Sahil Bababyev | Azerbaijani Labour and Social Security Minister"
                ),
                (
                    "Romanian Labour and Social Solidarity Minister Marius Constantin Budai",
                    "Marius Constantin Budai | Romanian Labour and Social Solidarity Minister"
                ),
                (
                    "Ali Veli, the Minister of Economy of Ruritania",
                    "Ali Veli | Minister of Economy of Ruritania"
                ),
            ])
        );
    }

    #[test]
    fn a_byline_names_a_person_without_a_position() {
        assert_eq!(
            of_kind("By Ayya Lmahamad\n\nText.", FactKind::Person),
            pairs(&[("Ayya Lmahamad", "Ayya Lmahamad | -")])
        );
    }

    #[test]
    fn places_where_things_were_held_but_not_months() {
        assert_eq!(
            of_kind(
                "The session was held in Istanbul; the next one, held in May 2023, after a visit to Romania.",
                FactKind::Place
            ),
            pairs(&[("Istanbul", "Istanbul"), ("Romania", "Romania")])
        );
    }
}
