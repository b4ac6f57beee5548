//! The workspace file, format version 3: JSON with a header (the format,
//! its version, the versions this one descends from, the workspace's
//! settings), one array per record kind sorted by id, then the tombstones
//! of deleted records, pretty-printed, so the same workspace always gives
//! the same bytes and a change shows as a small diff. Version 1 files (no
//! lineage, no tombstones) and version 2 files (no names in other
//! languages) are read too, and saved as version 3.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use serde_json::{Map, Value};

use super::plain_words;
use super::strict_json::{self, RepeatedKey, Step};
use crate::model::integrity;
use crate::model::validate::{Checked, problems_of};
use crate::model::{
    Activity, Commission, Country, CountryId, Document, Indicator, Institution, Meeting, Person,
    Record, RecordId, RecordedConflict, Source, Tombstone, Workspace,
};
use crate::tr;

/// The `format` header value that marks an Accord workspace.
pub const FORMAT_NAME: &str = "accord-workspace";
/// The newest format version this build reads and the one it writes.
/// Version 2 added `lineage` and `tombstones`; version 1 files read as
/// having neither.
pub const FORMAT_VERSION: u64 = 3;

pub use super::history::lineage_in;
use super::history::{
    read_conflicts, read_lineage, read_tombstones, version_of_body, with_lineage,
};
pub use super::sound_file::read_sound_file;

/// Why a file could not be loaded. The messages name what and where.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub enum LoadError {
    /// The text is not JSON; where the reader stopped, and why in plain words.
    Json {
        /// The line, counted from 1, at which the reader stopped.
        line: usize,
        /// The column, counted from 1, at which the reader stopped.
        column: usize,
        /// What is wrong there, in words an officer understands.
        message: String,
    },
    /// JSON, but not an Accord workspace: the `format` or `version` header is wrong or missing.
    NotAWorkspace(String),
    /// Damage of a known kind, said in plain words with what to do.
    Damaged(String),
    /// The file's format version is newer than this build reads; the app's
    /// lenient open shows such a file read-only instead ([`Lenient::newer_version`]).
    NewerVersion {
        /// The version the file says it is in.
        found: u64,
    },
    /// The file is a workspace with problems in its records; every one is listed.
    Invalid(Vec<String>),
}

impl LoadError {
    /// The message in the thread's language.
    fn message(&self) -> String {
        match self {
            Self::Json {
                line,
                column,
                message,
            } => tr!(
                "model-load-not-json",
                line = line.to_string(),
                column = column.to_string(),
                message = message
            ),
            Self::NotAWorkspace(why) => tr!("model-load-not-a-workspace", why = why),
            Self::Damaged(why) => why.clone(),
            Self::NewerVersion { found } => tr!(
                "model-load-newer-version",
                found = found.to_string(),
                readable = FORMAT_VERSION.to_string()
            ),
            Self::Invalid(problems) => format!(
                "{}\n{}",
                tr!("model-load-problems-found", count = problems.len()),
                summary(problems).join("\n")
            ),
        }
    }

    /// Each problem on its own line, for `accord validate`; a runaway
    /// file's thousands are summed up after the first few.
    pub fn problems(&self) -> Vec<String> {
        match self {
            Self::Invalid(problems) => summary(problems),
            other => vec![other.to_string()],
        }
    }
}

/// How many problems are listed one by one before the rest is counted.
const LISTED: usize = 20;

/// `problems`, or the first [`LISTED`] of them and a line counting the rest.
fn summary(problems: &[String]) -> Vec<String> {
    if problems.len() <= LISTED {
        return problems.to_vec();
    }
    let mut listed = problems[..LISTED].to_vec();
    listed.push(tr!(
        "model-load-more-problems",
        count = problems.len() - LISTED,
        total = problems.len()
    ));
    listed
}

/// One problem found while loading a file, with the record it concerns
/// when there is one (so the repair view can go to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What and where, e.g. `meetings[3] "Visit": commission: refers to …`.
    pub text: String,
    /// The record the problem is in, when it has one, so the repair view can go to it.
    pub record: Option<RecordId>,
}

impl Problem {
    pub(super) fn new(text: String) -> Self {
        Self { text, record: None }
    }
}

/// A file read as far as it could be: every record that could be read, and
/// every problem found. Records that could not be read at all are left out
/// (each is named in `problems`).
#[derive(Clone, Debug)]
pub struct Lenient {
    /// Every record that could be read, even those with problems.
    pub workspace: Workspace,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
    /// The file's format version when it is newer than this build reads:
    /// such a file is shown read-only, since saving would drop what this
    /// version does not know.
    pub newer_version: Option<u64>,
}

#[derive(Serialize)]
struct FileHeader<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    home_country: Option<CountryId>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    workspace: FileHeader<'a>,
    countries: Vec<&'a Country>,
    institutions: Vec<&'a Institution>,
    people: Vec<&'a Person>,
    documents: Vec<&'a Document>,
    activities: Vec<&'a Activity>,
    commissions: Vec<&'a Commission>,
    meetings: Vec<&'a Meeting>,
    indicators: Vec<&'a Indicator>,
    sources: Vec<&'a Source>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tombstones: Vec<&'a Tombstone>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    conflicts: &'a [RecordedConflict],
}

/// The canonical bytes of a workspace file, with the lineage of the
/// version they are: named by the hash of everything else in the file, so
/// an unchanged workspace is the same version and gives the same bytes.
pub fn to_bytes(workspace: &Workspace) -> Vec<u8> {
    let body = body_bytes(workspace);
    let lineage = workspace.lineage().next(version_of_body(&body));
    with_lineage(body, &lineage)
}

/// The file's content without its lineage, from which its version id is
/// hashed.
fn body_bytes(workspace: &Workspace) -> Vec<u8> {
    let file = FileOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        workspace: FileHeader {
            name: workspace.name(),
            home_country: workspace.home_country(),
        },
        countries: workspace.countries().values().collect(),
        institutions: workspace.institutions().values().collect(),
        people: workspace.people().values().collect(),
        documents: workspace.documents().values().collect(),
        activities: workspace.activities().values().collect(),
        commissions: workspace.commissions().values().collect(),
        meetings: workspace.meetings().values().collect(),
        indicators: workspace.indicators().values().collect(),
        sources: workspace.sources().values().collect(),
        tombstones: workspace.tombstones().values().collect(),
        conflicts: workspace.recorded_conflicts(),
    };
    // Serializing plain data with string keys cannot fail.
    let mut bytes = serde_json::to_vec_pretty(&file).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

const TOP_LEVEL_KEYS: [&str; 15] = [
    "format",
    "version",
    "lineage",
    "workspace",
    "countries",
    "institutions",
    "people",
    "documents",
    "activities",
    "commissions",
    "meetings",
    "indicators",
    "sources",
    "tombstones",
    "conflicts",
];

/// Parses and validates a workspace file, reporting every problem found.
pub fn from_str(text: &str) -> Result<Workspace, LoadError> {
    let lenient = from_str_lenient(text)?;
    if let Some(found) = lenient.newer_version {
        return Err(LoadError::NewerVersion { found });
    }
    if lenient.problems.is_empty() {
        Ok(lenient.workspace)
    } else {
        Err(LoadError::Invalid(
            lenient
                .problems
                .into_iter()
                .map(|problem| problem.text)
                .collect(),
        ))
    }
}

/// Reads whatever can be read of a workspace file. Fails only when nothing
/// can: not JSON, or JSON that is not an Accord workspace. A file from a
/// newer format version is read as far as this version understands it.
pub fn from_str_lenient(text: &str) -> Result<Lenient, LoadError> {
    match read_sound_file(text) {
        Some(workspace) => Ok(Lenient {
            workspace,
            problems: Vec::new(),
            newer_version: None,
        }),
        None => read_thoroughly(text),
    }
}

/// [`from_str_lenient`] the long way, whatever the file: a JSON tree first,
/// then each record from it, so every problem is found with its place.
pub fn read_thoroughly(text: &str) -> Result<Lenient, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (root, repeated) = strict_json::parse(text).map_err(|error| {
        if let Some(plain) = super::plain_words::syntax(text, &error) {
            return LoadError::Damaged(plain);
        }
        let message = strip_position(&error.to_string());
        LoadError::Json {
            line: error.line(),
            column: error.column(),
            message: match plain_words::json_syntax(&message) {
                Some(plain) => tr!(
                    "model-load-json-reader-says",
                    plain = plain,
                    message = &message
                ),
                None => message,
            },
        }
    })?;
    let Value::Object(root) = root else {
        return Err(LoadError::NotAWorkspace(tr!("model-load-not-an-object")));
    };
    refuse_repeated_header(&repeated)?;
    let newer_version = check_header(&root)?;

    let mut problems = repeated_key_problems(&root, &repeated);
    problems.extend(inexact_number_problems(&root, text));
    for key in root.keys() {
        if !TOP_LEVEL_KEYS.contains(&key.as_str()) {
            problems.push(Problem::new(tr!("model-load-unknown-field", field = key)));
        }
    }
    let mut reader = Reader {
        root: &root,
        workspace: Workspace::default(),
        problems,
        unreadable: BTreeSet::new(),
        index_in_file: HashMap::new(),
    };
    read_settings(&root, &mut reader.workspace, &mut reader.problems);
    read_lineage(&root, &mut reader.workspace, &mut reader.problems);

    let countries = reader.read::<Country>();
    let institutions = reader.read::<Institution>();
    let people = reader.read::<Person>();
    let documents = reader.read::<Document>();
    let activities = reader.read::<Activity>();
    let commissions = reader.read::<Commission>();
    let meetings = reader.read::<Meeting>();
    let indicators = reader.read::<Indicator>();
    let sources = reader.read::<Source>();

    // Checked once everything is read, so references may point forward.
    reader.check::<Country>(&countries);
    reader.check::<Institution>(&institutions);
    reader.check::<Person>(&people);
    reader.check::<Document>(&documents);
    reader.check::<Activity>(&activities);
    reader.check::<Commission>(&commissions);
    reader.check::<Meeting>(&meetings);
    reader.check::<Indicator>(&indicators);
    reader.check::<Source>(&sources);
    reader.check_whole_workspace();
    read_tombstones(&root, &mut reader.workspace, &mut reader.problems);
    read_conflicts(&root, &mut reader.workspace, &mut reader.problems);
    let Reader {
        mut workspace,
        mut problems,
        ..
    } = reader;
    if let Some(home) = workspace.home_country
        && !workspace.countries().contains_key(&home)
    {
        problems.push(Problem::new(tr!(
            "model-load-home-country-missing",
            id = home.to_string()
        )));
        // Leniently loaded, the workspace must not point at nothing.
        workspace.home_country = None;
    }
    Ok(Lenient {
        workspace,
        problems,
        newer_version,
    })
}

/// `serde_json` appends " at line L column C", which the error states already.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// A header key given twice leaves it unclear which version of Accord the
/// file is for: refused outright, never read as either.
fn refuse_repeated_header(repeated: &[RepeatedKey]) -> Result<(), LoadError> {
    match repeated.iter().find(|repeated| {
        repeated.place.is_empty() && matches!(repeated.key.as_str(), "format" | "version")
    }) {
        Some(repeated) => Err(LoadError::NotAWorkspace(tr!(
            "model-load-header-twice",
            key = &repeated.key,
            earlier = &repeated.earlier,
            later = &repeated.later
        ))),
        None => Ok(()),
    }
}

/// Each repeated key, named by the record it is in (by its label).
fn repeated_key_problems(root: &Map<String, Value>, repeated: &[RepeatedKey]) -> Vec<Problem> {
    repeated
        .iter()
        .map(|repeated| {
            let (record, inside) = match repeated.place.as_slice() {
                [Step::Key(collection), Step::Index(index), inside @ ..] => {
                    let item = root.get(collection).and_then(|items| items.get(index));
                    let place = item.map_or_else(
                        || format!("{collection}[{index}]"),
                        |item| raw_place(root, collection, *index, item),
                    );
                    (Some(place), inside)
                }
                inside => (None, inside),
            };
            let mut field = inside.to_vec();
            field.push(Step::Key(repeated.key.clone()));
            let field = strict_json::path_text(&field);
            let what = tr!(
                "model-load-key-twice",
                field = field,
                earlier = &repeated.earlier,
                later = &repeated.later
            );
            match record {
                Some(place) => Problem::new(format!("{place}: {what}")),
                None => Problem::new(what),
            }
        })
        .collect()
}

/// Each number a save would round, saying where it is: the line and
/// column, and the record and field that hold it.
fn inexact_number_problems(root: &Map<String, Value>, text: &str) -> Vec<Problem> {
    strict_json::inexact_numbers(text)
        .into_iter()
        .map(|number| {
            let place = match field_holding(root, number.kept) {
                Some((collection, index, field)) => {
                    let item = &root[collection.as_str()][index];
                    format!("{}: {field}: ", raw_place(root, &collection, index, item))
                }
                None => String::new(),
            };
            Problem::new(tr!(
                "model-load-inexact-number",
                place = place,
                line = number.line.to_string(),
                column = number.column.to_string(),
                written = &number.written,
                kept = number.kept.to_string()
            ))
        })
        .collect()
}

/// The record (collection and index) and field holding the number `kept`.
fn field_holding(root: &Map<String, Value>, kept: f64) -> Option<(String, usize, String)> {
    fn find(value: &Value, kept: f64, path: &str) -> Option<String> {
        match value {
            Value::Number(number) => (number.as_f64() == Some(kept)).then(|| path.to_owned()),
            Value::Object(object) => object.iter().find_map(|(key, inner)| {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                find(inner, kept, &path)
            }),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .find_map(|(index, inner)| find(inner, kept, &format!("{path}[{index}]"))),
            _ => None,
        }
    }
    root.iter().find_map(|(collection, items)| {
        items
            .as_array()?
            .iter()
            .enumerate()
            .find_map(|(index, item)| {
                find(item, kept, "").map(|field| (collection.clone(), index, field))
            })
    })
}

/// Checks the header; returns the version when it is newer than this build.
fn check_header(root: &Map<String, Value>) -> Result<Option<u64>, LoadError> {
    match root.get("format") {
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(other) => {
            return Err(LoadError::NotAWorkspace(tr!(
                "model-load-wrong-format",
                found = other.to_string(),
                expected = FORMAT_NAME
            )));
        }
        None => {
            return Err(LoadError::NotAWorkspace(tr!(
                "model-load-no-format",
                expected = FORMAT_NAME
            )));
        }
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(version) if version > FORMAT_VERSION => Ok(Some(version)),
        Some(version) if version >= 1 => Ok(None),
        _ => Err(LoadError::NotAWorkspace(match root.get("version") {
            Some(found) => tr!(
                "model-load-wrong-version",
                found = found.to_string(),
                newest = FORMAT_VERSION.to_string()
            ),
            None => tr!("model-load-no-version", newest = FORMAT_VERSION.to_string()),
        })),
    }
}

fn read_settings(
    root: &Map<String, Value>,
    workspace: &mut Workspace,
    problems: &mut Vec<Problem>,
) {
    let Some(settings) = root.get("workspace") else {
        return;
    };
    let Value::Object(settings) = settings else {
        problems.push(Problem::new(tr!("model-load-settings-not-an-object")));
        return;
    };
    for (key, value) in settings {
        match key.as_str() {
            "name" => match value.as_str() {
                Some(name) => workspace.name = name.to_owned(),
                None => problems.push(Problem::new(tr!(
                    "model-load-name-not-text",
                    found = value.to_string()
                ))),
            },
            "home_country" => match serde_json::from_value::<CountryId>(value.clone()) {
                Ok(id) => workspace.home_country = Some(id),
                Err(error) => {
                    problems.push(Problem::new(format!("workspace.home_country: {error}")));
                }
            },
            other => problems.push(Problem::new(tr!(
                "model-load-unknown-field",
                field = format!("workspace.{other}")
            ))),
        }
    }
}

/// The label of a record that failed to parse, from whichever name field it has.
fn raw_label(value: &Value) -> Option<&str> {
    ["title", "name", "description"]
        .iter()
        .find_map(|key| value.get(key).and_then(Value::as_str))
}

/// How a message names a record that failed to parse: by its label, an
/// indicator by what it measures, when and where ("Trade turnover, 2021,
/// Romania"), as far as the file says.
fn raw_place(root: &Map<String, Value>, collection: &str, index: usize, item: &Value) -> String {
    let label = raw_label(item).map(str::to_owned).or_else(|| {
        let kind = serde_json::from_value::<crate::model::IndicatorKind>(item.get("kind")?.clone())
            .ok()?;
        let mut parts = vec![kind.label()];
        parts.extend(
            item.pointer("/period/start")
                .and_then(Value::as_str)
                .map(str::to_owned),
        );
        let country = item.get("country").and_then(Value::as_str);
        let name = root
            .get("countries")
            .and_then(Value::as_array)
            .and_then(|countries| {
                countries
                    .iter()
                    .find(|country_item| {
                        country.is_some()
                            && country_item.get("id").and_then(Value::as_str) == country
                    })
                    .and_then(|country_item| country_item.get("name")?.as_str())
            });
        parts.extend(name.map(str::to_owned));
        Some(parts.join(", "))
    });
    match label {
        Some(label) => format!("{collection}[{index}] {label:?}"),
        None => format!("{collection}[{index}]"),
    }
}

/// The state of a load in progress.
struct Reader<'a> {
    root: &'a Map<String, Value>,
    workspace: Workspace,
    problems: Vec<Problem>,
    /// Ids of records that are in the file but could not be read: a
    /// reference to one is not also reported as missing.
    unreadable: BTreeSet<uuid::Uuid>,
    /// Where each record read stands in its collection in the file.
    index_in_file: HashMap<RecordId, usize>,
}

impl Reader<'_> {
    /// Reads one collection into the workspace; returns the ids read, with
    /// their index in the file, for the checks that follow.
    fn read<R: Record>(&mut self) -> Vec<(usize, R::Id)> {
        let collection = R::KIND.collection();
        let Some(value) = self.root.get(collection) else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.problems.push(Problem::new(tr!(
                "model-load-not-a-list",
                collection = collection
            )));
            return Vec::new();
        };
        let mut read = Vec::with_capacity(items.len());
        let mut first_index = std::collections::BTreeMap::new();
        for (index, item) in items.iter().enumerate() {
            let place = raw_place(self.root, collection, index, item);
            match serde_path_to_error::deserialize::<_, R>(item) {
                Ok(record) => {
                    let id = record.id();
                    if let Some(first) = first_index.get(&id) {
                        let record: RecordId = id.into();
                        self.problems.push(Problem {
                            text: tr!(
                                "model-load-id-twice",
                                place = &place,
                                id = format!("{:?}", record.uuid()),
                                first = format!("{collection}[{first}]")
                            ),
                            record: Some(record),
                        });
                        continue;
                    }
                    first_index.insert(id, index);
                    R::collection_mut(&mut self.workspace).insert(id, record);
                    read.push((index, id));
                }
                Err(error) => {
                    if let Some(id) = item
                        .get("id")
                        .and_then(Value::as_str)
                        .and_then(|id| id.parse().ok())
                    {
                        self.unreadable.insert(id);
                    }
                    let path = error.path().to_string();
                    let plain =
                        plain_words::field(&path, plain_words::value_at(item, error.path()));
                    let message = plain.unwrap_or_else(|| {
                        let message = error.into_inner().to_string();
                        match plain_words::field_message(&message) {
                            // The reader's words stay, for whoever knows them.
                            Some(plain) => {
                                tr!("model-load-reader-says", plain = plain, message = &message)
                            }
                            None => message,
                        }
                    });
                    if path == "." {
                        self.problems
                            .push(Problem::new(format!("{place}: {message}")));
                    } else {
                        self.problems
                            .push(Problem::new(format!("{place}: {path}: {message}")));
                    }
                }
            }
        }
        read
    }

    fn check<R: Checked>(&mut self, read: &[(usize, R::Id)]) {
        self.index_in_file
            .extend(read.iter().map(|(index, id)| ((*id).into(), *index)));
        for (index, id) in read {
            let Some(record) = R::collection(&self.workspace).get(id) else {
                continue;
            };
            let unreadable_fields: Vec<crate::model::FieldPath> = record
                .references()
                .into_iter()
                .filter(|reference| self.unreadable.contains(&reference.target.uuid()))
                .map(|reference| reference.field)
                .collect();
            for problem in problems_of(&self.workspace, record) {
                if unreadable_fields.contains(&problem.field) {
                    continue;
                }
                self.problems.push(Problem {
                    text: format!("{}: {problem}", self.place((*id).into(), *index)),
                    record: Some((*id).into()),
                });
            }
        }
    }

    /// The problems only the whole workspace shows (ids shared across
    /// collections, circles, hidden text), once every record is read.
    fn check_whole_workspace(&mut self) {
        for problem in integrity::workspace_problems(&self.workspace) {
            let index = self
                .index_in_file
                .get(&problem.record)
                .copied()
                .unwrap_or(0);
            self.problems.push(Problem {
                text: format!(
                    "{}: {}: {}",
                    self.place(problem.record, index),
                    problem.field,
                    problem.message
                ),
                record: Some(problem.record),
            });
        }
    }

    /// A record as a message names it: `indicators[1] "Trade turnover,
    /// 2021, Romania"`, so a person can find it without counting.
    fn place(&self, id: RecordId, index: usize) -> String {
        let label = match id {
            RecordId::Indicator(indicator) => match self.workspace.indicators().get(&indicator) {
                Some(indicator) => format!(
                    "{}, {}, {}",
                    indicator.name(),
                    indicator.period.human(),
                    self.workspace.label_of(indicator.country)
                ),
                None => self.workspace.label_of(id),
            },
            _ => self.workspace.label_of(id),
        };
        format!("{}[{index}] {label:?}", id.kind().collection())
    }
}
