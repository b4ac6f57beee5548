//! Rules about the workspace as a whole, beyond any one record: ids unique
//! across every collection (merging copies depends on it), no circles of
//! parents or of document relations, and names that show what they hold
//! (no text made only of invisible characters, no direction controls).

use std::collections::{BTreeMap, HashMap};

use uuid::Uuid;

use crate::tr;

use super::{Document, Record, RecordId, RelationKind, Workspace};

/// A problem with one field of one record, found by looking at the whole
/// workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntegrityProblem {
    /// The record the problem is in.
    pub record: RecordId,
    /// Path inside the record, e.g. `relations[1]`.
    pub field: String,
    /// What is wrong and how to put it right, for the officer; follows the field path in a message.
    pub message: String,
}

/// Whether `text` holds nothing a reader can see: only spaces of any kind
/// and invisible characters (zero-width spaces, joiners, direction marks).
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|letter| letter.is_whitespace() || is_invisible(letter))
}

/// Characters that take no room on screen.
pub fn is_invisible(letter: char) -> bool {
    matches!(letter,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}')
}

/// Direction controls that make text display in another order than it is
/// stored (U+202A–U+202E, U+2066–U+2069): in a name they hide what it holds.
fn is_direction_override(letter: char) -> bool {
    matches!(letter, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` holds a direction override, looking only at the bytes
/// where one could start (0xE2): asked of every name on every load.
fn holds_direction_override(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xE2, bytes).any(|at| {
        matches!(
            bytes.get(at + 1..at + 3),
            Some([0x80, 0xAA..=0xAE] | [0x81, 0xA6..=0xA9])
        )
    })
}

/// Every whole-workspace problem, in collection order.
pub fn workspace_problems(workspace: &Workspace) -> Vec<IntegrityProblem> {
    let mut problems = Vec::new();
    shared_ids(workspace, &mut problems);
    parent_circles(workspace, &mut problems);
    relation_circles(workspace, &mut problems);
    direction_controls(workspace, &mut problems);
    problems
}

fn every_id(workspace: &Workspace) -> impl Iterator<Item = RecordId> + '_ {
    fn ids<R: Record + 'static>(workspace: &Workspace) -> impl Iterator<Item = RecordId> + '_ {
        R::collection(workspace).keys().map(|id| (*id).into())
    }
    ids::<super::Country>(workspace)
        .chain(ids::<super::Institution>(workspace))
        .chain(ids::<super::Person>(workspace))
        .chain(ids::<Document>(workspace))
        .chain(ids::<super::Activity>(workspace))
        .chain(ids::<super::Commission>(workspace))
        .chain(ids::<super::Meeting>(workspace))
        .chain(ids::<super::Indicator>(workspace))
        .chain(ids::<super::Source>(workspace))
}

fn shared_ids(workspace: &Workspace, problems: &mut Vec<IntegrityProblem>) {
    // Sorted, two equal neighbours are a shared id: cheaper than hashing
    // every id of a sound workspace, which has none.
    let mut uuids: Vec<Uuid> = every_id(workspace).map(RecordId::uuid).collect();
    uuids.sort_unstable();
    if uuids.windows(2).all(|pair| pair[0] != pair[1]) {
        return;
    }
    let mut first_with: HashMap<Uuid, RecordId> = HashMap::with_capacity(uuids.len());
    for id in every_id(workspace) {
        match first_with.get(&id.uuid()) {
            Some(first) => problems.push(IntegrityProblem {
                record: id,
                field: "id".to_owned(),
                message: tr!(
                    "model-integrity-shared-id",
                    id = format!("{:?}", id.uuid().to_string()),
                    kind = first.kind().noun(),
                    label = format!("{:?}", workspace.label_of(*first))
                ),
            }),
            None => {
                first_with.insert(id.uuid(), id);
            }
        }
    }
}

/// Institutions whose parents lead back to themselves. A record that is its
/// own parent is already refused by the record's own checks.
fn parent_circles(workspace: &Workspace, problems: &mut Vec<IntegrityProblem>) {
    let institutions = workspace.institutions();
    let mut done = std::collections::HashSet::new();
    for start in institutions.keys() {
        let mut walk = Vec::new();
        let mut at = Some(*start);
        while let Some(id) = at {
            if done.contains(&id) {
                break;
            }
            if let Some(position) = walk.iter().position(|seen| *seen == id) {
                let circle = &walk[position..];
                if circle.len() > 1 {
                    let names: Vec<String> = circle
                        .iter()
                        .chain(std::iter::once(&id))
                        .map(|id| format!("{:?}", workspace.label_of(*id)))
                        .collect();
                    problems.push(IntegrityProblem {
                        record: id.into(),
                        field: "parent".to_owned(),
                        message: tr!(
                            "model-integrity-parent-circle",
                            circle =
                                names.join(&format!(" {} ", tr!("model-integrity-is-part-of")))
                        ),
                    });
                }
                break;
            }
            walk.push(id);
            at = institutions
                .get(&id)
                .and_then(|institution| institution.parent);
        }
        done.extend(walk);
    }
}

/// Documents that supersede (amend, implement, are part of) each other in
/// a circle, one relation kind at a time.
fn relation_circles(workspace: &Workspace, problems: &mut Vec<IntegrityProblem>) {
    let documents = workspace.documents();
    for kind in [
        RelationKind::Supersedes,
        RelationKind::Amends,
        RelationKind::PartOf,
        RelationKind::Implements,
    ] {
        // 0: not visited, 1: on the current path, 2: finished.
        let mut state: BTreeMap<super::DocumentId, u8> = BTreeMap::new();
        let relates = |document: &Document| {
            document
                .relations
                .iter()
                .any(|relation| relation.kind == kind)
        };
        let has_relation = |id: &super::DocumentId| documents.get(id).is_some_and(relates);
        // Most documents relate to none by this kind: they cannot be on a
        // circle and are not walked at all.
        for start in documents
            .iter()
            .filter(|(_, document)| relates(document))
            .map(|(id, _)| id)
        {
            if state.contains_key(start) {
                continue;
            }
            // Depth-first, without recursion: (document, next relation to follow).
            let mut path: Vec<(super::DocumentId, usize)> = vec![(*start, 0)];
            state.insert(*start, 1);
            while let Some((id, next)) = path.last_mut() {
                let id = *id;
                let relations = documents.get(&id).map_or(&[][..], |d| &d.relations[..]);
                let Some((index, relation)) = relations
                    .iter()
                    .enumerate()
                    .skip(*next)
                    .find(|(_, relation)| relation.kind == kind && relation.target != id)
                else {
                    state.insert(id, 2);
                    path.pop();
                    continue;
                };
                *next = index + 1;
                match state.get(&relation.target) {
                    Some(1) => {
                        let from = path.iter().position(|(on, _)| *on == relation.target);
                        let names: Vec<String> = path[from.unwrap_or(0)..]
                            .iter()
                            .map(|(on, _)| *on)
                            .chain(std::iter::once(relation.target))
                            .map(|on| format!("{:?}", workspace.label_of(on)))
                            .collect();
                        problems.push(IntegrityProblem {
                            record: id.into(),
                            field: format!("relations[{index}]"),
                            message: tr!(
                                "model-integrity-relation-circle",
                                circle = names.join(&format!(" {} ", kind.label().to_lowercase()))
                            ),
                        });
                    }
                    Some(_) => {}
                    None if has_relation(&relation.target) => {
                        state.insert(relation.target, 1);
                        path.push((relation.target, 0));
                    }
                    None => {}
                }
            }
        }
    }
}

/// Where in a record a name is: `name`, `aliases[2]`,
/// `positions[0].title`; made into text only when a problem is reported.
#[derive(Clone, Copy)]
struct NameField {
    field: &'static str,
    index: Option<usize>,
    inner: &'static str,
}

impl std::fmt::Display for NameField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.field)?;
        if let Some(index) = self.index {
            write!(f, "[{index}]")?;
        }
        if !self.inner.is_empty() {
            write!(f, ".{}", self.inner)?;
        }
        Ok(())
    }
}

/// A record's names and titles: what it is recognised by, and where a
/// direction control would hide what the text holds.
trait Named: Record {
    fn names(&self) -> impl Iterator<Item = (NameField, &str)>;
}

fn one<'a>(field: &'static str, value: &'a str) -> std::iter::Once<(NameField, &'a str)> {
    std::iter::once((
        NameField {
            field,
            index: None,
            inner: "",
        },
        value,
    ))
}

/// The names in a list field, or in one field of each element of a list.
fn each<'a, T>(
    field: &'static str,
    inner: &'static str,
    items: &'a [T],
    name: impl Fn(&'a T) -> &'a str,
) -> impl Iterator<Item = (NameField, &'a str)> {
    items.iter().enumerate().map(move |(index, item)| {
        (
            NameField {
                field,
                index: Some(index),
                inner,
            },
            name(item),
        )
    })
}

macro_rules! named {
    ($($kind:ty => |$record:ident| $names:expr),* $(,)?) => {$(
        impl Named for $kind {
            fn names(&self) -> impl Iterator<Item = (NameField, &str)> {
                let $record = self;
                $names
            }
        }
    )*};
}

named! {
    super::Country => |country| one("name", &country.name)
        .chain(each("aliases", "", &country.aliases, String::as_str)),
    super::Institution => |institution| one("name", &institution.name)
        .chain(one("short_name", &institution.short_name))
        .chain(each("former_names", "name", &institution.former_names, |former| &former.name)),
    super::Person => |person| one("name", &person.name)
        .chain(each("name_variants", "", &person.name_variants, String::as_str))
        .chain(each("positions", "title", &person.positions, |position| &position.title)),
    Document => |document| one("title", &document.title),
    super::Activity => |activity| one("description", &activity.description),
    super::Commission => |commission| one("name", &commission.name),
    super::Meeting => |meeting| one("title", &meeting.title),
    super::Indicator => |indicator| one("label", &indicator.label),
    super::Source => |source| one("title", &source.title),
}

fn direction_controls(workspace: &Workspace, problems: &mut Vec<IntegrityProblem>) {
    fn check<R: Named>(workspace: &Workspace, problems: &mut Vec<IntegrityProblem>) {
        for record in R::collection(workspace).values() {
            for (field, text) in record.names() {
                if !holds_direction_override(text) {
                    continue;
                }
                let Some((position, letter)) = text
                    .chars()
                    .enumerate()
                    .find(|(_, letter)| is_direction_override(*letter))
                else {
                    continue;
                };
                problems.push(IntegrityProblem {
                    record: record.id().into(),
                    field: field.to_string(),
                    message: tr!(
                        "model-integrity-direction-control",
                        code = format!("U+{:04X}", u32::from(letter)),
                        position = (position + 1).to_string()
                    ),
                });
            }
        }
    }
    check::<super::Country>(workspace, problems);
    check::<super::Institution>(workspace, problems);
    check::<super::Person>(workspace, problems);
    check::<Document>(workspace, problems);
    check::<super::Activity>(workspace, problems);
    check::<super::Commission>(workspace, problems);
    check::<super::Meeting>(workspace, problems);
    check::<super::Indicator>(workspace, problems);
    check::<super::Source>(workspace, problems);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_of_invisible_characters_only_is_blank_and_a_letter_is_not() {
        assert!(is_blank("\u{200B}\u{200B}\u{00A0}\u{2060}\u{202E}"));
        assert!(is_blank(" \u{3000}\t"));
        assert!(!is_blank("\u{200B}A"));
    }

    #[test]
    fn every_direction_override_is_found_by_its_bytes_and_nothing_else() {
        for letter in ('\u{2000}'..='\u{20FF}').chain(['a', 'ă', '€']) {
            let text = format!("Ag{letter}reement");
            assert_eq!(
                holds_direction_override(&text),
                is_direction_override(letter),
                "{letter:?}"
            );
        }
    }
}
