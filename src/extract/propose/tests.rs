//! The drafts of the two seed texts, and the pieces they are read with.

use super::*;
use crate::extract::{KnownNames, extract};
use crate::model::Source;

const ROMANIA: &str = include_str!("../../../sample-data/seeds/romania.txt");

/// The sample's countries and institutions only, as a workspace looks
/// before the Romania article is entered, with the article as a source.
fn before_the_article() -> (Workspace, SourceId) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    let sample = crate::storage::open(&path).expect("the sample opens");
    let now = Utc::now();
    let mut workspace = sample.reference_copy(now).expect("a copy");
    let mut source = Source::new("Azerbaijan, Romania sign action plan", now);
    source.text = ROMANIA.to_owned();
    let id = source.id;
    let _ = workspace.add(source, now).expect("a source");
    (workspace, id)
}

fn proposals() -> (Workspace, SourceId, Vec<Proposal>) {
    let (workspace, source) = before_the_article();
    let known = KnownNames::new(&workspace);
    let facts = extract(ROMANIA, Some(&known));
    let published = chrono::NaiveDate::from_ymd_opt(2022, 11, 3);
    let proposals = propose(ROMANIA, &facts, &workspace, source, published, Utc::now());
    (workspace, source, proposals)
}

fn day(year: i32, month: u32, day: u32) -> PartialDate {
    PartialDate::Day(chrono::NaiveDate::from_ymd_opt(year, month, day).expect("a day"))
}

#[test]
fn the_romania_article_drafts_the_plan_its_signatories_activities_figures_and_relations_date() {
    let (workspace, source, proposals) = proposals();
    let plans: Vec<&Document> = proposals
        .iter()
        .filter_map(|proposal| match &proposal.record {
            AnyRecord::Document(document) => Some(document),
            _ => None,
        })
        .collect();
    assert_eq!(
        plans.len(),
        2,
        "{:#?}",
        proposals.iter().map(|p| &p.summary).collect::<Vec<_>>()
    );
    let declaration = plans
        .iter()
        .find(|document| document.kind == DocumentKind::JointDeclaration)
        .expect("the 2009 declaration");
    assert_eq!(
        declaration.signed_on,
        Some(PartialDate::Year(2009)),
        "only the year is given"
    );
    let plan = plans
        .iter()
        .find(|document| document.kind == DocumentKind::ActionPlan)
        .expect("the action plan");
    assert_eq!(plan.kind, DocumentKind::ActionPlan);
    assert!(
        plan.title.contains("labor and social protection"),
        "{}",
        plan.title
    );
    assert_eq!(
        plan.validity,
        Some(Period {
            start: PartialDate::Year(2023),
            end: Some(PartialDate::Year(2024))
        })
    );
    assert_eq!(
        plan.signed_on,
        Some(day(2022, 11, 3)),
        "the day of the report"
    );
    assert_eq!(plan.signatories.len(), 2);

    let activities: Vec<&str> = proposals
        .iter()
        .filter_map(|proposal| match &proposal.record {
            AnyRecord::Activity(activity) => Some(activity.description.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(activities.len(), 6, "{activities:#?}");
    assert!(activities.contains(&"Prevention of informal employment"));
    assert!(activities.iter().all(|activity| !activity.contains("etc")));

    let ministers: Vec<&Person> = proposals
        .iter()
        .filter_map(|proposal| match &proposal.record {
            AnyRecord::Person(person) => Some(person),
            _ => None,
        })
        .collect();
    assert_eq!(ministers.len(), 2, "the byline is no minister");
    for minister in &ministers {
        let position = minister.positions.first().expect("a post");
        let ministry = &workspace.institutions()[&position.institution];
        assert!(
            ministry.name.starts_with("Ministry of Labour"),
            "{}",
            ministry.name
        );
    }

    let figures = proposals
        .iter()
        .filter(|proposal| matches!(proposal.record, AnyRecord::Indicator(_)))
        .count();
    assert_eq!(
        figures, 4,
        "turnover 2021 and Jan–Aug 2022, exports, imports"
    );

    let romania = proposals
        .iter()
        .find_map(|proposal| match &proposal.record {
            AnyRecord::Country(country) if !proposal.is_new => Some(country),
            _ => None,
        })
        .expect("Romania's relations date");
    assert_eq!(romania.name, "Romania");
    assert_eq!(
        romania.relations.diplomatic_relations_established,
        Some(day(1992, 6, 19))
    );

    for proposal in &proposals {
        assert!(
            proposal.record.sources().contains(&source),
            "{} cites the article",
            proposal.summary
        );
    }
}

#[test]
fn nothing_the_sample_already_holds_from_the_article_is_drafted_again() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json");
    let sample = crate::storage::open(&path).expect("the sample opens");
    let source = sample
        .sources()
        .values()
        .find(|source| source.text.contains("DOST Centers"))
        .expect("the Romania article")
        .id;
    let known = KnownNames::new(&sample);
    let facts = extract(ROMANIA, Some(&known));
    let published = chrono::NaiveDate::from_ymd_opt(2022, 11, 3);
    let drafts = propose(ROMANIA, &facts, &sample, source, published, Utc::now());
    let summaries: Vec<&str> = drafts.iter().map(|draft| draft.summary.as_str()).collect();
    assert!(summaries.is_empty(), "{summaries:#?}");
}

#[test]
fn the_turkey_text_drafts_its_documents_the_session_and_the_plans_activities() {
    const TURKEY: &str = include_str!("../../../sample-data/seeds/turkey.txt");
    let (mut workspace, _) = before_the_article();
    let mut source = Source::new("Republic of Turkey", Utc::now());
    source.text = TURKEY.to_owned();
    let id = source.id;
    let _ = workspace.add(source, Utc::now()).expect("a source");
    let known = KnownNames::new(&workspace);
    let facts = extract(TURKEY, Some(&known));
    let drafts = propose(TURKEY, &facts, &workspace, id, None, Utc::now());
    let documents: Vec<&Document> = drafts
        .iter()
        .filter_map(|draft| match &draft.record {
            AnyRecord::Document(document) => Some(document),
            _ => None,
        })
        .collect();
    let kinds: Vec<DocumentKind> = documents.iter().map(|document| document.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|kind| **kind == DocumentKind::Agreement)
            .count(),
        3,
        "{kinds:?}"
    );
    for kind in [
        DocumentKind::CooperationProtocol,
        DocumentKind::ProceduralAgreement,
        DocumentKind::CommissionProtocol,
        DocumentKind::ActionPlan,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} in {kinds:?}");
    }
    let protocol = documents
        .iter()
        .find(|document| document.kind == DocumentKind::CooperationProtocol)
        .expect("the 1995 protocol");
    assert_eq!(protocol.signed_on, Some(PartialDate::Year(1995)));
    let plan = documents
        .iter()
        .find(|document| document.kind == DocumentKind::ActionPlan)
        .expect("the plan");
    assert_eq!(plan.title, "Action Plan for 2022-2023");
    let activities = drafts
        .iter()
        .filter(|draft| matches!(&draft.record, AnyRecord::Activity(activity) if activity.plan == plan.id))
        .count();
    assert_eq!(
        activities, 4,
        "information exchange, lessons learned, labour market policy, study visits"
    );
    let session = drafts
        .iter()
        .find_map(|draft| match &draft.record {
            AnyRecord::Meeting(meeting) => Some(meeting),
            _ => None,
        })
        .expect("the 10th session");
    assert_eq!(session.session_number, Some(10));
    assert_eq!(session.place, "Istanbul");
    assert_eq!(
        session.start,
        Some(PartialDate::Month(2022, 5)),
        "the text gives a month only"
    );
    assert!(
        drafts
            .iter()
            .all(|draft| !matches!(&draft.record, AnyRecord::Person(_))),
        "the text names no one"
    );
}

#[test]
fn a_plan_lists_one_activity_per_item_and_drops_etc() {
    let items = listed_items(
        "Moreover, it includes bilateral consultations in the labor market, active employment \
         programs, pension and social benefits, information exchange, etc.",
    )
    .expect("a list");
    assert_eq!(
        items,
        [
            "bilateral consultations in the labor market",
            "active employment programs",
            "pension and social benefits",
            "information exchange"
        ]
    );
    assert_eq!(
        listed_items(
            "Within the framework of the Plan, study visits, as well as joint training are planned."
        )
        .expect("a list"),
        ["study visits", "joint training"]
    );
    assert_eq!(listed_items("The minister spoke about the reforms."), None);
}
