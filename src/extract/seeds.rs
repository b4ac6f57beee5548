//! The two seed texts against the sample workspace, fact by fact: every
//! fact the sample holds from a seed, where the text states it, must be
//! found by the engine, and no date may be given a day the text does not
//! give.

use std::path::Path;

use crate::model::{PartialDate, Period, RecordId, SourceId, Workspace, fold};

use super::{Fact, FactValue, KnownNames, extract};

const TURKEY: &str = include_str!("../../sample-data/seeds/turkey.txt");
const ROMANIA: &str = include_str!("../../sample-data/seeds/romania.txt");

fn sample() -> Workspace {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    crate::storage::open(&path).expect("the sample workspace opens")
}

/// The sample's source whose verbatim text the seed holds.
fn source_of(workspace: &Workspace, seed: &str) -> SourceId {
    let seed = seed.replace(char::is_whitespace, "");
    workspace
        .sources()
        .values()
        .find(|source| {
            let start: String = source.text.chars().take(200).collect();
            !start.trim().is_empty() && seed.contains(&start.replace(char::is_whitespace, ""))
        })
        .map(|source| source.id)
        .expect("the sample holds the seed as a source")
}

/// Whether `name` is written in `text`, folded, at word edges: an
/// independent, plain search to decide which records the text names.
fn names_in_text(text: &str, name: &str) -> bool {
    let text = fold(text);
    let name = fold(name.trim());
    if name.len() < 3 {
        return false;
    }
    text.match_indices(&name).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every name each record the engine looks for is known by.
fn record_names(workspace: &Workspace) -> Vec<(RecordId, Vec<String>)> {
    let mut records = Vec::new();
    for country in workspace.countries().values() {
        let mut names = country.aliases.clone();
        names.push(country.name.clone());
        records.push((RecordId::Country(country.id), names));
    }
    for institution in workspace.institutions().values() {
        let mut names = vec![institution.name.clone(), institution.short_name.clone()];
        names.extend(
            institution
                .former_names
                .iter()
                .map(|former| former.name.clone()),
        );
        records.push((RecordId::Institution(institution.id), names));
    }
    for person in workspace.people().values() {
        let mut names = person.name_variants.clone();
        names.push(person.name.clone());
        records.push((RecordId::Person(person.id), names));
    }
    for commission in workspace.commissions().values() {
        records.push((
            RecordId::Commission(commission.id),
            vec![commission.name.clone()],
        ));
    }
    for document in workspace.documents().values() {
        records.push((
            RecordId::Document(document.id),
            vec![document.title.clone()],
        ));
    }
    records
}

fn found_records(facts: &[Fact]) -> Vec<RecordId> {
    facts
        .iter()
        .filter_map(|fact| match fact.value {
            FactValue::Record {
                record,
                near_miss: false,
                ..
            } => Some(record),
            _ => None,
        })
        .collect()
}

fn dates(facts: &[Fact]) -> Vec<PartialDate> {
    facts
        .iter()
        .filter_map(|fact| match fact.value {
            FactValue::Date { date, .. } => Some(date),
            _ => None,
        })
        .collect()
}

fn periods(facts: &[Fact]) -> Vec<Period> {
    facts
        .iter()
        .filter_map(|fact| match fact.value {
            FactValue::Period { from, to } => Some(Period {
                start: from,
                end: Some(to),
            }),
            _ => None,
        })
        .collect()
}

/// Whether a date the text gives falls within a date the sample holds
/// (the sample may date a meeting by its article: "November 2022" from
/// "3 November 2022").
fn within(found: PartialDate, held: PartialDate) -> bool {
    held.first_day() <= found.first_day() && found.last_day() <= held.last_day()
}

/// Checks every fact of the sample citing the seed's source against the
/// extraction, and returns how many were checked.
fn check_seed(seed: &str) -> usize {
    let workspace = sample();
    let known = KnownNames::new(&workspace);
    let facts = extract(seed, Some(&known));
    let source = source_of(&workspace, seed);
    let mut checked = 0;

    let records = found_records(&facts);
    for (record, names) in record_names(&workspace) {
        if names.iter().any(|name| names_in_text(seed, name)) {
            assert!(
                records.contains(&record),
                "{} is named in the text but not found",
                workspace.label_of(record)
            );
            checked += 1;
        }
    }

    for indicator in workspace.indicators().values() {
        if !indicator.sources.contains(&source) {
            continue;
        }
        let found = facts.iter().any(|fact| match &fact.value {
            FactValue::Amount {
                number,
                unit,
                period,
            } => {
                Some(*number) == indicator.value
                    && *unit == indicator.unit
                    && *period == Some(indicator.period)
            }
            FactValue::Percent { number, period } => {
                Some(*number) == indicator.change_percent && *period == Some(indicator.period)
            }
            _ => false,
        });
        assert!(found, "indicator {} not found", indicator.name());
        checked += 1;
    }

    let found_dates = dates(&facts);
    let found_periods = periods(&facts);
    for country in workspace.countries().values() {
        if !country.sources.contains(&source) {
            continue;
        }
        let relations = &country.relations;
        let held = relations
            .diplomatic_relations_established
            .into_iter()
            .chain(
                relations
                    .embassies
                    .iter()
                    .filter_map(|embassy| embassy.opened_on),
            );
        for date in held {
            assert!(
                found_dates.contains(&date),
                "{}: {date} not found",
                country.name
            );
            checked += 1;
        }
    }

    for document in workspace.documents().values() {
        if !document.sources.contains(&source) {
            continue;
        }
        if let Some(signed_on) = document.signed_on {
            assert!(
                found_dates.iter().any(|&date| within(date, signed_on)),
                "{}: signed {signed_on}, not found",
                document.title
            );
            checked += 1;
        }
        if let Some(validity) = document.validity {
            assert!(
                found_periods.contains(&validity),
                "{}: validity not found",
                document.title
            );
            checked += 1;
        }
    }

    for meeting in workspace.meetings().values() {
        if !meeting.sources.contains(&source) {
            continue;
        }
        if let Some(start) = meeting.start {
            assert!(
                found_dates.iter().any(|&date| within(date, start)),
                "{}: {start} not found",
                meeting.title
            );
            checked += 1;
        }
        if let Some(number) = meeting.session_number {
            let found = facts.iter().any(
                |fact| matches!(fact.value, FactValue::Session { number: n, .. } if n == number),
            );
            assert!(found, "{}: session {number} not found", meeting.title);
            checked += 1;
        }
        if !meeting.place.is_empty() {
            let found = facts.iter().any(
                |fact| matches!(&fact.value, FactValue::Place(place) if *place == meeting.place),
            );
            assert!(
                found,
                "{}: place {} not found",
                meeting.title, meeting.place
            );
            checked += 1;
        }
    }

    for person in workspace.people().values() {
        if !person.sources.contains(&source) || person.positions.is_empty() {
            continue;
        }
        let names: Vec<&String> = std::iter::once(&person.name)
            .chain(&person.name_variants)
            .collect();
        let with_position = facts.iter().any(|fact| {
            matches!(&fact.value, FactValue::Person { name, position: Some(_) } if names.contains(&name))
        });
        assert!(with_position, "{} not found with a position", person.name);
        checked += 1;
    }

    if let Some(published) = workspace
        .get::<crate::model::Source>(source)
        .and_then(|s| s.published_at)
    {
        let day = PartialDate::Day(published.date_naive());
        let time = published.format("%H:%M%:z").to_string();
        let found = facts.iter().any(|fact| {
            matches!(&fact.value, FactValue::Date { date, time: Some(t) } if *date == day && *t == time)
        });
        assert!(found, "publication {day} {time} not found");
        checked += 1;
    }
    println!("{checked} facts of the sample checked against the text");
    checked
}

#[test]
fn every_fact_of_the_turkey_seed_held_by_the_sample_is_found() {
    let checked = check_seed(TURKEY);
    // 14 records the text names (two countries, six institutions, the
    // commission, five documents), four document dates and validities, and
    // the meeting's month, number and place.
    assert!(checked >= 21, "only {checked} facts checked");
}

#[test]
fn every_fact_of_the_romania_seed_held_by_the_sample_is_found() {
    let checked = check_seed(ROMANIA);
    // 7 records, 4 indicators, 3 relations dates, 3 document dates and
    // validities, the meeting's month, 2 people with positions and the
    // article's date and time.
    assert!(checked >= 21, "only {checked} facts checked");
}

/// Every day either seed gives, read by hand: no other date may be a day.
#[test]
fn no_date_is_given_a_day_the_text_does_not_give() {
    let day = |text: &str| PartialDate::Day(text.parse().unwrap());
    let days_in = |text: &str| -> Vec<PartialDate> {
        dates(&extract(text, None))
            .into_iter()
            .filter(|date| date.precision() == crate::model::Precision::Day)
            .collect()
    };
    assert_eq!(days_in(TURKEY), []);
    assert_eq!(
        days_in(ROMANIA),
        [
            day("2022-11-03"),
            day("2022-11-03"),
            day("1992-06-19"),
            day("1998-11-03"),
            day("2001-05-19"),
        ]
    );
    // The month the Turkey text gives stays a month.
    assert!(dates(&extract(TURKEY, None)).contains(&PartialDate::Month(2022, 5)));
}
