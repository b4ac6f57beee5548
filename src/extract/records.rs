//! The workspace's records named in a text: countries, institutions,
//! people, commissions and documents, by name, alias, short name, former
//! name or spelling variant, folding case and accents the way search does
//! ([`crate::model::fold`]). A name spelled one or two letters off is offered
//! as "probably X" with a lower confidence.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::{Fact, FactValue};
use crate::model::{RecordId, Workspace, fold, fold_mapped};

/// Names shorter than this (folded) are not looked for: "AZ" or "EU" would
/// match inside too much.
const SHORTEST_NAME: usize = 3;

/// The confidence of an exact match of a record's own name or alias.
const EXACT: f32 = 0.95;
/// The confidence when several records share the name found.
const SHARED: f32 = 0.6;
/// The confidence of a near miss ("probably X").
const NEAR_MISS: f32 = 0.55;

/// One record a folded name points to.
#[derive(Clone, Debug)]
struct Named {
    record: RecordId,
    /// The record's own name, as the workspace writes it.
    name: String,
}

/// The lookup of every name of a workspace's records, built once per
/// workspace (building is the costly part) and kept while it is unchanged.
pub struct KnownNames {
    /// One pattern per distinct folded name; `records[pattern]` are the
    /// records bearing it.
    automaton: AhoCorasick,
    records: Vec<Vec<Named>>,
    /// The folded names of two words or more, by their first and by their
    /// last word, each with the pattern it is: candidates for near misses.
    by_edge_word: HashMap<String, Vec<usize>>,
    /// The single-word country names and aliases, for near misses.
    single_word_countries: Vec<usize>,
    folded_names: Vec<String>,
}

impl KnownNames {
    /// Indexes the names of `workspace`'s countries, institutions, people,
    /// commissions and documents.
    pub fn new(workspace: &Workspace) -> Self {
        let mut builder = Builder::default();
        for country in workspace.countries().values() {
            let id = RecordId::Country(country.id);
            builder.add(&country.name, id, &country.name);
            for alias in &country.aliases {
                builder.add(alias, id, &country.name);
            }
        }
        for institution in workspace.institutions().values() {
            let id = RecordId::Institution(institution.id);
            builder.add(&institution.name, id, &institution.name);
            builder.add(&institution.short_name, id, &institution.name);
            for former in &institution.former_names {
                builder.add(&former.name, id, &institution.name);
            }
        }
        for person in workspace.people().values() {
            let id = RecordId::Person(person.id);
            builder.add(&person.name, id, &person.name);
            for variant in &person.name_variants {
                builder.add(variant, id, &person.name);
            }
        }
        for commission in workspace.commissions().values() {
            builder.add(
                &commission.name,
                RecordId::Commission(commission.id),
                &commission.name,
            );
        }
        for document in workspace.documents().values() {
            builder.add(
                &document.title,
                RecordId::Document(document.id),
                &document.title,
            );
        }
        builder.build()
    }

    /// How many distinct names are indexed.
    pub fn len(&self) -> usize {
        self.folded_names.len()
    }

    /// True when the workspace gave no names to look for.
    pub fn is_empty(&self) -> bool {
        self.folded_names.is_empty()
    }

    /// The records named in `text`, exact matches and near misses.
    pub(super) fn find(&self, text: &str) -> Vec<Fact> {
        let (folded, map) = fold_mapped(text);
        let source_span = |folded_span: Range<usize>| -> Range<usize> {
            let start = map[folded_span.start];
            let last = map[folded_span.end - 1];
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            start..end
        };
        let mut facts = Vec::new();
        for found in self.automaton.find_overlapping_iter(&folded) {
            if !at_word_edges(&folded, found.start(), found.end()) {
                continue;
            }
            let named = &self.records[found.pattern().as_usize()];
            let confidence = if named.len() == 1 { EXACT } else { SHARED };
            let span = source_span(found.range());
            for one in named {
                facts.push(Fact {
                    span: span.clone(),
                    value: FactValue::Record {
                        record: one.record,
                        name: one.name.clone(),
                        near_miss: false,
                    },
                    confidence,
                });
            }
        }
        drop_nested_of_same_record(&mut facts);
        let mut near_misses = self.near_misses(text, &facts);
        facts.append(&mut near_misses);
        facts
    }

    /// Runs of capitalised words that no exact match covers, compared with
    /// the names sharing their first or last word (or, for one word, with
    /// the country names) within a small edit distance.
    fn near_misses(&self, text: &str, exact: &[Fact]) -> Vec<Fact> {
        static CAPITALISED_RUN: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"\b\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*")
                .expect("the capitalised-run pattern is valid")
        });
        // Which bytes a match already covers: a window touching one is no
        // near miss (one look per byte, not per fact).
        let mut covered = vec![false; text.len()];
        for fact in exact {
            covered[fact.span.clone()].fill(true);
        }
        let mut facts = Vec::new();
        for run in CAPITALISED_RUN.find_iter(text) {
            let words: Vec<Range<usize>> = word_spans(text, run.range());
            for first in 0..words.len() {
                for last in first..words.len().min(first + 4) {
                    let span = words[first].start..words[last].end;
                    if covered[span.clone()].contains(&true) {
                        continue;
                    }
                    if let Some(fact) = self.near_miss(&text[span.clone()], span, last == first) {
                        covered[fact.span.clone()].fill(true);
                        facts.push(fact);
                    }
                }
            }
        }
        facts
    }

    fn near_miss(&self, written: &str, span: Range<usize>, one_word: bool) -> Option<Fact> {
        let folded = fold(&written.split_whitespace().collect::<Vec<_>>().join(" "));
        if folded.len() < 5 {
            return None;
        }
        let allowed = if folded.len() < 10 { 1 } else { 2 };
        let no_candidates: &[usize] = &[];
        let (by_first, by_last) = if one_word {
            (self.single_word_countries.as_slice(), no_candidates)
        } else {
            let mut words = folded.split(' ');
            let first = words.next().unwrap_or_default();
            let last = words.next_back().unwrap_or_default();
            let bucket = |word: &str| {
                self.by_edge_word
                    .get(word)
                    .map_or(no_candidates, Vec::as_slice)
            };
            (bucket(first), bucket(last))
        };
        let (pattern, _) = by_first
            .iter()
            .chain(by_last)
            .copied()
            .filter(|&pattern| {
                let name = &self.folded_names[pattern];
                // "Romanian" and "Turkeys" are other words, not misspellings.
                name.len().abs_diff(folded.len()) <= allowed
                    && !name.starts_with(folded.as_str())
                    && !folded.starts_with(name.as_str())
            })
            .map(|pattern| {
                (
                    pattern,
                    strsim::levenshtein(&self.folded_names[pattern], &folded),
                )
            })
            .filter(|&(_, distance)| 0 < distance && distance <= allowed)
            .min_by_key(|&(_, distance)| distance)?;
        let [one] = self.records[pattern].as_slice() else {
            return None;
        };
        Some(Fact {
            span,
            value: FactValue::Record {
                record: one.record,
                name: one.name.clone(),
                near_miss: true,
            },
            confidence: NEAR_MISS,
        })
    }
}

/// Whether a match in folded text starts and ends at word edges.
fn at_word_edges(folded: &str, start: usize, end: usize) -> bool {
    let before = folded[..start].chars().next_back();
    let after = folded[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The words of `run` (split at whitespace), as byte ranges of `text`.
fn word_spans(text: &str, run: Range<usize>) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (offset, c) in text[run.clone()].char_indices() {
        let at = run.start + offset;
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                spans.push(from..at);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(from) = start {
        spans.push(from..run.end);
    }
    spans
}

/// "Republic of Turkey" already names Turkey: the "Turkey" inside it adds
/// nothing. Nested names of other records stay ("Azerbaijan" inside
/// "Azerbaijan Public Employment Agency" is the agency's country).
fn drop_nested_of_same_record(facts: &mut Vec<Fact>) {
    let record_of = |fact: &Fact| match fact.value {
        FactValue::Record { record, .. } => Some(record),
        _ => None,
    };
    let spans: Vec<(Option<RecordId>, Range<usize>)> = facts
        .iter()
        .map(|fact| (record_of(fact), fact.span.clone()))
        .collect();
    let mut index = 0;
    facts.retain(|fact| {
        let this = index;
        index += 1;
        !spans.iter().enumerate().any(|(other, (record, span))| {
            other != this
                && *record == record_of(fact)
                && span.start <= fact.span.start
                && fact.span.end <= span.end
                && span.len() > fact.span.len()
        })
    });
}

#[derive(Default)]
struct Builder {
    pattern_of: HashMap<String, usize>,
    folded_names: Vec<String>,
    records: Vec<Vec<Named>>,
    single_word_countries: Vec<usize>,
}

impl Builder {
    fn add(&mut self, written: &str, record: RecordId, name: &str) {
        let folded = fold(written.trim());
        if folded.len() < SHORTEST_NAME {
            return;
        }
        let next = self.folded_names.len();
        let pattern = *self.pattern_of.entry(folded.clone()).or_insert(next);
        if pattern == next {
            self.folded_names.push(folded);
            self.records.push(Vec::new());
        }
        let named = &mut self.records[pattern];
        if !named.iter().any(|one| one.record == record) {
            named.push(Named {
                record,
                name: name.to_owned(),
            });
        }
        if matches!(record, RecordId::Country(_))
            && !self.folded_names[pattern].contains(' ')
            && !self.single_word_countries.contains(&pattern)
        {
            self.single_word_countries.push(pattern);
        }
    }

    fn build(self) -> KnownNames {
        let mut by_edge_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (pattern, folded) in self.folded_names.iter().enumerate() {
            let mut words = folded.split(' ');
            let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
                continue;
            };
            by_edge_word
                .entry(first.to_owned())
                .or_default()
                .push(pattern);
            if last != first {
                by_edge_word
                    .entry(last.to_owned())
                    .or_default()
                    .push(pattern);
            }
        }
        let automaton = AhoCorasick::new(&self.folded_names)
            .expect("folded names make a valid automaton (they are bounded in number)");
        KnownNames {
            automaton,
            records: self.records,
            by_edge_word,
            single_word_countries: self.single_word_countries,
            folded_names: self.folded_names,
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Country, Institution, InstitutionKind, Person};

    fn workspace() -> (Workspace, Vec<RecordId>) {
        let now = Utc::now();
        let mut workspace = Workspace::new("Test");
        let mut turkey = Country::new("Türkiye", now);
        turkey.aliases = vec!["Turkey".to_owned(), "Republic of Turkey".to_owned()];
        let turkey_id = turkey.id;
        let _undo = workspace.add(turkey, now).unwrap();
        let mut iskur = Institution::new(
            turkey_id,
            InstitutionKind::Agency,
            "Employment Service",
            now,
        );
        iskur.short_name = "İŞKUR".to_owned();
        let iskur_id = iskur.id;
        let _undo = workspace.add(iskur, now).unwrap();
        let mut minister = Person::new("Sahil Babayev", now);
        minister.name_variants = vec!["Sahil Bababyev".to_owned()];
        let minister_id = minister.id;
        let _undo = workspace.add(minister, now).unwrap();
        let ids = vec![
            RecordId::Country(turkey_id),
            RecordId::Institution(iskur_id),
            RecordId::Person(minister_id),
        ];
        (workspace, ids)
    }

    /// Each record fact as (text, record, near miss).
    fn found(known: &KnownNames, text: &str) -> Vec<(String, RecordId, bool)> {
        let mut facts = known.find(text);
        facts.sort_by_key(|fact| fact.span.start);
        facts
            .iter()
            .map(|fact| match fact.value {
                FactValue::Record {
                    record, near_miss, ..
                } => (fact.text(text).to_owned(), record, near_miss),
                _ => panic!("not a record fact"),
            })
            .collect()
    }

    #[test]
    fn names_aliases_and_short_names_fold_case_and_accents() {
        let (workspace, ids) = workspace();
        let known = KnownNames::new(&workspace);
        assert_eq!(
            found(&known, "TURKIYE and the iskur office; Sahil Babayev spoke."),
            [
                ("TURKIYE".to_owned(), ids[0], false),
                ("iskur".to_owned(), ids[1], false),
                ("Sahil Babayev".to_owned(), ids[2], false),
            ]
        );
    }

    #[test]
    fn a_spelling_variant_is_the_same_person_and_an_alias_outranks_its_inner_name() {
        let (workspace, ids) = workspace();
        let known = KnownNames::new(&workspace);
        assert_eq!(
            found(
                &known,
                "Signed by Sahil Bababyev for the Republic of Turkey."
            ),
            [
                ("Sahil Bababyev".to_owned(), ids[2], false),
                ("Republic of Turkey".to_owned(), ids[0], false),
            ]
        );
    }

    #[test]
    fn a_name_inside_a_longer_word_is_not_a_match() {
        let (workspace, _) = workspace();
        let known = KnownNames::new(&workspace);
        assert_eq!(found(&known, "Turkeys and Sahil Babayevich"), []);
    }

    #[test]
    fn a_near_miss_is_offered_as_probably_with_less_confidence() {
        let (workspace, ids) = workspace();
        let known = KnownNames::new(&workspace);
        let text = "Minister Sahil Babaeyv met the delegation from Turkye.";
        assert_eq!(
            found(&known, text),
            [
                ("Sahil Babaeyv".to_owned(), ids[2], true),
                ("Turkye".to_owned(), ids[0], true),
            ]
        );
        let facts = known.find(text);
        assert!(facts.iter().all(|fact| fact.confidence < EXACT));
    }

    #[test]
    fn spans_point_into_the_original_text_with_its_accents() {
        let (workspace, ids) = workspace();
        let known = KnownNames::new(&workspace);
        let text = "Şəki: İŞKUR.";
        assert_eq!(found(&known, text), [("İŞKUR".to_owned(), ids[1], false)]);
    }
}
