//! Drafts of the records a source text implies, from its facts: the
//! documents signed (with their validity, signatories and parties), the
//! activities an action plan lists, the people with their posts, the
//! figures with their periods, the numbered sessions, and a partner's
//! relations date. Each draft cites the source and says which sentence it
//! came from, for the officer to review, edit or drop; nothing is added
//! here, and nothing is drafted that the text does not say.

use chrono::{DateTime, Utc};

mod reading;

use super::{Fact, FactValue, SigningRole, sentence_around};
use crate::model::{
    Activity, AnyRecord, CountryId, Document, DocumentKind, DocumentStatus, Indicator,
    IndicatorKind, InstitutionId, Meeting, MeetingKind, PartialDate, Period, Person, PersonId,
    Position, RecordId, Signatory, SourceId, StatusStep, Workspace,
};
use crate::tr;
use reading::{
    country_adjective, institution_for_post, listed_items, next_sentence, partner_country,
    person_named, title_start,
};

/// One drafted record.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// The record, new or an edited copy of one the workspace holds.
    pub record: AnyRecord,
    /// Whether the record is new (else it replaces the one with its id).
    pub is_new: bool,
    /// What the draft is, in a line ("New person: Marius Constantin Budai").
    pub summary: String,
    /// The sentence it was read from.
    pub evidence: String,
}

/// The words that make a sentence a document's signing.
const DOCUMENT_WORDS: [&str; 6] = [
    "action plan",
    "memorandum",
    "protocol",
    "agreement",
    "joint declaration",
    "programme",
];

/// Drafts the records `text` implies. `facts` are its facts (with the
/// workspace's known records); `published` is the source's own date, which
/// a "have signed" without a date of its own refers to.
pub fn propose(
    text: &str,
    facts: &[Fact],
    workspace: &Workspace,
    source: SourceId,
    published: Option<chrono::NaiveDate>,
    now: DateTime<Utc>,
) -> Vec<Proposal> {
    let reading = Reading {
        text,
        facts,
        workspace,
        source,
        now,
        partner: partner_country(facts, workspace),
    };
    let mut proposals = Vec::new();
    let people = reading.people(&mut proposals);
    reading.documents(published, &people, &mut proposals);
    reading.activities(&mut proposals);
    reading.indicators(&mut proposals);
    reading.sessions(&mut proposals);
    reading.relations_date(&mut proposals);
    proposals
}

struct Reading<'a> {
    text: &'a str,
    facts: &'a [Fact],
    workspace: &'a Workspace,
    source: SourceId,
    now: DateTime<Utc>,
    /// The country the text is about besides the home country.
    partner: Option<CountryId>,
}

/// A person named in the text, known or drafted, with the post the text
/// gives them.
struct NamedPerson {
    name: String,
    id: PersonId,
    position: String,
}

impl Reading<'_> {
    fn sentence(&self, fact: &Fact) -> std::ops::Range<usize> {
        sentence_around(self.text, fact.span.start)
    }

    fn in_sentence<'f>(
        &'f self,
        sentence: &'f std::ops::Range<usize>,
    ) -> impl Iterator<Item = &'f Fact> + 'f {
        self.facts
            .iter()
            .filter(move |fact| sentence.start <= fact.span.start && fact.span.end <= sentence.end)
    }

    fn evidence(&self, sentence: &std::ops::Range<usize>) -> String {
        self.text
            .get(sentence.clone())
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    /// The record of the workspace a fact at `span` names, if any.
    fn known_at(&self, span: &std::ops::Range<usize>) -> Option<RecordId> {
        self.facts.iter().find_map(|fact| match &fact.value {
            FactValue::Record {
                record,
                near_miss: false,
                ..
            } if fact.span.start < span.end && span.start < fact.span.end => Some(*record),
            _ => None,
        })
    }

    /// People with a post ("Romanian Labour and Social Solidarity Minister
    /// Marius Constantin Budai"): drafted when new, with the post at the
    /// ministry of their country it names; known ones are only looked up.
    fn people(&self, proposals: &mut Vec<Proposal>) -> Vec<NamedPerson> {
        let mut people: Vec<NamedPerson> = Vec::new();
        for fact in self.facts {
            let FactValue::Person {
                name,
                position: Some(position),
            } = &fact.value
            else {
                continue;
            };
            if people.iter().any(|person| person.name == *name) {
                continue;
            }
            let (country, title) = country_adjective(self.workspace, position);
            let known = self
                .known_at(&fact.span)
                .and_then(|record| match record {
                    RecordId::Person(id) => Some(id),
                    _ => None,
                })
                .or_else(|| person_named(self.workspace, name));
            if let Some(id) = known {
                people.push(NamedPerson {
                    name: name.clone(),
                    id,
                    position: title,
                });
                continue;
            }
            let mut person = Person::new(name.clone(), self.now);
            person.sources.push(self.source);
            let ministry =
                country.and_then(|country| institution_for_post(self.workspace, country, &title));
            let summary = match ministry {
                Some(institution) => {
                    person.positions.push(Position {
                        institution,
                        title: title.clone(),
                        from: None,
                        to: None,
                    });
                    tr!(
                        "query-propose-person-at",
                        name = name,
                        title = &title,
                        institution = self.workspace.label_of(institution)
                    )
                }
                None => {
                    tr!(
                        "query-propose-person-unplaced",
                        name = name,
                        position = position
                    )
                }
            };
            people.push(NamedPerson {
                name: name.clone(),
                id: person.id,
                position: title,
            });
            proposals.push(Proposal {
                record: AnyRecord::Person(person),
                is_new: true,
                summary,
                evidence: self.evidence(&self.sentence(fact)),
            });
        }
        people
    }

    /// Documents signed: a quoted or capitalised title, or "an action plan
    /// on … for 2023-2024" in a sentence that says it was signed.
    fn documents(
        &self,
        published: Option<chrono::NaiveDate>,
        people: &[NamedPerson],
        proposals: &mut Vec<Proposal>,
    ) {
        // ASCII lowering keeps every byte where it is, so offsets into it
        // are offsets into the text ("İŞKUR" lowered in full is longer).
        let folded = self.text.to_ascii_lowercase();
        let mut occurrences: Vec<usize> = DOCUMENT_WORDS
            .iter()
            .flat_map(|word| folded.match_indices(word).map(|(at, _)| at))
            .collect();
        occurrences.sort_unstable();
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        for start in occurrences {
            let sentence = sentence_around(self.text, start);
            let said = &folded[sentence.clone()];
            if !said.contains("sign") || taken.iter().any(|clause| clause.contains(&start)) {
                continue;
            }
            let quoted = self.facts.iter().find_map(|fact| match &fact.value {
                FactValue::Title(title) if fact.span.contains(&start) => {
                    Some((fact.span.clone(), title.clone()))
                }
                _ => None,
            });
            let session = self
                .in_sentence(&sentence)
                .find(|fact| matches!(fact.value, FactValue::Session { .. }));
            let (clause, mut title) = match quoted {
                Some(quoted) => quoted,
                None => {
                    // "signed an action plan on …, Azernews reports": the
                    // clause up to its comma, or to its verb ("… was signed"),
                    // from the capitalised words before it ("Cooperation
                    // Protocol").
                    let start = title_start(self.text, sentence.start, start);
                    let rest = &folded[start..sentence.end];
                    let end = [",", ";", ".", " was ", " were ", " is ", " has ", " have "]
                        .iter()
                        .filter_map(|stop| rest.find(stop))
                        .min()
                        .map_or(sentence.end, |end| start + end);
                    let clause = start..end;
                    let title = crate::model::capitalised(self.text[clause.clone()].trim());
                    (clause, title)
                }
            };
            taken.push(clause.clone());
            // "the Protocol of the same name": the session's protocol.
            if let Some(session) = session
                && title
                    .to_ascii_lowercase()
                    .starts_with("protocol of the same name")
            {
                title = format!("Protocol of the {}", session.text(self.text));
            }
            // A bare "the Protocol" or "the signed Action Plan" refers to one
            // named before; it names no new document.
            let bare = DOCUMENT_WORDS.contains(&title.to_ascii_lowercase().as_str());
            if bare || self.document_at(&clause) {
                continue;
            }
            let kind = match DocumentKind::guess_from_title(&title) {
                Some(kind) => kind,
                None if session.is_some() && title.to_ascii_lowercase().starts_with("protocol") => {
                    DocumentKind::CommissionProtocol
                }
                None => DocumentKind::Agreement,
            };
            let mut document = Document::new(kind, title.clone(), self.now);
            document.sources.push(self.source);
            document.validity = self
                .in_sentence(&sentence)
                .filter(|fact| clause.start <= fact.span.start && fact.span.end <= clause.end)
                .find_map(|fact| match fact.value {
                    FactValue::Period { from, to } => Some(Period {
                        start: from,
                        end: Some(to),
                    }),
                    _ => None,
                });
            // The date written nearest after the document's name ("the joint
            // declaration …, signed in 2009"), else the nearest before it:
            // a sentence may give other dates ("in 2022").
            let dates: Vec<(usize, PartialDate)> = self
                .in_sentence(&sentence)
                .filter_map(|fact| match fact.value {
                    FactValue::Date { date, .. } => Some((fact.span.start, date)),
                    _ => None,
                })
                .collect();
            let dated = dates
                .iter()
                .filter(|(at, _)| *at >= start)
                .min_by_key(|(at, _)| *at)
                .or_else(|| {
                    dates
                        .iter()
                        .filter(|(at, _)| *at < start)
                        .max_by_key(|(at, _)| *at)
                })
                .map(|(_, date)| *date);
            // "have signed" with no date of its own: the day of the report.
            let reported_today = ["have signed", "has signed", "signed today"]
                .iter()
                .any(|phrase| said.contains(phrase));
            document.signed_on =
                dated.or_else(|| published.filter(|_| reported_today).map(PartialDate::Day));
            if let Some(day) = document.signed_on {
                document.status_history.push(StatusStep {
                    status: DocumentStatus::Signed,
                    date: Some(day),
                });
            }
            // Its signatories: "The document was signed by A and B", here or
            // in the next sentence.
            let next = next_sentence(self.text, &sentence);
            for fact in self.facts.iter().filter(|fact| {
                sentence.start <= fact.span.start && fact.span.end <= next.end.max(sentence.end)
            }) {
                if let FactValue::Signing { role, names } = &fact.value {
                    match role {
                        SigningRole::Signatories => {
                            for name in names {
                                if let Some(person) =
                                    people.iter().find(|person| person.name == *name)
                                {
                                    document.signatories.push(Signatory {
                                        person: person.id,
                                        position: person.position.clone(),
                                    });
                                }
                            }
                        }
                        SigningRole::Parties => {
                            document.parties.extend(self.institutions_in(fact));
                        }
                    }
                }
            }
            if self.holds_document_like(&document) {
                continue;
            }
            let kind = crate::query::lowercase(&kind.label());
            let summary = match document.signed_on {
                Some(date) => tr!(
                    "query-propose-document-signed",
                    kind = kind,
                    title = &title,
                    date = date.human()
                ),
                None => tr!("query-propose-document", kind = kind, title = &title),
            };
            proposals.push(Proposal {
                summary,
                record: AnyRecord::Document(document),
                is_new: true,
                evidence: self.evidence(&sentence),
            });
        }
    }

    /// Whether a fact at `span` names a document of the workspace.
    fn document_at(&self, span: &std::ops::Range<usize>) -> bool {
        matches!(self.known_at(span), Some(RecordId::Document(_)))
    }

    /// Whether the workspace already holds this document under another
    /// wording: one of the same kind whose signing date can be the same
    /// (November 2022 holds 3 November 2022) and, for a plan, with the
    /// same validity.
    fn holds_document_like(&self, drafted: &Document) -> bool {
        let Some(signed) = drafted.signed_on else {
            return false;
        };
        self.workspace.documents().values().any(|held| {
            held.kind == drafted.kind
                && held.signed_on.is_some_and(|held_signed| {
                    held_signed.first_day() <= signed.last_day()
                        && signed.first_day() <= held_signed.last_day()
                })
                && (drafted.validity.is_none() || held.validity == drafted.validity)
        })
    }

    fn institutions_in<'f>(
        &'f self,
        signing: &'f Fact,
    ) -> impl Iterator<Item = InstitutionId> + 'f {
        self.facts.iter().filter_map(move |fact| match fact.value {
            FactValue::Record {
                record: RecordId::Institution(id),
                near_miss: false,
                ..
            } if signing.span.start <= fact.span.start && fact.span.end <= signing.span.end => {
                Some(id)
            }
            _ => None,
        })
    }

    /// What an action plan drafted here "envisages" or "includes": one
    /// activity per item, with the plan's validity, parties and sources.
    fn activities(&self, proposals: &mut Vec<Proposal>) {
        let Some(plan) = proposals
            .iter()
            .rev()
            .find_map(|proposal| match &proposal.record {
                AnyRecord::Document(document) if document.kind == DocumentKind::ActionPlan => {
                    Some(document.clone())
                }
                _ => None,
            })
        else {
            return;
        };
        let mut items = Vec::new();
        let mut offset = 0;
        while offset < self.text.len() {
            let sentence = sentence_around(self.text, offset);
            let said = &self.text[sentence.clone()];
            offset = sentence.end.max(offset) + 1;
            if let Some(listed) = listed_items(said) {
                items.extend(
                    listed
                        .into_iter()
                        .map(|item| (item, self.evidence(&sentence))),
                );
            }
        }
        for (item, evidence) in items {
            let mut activity = Activity::new(plan.id, crate::model::capitalised(&item), self.now);
            activity.due = plan.validity;
            activity.responsible.clone_from(&plan.parties);
            activity.sources.push(self.source);
            proposals.push(Proposal {
                summary: tr!(
                    "query-propose-activity",
                    description = &activity.description
                ),
                record: AnyRecord::Activity(activity),
                is_new: true,
                evidence,
            });
        }
    }

    /// Figures of trade with the partner: the amount or percentage nearest
    /// after "turnover", "exports" or "imports" in its sentence, for the
    /// period the sentence gives.
    fn indicators(&self, proposals: &mut Vec<Proposal>) {
        let Some(country) = self.partner else {
            return;
        };
        for fact in self.facts {
            let (number, unit, period, percent) = match &fact.value {
                FactValue::Amount {
                    number,
                    unit,
                    period: Some(period),
                } => (*number, unit.clone(), *period, false),
                FactValue::Percent {
                    number,
                    period: Some(period),
                } => (*number, String::new(), *period, true),
                _ => continue,
            };
            let sentence = self.sentence(fact);
            let before = self.text[sentence.start..fact.span.start].to_lowercase();
            let Some(kind) = [
                ("turnover", IndicatorKind::TradeTurnover),
                ("export", IndicatorKind::Exports),
                ("import", IndicatorKind::Imports),
            ]
            .into_iter()
            .filter_map(|(word, kind)| before.rfind(word).map(|at| (at, kind)))
            .max_by_key(|(at, _)| *at)
            .map(|(_, kind)| kind) else {
                continue;
            };
            let mut indicator = Indicator::new(country, kind, period, self.now);
            if percent {
                indicator.change_percent = Some(number);
            } else {
                indicator.value = Some(number);
                indicator.unit = unit;
            }
            indicator.sources.push(self.source);
            let already = self.workspace.indicators().values().any(|held| {
                held.country == country
                    && held.kind == kind
                    && held.period == period
                    && held.value == indicator.value
                    && held.change_percent == indicator.change_percent
            });
            if already {
                continue;
            }
            proposals.push(Proposal {
                summary: tr!(
                    "query-propose-figure",
                    country = self.workspace.label_of(country),
                    kind = kind.label(),
                    period = period.human(),
                    figure = indicator.figure()
                ),
                record: AnyRecord::Indicator(indicator),
                is_new: true,
                evidence: self.evidence(&sentence),
            });
        }
    }

    /// "The 10th meeting of the Joint Standing Commission … was held in
    /// Istanbul": a commission session with its number, body, date and place.
    fn sessions(&self, proposals: &mut Vec<Proposal>) {
        for fact in self.facts {
            let FactValue::Session { number, .. } = &fact.value else {
                continue;
            };
            let sentence = self.sentence(fact);
            let commission = self
                .in_sentence(&sentence)
                .find_map(|fact| match fact.value {
                    FactValue::Record {
                        record: RecordId::Commission(id),
                        near_miss: false,
                        ..
                    } => Some(id),
                    _ => None,
                });
            let already = self.workspace.meetings().values().any(|meeting| {
                meeting.commission.is_some()
                    && meeting.commission == commission
                    && meeting.session_number == Some(*number)
            });
            if already {
                continue;
            }
            let mut meeting = Meeting::new(
                MeetingKind::CommissionSession,
                crate::model::capitalised(fact.text(self.text)),
                self.now,
            );
            meeting.session_number = Some(*number);
            meeting.commission = commission;
            meeting.start = self
                .in_sentence(&sentence)
                .find_map(|fact| match fact.value {
                    FactValue::Date { date, .. } => Some(date),
                    _ => None,
                });
            meeting.place = self
                .in_sentence(&sentence)
                .find_map(|fact| match &fact.value {
                    FactValue::Place(place) => Some(place.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            meeting.countries.extend(self.partner);
            meeting.sources.push(self.source);
            proposals.push(Proposal {
                summary: tr!("query-propose-session", title = &meeting.title),
                record: AnyRecord::Meeting(meeting),
                is_new: true,
                evidence: self.evidence(&sentence),
            });
        }
    }

    /// "The two countries established diplomatic relations on June 19,
    /// 1992": the partner's relations date, when the workspace has none or
    /// another.
    fn relations_date(&self, proposals: &mut Vec<Proposal>) {
        let Some(partner) = self.partner else {
            return;
        };
        let Some(country) = self.workspace.countries().get(&partner) else {
            return;
        };
        for fact in self.facts {
            let FactValue::Date { date, .. } = fact.value else {
                continue;
            };
            let sentence = self.sentence(fact);
            let said = self.text[sentence.clone()].to_lowercase();
            // "established diplomatic relations on June 19, 1992", not "the
            // anniversary of the establishment of diplomatic relations in 2022".
            let just_before = self.text[sentence.start..fact.span.start]
                .trim_end()
                .to_lowercase();
            let dates_the_establishing = ["relations on", "established on", "established in"]
                .iter()
                .any(|words| just_before.ends_with(words));
            if !said.contains("established diplomatic relations")
                && !said.contains("diplomatic relations were established")
                || !dates_the_establishing
            {
                continue;
            }
            if country.relations.diplomatic_relations_established == Some(date) {
                return;
            }
            let mut edited = country.clone();
            edited.relations.diplomatic_relations_established = Some(date);
            if !edited.sources.contains(&self.source) {
                edited.sources.push(self.source);
            }
            proposals.push(Proposal {
                summary: tr!(
                    "query-propose-relations",
                    country = &edited.name,
                    date = date.human()
                ),
                record: AnyRecord::Country(edited),
                is_new: false,
                evidence: self.evidence(&sentence),
            });
            return;
        }
    }
}

#[cfg(test)]
mod tests;
