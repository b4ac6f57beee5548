//! Find: what typing finds, in which order, and where it says it matched.
use super::*;
use crate::model::{Country, Institution, InstitutionKind, Meeting, MeetingKind};

fn workspace() -> Workspace {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    let turkey = Country::new("Türkiye", now);
    let turkey_id = turkey.id;
    let _ = workspace.add(turkey, now).unwrap();
    let _ = workspace.add(Country::new("Romania", now), now).unwrap();
    let mut iskur = Institution::new(
        turkey_id,
        InstitutionKind::Agency,
        "Employment Service of the Republic of Turkey (İŞKUR)",
        now,
    );
    iskur.short_name = "İŞKUR".to_owned();
    let _ = workspace.add(iskur, now).unwrap();
    let mut meeting = Meeting::new(MeetingKind::Consultation, "Talks on migration", now);
    meeting.place = "Ankara, Türkiye".to_owned();
    let _ = workspace.add(meeting, now).unwrap();
    workspace
}

fn labels(results: &SearchResults) -> Vec<(&str, &str)> {
    results
        .groups
        .iter()
        .flat_map(|group| {
            group
                .hits
                .iter()
                .map(move |hit| (group.kind.noun(), hit.label.as_str()))
        })
        .collect()
}

#[test]
fn typed_without_accents_or_capitals_it_finds_what_has_them() {
    let index = SearchIndex::build(&workspace());
    assert_eq!(index.len(), 4);
    assert_eq!(
        labels(&index.search("iskur", 10)),
        [(
            "institution",
            "Employment Service of the Republic of Turkey (İŞKUR)"
        )]
    );
    // Grouped by kind, the country (a title match) before the meeting
    // found by its place.
    let turkiye = index.search("TURKIYE", 10);
    assert_eq!(
        labels(&turkiye),
        [("country", "Türkiye"), ("meeting", "Talks on migration")]
    );
    assert!(turkiye.groups[0].hits[0].in_title);
    assert!(!turkiye.groups[1].hits[0].in_title);
    assert!(index.search("nothing like it", 10).groups.is_empty());
    assert!(index.search("  ", 10).groups.is_empty());
}

#[test]
fn a_name_in_another_language_finds_the_record_and_says_where_it_matched() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    let azerbaijan = Country::new("Azerbaijan", now);
    let azerbaijan_id = azerbaijan.id;
    let _ = workspace.add(azerbaijan, now).unwrap();
    let mut ministry = Institution::new(
        azerbaijan_id,
        InstitutionKind::Ministry,
        "Ministry of Labour and Social Protection of Population",
        now,
    );
    ministry
        .names
        .set("az", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi");
    ministry
        .names
        .set("ru", "Министерство труда и социальной защиты населения");
    let _ = workspace.add(ministry, now).unwrap();
    let index = SearchIndex::build(&workspace);
    for typed in ["sosial mudafie", "социальной защиты"] {
        assert_eq!(
            labels(&index.search(typed, 10)),
            [(
                "institution",
                "Ministry of Labour and Social Protection of Population"
            )],
            "{typed}"
        );
    }
    let record = AnyRecord::Institution(workspace.institutions().values().next().unwrap().clone());
    let (field, text) =
        matching_field(&record, &fold_mapped("sosial mudafie").0).expect("a field matched");
    assert_eq!(field_label(field), "Name in another language");
    assert_eq!(text, "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi");
}

#[test]
fn titles_that_start_with_the_query_come_first_and_groups_count_all() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    for name in ["Upper Romania", "Romania", "Transromania", "Romania Minor"] {
        let _ = workspace.add(Country::new(name, now), now).unwrap();
    }
    let index = SearchIndex::build(&workspace);
    let results = index.search("roma", 3);
    assert_eq!(results.groups.len(), 1);
    assert_eq!(results.groups[0].total, 4);
    assert_eq!(
        labels(&results),
        [
            ("country", "Romania"),
            ("country", "Romania Minor"),
            ("country", "Upper Romania")
        ]
    );
}

#[test]
fn a_name_match_comes_before_a_mention_in_the_notes_of_another_kind() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    let mut romania = Country::new("Romania", now);
    romania.notes = "Talks led by Budai in 2023.".to_owned();
    let _ = workspace.add(romania, now).unwrap();
    let _ = workspace
        .add(crate::model::Person::new("Budai", now), now)
        .unwrap();
    let index = SearchIndex::build(&workspace);
    let results = index.search("budai", 10);
    // Countries come before people in kind order; the name wins.
    assert_eq!(
        labels(&results),
        [("person", "Budai"), ("country", "Romania")]
    );
    assert_eq!(
        results.hits().next().map(|hit| hit.label.as_str()),
        Some("Budai")
    );
}

#[test]
fn cyrillic_and_latin_spellings_find_each_other() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    let _ = workspace.add(Country::new("Баку", now), now).unwrap();
    let _ = workspace.add(Country::new("Baku", now), now).unwrap();
    let index = SearchIndex::build(&workspace);
    for query in ["Баку", "baku", "BAKU"] {
        let results = index.search(query, 10);
        assert_eq!(results.total(), 2, "{query}");
    }
    let range = match_range("Баку", "baku").unwrap();
    assert_eq!(&"Баку"[range], "Баку");
}

#[test]
fn a_name_with_letters_left_out_is_found_after_every_exact_match() {
    let now = chrono::Utc::now();
    let mut workspace = Workspace::new("test");
    let _ = workspace.add(Country::new("Romania", now), now).unwrap();
    let mut moldova = Country::new("Moldova", now);
    moldova.notes = "Border with romnia-style spelling.".to_owned();
    let _ = workspace.add(moldova, now).unwrap();
    let index = SearchIndex::build(&workspace);
    let results = index.search("romnia", 10);
    assert_eq!(
        labels(&results),
        [("country", "Moldova"), ("country", "Romania")]
    );
    // Two or fewer letters are never matched scattered.
    assert_eq!(index.search("rm", 10).total(), 0);
}

#[test]
fn every_field_has_a_name_in_each_language() {
    let now = chrono::Utc::now();
    let records = [
        AnyRecord::Country(Country::new("A", now)),
        AnyRecord::Person(crate::model::Person::new("B", now)),
        AnyRecord::Meeting(Meeting::new(MeetingKind::Consultation, "C", now)),
        AnyRecord::Source(crate::model::Source::new("D", now)),
    ];
    for record in &records {
        fields(record, |name, _| {
            let russian =
                crate::i18n::with_language(crate::i18n::Language::Russian, || field_label(name));
            assert_ne!(russian, name, "{name} has no Russian name");
            assert_eq!(field_label(name), name);
        });
    }
}

#[test]
fn the_match_is_found_in_the_original_letters() {
    let text = "Servisi (İŞKUR)";
    let range = match_range(text, "iskur").unwrap();
    assert_eq!(&text[range], "İŞKUR");
    assert_eq!(
        match_range("Türkiye", "urk").map(|r| &"Türkiye"[r]),
        Some("ürk")
    );
    assert_eq!(match_range("Türkiye", "xyz"), None);
}
