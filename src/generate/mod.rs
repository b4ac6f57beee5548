//! A synthetic workspace at any size, for trying the app at scale and for
//! the benchmark: `accord generate --countries 200 --records 100000 --seed 1`.
//!
//! The same options always give the same workspace, byte for byte, on every
//! platform: every choice comes from a `ChaCha8Rng` stream seeded with `seed`
//! (its output is specified, unlike `StdRng`'s), ranges are drawn on `u32`
//! (never `usize`), ids are made from the stream and timestamps are fixed.
//! Records are shaped like a ministry's: names with non-ASCII letters,
//! partial dates, multi-day visits, commissions with numbered sessions,
//! action plans with activities, documents that amend or implement others.

mod dice;

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use rand::SeedableRng as _;
use rand_chacha::ChaCha8Rng;

use dice::{ACTIVITY_VERBS, AGENCIES, CITIES, COUNTRY_ENDINGS, Dice, TOPICS, later};

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
    /// Seeds the random stream: the same seed gives the same file, byte for byte.
    pub seed: u64,
}

/// Why options cannot be generated.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error("--countries must be at least 2 (the home country and one partner)")]
    /// Fewer than two countries: there would be no partner.
    TooFewCountries,
    #[error(
        "--records ({records}) must be at least 10 per country ({countries} countries need {minimum})"
    )]
    /// Fewer than ten records per country, too few for every kind to have a share.
    TooFewRecords {
        /// The total asked for.
        records: u32,
        /// The countries asked for.
        countries: u32,
        /// Ten per country.
        minimum: u32,
    },
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

/// The home country's place in [`Generator::sides`].
const HOME: usize = 0;

/// The workspace being drawn and what later stages pick from. Each stage
/// draws one kind of record, in a fixed order: the stream of choices, and
/// so the workspace, depends on it.
struct Generator {
    dice: Dice,
    now: DateTime<Utc>,
    shares: Shares,
    workspace: Workspace,
    sources: Vec<SourceId>,
    /// The home country first.
    sides: Vec<Side>,
    people_of: Vec<Vec<PersonId>>,
    meetings_of: Vec<Vec<(MeetingId, NaiveDate)>>,
    documents_of: Vec<Vec<DocumentId>>,
    /// Action plans with their partner and the day they were signed.
    plans: Vec<(DocumentId, usize, NaiveDate)>,
}

/// Generates a workspace. Its texts are English whatever the language of
/// the run (meeting titles name the vocabulary's labels), so that the same
/// seed gives the same bytes under `--lang az` too.
pub fn generate(options: GenerateOptions) -> Result<Workspace, GenerateError> {
    crate::i18n::with_language(crate::i18n::Language::English, || {
        generate_in_english(options)
    })
}

fn generate_in_english(options: GenerateOptions) -> Result<Workspace, GenerateError> {
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
    let mut generator = Generator {
        dice: Dice(ChaCha8Rng::seed_from_u64(options.seed)),
        now: Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default(),
        shares: Shares::of(options.records, options.countries),
        workspace: Workspace::new(format!(
            "Synthetic ministry (seed {}, {} records)",
            options.seed, options.records
        )),
        sources: Vec::new(),
        sides: Vec::new(),
        people_of: Vec::new(),
        meetings_of: Vec::new(),
        documents_of: Vec::new(),
        plans: Vec::new(),
    };
    // Sources first: anything may cite them.
    generator.sources();
    generator.countries(options.countries);
    generator.more_institutions(options.countries);
    generator.people();
    generator.commissions();
    generator.meetings();
    generator.documents();
    generator.strategic_partnerships();
    generator.activities();
    generator.indicators();
    Ok(generator.workspace)
}

impl Generator {
    /// A source to cite, now and then.
    fn cite(&mut self) -> Vec<SourceId> {
        if self.sources.is_empty() || !self.dice.chance(30) {
            Vec::new()
        } else {
            vec![*self.dice.pick(&self.sources)]
        }
    }

    /// A partner country (any but the home country).
    fn partner(&mut self) -> usize {
        1 + self.dice.below(self.sides.len() - 1)
    }

    /// Some people of the home country and of `side` who took part.
    fn participants(&mut self, side: usize) -> Vec<PersonId> {
        let mut chosen = Vec::new();
        for group in [HOME, side] {
            if !self.people_of[group].is_empty() && self.dice.chance(60) {
                let person = *self.dice.pick(&self.people_of[group]);
                if !chosen.contains(&person) {
                    chosen.push(person);
                }
            }
        }
        chosen
    }

    /// Press releases.
    fn sources(&mut self) {
        let (dice, now) = (&mut self.dice, self.now);
        self.sources.reserve(self.shares.sources);
        for index in 0..self.shares.sources {
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
            self.sources.push(source.id);
            self.workspace.sources.insert(source.id, source);
        }
    }

    /// Countries, each with a government and a ministry.
    fn countries(&mut self, count: u32) {
        let now = self.now;
        let mut used_names = std::collections::BTreeSet::new();
        for index in 0..count {
            let syllables = self.dice.range(1, 2);
            let mut name = format!(
                "{}{}",
                self.dice.name(syllables),
                self.dice.pick(COUNTRY_ENDINGS)
            );
            if !used_names.insert(name.clone()) {
                name = format!("{name} {}", index + 1);
                used_names.insert(name.clone());
            }
            let mut country = Country::new(name.clone(), now);
            country.id = CountryId(self.dice.uuid());
            if self.dice.chance(50) {
                country.aliases.push(format!("Republic of {name}"));
            }
            let established = self.dice.day();
            country.relations = RelationsProfile {
                diplomatic_relations_established: Some(self.dice.partial(established)),
                embassies: vec![Embassy {
                    side: EmbassySide::Ours,
                    city: self.dice.pick(CITIES).to_string(),
                    opened_on: Some(self.dice.partial(later(established, 400))),
                }],
                strategic_partnerships: Vec::new(),
            };
            country.sources = self.cite();
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
                id: InstitutionId(self.dice.uuid()),
                ..government
            };
            ministry.id = InstitutionId(self.dice.uuid());
            ministry.parent = Some(government.id);
            if self.dice.chance(30) {
                ministry.former_names.push(FormerName {
                    name: format!("Ministry of Labour of {name}"),
                    until: Some(PartialDate::Year(self.dice.range(1995, 2015) as i32)),
                });
            }
            let side = Side {
                country: country.id,
                government: government.id,
                institutions: vec![ministry.id],
                commission: CommissionId(self.dice.uuid()),
                commission_name: String::new(),
                sessions: 0,
                name,
            };
            self.workspace.countries.insert(country.id, country);
            self.workspace
                .institutions
                .insert(government.id, government);
            self.workspace.institutions.insert(ministry.id, ministry);
            self.sides.push(side);
        }
        self.workspace.home_country = self.sides.first().map(|side| side.country);
    }

    /// More institutions: agencies and embassies.
    fn more_institutions(&mut self, countries: u32) {
        let now = self.now;
        let extra = self
            .shares
            .institutions
            .saturating_sub(2 * countries as usize);
        for index in 0..extra {
            let side = if index % 5 == 0 { HOME } else { self.partner() };
            let country = self.sides[side].country;
            let kind = if self.dice.chance(25) {
                InstitutionKind::Embassy
            } else {
                InstitutionKind::Agency
            };
            let name = match kind {
                InstitutionKind::Embassy => {
                    let host = self.partner();
                    format!(
                        "Embassy of {} in {}",
                        self.sides[side].name, self.sides[host].name
                    )
                }
                _ => format!(
                    "{} of {} ({})",
                    self.dice.pick(AGENCIES),
                    self.sides[side].name,
                    index + 1
                ),
            };
            let mut institution = Institution::new(country, kind, name, now);
            institution.id = InstitutionId(self.dice.uuid());
            if kind == InstitutionKind::Agency {
                institution.short_name = self.dice.name(2).to_uppercase();
                institution.parent = self.sides[side].institutions.first().copied();
            }
            institution.sources = self.cite();
            self.sides[side].institutions.push(institution.id);
            self.workspace
                .institutions
                .insert(institution.id, institution);
        }
    }

    /// People holding positions at the institutions.
    fn people(&mut self) {
        let now = self.now;
        self.people_of = vec![Vec::new(); self.sides.len()];
        for index in 0..self.shares.people {
            let side = if index % 4 == 0 { HOME } else { self.partner() };
            let mut person = Person::new(self.dice.person_name(), now);
            person.id = PersonId(self.dice.uuid());
            if self.dice.chance(20) {
                person.name_variants.push(
                    crate::model::fold(&person.name)
                        .replace(['ı', 'ş', 'ğ', 'ç', 'ö', 'ü', 'ə'], "e"),
                );
            }
            let from = self.dice.day();
            person.positions.push(Position {
                institution: *self.dice.pick(&self.sides[side].institutions),
                title: self
                    .dice
                    .pick(&[
                        "Minister",
                        "Deputy Minister",
                        "Head of Department",
                        "Expert",
                    ])
                    .to_string(),
                from: Some(self.dice.partial(from)),
                to: self
                    .dice
                    .chance(50)
                    .then(|| PartialDate::Year(chrono::Datelike::year(&later(from, 1500)))),
            });
            person.sources = self.cite();
            self.people_of[side].push(person.id);
            self.workspace.people.insert(person.id, person);
        }
    }

    /// One joint commission per partner.
    fn commissions(&mut self) {
        let (dice, now) = (&mut self.dice, self.now);
        let home_government = self.sides[HOME].government;
        for side in self.sides.iter_mut().skip(1) {
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
            self.workspace.commissions.insert(commission.id, commission);
        }
    }

    /// Meetings: numbered commission sessions, visits of several days, talks.
    fn meetings(&mut self) {
        let now = self.now;
        self.meetings_of = vec![Vec::new(); self.sides.len()];
        for _ in 0..self.shares.meetings {
            let side = self.partner();
            let day = self.dice.day();
            let kind = *self.dice.pick(&[
                MeetingKind::CommissionSession,
                MeetingKind::IncomingVisit,
                MeetingKind::OutgoingVisit,
                MeetingKind::Consultation,
                MeetingKind::WorkingGroup,
            ]);
            let topic = self.dice.pick(TOPICS);
            let place = self.dice.pick(CITIES).to_string();
            let title = match kind {
                MeetingKind::CommissionSession => {
                    self.sides[side].sessions += 1;
                    format!(
                        "{} session of the Joint Commission ({})",
                        crate::query::ordinal(self.sides[side].sessions),
                        self.sides[side].name
                    )
                }
                MeetingKind::IncomingVisit => {
                    format!(
                        "Visit of the {} delegation on {topic}",
                        self.sides[side].name
                    )
                }
                MeetingKind::OutgoingVisit => {
                    format!("Visit to {} on {topic}", self.sides[side].name)
                }
                _ => format!("{} with {} on {topic}", kind.label(), self.sides[side].name),
            };
            let mut meeting = Meeting::new(kind, title, now);
            meeting.id = MeetingId(self.dice.uuid());
            meeting.countries = vec![self.sides[side].country];
            if kind == MeetingKind::CommissionSession {
                meeting.commission = Some(self.sides[side].commission);
                meeting.session_number = Some(self.sides[side].sessions);
            }
            let start = self.dice.partial(day);
            meeting.start = Some(start);
            if matches!(start, PartialDate::Day(_)) && self.dice.chance(60) {
                meeting.end = Some(PartialDate::Day(later(day, self.dice.range(1, 4))));
            }
            meeting.place = place;
            meeting.participants = self.participants(side);
            meeting.topics = vec![topic.to_string()];
            if self.dice.chance(40) {
                meeting.outcomes = format!(
                    "The sides agreed a work plan on {}.",
                    self.dice.pick(TOPICS)
                );
            }
            meeting.sources = self.cite();
            self.meetings_of[side].push((meeting.id, day));
            self.workspace.meetings.insert(meeting.id, meeting);
        }
    }

    /// Documents between the home ministry and a partner's, some amending or
    /// implementing an earlier one of the same partner.
    fn documents(&mut self) {
        let now = self.now;
        self.documents_of = vec![Vec::new(); self.sides.len()];
        let home_ministry = self.sides[HOME].institutions[0];
        for _ in 0..self.shares.documents {
            let side = self.partner();
            let kind = *self.dice.pick(&[
                DocumentKind::Agreement,
                DocumentKind::CooperationProtocol,
                DocumentKind::Memorandum,
                DocumentKind::ActionPlan,
                DocumentKind::ActionPlan,
                DocumentKind::CommissionProtocol,
                DocumentKind::JointDeclaration,
            ]);
            let day = self.dice.day();
            let year = chrono::Datelike::year(&day);
            let title = match kind {
                DocumentKind::ActionPlan => format!(
                    "Action Plan for {}–{} with {} on {}",
                    year,
                    year + 1,
                    self.sides[side].name,
                    self.dice.pick(TOPICS)
                ),
                _ => format!(
                    "{} between {} and {} on {}",
                    kind.label(),
                    "the home ministry",
                    self.sides[side].name,
                    self.dice.pick(TOPICS)
                ),
            };
            let mut document = Document::new(kind, title, now);
            document.id = DocumentId(self.dice.uuid());
            document.parties = vec![
                home_ministry,
                *self.dice.pick(&self.sides[side].institutions),
            ];
            let signed = self.dice.partial(day);
            document.signed_on = Some(signed);
            document.signed_at_place = self.dice.pick(CITIES).to_string();
            if let Some((meeting, _)) = self.meetings_of[side]
                .get(self.dice.below(self.meetings_of[side].len() + 3))
                .copied()
                .filter(|_| self.dice.chance(30))
            {
                document.signed_at_meeting = Some(meeting);
            }
            document.status_history.push(StatusStep {
                status: DocumentStatus::Signed,
                date: Some(signed),
            });
            if self.dice.chance(60) {
                document.status_history.push(StatusStep {
                    status: DocumentStatus::InForce,
                    date: Some(PartialDate::Day(later(
                        signed.last_day(),
                        self.dice.range(10, 300),
                    ))),
                });
            }
            document.validity = Some(Period {
                start: signed,
                end: Some(PartialDate::Year(year + self.dice.range(1, 5) as i32)),
            });
            let signer = self.participants(side);
            document.signatories = signer
                .into_iter()
                .map(|person| Signatory {
                    person,
                    position: String::new(),
                })
                .collect();
            if !self.documents_of[side].is_empty() && self.dice.chance(25) {
                let target = *self.dice.pick(&self.documents_of[side]);
                let kind = *self.dice.pick(&[
                    RelationKind::Implements,
                    RelationKind::Amends,
                    RelationKind::Supersedes,
                    RelationKind::PartOf,
                ]);
                document.relations.push(DocumentRelation { kind, target });
            }
            if self.dice.chance(30) {
                document.notes = format!(
                    "Negotiated over {} rounds; the text in {} was published later.",
                    self.dice.range(2, 6),
                    self.dice
                        .pick(&["Türkçe", "română", "azərbaycanca", "English"])
                );
            }
            document.sources = self.cite();
            if kind == DocumentKind::ActionPlan {
                self.plans.push((document.id, side, day));
            }
            self.documents_of[side].push(document.id);
            self.workspace.documents.insert(document.id, document);
        }
    }

    /// Strategic partnerships: a few partners name a declaration.
    fn strategic_partnerships(&mut self) {
        for (side, documents) in self.documents_of.iter().enumerate().skip(1) {
            if let Some(first) = documents.first()
                && side % 7 == 0
                && let Some(country) = self.workspace.countries.get_mut(&self.sides[side].country)
            {
                country.relations.strategic_partnerships.push(*first);
            }
        }
    }

    /// Activities of the action plans.
    fn activities(&mut self) {
        if self.plans.is_empty() {
            return;
        }
        let now = self.now;
        let home_ministry = self.sides[HOME].institutions[0];
        for index in 0..self.shares.activities {
            let (plan, side, day) = *self.dice.pick(&self.plans);
            let mut activity = Activity::new(
                plan,
                format!(
                    "{} {} (item {})",
                    self.dice.pick(ACTIVITY_VERBS),
                    self.dice.pick(TOPICS),
                    index % 40 + 1
                ),
                now,
            );
            activity.id = ActivityId(self.dice.uuid());
            activity.responsible = vec![
                home_ministry,
                *self.dice.pick(&self.sides[side].institutions),
            ];
            let start = later(day, self.dice.range(0, 365));
            activity.due = Some(if self.dice.chance(50) {
                Period::single(self.dice.partial(start))
            } else {
                Period {
                    start: PartialDate::Day(start),
                    end: Some(PartialDate::Day(later(start, self.dice.range(1, 90)))),
                }
            });
            activity.status = *self.dice.pick(ActivityStatus::ALL);
            activity.sources = self.cite();
            self.workspace.activities.insert(activity.id, activity);
        }
    }

    /// Trade figures per partner and year.
    fn indicators(&mut self) {
        let now = self.now;
        let partners = self.sides.len() - 1;
        for index in 0..self.shares.indicators {
            let side = self.partner();
            let kind = *self.dice.pick(&[
                IndicatorKind::TradeTurnover,
                IndicatorKind::Exports,
                IndicatorKind::Imports,
            ]);
            let year = 1995 + (index / partners.max(1)) as i32 % 31;
            let mut indicator = Indicator::new(
                self.sides[side].country,
                kind,
                Period::single(PartialDate::Year(year)),
                now,
            );
            indicator.id = IndicatorId(self.dice.uuid());
            indicator.value = Some(f64::from(self.dice.range(10, 500_000)) / 10.0);
            indicator.unit = "USD million".to_owned();
            if self.dice.chance(50) {
                // Whole tenths, divided last so they print as written (17.2, not
                // 17.200000000000003).
                indicator.change_percent =
                    Some((f64::from(self.dice.range(0, 800)) - 400.0) / 10.0);
            }
            self.workspace.indicators.insert(indicator.id, indicator);
        }
    }
}

#[cfg(test)]
mod tests;
