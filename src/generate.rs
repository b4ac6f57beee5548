//! A synthetic workspace at any size, for trying the app at scale and for
//! the benchmark: `accord generate --countries 200 --records 100000 --seed 1`.
//!
//! The same options always give the same workspace, byte for byte, on every
//! platform: every choice comes from a ChaCha stream seeded with `seed`
//! (its output is specified, unlike `StdRng`'s), ranges are drawn on `u32`
//! (never `usize`), ids are made from the stream and timestamps are fixed.
//! Records are shaped like a ministry's: names with non-ASCII letters,
//! partial dates, multi-day visits, commissions with numbered sessions,
//! action plans with activities, documents that amend or implement others.

use chrono::{DateTime, Days, NaiveDate, TimeZone as _, Utc};
use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

use crate::model::{
    Activity, ActivityId, ActivityStatus, Commission, CommissionId, Country, CountryId, Document,
    DocumentId, DocumentKind, DocumentRelation, DocumentStatus, Embassy, EmbassySide, FormerName,
    Indicator, IndicatorId, IndicatorKind, Institution, InstitutionId, InstitutionKind, Meeting,
    MeetingId, MeetingKind, PartialDate, Period, Person, PersonId, Position, RelationKind,
    RelationsProfile, Signatory, Source, SourceId, StatusStep, Workspace,
};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Partner countries, the home country included (at least 2).
    pub countries: u32,
    /// Records of every kind together, countries included (approximately:
    /// each kind gets its share, rounded).
    pub records: u32,
    pub seed: u64,
}

/// Why options cannot be generated.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error("--countries must be at least 2 (the home country and one partner)")]
    TooFewCountries,
    #[error(
        "--records ({records}) must be at least 10 per country ({countries} countries need {minimum})"
    )]
    TooFewRecords {
        records: u32,
        countries: u32,
        minimum: u32,
    },
}

const SYLLABLES: &[&str] = &[
    "ba", "dar", "el", "ka", "lor", "ma", "nor", "os", "ra", "sen", "ta", "ul", "vi", "zan", "mé",
    "tü", "ră", "ș", "ø", "ły", "ña", "çe", "ğı", "ö", "ís", "å", "ž", "ě",
];
const COUNTRY_ENDINGS: &[&str] = &["ia", "land", "stan", "ne", "ar", "ey", "ova", "ique"];
const GIVEN_NAMES: &[&str] = &[
    "Ayşe",
    "Mehmet",
    "Elif",
    "İsmail",
    "Şükrü",
    "Ioana",
    "Ștefan",
    "Gheorghe",
    "Aynur",
    "Rəşad",
    "Günel",
    "José",
    "María",
    "Zoë",
    "Łukasz",
    "Søren",
    "Björk",
    "Nguyễn",
    "François",
    "Anna",
    "Jiří",
    "Dragoș",
    "Ömer",
    "Leyla",
];
const FAMILY_NAMES: &[&str] = &[
    "Yılmaz",
    "Öztürk",
    "Çelik",
    "Popescu",
    "Mărginean",
    "Əliyev",
    "Hüseynova",
    "García",
    "Núñez",
    "Dvořák",
    "Wałęsa",
    "Østergaard",
    "Müller",
    "Lefèvre",
    "Kovačević",
    "Şahin",
    "Ionescu",
    "Məmmədov",
    "Novák",
    "Brontë",
];
const CITIES: &[&str] = &[
    "Bakı",
    "București",
    "İstanbul",
    "Ankara",
    "Genève",
    "Zürich",
    "Kraków",
    "Reykjavík",
    "São Paulo",
    "Málaga",
    "Tbilisi",
    "Ålesund",
    "Chișinău",
    "Brno",
    "Nice",
    "Köln",
];
const TOPICS: &[&str] = &[
    "labour migration",
    "social protection",
    "pension portability",
    "vocational training",
    "occupational safety",
    "public employment services",
    "youth employment",
    "disability inclusion",
    "digital public services",
    "statistics exchange",
];
const AGENCIES: &[&str] = &[
    "Public Employment Agency",
    "State Social Protection Fund",
    "Labour Inspection Service",
    "Statistics Office",
    "Vocational Training Centre",
];
const ACTIVITY_VERBS: &[&str] = &[
    "Hold a joint seminar on",
    "Exchange experts in",
    "Prepare a study visit on",
    "Draft a memorandum on",
    "Share statistics on",
    "Organise a training course in",
];

/// A seeded stream of choices.
struct Dice(ChaCha8Rng);

impl Dice {
    /// A number in `0..n` (n ≥ 1), drawn on `u32` so that it is the same on
    /// 32- and 64-bit platforms.
    fn below(&mut self, n: usize) -> usize {
        let n = u32::try_from(n.max(1)).unwrap_or(u32::MAX);
        self.0.random_range(0..n) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.0.random_range(0..100u32) < percent
    }

    fn range(&mut self, low: u32, high_inclusive: u32) -> u32 {
        self.0.random_range(low..=high_inclusive)
    }

    fn uuid(&mut self) -> uuid::Uuid {
        let mut bytes = [0u8; 16];
        self.0.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    /// A day between 1991 and 2026.
    fn day(&mut self) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(1991, 1, 1).unwrap_or(NaiveDate::MIN);
        first
            .checked_add_days(Days::new(u64::from(self.range(0, 35 * 365))))
            .unwrap_or(first)
    }

    /// `day` as the sources give it: often only the month or the year.
    fn partial(&mut self, day: NaiveDate) -> PartialDate {
        match self.range(0, 99) {
            0..=14 => PartialDate::Year(chrono::Datelike::year(&day)),
            15..=34 => {
                PartialDate::Month(chrono::Datelike::year(&day), chrono::Datelike::month(&day))
            }
            _ => PartialDate::Day(day),
        }
    }

    fn name(&mut self, syllables: u32) -> String {
        let mut name = String::new();
        for _ in 0..syllables {
            let syllable = *self.pick(SYLLABLES);
            name.push_str(syllable);
        }
        capitalised(&name)
    }

    fn person_name(&mut self) -> String {
        format!("{} {}", self.pick(GIVEN_NAMES), self.pick(FAMILY_NAMES))
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn later(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(day)
}

/// How many records of each kind, from the total.
struct Shares {
    institutions: usize,
    people: usize,
    sources: usize,
    meetings: usize,
    documents: usize,
    activities: usize,
    indicators: usize,
}

impl Shares {
    fn of(records: u32, countries: u32) -> Self {
        let rest = records.saturating_sub(countries * 2) as usize; // countries + commissions
        let share = |percent: usize| rest * percent / 100;
        Self {
            institutions: share(6).max(countries as usize * 2),
            people: share(6),
            sources: share(4),
            meetings: share(24),
            documents: share(28),
            activities: share(27),
            indicators: share(5),
        }
    }
}

/// Country and its institutions, as drawn so far.
struct Side {
    country: CountryId,
    government: InstitutionId,
    institutions: Vec<InstitutionId>,
    commission: CommissionId,
    commission_name: String,
    sessions: u32,
    name: String,
}

/// Generates a workspace.
pub fn generate(options: GenerateOptions) -> Result<Workspace, GenerateError> {
    if options.countries < 2 {
        return Err(GenerateError::TooFewCountries);
    }
    let minimum = options.countries.saturating_mul(10);
    if options.records < minimum {
        return Err(GenerateError::TooFewRecords {
            records: options.records,
            countries: options.countries,
            minimum,
        });
    }
    let mut dice = Dice(ChaCha8Rng::seed_from_u64(options.seed));
    let now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let shares = Shares::of(options.records, options.countries);
    let mut workspace = Workspace::new(format!(
        "Synthetic ministry (seed {}, {} records)",
        options.seed, options.records
    ));

    // Sources first: anything may cite them.
    let mut sources: Vec<SourceId> = Vec::with_capacity(shares.sources);
    for index in 0..shares.sources {
        let mut source = Source::new(
            format!("Press release {} on {}", index + 1, dice.pick(TOPICS)),
            now,
        );
        source.id = SourceId(dice.uuid());
        source.publisher = "Ministry press office".to_owned();
        if dice.chance(40) {
            source.author = dice.person_name();
        }
        source.text = format!(
            "The parties discussed {} and agreed to continue cooperation in {}.",
            dice.pick(TOPICS),
            dice.pick(CITIES)
        );
        sources.push(source.id);
        workspace.sources.insert(source.id, source);
    }
    let cite = |dice: &mut Dice| -> Vec<SourceId> {
        if sources.is_empty() || !dice.chance(30) {
            Vec::new()
        } else {
            vec![*dice.pick(&sources)]
        }
    };

    // Countries, each with a government, a ministry and a commission.
    let mut sides: Vec<Side> = Vec::new();
    let mut used_names = std::collections::BTreeSet::new();
    for index in 0..options.countries {
        let syllables = dice.range(1, 2);
        let mut name = format!("{}{}", dice.name(syllables), dice.pick(COUNTRY_ENDINGS));
        if !used_names.insert(name.clone()) {
            name = format!("{name} {}", index + 1);
            used_names.insert(name.clone());
        }
        let mut country = Country::new(name.clone(), now);
        country.id = CountryId(dice.uuid());
        if dice.chance(50) {
            country.aliases.push(format!("Republic of {name}"));
        }
        let established = dice.day();
        country.relations = RelationsProfile {
            diplomatic_relations_established: Some(dice.partial(established)),
            embassies: vec![Embassy {
                side: EmbassySide::Ours,
                city: dice.pick(CITIES).to_string(),
                opened_on: Some(dice.partial(later(established, 400))),
            }],
            strategic_partnerships: Vec::new(),
        };
        country.sources = cite(&mut dice);
        let government = Institution::new(
            country.id,
            InstitutionKind::Government,
            format!("Government of {name}"),
            now,
        );
        let mut ministry = Institution::new(
            country.id,
            InstitutionKind::Ministry,
            format!("Ministry of Labour and Social Protection of {name}"),
            now,
        );
        let government = Institution {
            id: InstitutionId(dice.uuid()),
            ..government
        };
        ministry.id = InstitutionId(dice.uuid());
        ministry.parent = Some(government.id);
        if dice.chance(30) {
            ministry.former_names.push(FormerName {
                name: format!("Ministry of Labour of {name}"),
                until: Some(PartialDate::Year(dice.range(1995, 2015) as i32)),
            });
        }
        let side = Side {
            country: country.id,
            government: government.id,
            institutions: vec![ministry.id],
            commission: CommissionId(dice.uuid()),
            commission_name: String::new(),
            sessions: 0,
            name,
        };
        workspace.countries.insert(country.id, country);
        workspace.institutions.insert(government.id, government);
        workspace.institutions.insert(ministry.id, ministry);
        sides.push(side);
    }
    workspace.home_country = sides.first().map(|side| side.country);
    let home = 0;
    let partners = sides.len() - 1;
    let partner = |dice: &mut Dice| 1 + dice.below(partners);

    // More institutions: agencies and embassies.
    let extra = shares
        .institutions
        .saturating_sub(2 * options.countries as usize);
    for index in 0..extra {
        let side = if index % 5 == 0 {
            home
        } else {
            partner(&mut dice)
        };
        let country = sides[side].country;
        let kind = if dice.chance(25) {
            InstitutionKind::Embassy
        } else {
            InstitutionKind::Agency
        };
        let name = match kind {
            InstitutionKind::Embassy => format!(
                "Embassy of {} in {}",
                sides[side].name,
                sides[partner(&mut dice)].name
            ),
            _ => format!(
                "{} of {} ({})",
                dice.pick(AGENCIES),
                sides[side].name,
                index + 1
            ),
        };
        let mut institution = Institution::new(country, kind, name, now);
        institution.id = InstitutionId(dice.uuid());
        if kind == InstitutionKind::Agency {
            institution.short_name = dice.name(2).to_uppercase();
            institution.parent = sides[side].institutions.first().copied();
        }
        institution.sources = cite(&mut dice);
        sides[side].institutions.push(institution.id);
        workspace.institutions.insert(institution.id, institution);
    }

    // People holding positions at the institutions.
    let mut people_of: Vec<Vec<PersonId>> = vec![Vec::new(); sides.len()];
    for index in 0..shares.people {
        let side = if index % 4 == 0 {
            home
        } else {
            partner(&mut dice)
        };
        let mut person = Person::new(dice.person_name(), now);
        person.id = PersonId(dice.uuid());
        if dice.chance(20) {
            person.name_variants.push(
                crate::model::fold(&person.name).replace(['ı', 'ş', 'ğ', 'ç', 'ö', 'ü', 'ə'], "e"),
            );
        }
        let from = dice.day();
        person.positions.push(Position {
            institution: *dice.pick(&sides[side].institutions),
            title: dice
                .pick(&[
                    "Minister",
                    "Deputy Minister",
                    "Head of Department",
                    "Expert",
                ])
                .to_string(),
            from: Some(dice.partial(from)),
            to: dice
                .chance(50)
                .then(|| PartialDate::Year(chrono::Datelike::year(&later(from, 1500)))),
        });
        person.sources = cite(&mut dice);
        people_of[side].push(person.id);
        workspace.people.insert(person.id, person);
    }
    let participants = |dice: &mut Dice, side: usize| -> Vec<PersonId> {
        let mut chosen = Vec::new();
        for group in [home, side] {
            if !people_of[group].is_empty() && dice.chance(60) {
                let person = *dice.pick(&people_of[group]);
                if !chosen.contains(&person) {
                    chosen.push(person);
                }
            }
        }
        chosen
    };

    // One joint commission per partner.
    let home_government = sides[home].government;
    for side in sides.iter_mut().skip(1) {
        let mut commission = Commission::new(
            format!(
                "Joint Intergovernmental Commission between {} and {}",
                "the home country", side.name
            ),
            now,
        );
        commission.id = side.commission;
        commission.parties = vec![home_government, side.government];
        commission.established = Some(PartialDate::Year(dice.range(1992, 2010) as i32));
        side.commission_name = commission.name.clone();
        workspace.commissions.insert(commission.id, commission);
    }

    // Meetings: numbered commission sessions, visits of several days, talks.
    let mut meetings_of: Vec<Vec<(MeetingId, NaiveDate)>> = vec![Vec::new(); sides.len()];
    for _ in 0..shares.meetings {
        let side = partner(&mut dice);
        let day = dice.day();
        let kind = *dice.pick(&[
            MeetingKind::CommissionSession,
            MeetingKind::IncomingVisit,
            MeetingKind::OutgoingVisit,
            MeetingKind::Consultation,
            MeetingKind::WorkingGroup,
        ]);
        let topic = dice.pick(TOPICS);
        let place = dice.pick(CITIES).to_string();
        let title = match kind {
            MeetingKind::CommissionSession => {
                sides[side].sessions += 1;
                format!(
                    "{} session of the Joint Commission ({})",
                    crate::query::ordinal(sides[side].sessions),
                    sides[side].name
                )
            }
            MeetingKind::IncomingVisit => {
                format!("Visit of the {} delegation on {topic}", sides[side].name)
            }
            MeetingKind::OutgoingVisit => format!("Visit to {} on {topic}", sides[side].name),
            _ => format!("{} with {} on {topic}", kind.label(), sides[side].name),
        };
        let mut meeting = Meeting::new(kind, title, now);
        meeting.id = MeetingId(dice.uuid());
        meeting.countries = vec![sides[side].country];
        if kind == MeetingKind::CommissionSession {
            meeting.commission = Some(sides[side].commission);
            meeting.session_number = Some(sides[side].sessions);
        }
        let start = dice.partial(day);
        meeting.start = Some(start);
        if matches!(start, PartialDate::Day(_)) && dice.chance(60) {
            meeting.end = Some(PartialDate::Day(later(day, dice.range(1, 4))));
        }
        meeting.place = place;
        meeting.participants = participants(&mut dice, side);
        meeting.topics = vec![topic.to_string()];
        if dice.chance(40) {
            meeting.outcomes = format!("The sides agreed a work plan on {}.", dice.pick(TOPICS));
        }
        meeting.sources = cite(&mut dice);
        meetings_of[side].push((meeting.id, day));
        workspace.meetings.insert(meeting.id, meeting);
    }

    // Documents between the home ministry and a partner's, some amending or
    // implementing an earlier one of the same partner.
    let mut documents_of: Vec<Vec<DocumentId>> = vec![Vec::new(); sides.len()];
    let mut plans: Vec<(DocumentId, usize, NaiveDate)> = Vec::new();
    let home_ministry = sides[home].institutions[0];
    for _ in 0..shares.documents {
        let side = partner(&mut dice);
        let kind = *dice.pick(&[
            DocumentKind::Agreement,
            DocumentKind::CooperationProtocol,
            DocumentKind::Memorandum,
            DocumentKind::ActionPlan,
            DocumentKind::ActionPlan,
            DocumentKind::CommissionProtocol,
            DocumentKind::JointDeclaration,
        ]);
        let day = dice.day();
        let year = chrono::Datelike::year(&day);
        let title = match kind {
            DocumentKind::ActionPlan => format!(
                "Action Plan for {}–{} with {} on {}",
                year,
                year + 1,
                sides[side].name,
                dice.pick(TOPICS)
            ),
            _ => format!(
                "{} between {} and {} on {}",
                kind.label(),
                "the home ministry",
                sides[side].name,
                dice.pick(TOPICS)
            ),
        };
        let mut document = Document::new(kind, title, now);
        document.id = DocumentId(dice.uuid());
        document.parties = vec![home_ministry, *dice.pick(&sides[side].institutions)];
        let signed = dice.partial(day);
        document.signed_on = Some(signed);
        document.signed_at_place = dice.pick(CITIES).to_string();
        if let Some((meeting, _)) = meetings_of[side]
            .get(dice.below(meetings_of[side].len() + 3))
            .copied()
            .filter(|_| dice.chance(30))
        {
            document.signed_at_meeting = Some(meeting);
        }
        document.status_history.push(StatusStep {
            status: DocumentStatus::Signed,
            date: Some(signed),
        });
        if dice.chance(60) {
            document.status_history.push(StatusStep {
                status: DocumentStatus::InForce,
                date: Some(PartialDate::Day(later(
                    signed.last_day(),
                    dice.range(10, 300),
                ))),
            });
        }
        document.validity = Some(Period {
            start: signed,
            end: Some(PartialDate::Year(year + dice.range(1, 5) as i32)),
        });
        let signer = participants(&mut dice, side);
        document.signatories = signer
            .into_iter()
            .map(|person| Signatory {
                person,
                position: String::new(),
            })
            .collect();
        if !documents_of[side].is_empty() && dice.chance(25) {
            let target = *dice.pick(&documents_of[side]);
            let kind = *dice.pick(&[
                RelationKind::Implements,
                RelationKind::Amends,
                RelationKind::Supersedes,
                RelationKind::PartOf,
            ]);
            document.relations.push(DocumentRelation { kind, target });
        }
        if dice.chance(30) {
            document.notes = format!(
                "Negotiated over {} rounds; the text in {} was published later.",
                dice.range(2, 6),
                dice.pick(&["Türkçe", "română", "azərbaycanca", "English"])
            );
        }
        document.sources = cite(&mut dice);
        if kind == DocumentKind::ActionPlan {
            plans.push((document.id, side, day));
        }
        documents_of[side].push(document.id);
        workspace.documents.insert(document.id, document);
    }
    // Strategic partnerships: a few partners name a declaration.
    for (side, documents) in documents_of.iter().enumerate().skip(1) {
        if let Some(first) = documents.first()
            && side % 7 == 0
            && let Some(country) = workspace.countries.get_mut(&sides[side].country)
        {
            country.relations.strategic_partnerships.push(*first);
        }
    }

    // Activities of the action plans.
    if !plans.is_empty() {
        for index in 0..shares.activities {
            let (plan, side, day) = *dice.pick(&plans);
            let mut activity = Activity::new(
                plan,
                format!(
                    "{} {} (item {})",
                    dice.pick(ACTIVITY_VERBS),
                    dice.pick(TOPICS),
                    index % 40 + 1
                ),
                now,
            );
            activity.id = ActivityId(dice.uuid());
            activity.responsible = vec![home_ministry, *dice.pick(&sides[side].institutions)];
            let start = later(day, dice.range(0, 365));
            activity.due = Some(if dice.chance(50) {
                Period::single(dice.partial(start))
            } else {
                Period {
                    start: PartialDate::Day(start),
                    end: Some(PartialDate::Day(later(start, dice.range(1, 90)))),
                }
            });
            activity.status = *dice.pick(ActivityStatus::ALL);
            activity.sources = cite(&mut dice);
            workspace.activities.insert(activity.id, activity);
        }
    }

    // Trade figures per partner and year.
    for index in 0..shares.indicators {
        let side = partner(&mut dice);
        let kind = *dice.pick(&[
            IndicatorKind::TradeTurnover,
            IndicatorKind::Exports,
            IndicatorKind::Imports,
        ]);
        let year = 1995 + (index / partners.max(1)) as i32 % 31;
        let mut indicator = Indicator::new(
            sides[side].country,
            kind,
            Period::single(PartialDate::Year(year)),
            now,
        );
        indicator.id = IndicatorId(dice.uuid());
        indicator.value = Some(f64::from(dice.range(10, 500_000)) / 10.0);
        indicator.unit = "USD million".to_owned();
        if dice.chance(50) {
            // Whole tenths, divided last so they print as written (17.2, not
            // 17.200000000000003).
            indicator.change_percent = Some((f64::from(dice.range(0, 800)) - 400.0) / 10.0);
        }
        workspace.indicators.insert(indicator.id, indicator);
    }
    Ok(workspace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(seed: u64) -> Workspace {
        let options = GenerateOptions {
            countries: 12,
            records: 3000,
            seed,
        };
        generate(options).expect("valid options")
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_another_seed_does_not() {
        let bytes = crate::storage::format::to_bytes(&small(7));
        assert_eq!(bytes, crate::storage::format::to_bytes(&small(7)));
        assert_ne!(bytes, crate::storage::format::to_bytes(&small(8)));
    }

    #[test]
    fn a_generated_workspace_loads_without_a_problem() {
        let workspace = small(1);
        let text = String::from_utf8(crate::storage::format::to_bytes(&workspace))
            .expect("the file is UTF-8");
        let loaded = crate::storage::format::from_str(&text).expect("it validates");
        assert_eq!(loaded, workspace);
        let counts = loaded.counts();
        assert!((2900..=3100).contains(&counts.total()), "{counts}");
        assert_eq!(counts.countries, 12);
        assert!(counts.activities > 0 && counts.meetings > 0 && counts.documents > 0);
    }

    #[test]
    fn it_has_what_real_data_has() {
        let workspace = small(1);
        let names: String = workspace
            .countries()
            .values()
            .map(|country| country.name.as_str())
            .collect();
        assert!(!names.is_ascii(), "some names have non-ASCII letters");
        let meetings: Vec<&Meeting> = workspace.meetings().values().collect();
        assert!(meetings.iter().any(|m| m.end.is_some()), "multi-day visits");
        assert!(
            meetings
                .iter()
                .any(|m| m.session_number.is_some_and(|n| n > 1))
        );
        assert!(
            meetings
                .iter()
                .any(|m| matches!(m.start, Some(PartialDate::Month(..))))
        );
        assert!(
            meetings
                .iter()
                .any(|m| matches!(m.start, Some(PartialDate::Year(_))))
        );
        assert!(
            workspace
                .documents()
                .values()
                .any(|document| !document.relations.is_empty())
        );
    }

    #[test]
    fn too_few_records_are_refused_with_the_reason() {
        let error = generate(GenerateOptions {
            countries: 200,
            records: 100,
            seed: 1,
        })
        .expect_err("too small");
        assert!(error.to_string().contains("at least 10 per country"));
    }
}
