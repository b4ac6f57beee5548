//! The generator's promises: the same seed gives the same bytes, what it
//! makes loads without a problem and holds what real data holds, and
//! options too small are refused with the reason.

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
    let text =
        String::from_utf8(crate::storage::format::to_bytes(&workspace)).expect("the file is UTF-8");
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
