//! What every record kind has in common: an id, timestamps, a label, and the
//! references it holds to other records.

use std::fmt::Debug;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::field_path::{Field, FieldPath};
use super::records::Records;
use super::{
    Activity, Commission, Country, Document, Indicator, Institution, Meeting, Person, RecordId,
    RecordKind, Source, Workspace,
};

/// A reference one record holds to another, and the field that holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The record referred to; its kind is part of the id.
    pub target: RecordId,
    /// Field path inside the record, e.g. `parties[1]` or `positions[0].institution`.
    pub field: FieldPath,
    /// True when the reference cannot simply be dropped (an activity's plan,
    /// an institution's country, a signatory's person): the record that
    /// holds it must be changed or deleted first.
    pub blocking: bool,
}

/// A kind of record stored in a [`Workspace`].
pub trait Record: Clone + Debug + PartialEq + Serialize + DeserializeOwned {
    /// The typed id of this kind, so that a country id cannot stand where an institution id
    /// belongs.
    type Id: super::TypedId;
    /// Which collection of the workspace this kind lives in.
    const KIND: RecordKind;

    /// The record's id: it never changes, so copies of a workspace merge record by record.
    fn id(&self) -> Self::Id;
    /// The name or title a person recognises it by.
    fn label(&self) -> String;
    /// When the record was added; an update keeps it.
    fn created_at(&self) -> DateTime<Utc>;
    /// Stamps when the record was added; the workspace does this on add and keeps it on update.
    fn set_created_at(&mut self, at: DateTime<Utc>);
    /// When the record was last changed.
    fn modified_at(&self) -> DateTime<Utc>;
    /// Stamps the last change; the workspace does this on every add, update and dropped reference.
    fn set_modified_at(&mut self, at: DateTime<Utc>);
    /// The officer who last changed it, when known.
    fn modified_by(&self) -> Option<&str>;
    /// Stamps who made the last change (with [`Self::set_modified_at`]).
    fn set_modified_by(&mut self, by: Option<String>);
    /// Every reference this record holds, in field order.
    fn references(&self) -> Vec<Reference>;
    /// The references this record holds to `target` only: what
    /// [`Workspace::referrers_of`] asks of every record, without building
    /// a field path for each reference that is not to `target`.
    fn references_to(&self, target: RecordId) -> Vec<Reference>;
    /// Removes the references to `target` that can be dropped; blocking ones stay.
    fn drop_references_to(&mut self, target: RecordId);

    /// The workspace's collection of this kind, sorted by id.
    fn collection(workspace: &Workspace) -> &Records<Self::Id, Self>;
    /// The workspace's collection of this kind, to change without checks (loading, undo).
    fn collection_mut(workspace: &mut Workspace) -> &mut Records<Self::Id, Self>;
    /// This record wrapped as an [`AnyRecord`], for undo steps and edits.
    fn into_any(self) -> AnyRecord;
}

/// A record of any kind, as carried by undo steps and edits.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyRecord {
    /// A partner country, or the home country.
    Country(Country),
    /// A government, ministry, agency or embassy.
    Institution(Institution),
    /// An official: a minister, signatory or meeting participant.
    Person(Person),
    /// An agreement, protocol, action plan or other document.
    Document(Document),
    /// An item of an action plan.
    Activity(Activity),
    /// A standing joint commission.
    Commission(Commission),
    /// A commission session, visit or other event.
    Meeting(Meeting),
    /// An economic figure of a country for a period.
    Indicator(Indicator),
    /// An article, page or report facts were taken from.
    Source(Source),
}

/// Runs `$body` with `$record` bound to the inner record of an [`AnyRecord`].
macro_rules! with_any {
    ($any:expr, $record:ident => $body:expr) => {
        match $any {
            AnyRecord::Country($record) => $body,
            AnyRecord::Institution($record) => $body,
            AnyRecord::Person($record) => $body,
            AnyRecord::Document($record) => $body,
            AnyRecord::Activity($record) => $body,
            AnyRecord::Commission($record) => $body,
            AnyRecord::Meeting($record) => $body,
            AnyRecord::Indicator($record) => $body,
            AnyRecord::Source($record) => $body,
        }
    };
}
pub(crate) use with_any;

impl AnyRecord {
    /// The sources the record cites (none for a source itself).
    pub fn sources(&self) -> &[super::SourceId] {
        match self {
            Self::Country(record) => &record.sources,
            Self::Institution(record) => &record.sources,
            Self::Person(record) => &record.sources,
            Self::Document(record) => &record.sources,
            Self::Activity(record) => &record.sources,
            Self::Commission(record) => &record.sources,
            Self::Meeting(record) => &record.sources,
            Self::Indicator(record) => &record.sources,
            Self::Source(_) => &[],
        }
    }

    /// The wrapped record's id, as a [`RecordId`] that names its kind.
    pub fn id(&self) -> RecordId {
        with_any!(self, record => record.id().into())
    }

    /// The name or title a person recognises the wrapped record by.
    pub fn label(&self) -> String {
        with_any!(self, record => record.label())
    }

    /// Every reference the wrapped record holds, in field order.
    pub fn references(&self) -> Vec<Reference> {
        with_any!(self, record => record.references())
    }
}

/// Collects references while a record describes its fields.
#[derive(Default)]
pub(crate) struct ReferenceList(pub Vec<Reference>, Option<RecordId>);

impl ReferenceList {
    /// A list that keeps only the references to `target`.
    pub fn only(target: RecordId) -> Self {
        Self(Vec::new(), Some(target))
    }

    fn wanted(&self, id: RecordId) -> bool {
        self.1.is_none_or(|target| target == id)
    }

    /// A reference held in `field`; `blocking` as in [`Reference::blocking`].
    pub fn one<I: Copy + Into<RecordId>>(
        &mut self,
        field: impl Into<FieldPath>,
        id: I,
        blocking: bool,
    ) {
        if !self.wanted(id.into()) {
            return;
        }
        self.0.push(Reference {
            target: id.into(),
            field: field.into(),
            blocking,
        });
    }

    /// A reference in the `index`th element of a list field, at
    /// `field[index]` or `field[index].inner`; the path is made only when
    /// the reference is kept.
    pub fn item<I: Copy + Into<RecordId>, P: Clone + Into<FieldPath>>(
        &mut self,
        field: &P,
        index: usize,
        inner: Option<Field>,
        id: I,
        blocking: bool,
    ) {
        if self.wanted(id.into()) {
            let element = field.clone().into().at(index);
            let path = match inner {
                Some(inner) => element.then(inner),
                None => element,
            };
            self.one(path, id, blocking);
        }
    }

    /// A reference in an optional field, when it holds one; never blocking.
    pub fn optional<I: Copy + Into<RecordId>>(&mut self, field: Field, id: Option<I>) {
        if let Some(id) = id {
            self.one(field, id, false);
        }
    }

    /// References in every element of a list field, at `field[index]`.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "callers name the field inline (`Field::Sources`); a reference would only add `&` to each"
    )]
    pub fn list<I: Copy + Into<RecordId>, P: Clone + Into<FieldPath>>(
        &mut self,
        field: P,
        ids: &[I],
    ) {
        for (index, id) in ids.iter().enumerate() {
            self.item(&field, index, None, *id, false);
        }
    }
}

/// Removes `target` from a list of references.
pub(crate) fn drop_from_list<I: Copy + Into<RecordId>>(ids: &mut Vec<I>, target: RecordId) {
    ids.retain(|id| (*id).into() != target);
}

/// Clears an optional reference to `target`.
pub(crate) fn drop_optional<I: Copy + Into<RecordId>>(id: &mut Option<I>, target: RecordId) {
    if id.is_some_and(|id| id.into() == target) {
        *id = None;
    }
}

macro_rules! impl_record {
    ($type:ident, $id:ident, $kind:ident, $field:ident, $label:expr) => {
        impl Record for $type {
            type Id = super::$id;
            const KIND: RecordKind = RecordKind::$kind;

            fn id(&self) -> Self::Id {
                self.id
            }
            fn label(&self) -> String {
                let label: fn(&Self) -> String = $label;
                label(self)
            }
            fn created_at(&self) -> DateTime<Utc> {
                self.created_at
            }
            fn set_created_at(&mut self, at: DateTime<Utc>) {
                self.created_at = at;
            }
            fn modified_at(&self) -> DateTime<Utc> {
                self.modified_at
            }
            fn set_modified_at(&mut self, at: DateTime<Utc>) {
                self.modified_at = at;
            }
            fn modified_by(&self) -> Option<&str> {
                self.modified_by.as_deref()
            }
            fn set_modified_by(&mut self, by: Option<String>) {
                self.modified_by = by;
            }
            fn references(&self) -> Vec<Reference> {
                let mut list = ReferenceList::default();
                self.describe_references(&mut list);
                list.0
            }
            fn references_to(&self, target: RecordId) -> Vec<Reference> {
                let mut list = ReferenceList::only(target);
                self.describe_references(&mut list);
                list.0
            }
            fn drop_references_to(&mut self, target: RecordId) {
                self.drop_references(target);
            }
            fn collection(workspace: &Workspace) -> &Records<Self::Id, Self> {
                &workspace.$field
            }
            fn collection_mut(workspace: &mut Workspace) -> &mut Records<Self::Id, Self> {
                &mut workspace.$field
            }
            fn into_any(self) -> AnyRecord {
                AnyRecord::$kind(self)
            }
        }
    };
}

impl_record!(Country, CountryId, Country, countries, |c| c
    .shown_name()
    .to_owned());
impl_record!(Institution, InstitutionId, Institution, institutions, |i| i
    .shown_name()
    .to_owned());
impl_record!(Person, PersonId, Person, people, |p| p
    .shown_name()
    .to_owned());
impl_record!(Document, DocumentId, Document, documents, |d| d
    .shown_name()
    .to_owned());
impl_record!(Activity, ActivityId, Activity, activities, |a| a
    .description
    .clone());
impl_record!(Commission, CommissionId, Commission, commissions, |c| c
    .shown_name()
    .to_owned());
impl_record!(Meeting, MeetingId, Meeting, meetings, |m| m.title.clone());
impl_record!(Indicator, IndicatorId, Indicator, indicators, |i| format!(
    "{} {}",
    i.name(),
    i.period.human()
));
impl_record!(Source, SourceId, Source, sources, |s| s.title.clone());

impl Country {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.list(
            Field::Relations.then(Field::StrategicPartnerships),
            &self.relations.strategic_partnerships,
        );
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.relations.strategic_partnerships, target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Institution {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.one(Field::Country, self.country, true);
        list.optional(Field::Parent, self.parent);
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_optional(&mut self.parent, target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Person {
    fn describe_references(&self, list: &mut ReferenceList) {
        for (index, position) in self.positions.iter().enumerate() {
            list.item(
                &Field::Positions,
                index,
                Some(Field::Institution),
                position.institution,
                true,
            );
        }
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.sources, target);
    }
}

impl Document {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.list(Field::Parties, &self.parties);
        for (index, signatory) in self.signatories.iter().enumerate() {
            list.item(
                &Field::Signatories,
                index,
                Some(Field::Person),
                signatory.person,
                true,
            );
        }
        list.optional(Field::SignedAtMeeting, self.signed_at_meeting);
        for (index, relation) in self.relations.iter().enumerate() {
            list.item(
                &Field::Relations,
                index,
                Some(Field::Target),
                relation.target,
                false,
            );
        }
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.parties, target);
        drop_optional(&mut self.signed_at_meeting, target);
        self.relations
            .retain(|relation| RecordId::from(relation.target) != target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Activity {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.one(Field::Plan, self.plan, true);
        list.list(Field::Responsible, &self.responsible);
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.responsible, target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Commission {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.list(Field::Parties, &self.parties);
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.parties, target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Meeting {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.list(Field::Countries, &self.countries);
        list.optional(Field::Commission, self.commission);
        list.list(Field::Participants, &self.participants);
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.countries, target);
        drop_optional(&mut self.commission, target);
        drop_from_list(&mut self.participants, target);
        drop_from_list(&mut self.sources, target);
    }
}

impl Indicator {
    fn describe_references(&self, list: &mut ReferenceList) {
        list.one(Field::Country, self.country, true);
        list.list(Field::Sources, &self.sources);
    }
    fn drop_references(&mut self, target: RecordId) {
        drop_from_list(&mut self.sources, target);
    }
}

#[expect(
    clippy::unused_self,
    reason = "impl_record! calls the same pair of methods on every kind; a source refers to no record"
)]
impl Source {
    fn describe_references(&self, _list: &mut ReferenceList) {}
    fn drop_references(&mut self, _target: RecordId) {}
}
