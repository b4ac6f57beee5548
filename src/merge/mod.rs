//! Bringing two copies of a workspace back together: a three-way merge by
//! record id and field against the version both descend from, or a
//! two-way merge where no such version is known. Nothing is lost: a field
//! changed on one side takes that side's value, lists keep both sides'
//! additions, a record deleted on one side and changed on the other is
//! kept, and a record still referred to is never removed. What both sides
//! changed differently is a [`Conflict`] for the officer to decide; until
//! then the result holds this copy's value.
//!
//! The merge is planned first ([`Merge::plan`]), shown, then applied to
//! this copy as one undoable [`Edit`] ([`Merge::apply`]).

mod apply;
pub mod base;
pub mod combine;
pub mod duplicates;
pub mod files;
pub mod git;
mod recorded;
mod report;
mod values;

use std::collections::BTreeSet;

use serde_json::Value;

pub use base::{BaseOrigin, FoundBase, find_base};
pub use report::{changed_text, conflict_text, kept_text, value_text};
pub use values::FieldPath;
use values::value_of;

use crate::model::{
    Activity, AnyRecord, Commission, Country, CountryId, Document, FieldProblem, Indicator,
    Institution, Meeting, Person, Record, RecordId, Source, Stamp, Tombstone, Workspace,
};

/// Which of the two copies a value or a change comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The copy open here, into which the other is merged.
    Ours,
    /// The copy brought in.
    Theirs,
}

/// Whether a common version was known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeKind {
    /// Against the version both copies descend from: only what both
    /// changed differently is a conflict.
    ThreeWay,
    /// No common version: every field that differs is a conflict, lists are
    /// united, nothing is taken as deleted.
    TwoWay,
}

/// What one side did since the common version.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SideChanges {
    /// Records this side holds that the common version did not (two-way: that only it holds).
    pub added: usize,
    /// Records this side changed (two-way: that differ between the copies).
    pub changed: usize,
    /// Records this side deleted (two-way: always 0, since nothing is taken as deleted).
    pub deleted: usize,
}

/// What the officer chose for a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Keep this copy's value.
    Ours,
    /// Take the other copy's value.
    Theirs,
    /// A value typed by the officer (the field's JSON value).
    Edited(Value),
}

/// Where a conflict lies: a record, or the workspace's own settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The record with this id, in whichever copy holds it.
    Record(RecordId),
    /// The workspace's name or home country.
    Settings,
}

/// One thing both copies changed, each in its own way.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What the conflict is in: a record, or the workspace settings.
    pub subject: Subject,
    /// The record's label ("Romania"), or the workspace's name.
    pub label: String,
    /// The field, from the top of the record; empty when the conflict is
    /// about the record as a whole (deleted on one side, changed on the
    /// other).
    pub field: FieldPath,
    /// Each version's value; `None` where the field is empty or the record
    /// is deleted.
    pub base: Option<Value>,
    /// This copy's value; `None` where the field is empty or the record deleted here.
    pub ours: Option<Value>,
    /// The other copy's value; `None` where the field is empty or the record deleted there.
    pub theirs: Option<Value>,
    /// What the result holds; set to keep a changed record over a deletion,
    /// and to this copy's value otherwise, until the officer chooses.
    pub choice: Choice,
    /// When, and by whom, this copy's version of the record was last
    /// changed; `None` for the settings, or where this copy deleted it.
    pub ours_changed: Option<Stamp>,
    /// The same for the other copy's version.
    pub theirs_changed: Option<Stamp>,
}

/// When `record` was last changed, and by whom.
fn stamp_of<R: Record>(record: &R) -> Stamp {
    Stamp {
        at: record.modified_at(),
        by: record.modified_by().map(str::to_owned),
    }
}

impl Conflict {
    /// The value the result takes under the current choice.
    pub fn chosen(&self) -> Option<&Value> {
        match &self.choice {
            Choice::Ours => self.ours.as_ref(),
            Choice::Theirs => self.theirs.as_ref(),
            Choice::Edited(value) => Some(value),
        }
    }

    /// True when the conflict is about keeping or deleting a whole record.
    pub fn is_about_deletion(&self) -> bool {
        self.field.is_empty()
    }
}

/// A record kept although one side deleted it, because the result still
/// refers to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptForReference {
    /// The record kept.
    pub record: RecordId,
    /// Its label, to name it in the report.
    pub label: String,
    /// Which copy deleted it.
    pub deleted_by: Side,
}

/// How one record comes out of the merge, when not as this copy has it.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// The other copy's version as it is: added, changed or deleted there
    /// only (`None`: deleted).
    Theirs(Option<Box<AnyRecord>>),
    /// Both changed it: combined field by field, before the choices of its
    /// conflicts are applied.
    Combined(Value),
}

/// What happens to a record of this copy in the merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The other copy added it.
    Added,
    /// The other copy changed it; this copy did not.
    Changed,
    /// The other copy deleted it; this copy did not change it.
    Deleted,
    /// Both changed it: combined field by field, or in conflict.
    Combined,
}

/// A record the merge adds, changes or removes in this copy.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomingRecord {
    /// The record the merge puts in, changes or removes.
    pub id: RecordId,
    /// The label of the version the result holds (of the deleted one for a
    /// deletion).
    pub label: String,
    /// What happens to it: added, changed, deleted or combined.
    pub arrival: Arrival,
    outcome: Outcome,
}

/// A planned merge of another copy into this one.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    kind: MergeKind,
    origin: BaseOrigin,
    ours_changes: SideChanges,
    theirs_changes: SideChanges,
    records: Vec<IncomingRecord>,
    conflicts: Vec<Conflict>,
    name: Option<String>,
    home_country: Option<HomeCountry>,
    /// Resolving the conflicts recorded in a file, not bringing a copy in.
    resolving: bool,
}

/// A home country as a setting: `None` is "no home country", which the
/// other copy may have chosen; `Merge::home_country` is `None` when the
/// setting does not change.
type HomeCountry = Option<CountryId>;

/// Why a planned merge could not be applied.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A merged record breaks the rules of its kind; nothing was applied.
    #[error("{}", crate::tr!(
        "query-merge-error-invalid",
        kind = combine::noun_named(.noun),
        label = format!("{:?}", .label),
        problems = crate::model::problems_text(.problems)
    ))]
    Invalid {
        /// What kind of record it is ("institution").
        noun: &'static str,
        /// The merged record's label.
        label: String,
        /// Every rule it breaks.
        problems: Vec<FieldProblem>,
    },
    /// A value the officer typed for a conflict cannot be read as that field.
    #[error("{}", crate::tr!(
        "query-merge-error-unreadable",
        label = format!("{:?}", .label),
        reason = .reason
    ))]
    Unreadable {
        /// The label of the record the conflict is in.
        label: String,
        /// Why the value does not fit, as the reader said it.
        reason: String,
    },
}

impl Merge {
    /// Plans merging `theirs` into `ours`, against `base` when the version
    /// both descend from is known. Reads the three workspaces once; only the
    /// records both sides changed are compared field by field.
    pub fn plan(base: Option<&Workspace>, ours: &Workspace, theirs: &Workspace) -> Self {
        let mut merge = Self {
            kind: if base.is_some() {
                MergeKind::ThreeWay
            } else {
                MergeKind::TwoWay
            },
            origin: if base.is_some() {
                BaseOrigin::Given
            } else {
                BaseOrigin::Unrelated
            },
            ours_changes: SideChanges::default(),
            theirs_changes: SideChanges::default(),
            records: Vec::new(),
            conflicts: Vec::new(),
            name: None,
            home_country: None,
            resolving: false,
        };
        merge.plan_collection::<Country>(base, ours, theirs);
        merge.plan_collection::<Institution>(base, ours, theirs);
        merge.plan_collection::<Person>(base, ours, theirs);
        merge.plan_collection::<Document>(base, ours, theirs);
        merge.plan_collection::<Activity>(base, ours, theirs);
        merge.plan_collection::<Commission>(base, ours, theirs);
        merge.plan_collection::<Meeting>(base, ours, theirs);
        merge.plan_collection::<Indicator>(base, ours, theirs);
        merge.plan_collection::<Source>(base, ours, theirs);
        merge.plan_settings(base, ours, theirs);
        merge
    }

    /// Whether the merge is three-way (a common version known) or two-way.
    pub fn kind(&self) -> MergeKind {
        self.kind
    }

    /// Says where the base came from (found among the kept versions, or
    /// why there is none), for the summary's first sentence. An origin
    /// that found no base is kept only for a two-way merge, and one that
    /// found one only for a three-way merge.
    #[must_use]
    pub fn with_origin(mut self, origin: BaseOrigin) -> Self {
        if origin.found() == (self.kind == MergeKind::ThreeWay) {
            self.origin = origin;
        }
        self
    }

    /// Where the base came from, or why there is none.
    pub fn origin(&self) -> BaseOrigin {
        self.origin
    }

    /// What `side` added, changed and deleted since the common version (in
    /// a two-way merge: what only it holds, and what differs).
    pub fn changes_of(&self, side: Side) -> SideChanges {
        match side {
            Side::Ours => self.ours_changes,
            Side::Theirs => self.theirs_changes,
        }
    }

    /// How many records the merge brings into this copy, changes or
    /// removes, conflicts included.
    pub fn incoming_count(&self) -> usize {
        self.records.len()
    }

    /// Every record the merge adds, changes or removes here, in file order.
    pub fn incoming(&self) -> &[IncomingRecord] {
        &self.records
    }

    /// What both copies changed differently, in file order with the settings last; each
    /// holds this copy's value until chosen.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Chooses for conflict `index` (of [`Merge::conflicts`]).
    pub fn choose(&mut self, index: usize, choice: Choice) {
        if let Some(conflict) = self.conflicts.get_mut(index) {
            conflict.choice = choice;
        }
    }

    /// Chooses one side for every conflict ("all mine", "all theirs").
    pub fn choose_all(&mut self, side: Side) {
        for conflict in &mut self.conflicts {
            conflict.choice = match side {
                Side::Ours => Choice::Ours,
                Side::Theirs => Choice::Theirs,
            };
        }
    }

    /// True when nothing would change in this copy.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.name.is_none() && self.home_country.is_none()
    }
}

// Planning.
impl Merge {
    fn plan_collection<R: Record>(
        &mut self,
        base: Option<&Workspace>,
        ours: &Workspace,
        theirs: &Workspace,
    ) {
        let empty = crate::model::Records::default();
        let base_records = base.map_or(&empty, R::collection);
        let ours_records = R::collection(ours);
        let theirs_records = R::collection(theirs);
        let ids: BTreeSet<R::Id> = base_records
            .keys()
            .chain(ours_records.keys())
            .chain(theirs_records.keys())
            .copied()
            .collect();
        for id in ids {
            let base_version = base_records.get(&id);
            let ours_version = ours_records.get(&id);
            let theirs_version = theirs_records.get(&id);
            self.count(base.is_some(), base_version, ours_version, theirs_version);
            let record: RecordId = id.into();
            if base_version.is_none()
                && self.plan_buried(
                    record,
                    ours_version,
                    theirs_version,
                    ours.tombstones().get(&record),
                    theirs.tombstones().get(&record),
                )
            {
                continue;
            }
            self.plan_record(
                record,
                base.is_some(),
                base_version,
                ours_version,
                theirs_version,
            );
        }
    }

    fn count<R: Record>(
        &mut self,
        has_base: bool,
        base: Option<&R>,
        ours: Option<&R>,
        theirs: Option<&R>,
    ) {
        let tally = |changes: &mut SideChanges, side: Option<&R>, other: Option<&R>| {
            // Without a base, a record only one side holds counts as added
            // by it, and one both hold but differently as changed by both.
            let reference = if has_base { base } else { other };
            match (reference, side) {
                (None, Some(_)) => changes.added += 1,
                (Some(_), None) if has_base => changes.deleted += 1,
                (Some(old), Some(new)) if old != new => changes.changed += 1,
                _ => {}
            }
        };
        tally(&mut self.ours_changes, ours, theirs);
        tally(&mut self.theirs_changes, theirs, ours);
    }

    fn plan_record<R: Record>(
        &mut self,
        id: RecordId,
        has_base: bool,
        base: Option<&R>,
        ours: Option<&R>,
        theirs: Option<&R>,
    ) {
        if ours == theirs {
            return;
        }
        if has_base && base == ours {
            let (label, arrival) = match (base, theirs) {
                (_, None) => (base.map(Record::label), Arrival::Deleted),
                (None, Some(theirs)) => (Some(theirs.label()), Arrival::Added),
                (Some(_), Some(theirs)) => (Some(theirs.label()), Arrival::Changed),
            };
            self.records.push(IncomingRecord {
                id,
                label: label.unwrap_or_default(),
                arrival,
                outcome: Outcome::Theirs(theirs.cloned().map(|record| Box::new(record.into_any()))),
            });
            return;
        }
        if has_base && base == theirs {
            return;
        }
        match (ours, theirs) {
            (Some(ours), Some(theirs)) => self.combine(id, base, ours, theirs),
            // Two-way: what only one side holds arrives or stays.
            (Some(_), None) if !has_base => {}
            (None, Some(theirs)) if !has_base => self.records.push(IncomingRecord {
                id,
                label: theirs.label(),
                arrival: Arrival::Added,
                outcome: Outcome::Theirs(Some(Box::new(theirs.clone().into_any()))),
            }),
            // Deleted on one side, changed on the other: kept, and asked.
            (ours, theirs) => self.deleted_and_changed(id, base, ours, theirs),
        }
    }

    /// A record that one side deleted and the other changed: kept, with a
    /// conflict asking whether to let it go.
    fn deleted_and_changed<R: Record>(
        &mut self,
        id: RecordId,
        base: Option<&R>,
        ours: Option<&R>,
        theirs: Option<&R>,
    ) {
        let label = ours.or(theirs).map(Record::label).unwrap_or_default();
        let ours_value = ours.map(value_of);
        let theirs_value = theirs.map(value_of);
        self.records.push(IncomingRecord {
            id,
            label: label.clone(),
            arrival: Arrival::Combined,
            outcome: Outcome::Combined(ours_value.clone().unwrap_or(Value::Null)),
        });
        self.conflicts.push(Conflict {
            subject: Subject::Record(id),
            label,
            field: FieldPath::new(),
            base: base.map(value_of),
            choice: if ours.is_some() {
                Choice::Ours
            } else {
                Choice::Theirs
            },
            ours: ours_value,
            theirs: theirs_value,
            ours_changed: ours.map(stamp_of),
            theirs_changed: theirs.map(stamp_of),
        });
    }

    /// A record the base does not settle (none, or not in it) that one
    /// side holds and the other's tombstone says it deleted: it goes when
    /// it was last changed before the deletion, and is kept and asked
    /// about when changed after. True when this decided the record.
    fn plan_buried<R: Record>(
        &mut self,
        id: RecordId,
        ours: Option<&R>,
        theirs: Option<&R>,
        ours_buried: Option<&Tombstone>,
        theirs_buried: Option<&Tombstone>,
    ) -> bool {
        match (ours, theirs, ours_buried, theirs_buried) {
            (Some(kept), None, _, Some(tombstone)) => {
                if kept.modified_at() <= tombstone.deleted_at {
                    self.records.push(IncomingRecord {
                        id,
                        label: kept.label(),
                        arrival: Arrival::Deleted,
                        outcome: Outcome::Theirs(None),
                    });
                } else {
                    self.deleted_and_changed(id, None, ours, None);
                }
                true
            }
            (None, Some(kept), Some(tombstone), _) => {
                // Deleted here before the other copy last changed it: it
                // stays deleted, and nothing comes in.
                if kept.modified_at() > tombstone.deleted_at {
                    self.deleted_and_changed(id, None, None, theirs);
                }
                true
            }
            _ => false,
        }
    }

    fn combine<R: Record>(&mut self, id: RecordId, base: Option<&R>, ours: &R, theirs: &R) {
        let base_value = base.map(value_of);
        let ours_value = value_of(ours);
        let theirs_value = value_of(theirs);
        let mut clashes = Vec::new();
        let merged = values::combine(
            base_value.as_ref(),
            &ours_value,
            &theirs_value,
            &mut clashes,
        );
        let label = ours.label();
        let clashed = !clashes.is_empty();
        for clash in clashes {
            self.conflicts.push(Conflict {
                subject: Subject::Record(id),
                label: label.clone(),
                field: clash.path,
                base: clash.base,
                ours: clash.ours,
                theirs: clash.theirs,
                choice: Choice::Ours,
                ours_changed: Some(stamp_of(ours)),
                theirs_changed: Some(stamp_of(theirs)),
            });
        }
        if clashed || merged != ours_value {
            self.records.push(IncomingRecord {
                id,
                label,
                arrival: Arrival::Combined,
                outcome: Outcome::Combined(merged),
            });
        }
    }

    fn plan_settings(&mut self, base: Option<&Workspace>, ours: &Workspace, theirs: &Workspace) {
        let label = ours.name().to_owned();
        let name = |workspace: &Workspace| workspace.name().to_owned();
        let home = |workspace: &Workspace| workspace.home_country();
        let base_name = base.map(name);
        if let Some(value) = self.plan_setting(
            base_name.as_ref(),
            &name(ours),
            &name(theirs),
            &label,
            "name",
        ) {
            self.name = Some(value);
        }
        let base_home = base.map(home);
        if let Some(value) = self.plan_setting(
            base_home.as_ref(),
            &home(ours),
            &home(theirs),
            &label,
            "home_country",
        ) {
            self.home_country = Some(value);
        }
    }

    /// Three-way on one setting: `Some(theirs)` when only theirs changed
    /// it; a conflict when both did.
    fn plan_setting<T: PartialEq + Clone + serde::Serialize>(
        &mut self,
        base: Option<&T>,
        ours: &T,
        theirs: &T,
        label: &str,
        field: &str,
    ) -> Option<T> {
        if ours == theirs || base == Some(theirs) {
            return None;
        }
        if base == Some(ours) {
            return Some(theirs.clone());
        }
        let to_value = |value: &T| {
            Some(serde_json::to_value(value).unwrap_or(Value::Null))
                .filter(|value| !value.is_null())
        };
        self.conflicts.push(Conflict {
            subject: Subject::Settings,
            label: label.to_owned(),
            field: vec![field.to_owned()],
            base: base.and_then(to_value),
            ours: to_value(ours),
            theirs: to_value(theirs),
            choice: Choice::Ours,
            ours_changed: None,
            theirs_changed: None,
        });
        None
    }
}

#[cfg(test)]
mod tests;
