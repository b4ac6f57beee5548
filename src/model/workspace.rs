//! The workspace: every record of a department, and the named operations
//! (add, update, delete) through which the GUI, undo and merging all change
//! it. Each operation returns the [`Edit`] that undoes it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::tr;

use super::field_path::{Field, FieldPath};
use super::history::{Lineage, RecordedConflict, Tombstone};
use super::record::with_any;
use super::records::Records;
use super::validate::{FieldProblem, record_problems};
use super::{
    Activity, ActivityId, AnyRecord, Commission, CommissionId, Country, CountryId, Document,
    DocumentId, Indicator, IndicatorId, Institution, InstitutionId, Meeting, MeetingId, Person,
    PersonId, Record, RecordId, Source, SourceId,
};

/// All records of one workspace file.
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    /// The department or workspace name shown in the title.
    pub(crate) name: String,
    /// The country whose ministry keeps the workspace.
    pub(crate) home_country: Option<CountryId>,
    pub(crate) countries: Records<CountryId, Country>,
    pub(crate) institutions: Records<InstitutionId, Institution>,
    pub(crate) people: Records<PersonId, Person>,
    pub(crate) documents: Records<DocumentId, Document>,
    pub(crate) activities: Records<ActivityId, Activity>,
    pub(crate) commissions: Records<CommissionId, Commission>,
    pub(crate) meetings: Records<MeetingId, Meeting>,
    pub(crate) indicators: Records<IndicatorId, Indicator>,
    pub(crate) sources: Records<SourceId, Source>,
    /// The records deleted, so that a merge does not bring them back.
    pub(crate) tombstones: BTreeMap<RecordId, Tombstone>,
    /// The versions this one descends from, so that a merge can find the
    /// version two copies share.
    pub(crate) lineage: Lineage,
    /// What a merge left to resolve, recorded in the file.
    pub(crate) conflicts: Vec<RecordedConflict>,
    /// The officer making changes now, stamped as `modified_by` on what the
    /// operations change and as `deleted_by` on tombstones. Not written to
    /// the file as such: it is who is at the keyboard, not what the file holds.
    pub(crate) editor: Option<String>,
}

/// Two workspaces are equal when they hold the same records, settings and
/// tombstones: how each came to be (its lineage) is not what it holds.
impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.home_country == other.home_country
            && self.countries == other.countries
            && self.institutions == other.institutions
            && self.people == other.people
            && self.documents == other.documents
            && self.activities == other.activities
            && self.commissions == other.commissions
            && self.meetings == other.meetings
            && self.indicators == other.indicators
            && self.sources == other.sources
            && self.tombstones == other.tombstones
            && self.conflicts == other.conflicts
    }
}

/// One raw change; undo and redo replay these without checks, because they
/// only ever restore a state that was valid.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::large_enum_variant,
    reason = "changes are made one edit at a time, never held in bulk"
)]
pub enum Change {
    /// Insert or replace a record as it is, timestamps included.
    Put(AnyRecord),
    /// Take a record out, by id.
    Remove(RecordId),
    /// Set or clear the home country.
    SetHomeCountry(Option<CountryId>),
    /// Rename the workspace.
    SetName(String),
    /// Remember a deleted record (or replace what is remembered of it).
    Bury(Tombstone),
    /// Forget that a record was deleted: it is back.
    Unbury(RecordId),
    /// Set the versions the workspace descends from (a merge adds one).
    SetLineage(Box<Lineage>),
    /// Set what a merge left to resolve (resolving clears it).
    SetConflicts(Vec<RecordedConflict>),
}

/// A group of changes that is undone as one step.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "an edit is what undoes the operation; keep it for undo"]
pub struct Edit {
    /// What was done, for the Undo menu ("Add country Romania").
    pub description: String,
    /// The raw changes, applied in order.
    pub changes: Vec<Change>,
}

/// A record that refers to another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referrer {
    /// The record that holds the reference (for the home country, the country itself).
    pub record: RecordId,
    /// That record's label, to name it in a message ("Action plan 2023-2024").
    pub label: String,
    /// Where the reference sits in it, e.g. `parties[1]`.
    pub field: FieldPath,
    /// Whether the reference stops the target from being deleted.
    pub blocking: bool,
}

/// Why an operation was refused; the workspace is unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", self.message())]
pub enum EditError {
    /// An added record's id is already taken in its collection.
    DuplicateId {
        /// What kind of record it is, as the file names it ("country").
        noun: &'static str,
        /// The id that is taken.
        id: uuid::Uuid,
    },
    /// The record to change, delete or point to is not in the workspace.
    Missing {
        /// What kind of record was looked for, as the file names it ("country").
        noun: &'static str,
        /// The id that was looked for.
        id: uuid::Uuid,
    },
    /// The record breaks the rules of its kind; every problem is listed.
    Invalid(Vec<FieldProblem>),
    /// The record cannot be deleted: other records hold blocking references to it.
    Referenced {
        /// The label of the record that was to be deleted.
        label: String,
        /// Every record that refers to it; the blocking ones are named in the message.
        referrers: Vec<Referrer>,
    },
}

impl EditError {
    /// The message in the thread's language. A kind is passed to the
    /// messages as its file word (`country`), which the translations
    /// select their own word and case by.
    fn message(&self) -> String {
        match self {
            Self::DuplicateId { noun, id } => {
                tr!("model-edit-duplicate-id", kind = *noun, id = id.to_string())
            }
            Self::Missing { noun, id } => {
                tr!("model-edit-missing", kind = *noun, id = id.to_string())
            }
            Self::Invalid(problems) => problems_text(problems),
            Self::Referenced { label, referrers } => tr!(
                "model-edit-referenced",
                label = format!("{label:?}"),
                count = referrers.len(),
                referrers = referrers_text(referrers)
            ),
        }
    }
}

/// Field problems in one line, as an error message shows them.
pub(crate) fn problems_text(problems: &[FieldProblem]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.join("; ")
}

fn referrers_text(referrers: &[Referrer]) -> String {
    let lines: Vec<String> = referrers
        .iter()
        .filter(|referrer| referrer.blocking)
        .map(|referrer| {
            tr!(
                "model-edit-referrer",
                kind = referrer.record.kind().noun(),
                label = format!("{:?}", referrer.label),
                field = referrer.field.to_string()
            )
        })
        .collect();
    lines.join(", ")
}

/// How many records of each kind a workspace holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    /// Countries, the home country included.
    pub countries: usize,
    /// Institutions of every country, embassies included.
    pub institutions: usize,
    /// People, whatever their posts.
    pub people: usize,
    /// Documents of every kind and status.
    pub documents: usize,
    /// Activities of every action plan.
    pub activities: usize,
    /// Joint commissions.
    pub commissions: usize,
    /// Meetings of every kind, commission sessions included.
    pub meetings: usize,
    /// Indicator figures of every country and period.
    pub indicators: usize,
    /// Cited sources.
    pub sources: usize,
}

impl RecordCounts {
    /// All records together, of every kind.
    pub fn total(&self) -> usize {
        self.countries
            + self.institutions
            + self.people
            + self.documents
            + self.activities
            + self.commissions
            + self.meetings
            + self.indicators
            + self.sources
    }
}

impl std::fmt::Display for RecordCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!(
            "model-counts",
            records = tr!("common-records", count = self.total()),
            countries = tr!("model-count-countries", count = self.countries),
            institutions = tr!("model-count-institutions", count = self.institutions),
            people = tr!("model-count-people", count = self.people),
            documents = tr!("model-count-documents", count = self.documents),
            activities = tr!("model-count-activities", count = self.activities),
            commissions = tr!("model-count-commissions", count = self.commissions),
            meetings = tr!("model-count-meetings", count = self.meetings),
            indicators = tr!("model-count-indicators", count = self.indicators),
            sources = tr!("model-count-sources", count = self.sources)
        ))
    }
}

impl Workspace {
    /// An empty workspace.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    /// The workspace's name, shown in the window title; may be empty.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The country whose ministry keeps the file; exports treat every other one as a partner.
    pub fn home_country(&self) -> Option<CountryId> {
        self.home_country
    }

    /// Every country, sorted by id.
    pub fn countries(&self) -> &Records<CountryId, Country> {
        &self.countries
    }
    /// Every institution, sorted by id.
    pub fn institutions(&self) -> &Records<InstitutionId, Institution> {
        &self.institutions
    }
    /// Every person, sorted by id.
    pub fn people(&self) -> &Records<PersonId, Person> {
        &self.people
    }
    /// Every document, sorted by id.
    pub fn documents(&self) -> &Records<DocumentId, Document> {
        &self.documents
    }
    /// Every action-plan activity, sorted by id.
    pub fn activities(&self) -> &Records<ActivityId, Activity> {
        &self.activities
    }
    /// Every commission, sorted by id.
    pub fn commissions(&self) -> &Records<CommissionId, Commission> {
        &self.commissions
    }
    /// Every meeting, sorted by id.
    pub fn meetings(&self) -> &Records<MeetingId, Meeting> {
        &self.meetings
    }
    /// Every indicator, sorted by id.
    pub fn indicators(&self) -> &Records<IndicatorId, Indicator> {
        &self.indicators
    }
    /// Every source, sorted by id.
    pub fn sources(&self) -> &Records<SourceId, Source> {
        &self.sources
    }

    /// The records deleted from this workspace (or from a copy merged
    /// into it), by id.
    pub fn tombstones(&self) -> &BTreeMap<RecordId, Tombstone> {
        &self.tombstones
    }

    /// The versions this workspace descends from.
    pub fn lineage(&self) -> &Lineage {
        &self.lineage
    }

    /// The conflicts a merge recorded in the file, still to resolve.
    pub fn recorded_conflicts(&self) -> &[RecordedConflict] {
        &self.conflicts
    }

    /// Names the officer making changes from now on (`None`, or a blank
    /// name, when unknown): every record added, changed or deleted is
    /// stamped with it, so a merge can say who changed what.
    pub fn set_editor(&mut self, name: Option<&str>) {
        self.editor = name
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned);
    }

    /// The officer making changes, when known.
    pub fn editor(&self) -> Option<&str> {
        self.editor.as_deref()
    }

    /// The record of type `R` with this id.
    pub fn get<R: Record>(&self, id: R::Id) -> Option<&R> {
        R::collection(self).get(&id)
    }

    /// How many records of each kind the workspace holds.
    pub fn counts(&self) -> RecordCounts {
        RecordCounts {
            countries: self.countries.len(),
            institutions: self.institutions.len(),
            people: self.people.len(),
            documents: self.documents.len(),
            activities: self.activities.len(),
            commissions: self.commissions.len(),
            meetings: self.meetings.len(),
            indicators: self.indicators.len(),
            sources: self.sources.len(),
        }
    }

    /// Whether a record with this id exists.
    pub fn contains(&self, id: RecordId) -> bool {
        match id {
            RecordId::Country(id) => self.countries.contains_key(&id),
            RecordId::Institution(id) => self.institutions.contains_key(&id),
            RecordId::Person(id) => self.people.contains_key(&id),
            RecordId::Document(id) => self.documents.contains_key(&id),
            RecordId::Activity(id) => self.activities.contains_key(&id),
            RecordId::Commission(id) => self.commissions.contains_key(&id),
            RecordId::Meeting(id) => self.meetings.contains_key(&id),
            RecordId::Indicator(id) => self.indicators.contains_key(&id),
            RecordId::Source(id) => self.sources.contains_key(&id),
        }
    }

    /// A copy of any record.
    pub fn record(&self, id: RecordId) -> Option<AnyRecord> {
        match id {
            RecordId::Country(id) => self.countries.get(&id).cloned().map(AnyRecord::Country),
            RecordId::Institution(id) => self
                .institutions
                .get(&id)
                .cloned()
                .map(AnyRecord::Institution),
            RecordId::Person(id) => self.people.get(&id).cloned().map(AnyRecord::Person),
            RecordId::Document(id) => self.documents.get(&id).cloned().map(AnyRecord::Document),
            RecordId::Activity(id) => self.activities.get(&id).cloned().map(AnyRecord::Activity),
            RecordId::Commission(id) => self
                .commissions
                .get(&id)
                .cloned()
                .map(AnyRecord::Commission),
            RecordId::Meeting(id) => self.meetings.get(&id).cloned().map(AnyRecord::Meeting),
            RecordId::Indicator(id) => self.indicators.get(&id).cloned().map(AnyRecord::Indicator),
            RecordId::Source(id) => self.sources.get(&id).cloned().map(AnyRecord::Source),
        }
    }

    /// The label of any record ("Romania"), or a placeholder when missing.
    pub fn label_of(&self, id: impl Into<RecordId>) -> String {
        let id = id.into();
        self.record(id).map_or_else(
            || tr!("model-missing-record", kind = id.kind().noun()),
            |record| record.label(),
        )
    }

    /// Every record that refers to `target`, in file order. Scans the
    /// whole workspace: call it on a change, not every frame.
    pub fn referrers_of(&self, target: RecordId) -> Vec<Referrer> {
        fn scan<R: Record>(ws: &Workspace, target: RecordId, out: &mut Vec<Referrer>) {
            for record in R::collection(ws).values() {
                for reference in record.references_to(target) {
                    out.push(Referrer {
                        record: record.id().into(),
                        label: record.label(),
                        field: reference.field,
                        blocking: reference.blocking,
                    });
                }
            }
        }
        let mut referrers = Vec::new();
        scan::<Country>(self, target, &mut referrers);
        scan::<Institution>(self, target, &mut referrers);
        scan::<Person>(self, target, &mut referrers);
        scan::<Document>(self, target, &mut referrers);
        scan::<Activity>(self, target, &mut referrers);
        scan::<Commission>(self, target, &mut referrers);
        scan::<Meeting>(self, target, &mut referrers);
        scan::<Indicator>(self, target, &mut referrers);
        scan::<Source>(self, target, &mut referrers);
        if self.home_country.map(RecordId::from) == Some(target) {
            referrers.push(Referrer {
                record: target,
                label: self.name.clone(),
                field: Field::HomeCountry.into(),
                blocking: false,
            });
        }
        referrers
    }

    /// Adds a new record, stamped `now`.
    pub fn add<R: Record>(&mut self, mut record: R, now: DateTime<Utc>) -> Result<Edit, EditError> {
        let id = record.id();
        if R::collection(self).contains_key(&id) {
            return Err(EditError::DuplicateId {
                noun: R::KIND.noun(),
                id: id.into().uuid(),
            });
        }
        record.set_created_at(now);
        record.set_modified_at(now);
        record.set_modified_by(self.editor.clone());
        self.check(&record.clone().into_any())?;
        let description = tr!(
            "model-undo-add",
            kind = R::KIND.noun(),
            label = record.label()
        );
        R::collection_mut(self).insert(id, record);
        Ok(Edit {
            description,
            changes: vec![Change::Remove(id.into())],
        })
    }

    /// Replaces an existing record, keeping its creation time.
    pub fn update<R: Record>(
        &mut self,
        mut record: R,
        now: DateTime<Utc>,
    ) -> Result<Edit, EditError> {
        let id = record.id();
        let Some(previous) = R::collection(self).get(&id).cloned() else {
            return Err(EditError::Missing {
                noun: R::KIND.noun(),
                id: id.into().uuid(),
            });
        };
        record.set_created_at(previous.created_at());
        record.set_modified_at(now);
        record.set_modified_by(self.editor.clone());
        self.check(&record.clone().into_any())?;
        let description = tr!(
            "model-undo-edit",
            kind = R::KIND.noun(),
            label = record.label()
        );
        R::collection_mut(self).insert(id, record);
        Ok(Edit {
            description,
            changes: vec![Change::Put(previous.into_any())],
        })
    }

    /// [`Self::add`] for a record of any kind.
    pub fn add_any(&mut self, record: AnyRecord, now: DateTime<Utc>) -> Result<Edit, EditError> {
        with_any!(record, record => self.add(record, now))
    }

    /// [`Self::update`] for a record of any kind.
    pub fn update_any(&mut self, record: AnyRecord, now: DateTime<Utc>) -> Result<Edit, EditError> {
        with_any!(record, record => self.update(record, now))
    }

    /// Deletes a record and drops the references others hold to it. Refused
    /// when a reference cannot be dropped (see [`super::Reference::blocking`]).
    pub fn delete(&mut self, id: RecordId, now: DateTime<Utc>) -> Result<Edit, EditError> {
        let Some(record) = self.record(id) else {
            return Err(EditError::Missing {
                noun: id.kind().noun(),
                id: id.uuid(),
            });
        };
        let referrers = self.referrers_of(id);
        if referrers.iter().any(|referrer| referrer.blocking) {
            return Err(EditError::Referenced {
                label: record.label(),
                referrers,
            });
        }
        let mut undo = Vec::new();
        for referrer in &referrers {
            if referrer.field == Field::HomeCountry.into() {
                undo.push(Change::SetHomeCountry(self.home_country));
                self.home_country = None;
                continue;
            }
            // A record may hold several references to the target; it was
            // already changed and saved for undo on the first one.
            if undo
                .iter()
                .any(|change| matches!(change, Change::Put(any) if any.id() == referrer.record))
            {
                continue;
            }
            if let Some(mut referring) = self.record(referrer.record) {
                undo.push(Change::Put(referring.clone()));
                let editor = self.editor.clone();
                with_any!(&mut referring, record => {
                    record.drop_references_to(id);
                    record.set_modified_at(now);
                    record.set_modified_by(editor);
                });
                self.put(referring);
            }
        }
        undo.push(Change::Put(record.clone()));
        self.remove(id);
        let buried = Tombstone {
            record: id,
            deleted_at: now,
            deleted_by: self.editor.clone(),
            combined_into: None,
        };
        undo.push(
            self.tombstones
                .insert(id, buried)
                .map_or(Change::Unbury(id), Change::Bury),
        );
        undo.reverse();
        Ok(Edit {
            description: tr!(
                "model-undo-delete",
                kind = id.kind().noun(),
                label = record.label()
            ),
            changes: undo,
        })
    }

    /// Sets the workspace's name and home country.
    pub fn set_settings(
        &mut self,
        name: String,
        home_country: Option<CountryId>,
    ) -> Result<Edit, EditError> {
        if let Some(country) = home_country
            && !self.countries.contains_key(&country)
        {
            return Err(EditError::Missing {
                noun: "country",
                id: country.0,
            });
        }
        let undo = vec![
            Change::SetName(std::mem::replace(&mut self.name, name)),
            Change::SetHomeCountry(std::mem::replace(&mut self.home_country, home_country)),
        ];
        Ok(Edit {
            description: tr!("model-undo-settings"),
            changes: undo,
        })
    }

    /// Replays an edit and returns the edit that reverses it (undo gives redo).
    pub fn apply(&mut self, edit: Edit) -> Edit {
        let mut inverse = Vec::with_capacity(edit.changes.len());
        for change in edit.changes {
            inverse.push(match change {
                Change::Put(record) => {
                    let id = record.id();
                    let previous = self.record(id);
                    self.put(record);
                    previous.map_or(Change::Remove(id), Change::Put)
                }
                Change::Remove(id) => {
                    let previous = self.record(id);
                    self.remove(id);
                    match previous {
                        Some(previous) => Change::Put(previous),
                        None => Change::Remove(id),
                    }
                }
                Change::SetHomeCountry(country) => {
                    Change::SetHomeCountry(std::mem::replace(&mut self.home_country, country))
                }
                Change::SetName(name) => Change::SetName(std::mem::replace(&mut self.name, name)),
                Change::Bury(tombstone) => {
                    let id = tombstone.record;
                    self.tombstones
                        .insert(id, tombstone)
                        .map_or(Change::Unbury(id), Change::Bury)
                }
                Change::Unbury(id) => self
                    .tombstones
                    .remove(&id)
                    .map_or(Change::Unbury(id), Change::Bury),
                Change::SetLineage(lineage) => {
                    Change::SetLineage(Box::new(std::mem::replace(&mut self.lineage, *lineage)))
                }
                Change::SetConflicts(conflicts) => {
                    Change::SetConflicts(std::mem::replace(&mut self.conflicts, conflicts))
                }
            });
        }
        inverse.reverse();
        Edit {
            description: edit.description,
            changes: inverse,
        }
    }

    /// Adds (`true`) or replaces (`false`) each record in order, as one
    /// edit described by `description`: all of them, or, when one is
    /// refused, none (those already done are undone) and that one's error.
    pub fn add_or_update_all(
        &mut self,
        records: Vec<(AnyRecord, bool)>,
        description: String,
        now: DateTime<Utc>,
    ) -> Result<Edit, EditError> {
        let mut done: Vec<Edit> = Vec::with_capacity(records.len());
        for (record, is_new) in records {
            let result = if is_new {
                self.add_any(record, now)
            } else {
                self.update_any(record, now)
            };
            match result {
                Ok(edit) => done.push(edit),
                Err(error) => {
                    for edit in done.into_iter().rev() {
                        let _ = self.apply(edit);
                    }
                    return Err(error);
                }
            }
        }
        // Undone last first.
        let changes = done
            .into_iter()
            .rev()
            .flat_map(|edit| edit.changes)
            .collect();
        Ok(Edit {
            description,
            changes,
        })
    }

    fn check(&self, record: &AnyRecord) -> Result<(), EditError> {
        let problems = record_problems(self, record);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(EditError::Invalid(problems))
        }
    }

    /// Inserts or replaces a record without checks (loading, undo).
    pub(crate) fn put(&mut self, record: AnyRecord) {
        fn insert<R: Record>(ws: &mut Workspace, record: R) {
            R::collection_mut(ws).insert(record.id(), record);
        }
        with_any!(record, record => insert(self, record));
    }

    fn remove(&mut self, id: RecordId) {
        match id {
            RecordId::Country(id) => drop(self.countries.remove(&id)),
            RecordId::Institution(id) => drop(self.institutions.remove(&id)),
            RecordId::Person(id) => drop(self.people.remove(&id)),
            RecordId::Document(id) => drop(self.documents.remove(&id)),
            RecordId::Activity(id) => drop(self.activities.remove(&id)),
            RecordId::Commission(id) => drop(self.commissions.remove(&id)),
            RecordId::Meeting(id) => drop(self.meetings.remove(&id)),
            RecordId::Indicator(id) => drop(self.indicators.remove(&id)),
            RecordId::Source(id) => drop(self.sources.remove(&id)),
        }
    }
}
