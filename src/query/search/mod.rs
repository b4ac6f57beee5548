//! Search over every record as the user types: names, titles, aliases,
//! places, topics, notes, sources. Case- and accent-insensitive
//! ([`crate::model::fold`]); title matches rank first.
//!
//! The index keeps every record's folded text in three long strings (titles,
//! other names such as aliases and short names, everything else), so that a
//! query is one `memmem` pass over each instead of a hundred thousand small
//! searches. A title is ranked by the one rule of
//! [`crate::model::name_match`]; the group with the best match comes first. It is built
//! once per change of the workspace and queried per keystroke.

use std::ops::Range;

use memchr::memmem::Finder;

use crate::model::{
    AnyRecord, NameMatch, OtherNames, RecordId, RecordKind, Workspace, fold_into, fold_mapped,
    name_match_folded,
};

/// Separates records in the folded text; never typed, so no match spans two.
const SEPARATOR: char = '\u{0}';

/// Separates one record's other names from each other; never typed either.
const NAME_SEPARATOR: char = '\u{1}';

/// Names of fields that are other names of the record (aliases, short and
/// former names): a match there ranks just after a title match.
const NAME_FIELDS: [&str; 6] = [
    "ISO code",
    IN_ANOTHER_LANGUAGE,
    "Also called",
    "Short name",
    "Former name",
    "Also spelled",
];

/// The field of a record's names in other languages ("Əmək və Əhalinin
/// Sosial Müdafiəsi Nazirliyi" finds the ministry filed in English).
const IN_ANOTHER_LANGUAGE: &str = "In another language";

/// The record's names other than the one shown as its title: its own when
/// another language's is shown, and those in other languages.
fn other_language_names(
    primary: &str,
    names: &OtherNames,
    field: &mut dyn FnMut(&'static str, &str),
) {
    let shown = names.shown(primary);
    if shown != primary {
        field(IN_ANOTHER_LANGUAGE, primary);
    }
    for name in names.names().filter(|name| *name != shown) {
        field(IN_ANOTHER_LANGUAGE, name);
    }
}

/// A record kind whose fields the search reads.
trait Searchable {
    /// Calls `field(name, text)` for each searchable field, title first.
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str));
}

impl Searchable for crate::model::Country {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Name", self.shown_name());
        field("ISO code", &self.iso_code);
        for value in &self.aliases {
            field("Also called", value);
        }
        other_language_names(&self.name, &self.names, field);
        for embassy in &self.relations.embassies {
            field("Embassy", &embassy.city);
        }
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Institution {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Name", self.shown_name());
        field("Short name", &self.short_name);
        for former in &self.former_names {
            field("Former name", &former.name);
        }
        other_language_names(&self.name, &self.names, field);
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Person {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Name", self.shown_name());
        for value in &self.name_variants {
            field("Also spelled", value);
        }
        other_language_names(&self.name, &self.names, field);
        for position in &self.positions {
            field("Position", &position.title);
        }
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Document {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Title", self.shown_name());
        other_language_names(&self.title, &self.names, field);
        field("Signed at", &self.signed_at_place);
        for signatory in &self.signatories {
            field("Signed as", &signatory.position);
        }
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Activity {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Activity", &self.description);
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Commission {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Name", self.shown_name());
        other_language_names(&self.name, &self.names, field);
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Meeting {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Title", &self.title);
        field("Place", &self.place);
        for value in &self.topics {
            field("Topic", value);
        }
        field("Outcomes", &self.outcomes);
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Indicator {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Indicator", &self.name());
        field("Notes", &self.notes);
    }
}

impl Searchable for crate::model::Source {
    fn each_field(&self, field: &mut dyn FnMut(&'static str, &str)) {
        field("Title", &self.title);
        field("Publisher", &self.publisher);
        field("Author", &self.author);
        field("Address", &self.url);
        field("Text", &self.text);
        field("Notes", &self.notes);
    }
}

/// Each searchable field of a record with its name, title first.
pub fn fields(record: &AnyRecord, mut field: impl FnMut(&'static str, &str)) {
    let record: &dyn Searchable = match record {
        AnyRecord::Country(record) => record,
        AnyRecord::Institution(record) => record,
        AnyRecord::Person(record) => record,
        AnyRecord::Document(record) => record,
        AnyRecord::Activity(record) => record,
        AnyRecord::Commission(record) => record,
        AnyRecord::Meeting(record) => record,
        AnyRecord::Indicator(record) => record,
        AnyRecord::Source(record) => record,
    };
    record.each_field(&mut field);
}

/// One record in the index.
#[derive(Clone, Debug)]
struct Entry {
    id: RecordId,
    /// Its folded title in [`SearchIndex::titles`].
    title: Range<u32>,
    /// Its other names, folded, in [`SearchIndex::names`].
    names: Range<u32>,
    /// Its other folded text in [`SearchIndex::others`].
    other: Range<u32>,
    /// Its label as shown, in [`SearchIndex::labels`].
    label: Range<u32>,
}

/// Every record's searchable text, folded.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// In [`RecordKind`] order, so results come out grouped by kind.
    entries: Vec<Entry>,
    titles: String,
    names: String,
    others: String,
    labels: String,
}

fn offset(text: &str) -> u32 {
    u32::try_from(text.len()).unwrap_or(u32::MAX)
}

fn slice<'a>(text: &'a str, range: &Range<u32>) -> &'a str {
    text.get(range.start as usize..range.end as usize)
        .unwrap_or_default()
}

impl SearchIndex {
    /// Indexes every record of `workspace`.
    pub fn build(workspace: &Workspace) -> Self {
        use crate::model::{
            Activity, Commission, Country, Document, Indicator, Institution, Meeting, Person,
            Source,
        };
        fn add<R: crate::model::Record + Searchable>(
            index: &mut SearchIndex,
            workspace: &Workspace,
        ) {
            for record in R::collection(workspace).values() {
                index.add(record.id().into(), record);
            }
        }
        let mut index = Self::default();
        let total = workspace.counts().total();
        index.entries.reserve(total);
        index.titles.reserve(total * 64);
        index.labels.reserve(total * 64);
        index.others.reserve(total * 64);
        index.names.reserve(total * 8);
        for &kind in RecordKind::ALL {
            match kind {
                RecordKind::Country => add::<Country>(&mut index, workspace),
                RecordKind::Institution => add::<Institution>(&mut index, workspace),
                RecordKind::Person => add::<Person>(&mut index, workspace),
                RecordKind::Document => add::<Document>(&mut index, workspace),
                RecordKind::Activity => add::<Activity>(&mut index, workspace),
                RecordKind::Commission => add::<Commission>(&mut index, workspace),
                RecordKind::Meeting => add::<Meeting>(&mut index, workspace),
                RecordKind::Indicator => add::<Indicator>(&mut index, workspace),
                RecordKind::Source => add::<Source>(&mut index, workspace),
            }
        }
        index
    }

    fn add(&mut self, id: RecordId, record: &dyn Searchable) {
        let title_start = offset(&self.titles);
        let names_start = offset(&self.names);
        let other_start = offset(&self.others);
        let label_start = offset(&self.labels);
        let mut first = true;
        record.each_field(&mut |name, text| {
            if first {
                fold_into(text, &mut self.titles);
                self.labels.push_str(text);
                first = false;
            } else if text.is_empty() {
            } else if NAME_FIELDS.contains(&name) {
                fold_into(text, &mut self.names);
                self.names.push(NAME_SEPARATOR);
            } else {
                fold_into(text, &mut self.others);
                self.others.push(' ');
            }
        });
        let entry = Entry {
            id,
            title: title_start..offset(&self.titles),
            names: names_start..offset(&self.names),
            other: other_start..offset(&self.others),
            label: label_start..offset(&self.labels),
        };
        self.titles.push(SEPARATOR);
        self.names.push(SEPARATOR);
        self.others.push(SEPARATOR);
        self.entries.push(entry);
    }

    /// How many records are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no record is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The records matching `query`, grouped by kind, the group with the
    /// best match first and then in [`RecordKind`] order, at most `limit`
    /// per kind (each group still counts them all).
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let needle = crate::model::fold(query.trim());
        let mut results = SearchResults {
            query: query.trim().to_owned(),
            folded: needle.clone(),
            groups: Vec::new(),
        };
        if needle.is_empty() {
            return results;
        }
        let finder = Finder::new(needle.as_bytes());
        // (entry, rank): lower ranks first.
        let mut hits: Vec<(u32, Rank)> = Vec::new();
        let mut matched = vec![false; self.entries.len()];
        self.scan(
            &self.titles,
            |entry| &entry.title,
            &finder,
            |index, at| {
                matched[index] = true;
                let title = slice(&self.titles, &self.entries[index].title);
                let rank = Rank::Name(NameMatch::at(title, at, needle.len()), NameField::Title);
                hits.push((index as u32, rank));
            },
        );
        self.scan(
            &self.names,
            |entry| &entry.names,
            &finder,
            |index, _| {
                if !matched[index] {
                    matched[index] = true;
                    // The best of its other names ("Türkiye" whole, not
                    // "Republic of Türkiye" within).
                    let names = slice(&self.names, &self.entries[index].names);
                    let best = names
                        .split(NAME_SEPARATOR)
                        .filter_map(|name| {
                            let at = name.find(needle.as_str())?;
                            Some(NameMatch::at(name, at, needle.len()))
                        })
                        .min()
                        .unwrap_or(NameMatch::Within);
                    hits.push((index as u32, Rank::Name(best, NameField::Other)));
                }
            },
        );
        self.scan(
            &self.others,
            |entry| &entry.other,
            &finder,
            |index, _| {
                if !matched[index] {
                    matched[index] = true;
                    hits.push((index as u32, Rank::Elsewhere));
                }
            },
        );
        // Names typed with letters left out ("romnia", "jsc"): only of the
        // kinds that have names rather than sentence-long titles, and only
        // when no name has the query as typed (then the letters were most
        // likely mistyped), which keeps this pass off most keystrokes.
        let named = |index: u32| HAS_NAMES.contains(&self.entries[index as usize].id.kind());
        let found_by_name = hits
            .iter()
            .any(|(index, rank)| matches!(rank, Rank::Name(..)) && named(*index));
        for (index, entry) in self.entries.iter().enumerate() {
            if found_by_name {
                break;
            }
            if !matched[index] && HAS_NAMES.contains(&entry.id.kind()) {
                let title = slice(&self.titles, &entry.title);
                if let Some(found @ NameMatch::Scattered(_)) = name_match_folded(&needle, title) {
                    hits.push((index as u32, Rank::Scattered(found)));
                }
            }
        }
        hits.sort_unstable_by_key(|(index, _)| *index);
        // Entries are in kind order: each kind's hits are one run.
        let mut start = 0;
        while start < hits.len() {
            let kind = self.entries[hits[start].0 as usize].id.kind();
            let end = start
                + hits[start..]
                    .iter()
                    .take_while(|(index, _)| self.entries[*index as usize].id.kind() == kind)
                    .count();
            let group = &mut hits[start..end];
            let key = |(index, rank): &(u32, Rank)| {
                let entry = &self.entries[*index as usize];
                (*rank, entry.label.end - entry.label.start, *index)
            };
            if group.len() > limit && limit > 0 {
                group.select_nth_unstable_by_key(limit - 1, key);
            }
            let shown_len = limit.min(group.len());
            let shown = &mut group[..shown_len];
            shown.sort_unstable_by_key(key);
            results.groups.push(SearchGroup {
                kind,
                total: end - start,
                hits: shown
                    .iter()
                    .map(|(index, rank)| {
                        let entry = &self.entries[*index as usize];
                        SearchHit {
                            id: entry.id,
                            label: slice(&self.labels, &entry.label).to_owned(),
                            in_title: matches!(
                                rank,
                                Rank::Name(_, NameField::Title) | Rank::Scattered(_)
                            ),
                        }
                    })
                    .collect(),
                best: shown
                    .first()
                    .map_or(Rank::Scattered(NameMatch::Within), |hit| hit.1),
            });
            start = end;
        }
        // The group with the best match first (a person found by name
        // before a country whose notes mention them), then in kind order.
        results.groups.sort_by_key(|group| group.best);
        results
    }

    /// Calls `found(entry index, offset in that entry's text)` once for
    /// each entry whose text in `text` contains the needle.
    fn scan(
        &self,
        text: &str,
        range: impl Fn(&Entry) -> &Range<u32>,
        finder: &Finder<'_>,
        mut found: impl FnMut(usize, usize),
    ) {
        let bytes = text.as_bytes();
        let mut from = 0;
        let mut entry = 0;
        while let Some(at) = finder.find(&bytes[from..]).map(|at| from + at) {
            // Entries are laid out in order: walk forward to the one holding `at`.
            while entry < self.entries.len() && (range(&self.entries[entry]).end as usize) < at {
                entry += 1;
            }
            let Some(holder) = self.entries.get(entry) else {
                break;
            };
            let holder = range(holder);
            found(entry, at - holder.start as usize);
            // One hit per record: go on after its separator.
            from = holder.end as usize + 1;
            entry += 1;
            if from >= bytes.len() {
                break;
            }
        }
    }
}

/// The kinds whose titles are names, found also from letters typed with
/// some left out.
const HAS_NAMES: [RecordKind; 4] = [
    RecordKind::Country,
    RecordKind::Institution,
    RecordKind::Person,
    RecordKind::Commission,
];

/// How well a record matches; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// Its title or one of its other names, as [`crate::model::name_match`]
    /// ranks it: "iskur" is the whole of İŞKUR's short name, a better match
    /// than inside an action plan's title; on a tie the title wins.
    Name(NameMatch, NameField),
    /// Another field: notes, places, topics, text.
    Elsewhere,
    /// Its name, with letters of the query left out of it.
    Scattered(NameMatch),
}

/// Which of a record's names matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameField {
    /// Its title (a country's or institution's name, a document's title).
    Title,
    /// An alias, short or former name, or another spelling.
    Other,
}

/// What a query found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// The query as typed, trimmed.
    pub query: String,
    /// The query folded, as matched.
    pub folded: String,
    /// One group per kind with a match, in the order shown (best match first).
    pub groups: Vec<SearchGroup>,
}

impl SearchResults {
    /// How many records matched in all.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|group| group.total).sum()
    }

    /// The hits shown, in order.
    pub fn hits(&self) -> impl Iterator<Item = &SearchHit> {
        self.groups.iter().flat_map(|group| group.hits.iter())
    }
}

/// The matches of one kind of record, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchGroup {
    /// The kind of record in this group.
    pub kind: RecordKind,
    /// How many matched, beyond those in `hits` too.
    pub total: usize,
    /// The best of them, at most the `limit` given to [`SearchIndex::search`], best first.
    pub hits: Vec<SearchHit>,
    /// How well its best hit matched; groups are shown best first.
    pub best: Rank,
}

/// One record found.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// The record found.
    pub id: RecordId,
    /// The name or title it is shown by.
    pub label: String,
    /// Whether the title matched (else another field did).
    pub in_title: bool,
}

/// Where the folded `needle` first matches in `text`, as a byte range of
/// `text` itself (for highlighting the original letters).
pub fn match_range(text: &str, needle: &str) -> Option<Range<usize>> {
    if needle.is_empty() {
        return None;
    }
    let (folded, map) = fold_mapped(text);
    let at = folded.find(needle)?;
    let start = *map.get(at)?;
    let last = *map.get(at + needle.len() - 1)?;
    let end = text[last..]
        .chars()
        .next()
        .map_or(text.len(), |c| last + c.len_utf8());
    Some(start..end)
}

/// A field's name (as [`fields`] and [`matching_field`] give it, in
/// English) as the interface's language says it: "Also called",
/// "Digər adı", "Другое название".
pub fn field_label(name: &str) -> String {
    match name {
        "Name" => crate::tr!("query-field-name"),
        "ISO code" => crate::tr!("query-field-iso-code"),
        "Also called" => crate::tr!("query-field-also-called"),
        "Embassy" => crate::tr!("query-field-embassy"),
        "Notes" => crate::tr!("query-field-notes"),
        "Short name" => crate::tr!("query-field-short-name"),
        "Former name" => crate::tr!("query-field-former-name"),
        "Also spelled" => crate::tr!("query-field-also-spelled"),
        "Position" => crate::tr!("query-field-position"),
        "Title" => crate::tr!("query-field-title"),
        "Signed at" => crate::tr!("query-field-signed-at"),
        "Signed as" => crate::tr!("query-field-signed-as"),
        "Activity" => crate::tr!("query-field-activity"),
        "Place" => crate::tr!("query-field-place"),
        "Topic" => crate::tr!("query-field-topic"),
        "Outcomes" => crate::tr!("query-field-outcomes"),
        "Indicator" => crate::tr!("query-field-indicator"),
        "Publisher" => crate::tr!("query-field-publisher"),
        "Author" => crate::tr!("query-field-author"),
        "Address" => crate::tr!("query-field-address"),
        "Text" => crate::tr!("query-field-text"),
        IN_ANOTHER_LANGUAGE => crate::tr!("names-search-field"),
        other => other.to_owned(),
    }
}

/// The first field of `record` other than its title that matches the
/// folded `needle`: its name (in English, a key: show it with
/// [`field_label`]) and its text.
pub fn matching_field(record: &AnyRecord, needle: &str) -> Option<(&'static str, String)> {
    let mut first = true;
    let mut found = None;
    fields(record, |name, text| {
        if first {
            first = false;
        } else if found.is_none() && match_range(text, needle).is_some() {
            found = Some((name, text.to_owned()));
        }
    });
    found
}

#[cfg(test)]
mod tests;
