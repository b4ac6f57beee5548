//! The fast path of opening: a file as Accord writes it, read in one typed
//! pass with no JSON tree, then checked whole. Anything it cannot vouch for
//! goes to the thorough reader in `format.rs`, which names every problem.

use serde::{Deserialize, Deserializer};

use super::format::{FORMAT_NAME, FORMAT_VERSION};
use super::strict_json;
use crate::model::integrity;
use crate::model::validate::{Checked, problems_of};
use crate::model::{
    Activity, Commission, Country, CountryId, Document, Indicator, Institution, Lineage, Meeting,
    Person, Record, RecordedConflict, Source, Tombstone, Workspace,
};

/// A file of this version as Accord writes it, read in one typed pass.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    format: String,
    version: u64,
    #[serde(default)]
    lineage: Lineage,
    #[serde(default)]
    workspace: HeaderIn,
    #[serde(default)]
    countries: Vec<Country>,
    #[serde(default)]
    institutions: Vec<Institution>,
    #[serde(default)]
    people: Vec<Person>,
    #[serde(default)]
    documents: Vec<Document>,
    #[serde(default)]
    activities: Vec<Activity>,
    #[serde(default)]
    commissions: Vec<Commission>,
    #[serde(default)]
    meetings: Vec<Meeting>,
    #[serde(default)]
    indicators: Vec<Indicator>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    tombstones: Vec<Tombstone>,
    #[serde(default)]
    conflicts: Vec<RecordedConflict>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderIn {
    #[serde(default)]
    name: String,
    // Present means a country id: `null` is refused, as the full reader does.
    #[serde(default, deserialize_with = "present_country")]
    home_country: Option<CountryId>,
}

fn present_country<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<CountryId>, D::Error> {
    CountryId::deserialize(deserializer).map(Some)
}

/// The workspace of a sound file (this version, every record readable and
/// valid), read without building a JSON tree first: the common case, at
/// close to the cost of parsing alone. `None` for anything else, which
/// [`read_thoroughly`](super::format::read_thoroughly) then goes through to report every problem with its
/// place. For a sound file both give the same workspace.
pub fn read_sound_file(text: &str) -> Option<Workspace> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: FileIn = serde_json::from_str(text).ok()?;
    if file.format != FORMAT_NAME || !(1..=FORMAT_VERSION).contains(&file.version) {
        return None;
    }
    let mut workspace = Workspace::default();
    workspace.name = file.workspace.name;
    workspace.home_country = file.workspace.home_country;
    collect_unique(&mut workspace, file.countries)?;
    collect_unique(&mut workspace, file.institutions)?;
    collect_unique(&mut workspace, file.people)?;
    collect_unique(&mut workspace, file.documents)?;
    collect_unique(&mut workspace, file.activities)?;
    collect_unique(&mut workspace, file.commissions)?;
    collect_unique(&mut workspace, file.meetings)?;
    collect_unique(&mut workspace, file.indicators)?;
    collect_unique(&mut workspace, file.sources)?;
    workspace.lineage = file.lineage;
    workspace.conflicts = file.conflicts;
    for tombstone in file.tombstones {
        // A record both present and deleted: the thorough reader says so.
        if workspace.contains(tombstone.record) {
            return None;
        }
        workspace.tombstones.insert(tombstone.record, tombstone);
    }
    if let Some(home) = workspace.home_country
        && !workspace.countries().contains_key(&home)
    {
        return None;
    }
    let sound = integrity::workspace_problems(&workspace).is_empty()
        && strict_json::inexact_numbers(text).is_empty()
        && all_valid::<Country>(&workspace)
        && all_valid::<Institution>(&workspace)
        && all_valid::<Person>(&workspace)
        && all_valid::<Document>(&workspace)
        && all_valid::<Activity>(&workspace)
        && all_valid::<Commission>(&workspace)
        && all_valid::<Meeting>(&workspace)
        && all_valid::<Indicator>(&workspace)
        && all_valid::<Source>(&workspace);
    sound.then_some(workspace)
}

/// Files `records` in the workspace; `None` when two share an id.
fn collect_unique<R: Record>(workspace: &mut Workspace, records: Vec<R>) -> Option<()> {
    let count = records.len();
    let collection = R::collection_mut(workspace);
    collection.extend(records.into_iter().map(|record| (record.id(), record)));
    (collection.len() == count).then_some(())
}

fn all_valid<R: Checked>(workspace: &Workspace) -> bool {
    R::collection(workspace)
        .values()
        .all(|record| problems_of(workspace, record).is_empty())
}
