//! What drafting reads off the text and the workspace: the partner
//! country, the country a post's adjective names and its ministry, a
//! person by name, the items a plan lists, where a document's name starts.

use super::{Fact, FactValue, sentence_around};
use crate::model::{CountryId, InstitutionId, PersonId, RecordId, Workspace, fold};

/// The country the text is about besides the home country: the one its
/// known-country facts name most.
pub(super) fn partner_country(facts: &[Fact], workspace: &Workspace) -> Option<CountryId> {
    let mut counts: Vec<(CountryId, usize)> = Vec::new();
    for fact in facts {
        if let FactValue::Record {
            record: RecordId::Country(id),
            near_miss: false,
            ..
        } = fact.value
            && Some(id) != workspace.home_country()
        {
            match counts.iter_mut().find(|(country, _)| *country == id) {
                Some((_, count)) => *count += 1,
                None => counts.push((id, 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, count)| *count)
        .map(|(id, _)| id)
}

/// "Romanian Labour and Social Solidarity Minister": the country its first
/// word names (Romania), and the post without it.
pub(super) fn country_adjective(
    workspace: &Workspace,
    position: &str,
) -> (Option<CountryId>, String) {
    let Some((first, rest)) = position.split_once(' ') else {
        return (None, position.to_owned());
    };
    let adjective = fold(first);
    let country = workspace.countries().values().find(|country| {
        let name = fold(&country.name);
        let stem: String = name.chars().take(name.chars().count().min(6)).collect();
        stem.chars().count() >= 4 && adjective.starts_with(&stem)
    });
    match country {
        Some(country) => (Some(country.id), rest.to_owned()),
        None => (None, position.to_owned()),
    }
}

/// The institution of `country` whose name shares most words with the
/// post ("Labour and Social Security Minister" → the Ministry of Labour and
/// Social Protection of the Population); none when no word is shared.
pub(super) fn institution_for_post(
    workspace: &Workspace,
    country: CountryId,
    post: &str,
) -> Option<InstitutionId> {
    let words: Vec<String> = fold(post)
        .split(|letter: char| !letter.is_alphanumeric())
        .filter(|word| word.len() > 3 && !word.starts_with("minist") && !word.starts_with("deputy"))
        .map(str::to_owned)
        .collect();
    workspace
        .institutions()
        .values()
        .filter(|institution| institution.country == country)
        .map(|institution| {
            let name = fold(&institution.name);
            let shared = words
                .iter()
                .filter(|word| name.contains(word.as_str()))
                .count();
            (shared, institution.id)
        })
        .filter(|(shared, _)| *shared > 0)
        .max_by_key(|(shared, _)| *shared)
        .map(|(_, id)| id)
}

pub(super) fn person_named(workspace: &Workspace, name: &str) -> Option<PersonId> {
    let folded = fold(name);
    workspace
        .people()
        .values()
        .find(|person| {
            fold(&person.name) == folded
                || person
                    .name_variants
                    .iter()
                    .any(|variant| fold(variant) == folded)
        })
        .map(|person| person.id)
}

/// The items a sentence lists after "envisages", "includes" or "provides
/// for", or before "are planned": split at commas and "as well as", with
/// a closing "etc." dropped.
pub(super) fn listed_items(sentence: &str) -> Option<Vec<String>> {
    let lower = sentence.to_lowercase();
    let list = if let Some(at) = ["envisages ", "includes ", "provides for "]
        .iter()
        .find_map(|verb| lower.find(verb).map(|at| at + verb.len()))
    {
        &sentence[at..]
    } else if let Some(end) = lower.find(" are planned") {
        let start = sentence[..end].find(", ").map_or(0, |comma| comma + 2);
        &sentence[start..end]
    } else {
        return None;
    };
    let items: Vec<String> = list
        .trim_end_matches(['.', ' '])
        .replace(", as well as ", ", ")
        .replace(" as well as ", ", ")
        .split(", ")
        .map(|item| {
            item.trim()
                .trim_start_matches("and ")
                .trim_start_matches("the ")
                .trim_end_matches(" etc")
                .trim_end_matches('.')
                .trim()
                .to_owned()
        })
        .filter(|item| item.len() > 3 && item != "etc")
        .collect();
    (!items.is_empty()).then_some(items)
}

/// Where a document's name starts that `word_at` is in: back over the
/// capitalised words before it ("Cooperation Protocol"), not over a
/// sentence's first word or an article.
pub(super) fn title_start(text: &str, sentence_start: usize, word_at: usize) -> usize {
    let mut start = word_at;
    let before = &text[sentence_start..word_at];
    for word in before.split_whitespace().rev() {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let plain = word.chars().all(char::is_alphabetic);
        let article = ["The", "A", "An", "With", "As", "On", "In", "By"].contains(&word);
        let Some(at) = text[sentence_start..start].rfind(word) else {
            break;
        };
        if !capitalised || !plain || article || sentence_start + at == sentence_start {
            break;
        }
        start = sentence_start + at;
    }
    start
}

/// The sentence after `sentence`, across the spaces and blank lines
/// between them.
pub(super) fn next_sentence(
    text: &str,
    sentence: &std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let rest = &text[sentence.end..];
    let skipped = rest.len()
        - rest
            .trim_start_matches(|letter: char| letter.is_whitespace() || ".!?".contains(letter))
            .len();
    let start = sentence.end + skipped;
    if start >= text.len() {
        return sentence.clone();
    }
    sentence_around(text, start)
}
