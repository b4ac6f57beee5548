//! Typed paths to a field inside a record, such as `positions[0].title`:
//! where validation, the references a record holds, forms, the detail page
//! and Delete meet. A misspelt field fails to compile; the text form is
//! only for people (messages, the file loader's report).

use std::fmt;
use std::fmt::Write as _;

use crate::tr;

/// A field of a record (or of the workspace), by its name in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum Field {
    /// A country's other names, old and new (`"Türkiye"`).
    Aliases,
    /// A source's author, as the source credits them.
    Author,
    /// An indicator's change against the same period before, in percent.
    ChangePercent,
    /// The city of an embassy in a country's relations profile.
    City,
    /// The commission whose session a meeting is.
    Commission,
    /// The partner countries a meeting concerns.
    Countries,
    /// The country an institution belongs to or an indicator is about.
    Country,
    /// The date of a document's status step, when known.
    Date,
    /// What an activity of an action plan is to achieve.
    Description,
    /// The day diplomatic relations were established, in a country's relations profile.
    DiplomaticRelationsEstablished,
    /// When an activity is due: a single date or a span.
    Due,
    /// The embassies in a country's relations profile, ours there and theirs here.
    Embassies,
    /// The last date of a period, or of a meeting.
    End,
    /// When a commission was established.
    Established,
    /// An institution's earlier names, most recent last.
    FormerNames,
    /// The start of a person's position.
    From,
    /// The workspace's home country: the one whose ministry keeps the file.
    HomeCountry,
    /// The institution of a person's position.
    Institution,
    /// A country's ISO 3166-1 alpha-2 code (`"TR"`).
    IsoCode,
    /// What an indicator measures when its kind is "other", or a qualifier.
    Label,
    /// The language code of a name in another language (`az`).
    Language,
    /// The name of a country, institution, person or commission, or an institution's former name.
    Name,
    /// A person's other spellings, kept as sources wrote them.
    NameVariants,
    /// The record's name in other languages, by language code.
    Names,
    /// When an embassy opened.
    OpenedOn,
    /// The institution above this one (a ministry's agency).
    Parent,
    /// The people who took part in a meeting.
    Participants,
    /// The institutions that are party to a document or a commission.
    Parties,
    /// The period an indicator's figure covers.
    Period,
    /// The person who signed a document, in its list of signatories.
    Person,
    /// Where a meeting took place.
    Place,
    /// The action plan an activity belongs to.
    Plan,
    /// A signatory's post as it was at signing.
    Position,
    /// The posts a person has held.
    Positions,
    /// When a source was published, with the publisher's UTC offset.
    PublishedAt,
    /// Who published a source.
    Publisher,
    /// A document's relations to other documents, or a country's relations profile.
    Relations,
    /// The institutions responsible for an activity.
    Responsible,
    /// The number of a commission's session ("10th meeting" is 10).
    SessionNumber,
    /// An institution's short name or acronym (`"İŞKUR"`).
    ShortName,
    /// The people who signed a document, with their posts at signing.
    Signatories,
    /// The meeting at which a document was signed.
    SignedAtMeeting,
    /// The place where a document was signed.
    SignedAtPlace,
    /// The day a document was signed, to the precision the source gives.
    SignedOn,
    /// The sources a record cites.
    Sources,
    /// The first date of a period, or of a meeting.
    Start,
    /// A document's status steps, oldest first; the last is its current status.
    StatusHistory,
    /// The joint declarations of strategic partnership in a country's relations profile.
    StrategicPartnerships,
    /// The document a document relation points to.
    Target,
    /// The title of a document, meeting or source, or a person's post.
    Title,
    /// The end of a person's position.
    To,
    /// The subjects discussed at a meeting.
    Topics,
    /// The unit of an indicator's value (`"USD million"`).
    Unit,
    /// The last day an institution used a former name.
    Until,
    /// A source's web address.
    Url,
    /// The period a document is in force.
    Validity,
    /// An indicator's figure, in its unit.
    Value,
}

impl Field {
    /// The field whose name in the file is `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        <Self as strum::VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|field| field.name() == name)
    }

    /// The fields at `keys` in a record's file form (`["relations",
    /// "embassies"]`, `["names", "ru"]`) as a person reads them, outer
    /// first: "relations › embassies", "названия на других языках › ru".
    /// A key that is no field (a language code) stays as it is.
    pub fn words_of_keys(keys: &[String]) -> String {
        keys.iter()
            .map(|key| {
                Self::from_name(key).map_or_else(
                    || match key.as_str() {
                        // What forms and files hold that no check names.
                        "notes" => tr!("model-key-notes"),
                        "outcomes" => tr!("model-key-outcomes"),
                        "kind" => tr!("model-key-kind"),
                        "status" => tr!("model-key-status"),
                        "side" => tr!("model-key-side"),
                        "text" => tr!("model-key-text"),
                        other => other.to_owned(),
                    },
                    Self::words,
                )
            })
            .collect::<Vec<_>>()
            .join(" › ")
    }

    /// The field's name in the file.
    pub fn name(self) -> &'static str {
        match self {
            Self::Aliases => "aliases",
            Self::Author => "author",
            Self::ChangePercent => "change_percent",
            Self::City => "city",
            Self::Commission => "commission",
            Self::Countries => "countries",
            Self::Country => "country",
            Self::Date => "date",
            Self::Description => "description",
            Self::DiplomaticRelationsEstablished => "diplomatic_relations_established",
            Self::Due => "due",
            Self::Embassies => "embassies",
            Self::End => "end",
            Self::Established => "established",
            Self::FormerNames => "former_names",
            Self::From => "from",
            Self::HomeCountry => "home_country",
            Self::Institution => "institution",
            Self::IsoCode => "iso_code",
            Self::Label => "label",
            Self::Language => "language",
            Self::Name => "name",
            Self::NameVariants => "name_variants",
            Self::Names => "names",
            Self::OpenedOn => "opened_on",
            Self::Parent => "parent",
            Self::Participants => "participants",
            Self::Parties => "parties",
            Self::Period => "period",
            Self::Person => "person",
            Self::Place => "place",
            Self::Plan => "plan",
            Self::Position => "position",
            Self::Positions => "positions",
            Self::PublishedAt => "published_at",
            Self::Publisher => "publisher",
            Self::Relations => "relations",
            Self::Responsible => "responsible",
            Self::SessionNumber => "session_number",
            Self::ShortName => "short_name",
            Self::Signatories => "signatories",
            Self::SignedAtMeeting => "signed_at_meeting",
            Self::SignedAtPlace => "signed_at_place",
            Self::SignedOn => "signed_on",
            Self::Sources => "sources",
            Self::Start => "start",
            Self::StatusHistory => "status_history",
            Self::StrategicPartnerships => "strategic_partnerships",
            Self::Target => "target",
            Self::Title => "title",
            Self::To => "to",
            Self::Topics => "topics",
            Self::Unit => "unit",
            Self::Until => "until",
            Self::Url => "url",
            Self::Validity => "validity",
            Self::Value => "value",
        }
    }

    /// What one element of this list field is called, in the thread's
    /// language: "Position".
    fn one_of(self) -> String {
        match self {
            Self::Aliases => tr!("model-element-aliases"),
            Self::Countries => tr!("model-element-countries"),
            Self::Embassies => tr!("model-element-embassies"),
            Self::FormerNames => tr!("model-element-former-names"),
            Self::NameVariants => tr!("model-element-name-variants"),
            Self::Names => tr!("names-element"),
            Self::Participants => tr!("model-element-participants"),
            Self::Parties => tr!("model-element-parties"),
            Self::Positions => tr!("model-element-positions"),
            Self::Relations => tr!("model-element-relations"),
            Self::Responsible => tr!("model-element-responsible"),
            Self::Signatories => tr!("model-element-signatories"),
            Self::Sources => tr!("model-element-sources"),
            Self::StatusHistory => tr!("model-element-status-history"),
            Self::StrategicPartnerships => tr!("model-element-strategic-partnerships"),
            Self::Topics => tr!("model-element-topics"),
            _ => tr!("model-element-item"),
        }
    }

    /// The field's name as a person reads it, in the thread's language:
    /// "signed on", "imzalanma tarixi", "дата подписания".
    fn words(self) -> String {
        match self {
            Self::Aliases => tr!("model-field-aliases"),
            Self::Author => tr!("model-field-author"),
            Self::ChangePercent => tr!("model-field-change-percent"),
            Self::City => tr!("model-field-city"),
            Self::Commission => tr!("model-field-commission"),
            Self::Countries => tr!("model-field-countries"),
            Self::Country => tr!("model-field-country"),
            Self::Date => tr!("model-field-date"),
            Self::Description => tr!("model-field-description"),
            Self::DiplomaticRelationsEstablished => {
                tr!("model-field-diplomatic-relations-established")
            }
            Self::Due => tr!("model-field-due"),
            Self::Embassies => tr!("model-field-embassies"),
            Self::End => tr!("model-field-end"),
            Self::Established => tr!("model-field-established"),
            Self::FormerNames => tr!("model-field-former-names"),
            Self::From => tr!("model-field-from"),
            Self::HomeCountry => tr!("model-field-home-country"),
            Self::Institution => tr!("model-field-institution"),
            Self::IsoCode => tr!("model-field-iso-code"),
            Self::Label => tr!("model-field-label"),
            Self::Language => tr!("names-field-language"),
            Self::Name => tr!("model-field-name"),
            Self::NameVariants => tr!("model-field-name-variants"),
            Self::Names => tr!("names-field"),
            Self::OpenedOn => tr!("model-field-opened-on"),
            Self::Parent => tr!("model-field-parent"),
            Self::Participants => tr!("model-field-participants"),
            Self::Parties => tr!("model-field-parties"),
            Self::Period => tr!("model-field-period"),
            Self::Person => tr!("model-field-person"),
            Self::Place => tr!("model-field-place"),
            Self::Plan => tr!("model-field-plan"),
            Self::Position => tr!("model-field-position"),
            Self::Positions => tr!("model-field-positions"),
            Self::PublishedAt => tr!("model-field-published-at"),
            Self::Publisher => tr!("model-field-publisher"),
            Self::Relations => tr!("model-field-relations"),
            Self::Responsible => tr!("model-field-responsible"),
            Self::SessionNumber => tr!("model-field-session-number"),
            Self::ShortName => tr!("model-field-short-name"),
            Self::Signatories => tr!("model-field-signatories"),
            Self::SignedAtMeeting => tr!("model-field-signed-at-meeting"),
            Self::SignedAtPlace => tr!("model-field-signed-at-place"),
            Self::SignedOn => tr!("model-field-signed-on"),
            Self::Sources => tr!("model-field-sources"),
            Self::Start => tr!("model-field-start"),
            Self::StatusHistory => tr!("model-field-status-history"),
            Self::StrategicPartnerships => tr!("model-field-strategic-partnerships"),
            Self::Target => tr!("model-field-target"),
            Self::Title => tr!("model-field-title"),
            Self::To => tr!("model-field-to"),
            Self::Topics => tr!("model-field-topics"),
            Self::Unit => tr!("model-field-unit"),
            Self::Until => tr!("model-field-until"),
            Self::Url => tr!("model-field-url"),
            Self::Validity => tr!("model-field-validity"),
            Self::Value => tr!("model-field-value"),
        }
    }

    /// The `index`th element of this list field: `positions[0]`.
    pub fn at(self, index: usize) -> FieldPath {
        FieldPath::from(self).at(index)
    }

    /// A field inside this one: `validity.end`.
    pub fn then(self, inner: Field) -> FieldPath {
        FieldPath::from(self).then(inner)
    }
}

/// One step of a [`FieldPath`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Step {
    Field(Field),
    Index(usize),
}

/// A path to a field inside a record: fields and list indexes, from the
/// record down.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(Vec<Step>);

impl From<Field> for FieldPath {
    fn from(field: Field) -> Self {
        Self(vec![Step::Field(field)])
    }
}

impl FieldPath {
    /// The `index`th element of the list this path names.
    #[must_use]
    pub fn at(mut self, index: usize) -> Self {
        self.0.push(Step::Index(index));
        self
    }

    /// A field inside the one this path names.
    #[must_use]
    pub fn then(mut self, inner: Field) -> Self {
        self.0.push(Step::Field(inner));
        self
    }

    /// The field as a person names it: `positions[0].title` is "Position
    /// 1: the title", `signed_on` "the signed on",
    /// `validity.end` "the validity end".
    pub fn in_words(&self) -> String {
        let mut prefix = String::new();
        let mut name: Option<String> = None;
        let mut steps = self.0.iter().peekable();
        let element = |prefix: &mut String, what: String, index: usize| {
            let _ = write!(
                prefix,
                "{}: ",
                tr!(
                    "model-field-element",
                    element = what,
                    number = (index + 1).to_string()
                )
            );
        };
        while let Some(step) = steps.next() {
            match (step, steps.peek()) {
                (Step::Field(list), Some(Step::Index(index))) => {
                    element(&mut prefix, list.one_of(), *index);
                    name = None;
                    steps.next();
                }
                (Step::Field(field), _) => {
                    name = Some(match name {
                        None => field.words(),
                        Some(outer) => {
                            tr!("model-field-inner", outer = outer, inner = field.words())
                        }
                    });
                }
                (Step::Index(index), _) => element(&mut prefix, tr!("model-element-item"), *index),
            }
        }
        match name {
            // The element itself (a reference in a list): "Party 2".
            None => prefix.trim_end_matches([':', ' ']).to_owned(),
            Some(field) => tr!("model-field-path", prefix = prefix, field = field),
        }
    }

    /// Whether this path is `outer` or lies anywhere below it
    /// (`positions[0].title` lies below `positions`).
    pub fn starts_with(&self, outer: &FieldPath) -> bool {
        self.0.starts_with(&outer.0)
    }

    /// Whether this path is `outer` or a field inside it (`validity.end`
    /// is in `validity`), but not an element of a list `outer` names.
    pub fn is_in(&self, outer: &FieldPath) -> bool {
        self.starts_with(outer) && matches!(self.0.get(outer.0.len()), None | Some(Step::Field(_)))
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(field) if position == 0 => f.write_str(field.name())?,
                Step::Field(field) => write!(f, ".{}", field.name())?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_merges_field_keys_read_in_the_interfaces_language() {
        use crate::i18n::{Language, with_language};
        let keys = |keys: &[&str]| keys.iter().map(|key| (*key).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            Field::words_of_keys(&keys(&["relations", "embassies"])),
            "relations › embassies"
        );
        assert_eq!(
            with_language(Language::Russian, || Field::words_of_keys(&keys(&[
                "notes"
            ]))),
            "примечания"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || {
                Field::words_of_keys(&keys(&["names", "ru"]))
            }),
            "başqa dillərdə adlar › ru"
        );
    }
    use super::*;

    #[test]
    fn paths_read_as_people_say_them() {
        assert_eq!(
            Field::Positions.at(0).then(Field::Title).in_words(),
            "Position 1: the title"
        );
        assert_eq!(FieldPath::from(Field::SignedOn).in_words(), "the signed on");
        assert_eq!(Field::Parties.at(1).in_words(), "Party 2");
        assert_eq!(
            Field::Relations
                .then(Field::Embassies)
                .at(2)
                .then(Field::City)
                .in_words(),
            "Embassy 3: the city"
        );
        assert_eq!(
            Field::Validity.then(Field::End).in_words(),
            "the validity end"
        );
    }

    #[test]
    fn paths_read_in_azerbaijani_and_russian() {
        use crate::i18n::{Language, with_language};
        let title = Field::Positions.at(0).then(Field::Title);
        with_language(Language::Azerbaijani, || {
            assert_eq!(title.in_words(), "Vəzifə 1: ad");
            assert_eq!(Field::Parties.at(1).in_words(), "Tərəf 2");
        });
        with_language(Language::Russian, || {
            assert_eq!(title.in_words(), "Должность 1: название");
            assert_eq!(
                Field::Validity.then(Field::End).in_words(),
                "окончание (срок действия)"
            );
        });
    }

    #[test]
    fn paths_read_as_in_the_file() {
        assert_eq!(
            Field::Positions.at(0).then(Field::Title).to_string(),
            "positions[0].title"
        );
        assert_eq!(Field::Validity.then(Field::End).to_string(), "validity.end");
        assert_eq!(
            Field::Relations
                .then(Field::Embassies)
                .at(2)
                .then(Field::City)
                .to_string(),
            "relations.embassies[2].city"
        );
        assert_eq!(
            FieldPath::from(Field::HomeCountry).to_string(),
            "home_country"
        );
    }

    #[test]
    fn a_field_inside_is_in_its_path_but_a_list_element_is_only_below_it() {
        let validity = FieldPath::from(Field::Validity);
        assert!(Field::Validity.then(Field::End).is_in(&validity));
        assert!(validity.is_in(&validity));
        let sources = FieldPath::from(Field::Sources);
        let first_source = Field::Sources.at(0);
        assert!(!first_source.is_in(&sources));
        assert!(first_source.starts_with(&sources));
        assert!(!FieldPath::from(Field::Name).starts_with(&sources));
    }
}
