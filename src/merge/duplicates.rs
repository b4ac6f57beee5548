//! Likely duplicates: two officers often create the same record apart
//! (both add "Government of Romania" on their copies), and a merge then
//! keeps both. Records are grouped by what names them, folded the way
//! search folds (case, accents, dotted İ), so one pass over the workspace
//! finds every pair.

use std::collections::BTreeMap;

use crate::model::{
    Commission, Country, Document, Institution, Person, Record, RecordId, Source, Workspace, fold,
};
use crate::tr;

/// Two records that are probably one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LikelyDuplicate {
    /// One record of the pair; the list is ordered by it.
    pub first: RecordId,
    /// The other record, of the same kind.
    pub second: RecordId,
    /// The first record's label, to name it in the report.
    pub first_label: String,
    /// The second record's label.
    pub second_label: String,
    /// What they share, in words: "the same ISO code RO".
    pub reason: String,
}

/// Every likely pair in `workspace`, by kind in file order, then by the
/// first record's id.
pub fn likely_duplicates(workspace: &Workspace) -> Vec<LikelyDuplicate> {
    let mut found = Vec::new();
    pairs::<Country>(workspace, &mut found, |country| {
        let mut keys = names_of(
            std::iter::once(country.name.as_str())
                .chain(country.aliases.iter().map(String::as_str))
                .chain(country.names.names()),
            Said::Name,
        );
        if !country.iso_code.trim().is_empty() {
            keys.push((
                format!("iso:{}", country.iso_code.trim().to_uppercase()),
                tr!(
                    "query-duplicate-iso-code",
                    code = country.iso_code.trim().to_uppercase()
                ),
            ));
        }
        keys
    });
    pairs::<Institution>(workspace, &mut found, |institution| {
        // Only within one country: two countries' "Ministry of Labour"
        // are two ministries.
        let names = std::iter::once(institution.name.as_str())
            .chain(std::iter::once(institution.short_name.as_str()))
            .chain(
                institution
                    .former_names
                    .iter()
                    .map(|former| former.name.as_str()),
            )
            .chain(institution.names.names());
        names_of(names, Said::Name)
            .into_iter()
            .map(|(key, reason)| (format!("{}:{key}", institution.country), reason))
            .collect()
    });
    pairs::<Person>(workspace, &mut found, |person| {
        names_of(
            std::iter::once(person.name.as_str())
                .chain(person.name_variants.iter().map(String::as_str))
                .chain(person.names.names()),
            Said::Name,
        )
    });
    pairs::<Document>(workspace, &mut found, |document| {
        let date = document
            .signed_on
            .map_or_else(|| "undated".to_owned(), |date| date.to_string());
        names_of(
            std::iter::once(document.title.as_str()).chain(document.names.names()),
            Said::TitleAndDate,
        )
        .into_iter()
        .map(|(key, reason)| (format!("{date}:{key}"), reason))
        .collect()
    });
    pairs::<Commission>(workspace, &mut found, |commission| {
        names_of(
            std::iter::once(commission.name.as_str()).chain(commission.names.names()),
            Said::Name,
        )
    });
    pairs::<Source>(workspace, &mut found, |source| {
        let mut keys = names_of(std::iter::once(source.title.as_str()), Said::Title);
        if !source.url.trim().is_empty() {
            keys.push((
                format!("url:{}", source.url.trim()),
                tr!("query-duplicate-address"),
            ));
        }
        keys
    });
    found
}

/// What two records of a pair share, for the reason a match gives.
#[derive(Clone, Copy)]
enum Said {
    /// "the name reads the same (…)"
    Name,
    /// "the title reads the same (…)"
    Title,
    /// "the title reads the same (…) and date"
    TitleAndDate,
}

/// The folded names as grouping keys, each with the reason a match gives.
fn names_of<'a>(names: impl Iterator<Item = &'a str>, what: Said) -> Vec<(String, String)> {
    names
        .map(|name| fold(name.trim()))
        .filter(|folded| !folded.is_empty())
        .map(|folded| {
            let reason = match what {
                Said::Name => tr!("query-duplicate-name", name = &folded),
                Said::Title => tr!("query-duplicate-title", name = &folded),
                Said::TitleAndDate => tr!("query-duplicate-title-and-date", name = &folded),
            };
            (format!("name:{folded}"), reason)
        })
        .collect()
}

/// Groups the records of one kind by their keys and reports each pair
/// once, with the first key they share.
fn pairs<R: Record>(
    workspace: &Workspace,
    found: &mut Vec<LikelyDuplicate>,
    keys_of: impl Fn(&R) -> Vec<(String, String)>,
) {
    let mut groups: BTreeMap<String, Vec<(R::Id, String)>> = BTreeMap::new();
    for record in R::collection(workspace).values() {
        let mut keys = keys_of(record);
        keys.sort();
        keys.dedup_by(|a, b| a.0 == b.0);
        for (key, reason) in keys {
            groups.entry(key).or_default().push((record.id(), reason));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for members in groups.values() {
        for (index, (first, reason)) in members.iter().enumerate() {
            for (second, _) in &members[index + 1..] {
                if seen.insert((*first, *second)) {
                    found.push(LikelyDuplicate {
                        first: (*first).into(),
                        second: (*second).into(),
                        first_label: workspace.label_of(*first),
                        second_label: workspace.label_of(*second),
                        reason: reason.clone(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone as _, Utc};

    use super::*;
    use crate::model::InstitutionKind;

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
    }

    fn country(workspace: &mut Workspace, name: &str, iso: &str) -> crate::model::CountryId {
        let mut country = Country::new(name, now());
        country.iso_code = iso.to_owned();
        let id = country.id;
        drop(workspace.add(country, now()).unwrap());
        id
    }

    #[test]
    fn the_same_institution_created_on_two_copies_is_found_once() {
        let mut workspace = Workspace::new("Ministry");
        let romania = country(&mut workspace, "Romania", "RO");
        let turkey = country(&mut workspace, "Turkey", "TR");
        for (name, country) in [
            ("Government of Romania", romania),
            ("GOVERNMENT OF ROMANIA ", romania),
            ("Ministry of Labour", romania),
            ("Ministry of Labour", turkey),
        ] {
            let institution = Institution::new(country, InstitutionKind::Government, name, now());
            drop(workspace.add(institution, now()).unwrap());
        }
        let found = likely_duplicates(&workspace);
        assert_eq!(found.len(), 1, "{found:?}");
        let mut labels = [
            found[0].first_label.as_str(),
            found[0].second_label.as_str(),
        ];
        labels.sort_unstable();
        assert_eq!(labels, ["GOVERNMENT OF ROMANIA ", "Government of Romania"]);
        assert!(found[0].reason.starts_with("the name reads the same"));
    }

    #[test]
    fn countries_match_by_iso_code_or_by_an_alias_folded() {
        let mut workspace = Workspace::new("Ministry");
        country(&mut workspace, "Turkey", "TR");
        country(&mut workspace, "Türkiye", "TR");
        let mut romania = Country::new("Romania", now());
        romania.aliases = vec!["România".to_owned()];
        drop(workspace.add(romania, now()).unwrap());
        country(&mut workspace, "ROMANIA", "");
        let found = likely_duplicates(&workspace);
        let reasons: Vec<&str> = found.iter().map(|pair| pair.reason.as_str()).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(reasons.contains(&"the same ISO code TR"), "{reasons:?}");
        assert!(
            reasons.iter().any(|reason| reason.contains("“romania”")),
            "{reasons:?}"
        );
    }

    #[test]
    fn documents_need_the_same_title_and_date() {
        let mut workspace = Workspace::new("Ministry");
        for signed in ["2022-11-03", "2022-11-03", "2023"] {
            let mut document = Document::new(
                crate::model::DocumentKind::ActionPlan,
                "Action plan on cooperation",
                now(),
            );
            document.signed_on = Some(signed.parse().unwrap());
            drop(workspace.add(document, now()).unwrap());
        }
        let found = likely_duplicates(&workspace);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].reason.ends_with("and date"));
    }
}
