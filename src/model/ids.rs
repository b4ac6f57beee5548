//! Typed record ids: a `CountryId` can never be passed where an
//! `InstitutionId` is wanted. Each is a random UUID, stable for the life of
//! the record, so copies of a workspace can later be merged record by record.

use std::cell::RefCell;
use std::fmt;

use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

thread_local! {
    static SEEDED_IDS: RefCell<Option<ChaCha8Rng>> = const { RefCell::new(None) };
}

/// Makes the ids created on this thread from now on follow from `seed`, so
/// that the same steps give the same ids and the same file bytes. Tests call
/// it: a file sorted by random ids differs from run to run, and so does
/// whatever a test finds at a given offset in it.
pub fn use_seeded_ids_on_this_thread(seed: u64) {
    SEEDED_IDS.with_borrow_mut(|rng| *rng = Some(ChaCha8Rng::seed_from_u64(seed)));
}

fn fresh_uuid() -> Uuid {
    SEEDED_IDS.with_borrow_mut(|rng| match rng {
        Some(rng) => uuid::Builder::from_random_bytes(rng.random()).into_uuid(),
        None => Uuid::new_v4(),
    })
}

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id (seeded where
            /// [`use_seeded_ids_on_this_thread`] was called).
            pub fn random() -> Self {
                Self(fresh_uuid())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

define_id!(
    /// Identifies a [`super::Country`].
    CountryId
);
define_id!(
    /// Identifies an [`super::Institution`].
    InstitutionId
);
define_id!(
    /// Identifies a [`super::Person`].
    PersonId
);
define_id!(
    /// Identifies a [`super::Document`].
    DocumentId
);
define_id!(
    /// Identifies an [`super::Activity`].
    ActivityId
);
define_id!(
    /// Identifies a [`super::Commission`].
    CommissionId
);
define_id!(
    /// Identifies a [`super::Meeting`].
    MeetingId
);
define_id!(
    /// Identifies an [`super::Indicator`].
    IndicatorId
);
define_id!(
    /// Identifies a [`super::Source`].
    SourceId
);

/// The kinds of record a workspace holds, in file order (which is also
/// the order of [`strum::VariantArray::VARIANTS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray)]
pub enum RecordKind {
    /// A partner country.
    Country,
    /// A body of a country that is party to documents and employs people.
    Institution,
    /// A contact person, usually at an institution.
    Person,
    /// An agreement, protocol, action plan or other signed text.
    Document,
    /// One item of an action plan.
    Activity,
    /// A standing joint commission that meets in numbered sessions.
    Commission,
    /// An event with participants, place, topics and outcomes.
    Meeting,
    /// A figure followed over periods, such as trade volume.
    Indicator,
    /// A cited source, its text kept as published.
    Source,
}

impl RecordKind {
    /// Every kind, in file order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The name of the collection in the workspace file.
    pub fn collection(self) -> &'static str {
        match self {
            Self::Country => "countries",
            Self::Institution => "institutions",
            Self::Person => "people",
            Self::Document => "documents",
            Self::Activity => "activities",
            Self::Commission => "commissions",
            Self::Meeting => "meetings",
            Self::Indicator => "indicators",
            Self::Source => "sources",
        }
    }

    /// The kind whose [`Self::noun`] is `noun`, as files write it.
    pub fn from_noun(noun: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|kind| kind.noun() == noun)
    }

    /// The kind's name as a person reads it, in the thread's language:
    /// "Country", "Ölkə", "Страна" (the file keeps [`Self::noun`]).
    pub fn label(self) -> String {
        match self {
            Self::Country => crate::tr!("model-kind-country"),
            Self::Institution => crate::tr!("model-kind-institution"),
            Self::Person => crate::tr!("model-kind-person"),
            Self::Document => crate::tr!("model-kind-document"),
            Self::Activity => crate::tr!("model-kind-activity"),
            Self::Commission => crate::tr!("model-kind-commission"),
            Self::Meeting => crate::tr!("model-kind-meeting"),
            Self::Indicator => crate::tr!("model-kind-indicator"),
            Self::Source => crate::tr!("model-kind-source"),
        }
    }

    /// The singular noun the file and the English messages use:
    /// "country", "document". Never translated; see [`Self::label`].
    pub fn noun(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Institution => "institution",
            Self::Person => "person",
            Self::Document => "document",
            Self::Activity => "activity",
            Self::Commission => "commission",
            Self::Meeting => "meeting",
            Self::Indicator => "indicator",
            Self::Source => "source",
        }
    }
}

/// Any record's id, tagged with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordId {
    /// A [`CountryId`].
    Country(CountryId),
    /// An [`InstitutionId`].
    Institution(InstitutionId),
    /// A [`PersonId`].
    Person(PersonId),
    /// A [`DocumentId`].
    Document(DocumentId),
    /// An [`ActivityId`].
    Activity(ActivityId),
    /// A [`CommissionId`].
    Commission(CommissionId),
    /// A [`MeetingId`].
    Meeting(MeetingId),
    /// An [`IndicatorId`].
    Indicator(IndicatorId),
    /// A [`SourceId`].
    Source(SourceId),
}

impl RecordId {
    /// Which kind of record this id points to.
    pub fn kind(self) -> RecordKind {
        match self {
            Self::Country(_) => RecordKind::Country,
            Self::Institution(_) => RecordKind::Institution,
            Self::Person(_) => RecordKind::Person,
            Self::Document(_) => RecordKind::Document,
            Self::Activity(_) => RecordKind::Activity,
            Self::Commission(_) => RecordKind::Commission,
            Self::Meeting(_) => RecordKind::Meeting,
            Self::Indicator(_) => RecordKind::Indicator,
            Self::Source(_) => RecordKind::Source,
        }
    }

    /// The id of a record of `kind` whose file id is `uuid`.
    pub fn of_kind(kind: RecordKind, uuid: Uuid) -> Self {
        match kind {
            RecordKind::Country => Self::Country(CountryId(uuid)),
            RecordKind::Institution => Self::Institution(InstitutionId(uuid)),
            RecordKind::Person => Self::Person(PersonId(uuid)),
            RecordKind::Document => Self::Document(DocumentId(uuid)),
            RecordKind::Activity => Self::Activity(ActivityId(uuid)),
            RecordKind::Commission => Self::Commission(CommissionId(uuid)),
            RecordKind::Meeting => Self::Meeting(MeetingId(uuid)),
            RecordKind::Indicator => Self::Indicator(IndicatorId(uuid)),
            RecordKind::Source => Self::Source(SourceId(uuid)),
        }
    }

    /// The UUID written in the file, whatever the kind.
    pub fn uuid(self) -> Uuid {
        match self {
            Self::Country(id) => id.0,
            Self::Institution(id) => id.0,
            Self::Person(id) => id.0,
            Self::Document(id) => id.0,
            Self::Activity(id) => id.0,
            Self::Commission(id) => id.0,
            Self::Meeting(id) => id.0,
            Self::Indicator(id) => id.0,
            Self::Source(id) => id.0,
        }
    }
}

/// An id of one record kind, convertible to and from [`RecordId`].
pub trait TypedId: Copy + Ord + std::fmt::Debug + Into<RecordId> {
    /// The kind of record this id type points to.
    const KIND: RecordKind;
    /// The typed id inside `id`, when it is of this kind.
    fn from_record_id(id: RecordId) -> Option<Self>;
}

macro_rules! record_id_from {
    ($($variant:ident($id:ident)),*) => {
        $(impl From<$id> for RecordId {
            fn from(id: $id) -> Self {
                Self::$variant(id)
            }
        }

        impl TypedId for $id {
            const KIND: RecordKind = RecordKind::$variant;
            fn from_record_id(id: RecordId) -> Option<Self> {
                match id {
                    RecordId::$variant(id) => Some(id),
                    _ => None,
                }
            }
        })*
    };
}

record_id_from!(
    Country(CountryId),
    Institution(InstitutionId),
    Person(PersonId),
    Document(DocumentId),
    Activity(ActivityId),
    Commission(CommissionId),
    Meeting(MeetingId),
    Indicator(IndicatorId),
    Source(SourceId)
);
