//! The merge as an officer meets it: two copies of the sample workspace
//! edited apart come back together with nothing lost; and, for random
//! edits of a generated workspace, the laws a merge must keep.

use std::path::Path;

use chrono::{DateTime, TimeZone as _, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::json;

use super::values::{any_value_of, record_from_value};
use super::*;
use crate::generate::{GenerateOptions, generate};
use crate::model::{Embassy, EmbassySide, Meeting, MeetingKind, Source, SourceId};
use crate::storage::{self, format};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
}

fn sample() -> Workspace {
    storage::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json"))
        .unwrap()
}

fn country_named<'a>(workspace: &'a Workspace, name: &str) -> &'a Country {
    workspace
        .countries()
        .values()
        .find(|country| country.name == name)
        .unwrap()
}

fn edited(workspace: &Workspace, change: impl FnOnce(&mut Workspace)) -> Workspace {
    let mut copy = workspace.clone();
    change(&mut copy);
    copy
}

fn set_notes(workspace: &mut Workspace, name: &str, notes: &str) {
    let mut country = country_named(workspace, name).clone();
    country.notes = notes.to_owned();
    drop(workspace.update(country, now()).unwrap());
}

/// Merges `theirs` into a copy of `ours` and checks the result loads back.
fn merged(
    merge: &Merge,
    ours: &Workspace,
    theirs: &Workspace,
) -> (Workspace, Vec<KeptForReference>) {
    let mut result = ours.clone();
    let mut kept = Vec::new();
    drop(merge.apply(&mut result, theirs, &mut kept).unwrap());
    let text = String::from_utf8(format::to_bytes(&result)).unwrap();
    assert_eq!(
        format::from_str(&text).unwrap(),
        result,
        "the result is a valid file"
    );
    (result, kept)
}

#[test]
fn edits_made_apart_on_different_records_and_fields_all_arrive() {
    let base = sample();
    let ours = edited(&base, |workspace| {
        set_notes(workspace, "Romania", "Visit planned for 2027.");
    });
    let theirs = edited(&base, |workspace| {
        let mut romania = country_named(workspace, "Romania").clone();
        romania.relations.embassies.push(Embassy {
            side: EmbassySide::Ours,
            city: "Cluj-Napoca".to_owned(),
            opened_on: None,
        });
        drop(workspace.update(romania, now()).unwrap());
        let romania = country_named(workspace, "Romania").id;
        let mut meeting = Meeting::new(
            MeetingKind::Consultation,
            "Consultations in Bucharest",
            now(),
        );
        meeting.countries = vec![romania];
        drop(workspace.add(meeting, now()).unwrap());
    });

    let merge = Merge::plan(Some(&base), &ours, &theirs);
    assert_eq!(merge.kind(), MergeKind::ThreeWay);
    assert!(merge.conflicts().is_empty(), "{}", merge.summary());
    assert_eq!(merge.changes_of(Side::Ours).changed, 1);
    assert_eq!(merge.changes_of(Side::Theirs).added, 1);
    let incoming: Vec<_> = merge
        .incoming()
        .iter()
        .map(|record| (record.label.as_str(), record.arrival))
        .collect();
    assert_eq!(
        incoming,
        [
            ("Romania", Arrival::Combined),
            ("Consultations in Bucharest", Arrival::Added)
        ]
    );
    let (result, kept) = merged(&merge, &ours, &theirs);
    assert!(kept.is_empty());

    let romania = country_named(&result, "Romania");
    assert_eq!(romania.notes, "Visit planned for 2027.");
    assert!(
        romania
            .relations
            .embassies
            .iter()
            .any(|embassy| embassy.city == "Cluj-Napoca")
    );
    assert!(
        result
            .meetings()
            .values()
            .any(|meeting| meeting.title == "Consultations in Bucharest")
    );
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_both_values_shown() {
    let base = sample();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Ours"));
    let theirs = edited(&base, |workspace| set_notes(workspace, "Romania", "Theirs"));

    let mut merge = Merge::plan(Some(&base), &ours, &theirs);
    assert_eq!(merge.conflicts().len(), 1, "{}", merge.summary());
    let conflict = &merge.conflicts()[0];
    assert_eq!(conflict.label, "Romania");
    assert_eq!(conflict.field, ["notes"]);
    assert_eq!(conflict.ours, Some(json!("Ours")));
    assert_eq!(conflict.theirs, Some(json!("Theirs")));
    assert_eq!(
        conflict.base,
        Some(json!(country_named(&base, "Romania").notes))
    );
    let summary = merge.summary();
    assert!(summary.contains("1 conflict:"), "{summary}");
    assert!(
        summary.contains("country \"Romania\", field notes"),
        "{summary}"
    );

    // Until chosen, the result keeps this copy's value; then the other's.
    let (result, _) = merged(&merge, &ours, &theirs);
    assert_eq!(country_named(&result, "Romania").notes, "Ours");
    merge.choose(0, Choice::Theirs);
    let (result, _) = merged(&merge, &ours, &theirs);
    assert_eq!(country_named(&result, "Romania").notes, "Theirs");
    merge.choose(0, Choice::Edited(json!("Both: ours and theirs")));
    let (result, _) = merged(&merge, &ours, &theirs);
    assert_eq!(
        country_named(&result, "Romania").notes,
        "Both: ours and theirs"
    );
}

/// Romania's name in `code` set to `name` in `workspace`.
fn set_name_in(workspace: &mut Workspace, code: &str, name: &str) {
    let mut country = country_named(workspace, "Romania").clone();
    country.names.set(code, name);
    drop(workspace.update(country, now()).unwrap());
}

#[test]
fn each_languages_name_merges_as_a_field_of_its_own() {
    let base = sample();
    // One officer corrects the Azerbaijani name, the other adds a Turkish one.
    let ours = edited(&base, |workspace| {
        set_name_in(workspace, "az", "Rumıniya Respublikası");
    });
    let theirs = edited(&base, |workspace| set_name_in(workspace, "tr", "Romanya"));
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    assert!(merge.conflicts().is_empty(), "{}", merge.summary());
    let (result, _) = merged(&merge, &ours, &theirs);
    let names = &country_named(&result, "Romania").names;
    assert_eq!(names.get("az"), Some("Rumıniya Respublikası"));
    assert_eq!(names.get("tr"), Some("Romanya"));
    assert_eq!(names.get("ro"), Some("România"), "the untouched name stays");

    // Both change the Russian name: a conflict on that name alone.
    let ours = edited(&base, |workspace| {
        set_name_in(workspace, "ru", "Республика Румыния");
    });
    let theirs = edited(&base, |workspace| {
        set_name_in(workspace, "ru", "Румынская Республика");
    });
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    assert_eq!(merge.conflicts().len(), 1, "{}", merge.summary());
    assert_eq!(merge.conflicts()[0].field, ["names", "ru"]);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = sample();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Same"));
    let theirs = edited(&base, |workspace| set_notes(workspace, "Romania", "Same"));
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    assert!(merge.conflicts().is_empty(), "{}", merge.summary());
}

#[test]
fn a_record_deleted_on_one_side_and_changed_on_the_other_is_kept_and_flagged() {
    let base = sample();
    let source = |workspace: &Workspace| {
        workspace
            .sources()
            .values()
            .find(|source| workspace.referrers_of(source.id.into()).is_empty())
            .map(|source| source.id)
    };
    let mut base = base;
    let lone = if let Some(id) = source(&base) {
        id
    } else {
        let added = Source::new("A note from the embassy", now());
        let id = added.id;
        drop(base.add(added, now()).unwrap());
        id
    };
    let ours = edited(&base, |workspace| {
        drop(workspace.delete(lone.into(), now()).unwrap());
    });
    let theirs = edited(&base, |workspace| {
        let mut changed = workspace.get::<Source>(lone).unwrap().clone();
        changed.notes = "Checked against the original.".to_owned();
        drop(workspace.update(changed, now()).unwrap());
    });

    let mut merge = Merge::plan(Some(&base), &ours, &theirs);
    assert_eq!(merge.conflicts().len(), 1);
    assert!(merge.conflicts()[0].is_about_deletion());
    let summary = merge.summary();
    assert!(
        summary.contains("was deleted in this copy and changed in the other copy (changed on 1 December 2026) (keeping it)"),
        "{summary}"
    );
    let (result, _) = merged(&merge, &ours, &theirs);
    assert_eq!(
        result.get::<Source>(lone).unwrap().notes,
        "Checked against the original."
    );
    // The officer may still let the deletion stand.
    merge.choose(0, Choice::Ours);
    let (result, _) = merged(&merge, &ours, &theirs);
    assert!(result.get::<Source>(lone).is_none());
}

#[test]
fn a_record_deleted_there_but_named_by_a_new_record_here_stays() {
    let base = sample();
    let romania = country_named(&base, "Romania").id;
    let extra = Source::new("Embassy cable", now());
    let extra_id = extra.id;
    let base = edited(&base, |workspace| {
        drop(workspace.add(extra, now()).unwrap());
    });
    let ours = edited(&base, |workspace| {
        let mut meeting = Meeting::new(MeetingKind::OutgoingVisit, "Visit to Bucharest", now());
        meeting.countries = vec![romania];
        meeting.sources = vec![extra_id];
        drop(workspace.add(meeting, now()).unwrap());
    });
    let theirs = edited(&base, |workspace| {
        drop(workspace.delete(extra_id.into(), now()).unwrap());
    });

    let merge = Merge::plan(Some(&base), &ours, &theirs);
    let (result, kept) = merged(&merge, &ours, &theirs);
    assert!(result.get::<Source>(extra_id).is_some());
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].label, "Embassy cable");
    assert_eq!(kept[0].deleted_by, Side::Theirs);
}

#[test]
fn without_a_base_nothing_is_dropped_and_differences_are_conflicts() {
    let base = sample();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Ours"));
    let theirs = edited(&base, |workspace| {
        set_notes(workspace, "Romania", "Theirs");
        drop(
            workspace
                .add(Source::new("Only in theirs", now()), now())
                .unwrap(),
        );
    });
    let merge = Merge::plan(None, &ours, &theirs);
    assert_eq!(merge.kind(), MergeKind::TwoWay);
    assert!(merge.summary().starts_with("Two-way merge"));
    assert_eq!(merge.conflicts().len(), 1, "{}", merge.summary());
    let (result, _) = merged(&merge, &ours, &theirs);
    assert!(
        result
            .sources()
            .values()
            .any(|source| source.title == "Only in theirs")
    );
    assert_eq!(result.counts().total(), ours.counts().total() + 1);
}

#[test]
fn undoing_a_merge_gives_this_copy_back_exactly() {
    let base = sample();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Ours"));
    let theirs = edited(&base, |workspace| {
        set_notes(workspace, "Turkey", "Theirs");
        drop(workspace.add(Source::new("New", now()), now()).unwrap());
    });
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    let mut result = ours.clone();
    let undo = merge.apply(&mut result, &theirs, &mut Vec::new()).unwrap();
    assert_ne!(result, ours);
    assert_eq!(result.lineage().merged, [theirs.lineage().clone()]);
    drop(result.apply(undo));
    assert_eq!(result, ours);
    assert_eq!(
        result.lineage(),
        ours.lineage(),
        "undone, it no longer claims to descend from the other copy"
    );
}

/// The sample with a source nothing refers to, and that source's id.
fn sample_with_a_lone_source() -> (Workspace, SourceId) {
    let mut base = sample();
    let cable = Source::new("Embassy cable", now());
    let id = cable.id;
    drop(base.add(cable, now()).unwrap());
    (base, id)
}

#[test]
fn a_two_way_merge_does_not_bring_back_what_a_tombstone_says_was_deleted() {
    let (base, cable) = sample_with_a_lone_source();
    let later = now() + chrono::Duration::days(2);
    let ours = edited(&base, |workspace| {
        drop(workspace.delete(cable.into(), later).unwrap());
    });
    // The other copy still holds it, untouched since before the deletion.
    let theirs = base.clone();

    let merge = Merge::plan(None, &ours, &theirs);
    assert!(merge.conflicts().is_empty(), "{}", merge.summary());
    let (result, _) = merged(&merge, &ours, &theirs);
    assert!(result.get::<Source>(cable).is_none(), "not brought back");
    assert!(result.tombstones().contains_key(&cable.into()));

    // Merged the other way, the deletion arrives, tombstone and all.
    let merge = Merge::plan(None, &theirs, &ours);
    let arrivals: Vec<_> = merge
        .incoming()
        .iter()
        .map(|record| record.arrival)
        .collect();
    assert_eq!(arrivals, [Arrival::Deleted]);
    let (result, _) = merged(&merge, &theirs, &ours);
    assert!(result.get::<Source>(cable).is_none());
    assert_eq!(result.tombstones()[&cable.into()].deleted_at, later);
}

#[test]
fn a_record_changed_after_the_other_copy_deleted_it_is_kept_and_flagged_without_a_base() {
    let (base, cable) = sample_with_a_lone_source();
    let deleted_at = now() + chrono::Duration::days(1);
    let ours = edited(&base, |workspace| {
        drop(workspace.delete(cable.into(), deleted_at).unwrap());
    });
    let theirs = edited(&base, |workspace| {
        let mut changed = workspace.get::<Source>(cable).unwrap().clone();
        changed.notes = "Checked against the original.".to_owned();
        drop(
            workspace
                .update(changed, deleted_at + chrono::Duration::hours(3))
                .unwrap(),
        );
    });

    let merge = Merge::plan(None, &ours, &theirs);
    assert_eq!(merge.conflicts().len(), 1, "{}", merge.summary());
    assert!(merge.conflicts()[0].is_about_deletion());
    let (result, _) = merged(&merge, &ours, &theirs);
    assert_eq!(
        result.get::<Source>(cable).unwrap().notes,
        "Checked against the original."
    );
    assert!(
        !result.tombstones().contains_key(&cable.into()),
        "kept, so no longer deleted"
    );
}

#[test]
fn a_three_way_merge_carries_the_other_copys_tombstones() {
    let (base, cable) = sample_with_a_lone_source();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Ours"));
    let theirs = edited(&base, |workspace| {
        drop(workspace.delete(cable.into(), now()).unwrap());
    });
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    let (result, _) = merged(&merge, &ours, &theirs);
    assert!(result.get::<Source>(cable).is_none());
    assert!(
        result.tombstones().contains_key(&cable.into()),
        "so a third copy that still holds it cannot bring it back"
    );
}

// ---------------------------------------------------------------------------
// Laws, for random edits of a generated workspace.

#[derive(Clone, Debug)]
enum Step {
    Notes(Index, String),
    Delete(Index),
    AddSource(String),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        3 => (any::<Index>(), "[a-z]{1,6}").prop_map(|(pick, text)| Step::Notes(pick, text)),
        1 => any::<Index>().prop_map(Step::Delete),
        1 => "[A-Z][a-z]{1,6}".prop_map(Step::AddSource),
    ];
    proptest::collection::vec(step, 0..12)
}

fn base_workspace(seed: u64) -> Workspace {
    generate(GenerateOptions {
        countries: 3,
        records: 60,
        seed,
    })
    .unwrap()
}

fn all_ids(workspace: &Workspace) -> Vec<RecordId> {
    fn ids<R: Record>(workspace: &Workspace, out: &mut Vec<RecordId>) {
        out.extend(R::collection(workspace).keys().map(|id| (*id).into()));
    }
    let mut out = Vec::new();
    ids::<Country>(workspace, &mut out);
    ids::<Institution>(workspace, &mut out);
    ids::<Person>(workspace, &mut out);
    ids::<Document>(workspace, &mut out);
    ids::<Activity>(workspace, &mut out);
    ids::<Commission>(workspace, &mut out);
    ids::<Meeting>(workspace, &mut out);
    ids::<Indicator>(workspace, &mut out);
    ids::<Source>(workspace, &mut out);
    out
}

/// Edits a copy through the model's operations; a refused step is skipped,
/// as the app would refuse it.
fn edit(base: &Workspace, steps: &[Step]) -> Workspace {
    let mut workspace = base.clone();
    for step in steps {
        let ids = all_ids(&workspace);
        match step {
            Step::Notes(pick, text) => {
                let Some(record) = workspace.record(*pick.get(&ids)) else {
                    continue;
                };
                let mut value = any_value_of(&record);
                value["notes"] = json!(text);
                let record = record_from_value(record.id().kind(), value).unwrap();
                drop(workspace.update_any(record, now()));
            }
            Step::Delete(pick) => drop(workspace.delete(*pick.get(&ids), now())),
            Step::AddSource(title) => drop(workspace.add(Source::new(title.clone(), now()), now())),
        }
    }
    workspace
}

fn conflict_places(merge: &Merge) -> Vec<(Subject, FieldPath)> {
    let mut places: Vec<_> = merge
        .conflicts()
        .iter()
        .map(|conflict| (conflict.subject, conflict.field.clone()))
        .collect();
    places.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    places
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_merge_keeps_every_edit_the_other_side_left_alone(
        seed in 0u64..4, ours_steps in steps(), theirs_steps in steps()
    ) {
        let base = base_workspace(seed);
        let ours = edit(&base, &ours_steps);
        let theirs = edit(&base, &theirs_steps);
        let merge = Merge::plan(Some(&base), &ours, &theirs);
        let (result, kept) = merged(&merge, &ours, &theirs);

        let kept: Vec<RecordId> = kept.iter().map(|kept| kept.record).collect();
        for id in all_ids(&base).into_iter().chain(all_ids(&ours)).chain(all_ids(&theirs)) {
            let (b, o, t) = (base.record(id), ours.record(id), theirs.record(id));
            let got = result.record(id);
            if o == b {
                // Only theirs touched it (or nobody): theirs' version.
                if t.is_some() || !kept.contains(&id) {
                    prop_assert_eq!(&got, &t, "{:?}: theirs' edit is missing", id);
                }
            } else if t == b && (o.is_some() || !kept.contains(&id)) {
                prop_assert_eq!(&got, &o, "{:?}: our edit is missing", id);
            }
            // A record either side holds and the other did not delete is there.
            let deleted_by_ours = b.is_some() && o.is_none();
            let deleted_by_theirs = b.is_some() && t.is_none();
            if (o.is_some() && !deleted_by_theirs) || (t.is_some() && !deleted_by_ours) {
                prop_assert!(got.is_some(), "{:?} went missing", id);
            }
        }
    }

    #[test]
    fn merging_a_copy_with_itself_or_an_untouched_base_gives_that_copy(
        seed in 0u64..4, steps in steps()
    ) {
        let base = base_workspace(seed);
        let copy = edit(&base, &steps);
        let with_itself = Merge::plan(Some(&base), &copy, &copy);
        prop_assert!(with_itself.is_empty());
        let from_base = Merge::plan(Some(&base), &base, &copy);
        prop_assert!(from_base.conflicts().is_empty());
        let (result, _) = merged(&from_base, &base, &copy);
        prop_assert_eq!(result, copy);
    }

    #[test]
    fn swapping_the_copies_changes_only_which_side_a_conflict_names(
        seed in 0u64..4, ours_steps in steps(), theirs_steps in steps()
    ) {
        let base = base_workspace(seed);
        let ours = edit(&base, &ours_steps);
        let theirs = edit(&base, &theirs_steps);
        let forward = Merge::plan(Some(&base), &ours, &theirs);
        let backward = Merge::plan(Some(&base), &theirs, &ours);
        prop_assert_eq!(conflict_places(&forward), conflict_places(&backward));
        for conflict in forward.conflicts() {
            let mirror = backward
                .conflicts()
                .iter()
                .find(|other| other.subject == conflict.subject && other.field == conflict.field)
                .unwrap();
            prop_assert_eq!(&mirror.ours, &conflict.theirs);
            prop_assert_eq!(&mirror.theirs, &conflict.ours);
        }
        // Whichever way round, with every conflict given to one copy, the
        // result is the same.
        let mut forward = forward;
        let mut backward = backward;
        forward.choose_all(Side::Theirs);
        backward.choose_all(Side::Ours);
        let (one, _) = merged(&forward, &ours, &theirs);
        let (other, _) = merged(&backward, &theirs, &ours);
        prop_assert_eq!(all_ids(&one), all_ids(&other));
    }
}

#[test]
fn a_conflict_says_who_changed_each_side_and_when() {
    let base = sample();
    let ours = edited(&base, |workspace| {
        workspace.set_editor(Some("Leyla Məmmədova"));
        set_notes(workspace, "Romania", "Ours");
    });
    let theirs = edited(&base, |workspace| {
        workspace.set_editor(Some("Orxan Əliyev"));
        set_notes(workspace, "Romania", "Theirs");
    });
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    let summary = merge.summary();
    assert!(
        summary.contains(
            "this copy \"Ours\" (changed by Leyla Məmmədova on 1 December 2026), the other copy \"Theirs\" (changed by Orxan Əliyev on 1 December 2026)"
        ),
        "{summary}"
    );
}

#[test]
fn a_deletion_remembers_who_made_it() {
    let (base, cable) = sample_with_a_lone_source();
    let ours = edited(&base, |workspace| {
        workspace.set_editor(Some("Leyla Məmmədova"));
        drop(workspace.delete(cable.into(), now()).unwrap());
    });
    assert_eq!(
        ours.tombstones()[&cable.into()].deleted_by.as_deref(),
        Some("Leyla Məmmədova")
    );
}

/// The sample with "Government of Romania" added twice, spelt apart, and a
/// meeting citing a source that names the second; returns the two ids.
fn sample_with_two_governments() -> (Workspace, RecordId, RecordId) {
    use crate::model::{Institution, InstitutionKind};
    let mut workspace = sample();
    let romania = country_named(&workspace, "Romania").id;
    let mut first = Institution::new(
        romania,
        InstitutionKind::Government,
        "Government of Romania",
        now(),
    );
    first.notes = "Added in the office.".to_owned();
    let mut second = Institution::new(
        romania,
        InstitutionKind::Government,
        "Government of România",
        now(),
    );
    second.notes = "Added on the trip.".to_owned();
    second.short_name = "GR".to_owned();
    let (first_id, second_id) = (first.id, second.id);
    drop(workspace.add(first, now()).unwrap());
    drop(workspace.add(second, now()).unwrap());
    let mut meeting = Meeting::new(MeetingKind::Consultation, "Talks in Bucharest", now());
    meeting.countries = vec![romania];
    drop(workspace.add(meeting, now()).unwrap());
    let mut commission = crate::model::Commission::new("Romanian–Azerbaijani commission", now());
    commission.parties = vec![second_id, first_id];
    drop(workspace.add(commission, now()).unwrap());
    (workspace, first_id.into(), second_id.into())
}

#[test]
fn combining_a_pair_keeps_both_records_fields_repoints_every_reference_and_undoes_whole() {
    use super::combine::combine_duplicates;
    let (mut workspace, kept, absorbed) = sample_with_two_governments();
    let before = workspace.clone();
    let undo = combine_duplicates(&mut workspace, kept, absorbed, now()).unwrap();
    assert!(
        undo.description
            .starts_with("Combine institution Government of Romania with")
    );

    assert!(!workspace.contains(absorbed));
    let RecordId::Institution(kept_id) = kept else {
        unreachable!()
    };
    let combined = workspace.get::<crate::model::Institution>(kept_id).unwrap();
    assert_eq!(combined.name, "Government of Romania");
    assert_eq!(
        combined.short_name, "GR",
        "a field only the other held arrives"
    );
    assert_eq!(combined.notes, "Added in the office.\n\nAdded on the trip.");
    let commission = workspace
        .commissions()
        .values()
        .find(|commission| commission.name.starts_with("Romanian"))
        .unwrap();
    assert_eq!(commission.parties, [kept_id], "re-pointed, named once");
    let alias = &workspace.tombstones()[&absorbed];
    assert_eq!(alias.combined_into, Some(kept));
    // The file keeps the alias, and loads as valid.
    let text = String::from_utf8(format::to_bytes(&workspace)).unwrap();
    assert!(text.contains(&format!("\"combined_into\": \"{}\"", kept.uuid())));
    assert_eq!(format::from_str(&text).unwrap(), workspace);

    drop(workspace.apply(undo));
    assert_eq!(workspace, before);
}

#[test]
fn a_later_merge_matches_a_copy_that_still_holds_the_combined_record() {
    use super::combine::{align_to_aliases, combine_duplicates};
    let (base, kept, absorbed) = sample_with_two_governments();
    let ours = edited(&base, |workspace| {
        drop(combine_duplicates(workspace, kept, absorbed, now()).unwrap());
    });
    // The trip copy changed the record combined here.
    let mut theirs = edited(&base, |workspace| {
        let RecordId::Institution(id) = absorbed else {
            unreachable!()
        };
        let mut record = workspace
            .get::<crate::model::Institution>(id)
            .unwrap()
            .clone();
        record.short_name = "GovRo".to_owned();
        drop(
            workspace
                .update(record, now() + chrono::Duration::hours(1))
                .unwrap(),
        );
    });
    // Both the other copy and the base are matched to what was combined here.
    align_to_aliases(&mut theirs, &ours);
    let mut base = base;
    align_to_aliases(&mut base, &ours);
    let merge = Merge::plan(Some(&base), &ours, &theirs);
    let (result, kept_for_references) = merged(&merge, &ours, &theirs);
    assert!(!result.contains(absorbed), "matched, not brought back");
    assert!(kept_for_references.is_empty());
    let RecordId::Institution(kept_id) = kept else {
        unreachable!()
    };
    assert_eq!(
        result
            .get::<crate::model::Institution>(kept_id)
            .unwrap()
            .short_name,
        "GovRo",
        "the other copy's change to it arrives in the record kept"
    );
}

#[test]
fn the_summary_reads_in_azerbaijani_and_russian() {
    use crate::i18n::{Language, with_language};
    let base = sample();
    let ours = edited(&base, |workspace| set_notes(workspace, "Romania", "Ours"));
    let theirs = edited(&base, |workspace| set_notes(workspace, "Romania", "Theirs"));
    let merge = Merge::plan(Some(&base), &ours, &theirs);

    let russian = with_language(Language::Russian, || merge.summary());
    assert!(russian.starts_with("Трёхстороннее слияние"), "{russian}");
    assert!(russian.contains("1 конфликт:"), "{russian}");
    assert!(
        russian.contains("страна \"Romania\", поле notes: общая версия"),
        "{russian}"
    );
    assert!(
        russian.contains("(сохраняется значение этой копии)"),
        "{russian}"
    );
    let azerbaijani = with_language(Language::Azerbaijani, || merge.summary());
    assert!(azerbaijani.contains("1 ziddiyyət:"), "{azerbaijani}");
    assert!(
        azerbaijani.contains("ölkə \"Romania\", sahə notes"),
        "{azerbaijani}"
    );
    // Russian counts take their few and many forms.
    with_language(Language::Russian, || {
        assert_eq!(
            crate::tr!("query-merge-conflicts", count = 3),
            "3 конфликта:"
        );
        assert_eq!(
            crate::tr!("query-merge-edit-merge", count = 25),
            "Слить копию (25 записей)"
        );
    });
    // English stays as it was.
    assert!(merge.summary().contains("1 conflict:"));
}
