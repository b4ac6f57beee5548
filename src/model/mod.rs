//! The domain model: every kind of record a department keeps, partial dates,
//! and the workspace with its named operations. Knows nothing of files or UI.

mod activity;
mod commission;
mod country;
pub mod date;
mod document;
mod field_path;
mod fold;
mod history;
mod ids;
mod indicator;
mod institution;
pub mod integrity;
mod labels;
mod meeting;
mod names;
mod person;
mod record;
mod records;
mod reference_copy;
mod source;
pub mod validate;
mod workspace;

pub use activity::{Activity, ActivityStatus};
pub use commission::Commission;
pub use country::{Country, Embassy, EmbassySide, RelationsProfile};
pub use date::{DateError, PartialDate, Period, Precision};
pub use document::{
    Document, DocumentKind, DocumentRelation, DocumentStatus, RelationKind, Signatory, StatusStep,
};
pub use field_path::{Field, FieldPath};
pub use history::{
    ANCESTORS_KEPT, Holding, Lineage, RecordedConflict, Stamp, Tombstone, VersionId,
};
pub use ids::{
    ActivityId, CommissionId, CountryId, DocumentId, IndicatorId, InstitutionId, MeetingId,
    PersonId, RecordId, RecordKind, SourceId, TypedId, use_seeded_ids_on_this_thread,
};
pub use indicator::{Indicator, IndicatorKind};
pub use institution::{FormerName, Institution, InstitutionKind};
pub use meeting::{Meeting, MeetingKind};
pub use names::{LocalName, OtherNames, is_language_code};
pub use person::{Person, Position};
// The merge reads any record as JSON through it.
pub(crate) use record::with_any;
pub use record::{AnyRecord, Record, Reference};
pub use records::Records;
pub use source::Source;
pub use validate::FieldProblem;
pub(crate) use workspace::problems_text;
pub use workspace::{Change, Edit, EditError, RecordCounts, Referrer, Workspace};

pub use fold::{NameMatch, fold_into, fold_mapped, name_match, name_match_folded, name_matches};

/// Text folded for matching what a person types: lower case in plain Latin
/// letters, so "TÜRKİYE" and "turkiye" both find "Türkiye" and "baku"
/// finds "Баку" (see [`fold_into`]).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// `text` with its first letter in upper case ("document" → "Document"),
/// to start a sentence or a line with a word of the model's vocabulary.
pub fn capitalised(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
}
