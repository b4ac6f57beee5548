//! Signing sentences: "signed by A and B" names the signatories, "signed
//! between X and Y" the parties. The names are the people, institutions and
//! records already found inside the clause, so a signatory keeps the
//! position the text gives and a party the name the workspace knows.

use std::sync::LazyLock;

use regex::Regex;

use super::{Fact, FactKind, FactValue, SigningRole};
use crate::model::RecordKind;

static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsigned\s+(?P<role>by|between)\s+").expect("the signing pattern is valid")
});

/// The signing clauses of `text`, given the facts already found in it
/// (sorted by span).
pub(super) fn find(text: &str, facts: &[Fact]) -> Vec<Fact> {
    SIGNED
        .captures_iter(text)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            let role = if captures.name("role")?.as_str().eq_ignore_ascii_case("by") {
                SigningRole::Signatories
            } else {
                SigningRole::Parties
            };
            let clause_end = super::sentence_around(text, whole.end()).end;
            let found = names_in(facts, whole.end(), clause_end, role);
            let end = found.last().map(|(end, _)| *end)?;
            // "the Employment Service … ("İŞKUR")" names one party twice.
            let mut names: Vec<String> = Vec::with_capacity(found.len());
            for (_, name) in found {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            Some(Fact {
                span: whole.start()..end,
                value: FactValue::Signing { role, names },
                confidence: 0.8,
            })
        })
        .collect()
}

/// The outermost fitting facts within `start..end`, with where each ends.
/// A person fact (with its position) outranks the record inside it; for
/// the same span a known record outranks a new name.
fn names_in(facts: &[Fact], start: usize, end: usize, role: SigningRole) -> Vec<(usize, String)> {
    let fits = |fact: &Fact| match &fact.value {
        FactValue::Person { .. } => role == SigningRole::Signatories,
        FactValue::Institution(_) => role == SigningRole::Parties,
        FactValue::Record { record, .. } => match role {
            SigningRole::Signatories => record.kind() == RecordKind::Person,
            SigningRole::Parties => {
                matches!(record.kind(), RecordKind::Institution | RecordKind::Country)
            }
        },
        _ => false,
    };
    let mut chosen: Vec<&Fact> = Vec::new();
    for fact in facts
        .iter()
        .filter(|fact| start <= fact.span.start && fact.span.end <= end && fits(fact))
    {
        match chosen.last() {
            Some(last) if fact.span.start < last.span.end => {
                let same_span = fact.span == last.span;
                if same_span && fact.kind() == FactKind::Record && last.kind() != FactKind::Record {
                    chosen.pop();
                    chosen.push(fact);
                }
            }
            _ => chosen.push(fact),
        }
    }
    chosen
        .into_iter()
        .filter_map(|fact| {
            let name = match &fact.value {
                FactValue::Person { name, .. }
                | FactValue::Institution(name)
                | FactValue::Record { name, .. } => name.clone(),
                _ => return None,
            };
            Some((fact.span.end, name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn signings(text: &str) -> Vec<(SigningRole, Vec<String>)> {
        extract(text, None)
            .into_iter()
            .filter_map(|fact| match fact.value {
                FactValue::Signing { role, names } => Some((role, names)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn signed_by_names_the_signatories() {
        let text = "The document was signed by Azerbaijani Labour and Social Security Minister \
                    Sahil Bababyev and Romanian Labour and Social Solidarity Minister Marius \
                    Constantin Budai.";
        assert_eq!(
            signings(text),
            [(
                SigningRole::Signatories,
                vec![
                    "Sahil Bababyev".to_owned(),
                    "Marius Constantin Budai".to_owned()
                ]
            )]
        );
    }

    #[test]
    fn signed_between_names_the_parties() {
        let text = "The Action Plan for 2022-2023 was signed between the Azerbaijan Public \
                    Employment Agency and the Employment Service of the Republic of Turkey.";
        assert_eq!(
            signings(text),
            [(
                SigningRole::Parties,
                vec![
                    "Azerbaijan Public Employment Agency".to_owned(),
                    "Employment Service of the Republic of Turkey".to_owned()
                ]
            )]
        );
    }

    #[test]
    fn a_clause_naming_no_one_is_no_signing() {
        assert_eq!(signings("It was signed by all of them in 2009."), []);
    }
}
