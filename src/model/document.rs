//! Agreements, protocols, action plans and declarations, with their status
//! over time and their relations to each other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{
    DocumentId, InstitutionId, MeetingId, OtherNames, PartialDate, Period, PersonId, SourceId,
};

labelled_enum!(
    /// What sort of document it is.
    DocumentKind {
        /// A general protocol on cooperation between the two sides.
        CooperationProtocol => "model-document-kind-cooperation-protocol",
        /// An agreement between governments, ministries or agencies.
        Agreement => "model-document-kind-agreement",
        /// An agreement on the procedure for carrying out another one.
        ProceduralAgreement => "model-document-kind-procedural-agreement",
        /// The protocol signed at the close of a commission session.
        CommissionProtocol => "model-document-kind-commission-protocol",
        /// A plan of dated activities, which the activities list refers to.
        ActionPlan => "model-document-kind-action-plan",
        /// A memorandum of understanding.
        Memorandum => "model-document-kind-memorandum",
        /// A joint declaration, such as one of strategic partnership.
        JointDeclaration => "model-document-kind-joint-declaration",
        /// Anything the other kinds do not cover.
        Other => "model-document-kind-other",
    }
);

labelled_enum!(
    /// Where a document stands in its life.
    DocumentStatus {
        /// A text being prepared, not yet put to the partner.
        Draft => "model-document-status-draft",
        /// Being negotiated with the partner.
        UnderNegotiation => "model-document-status-under-negotiation",
        /// Signed, but not yet in force.
        Signed => "model-document-status-signed",
        /// In force: its obligations apply.
        InForce => "model-document-status-in-force",
        /// Its term of validity ran out.
        Expired => "model-document-status-expired",
        /// Ended by one or both sides before its term.
        Terminated => "model-document-status-terminated",
        /// Replaced by a newer document.
        Superseded => "model-document-status-superseded",
    }
);

labelled_enum!(
    /// How a document relates to another.
    RelationKind {
        /// It carries out the target, as a procedural agreement carries out an agreement.
        Implements => "model-relation-kind-implements",
        /// It was signed as part of the target, as an action plan is of a commission protocol.
        PartOf => "model-relation-kind-part-of",
        /// It changes the text of the target.
        Amends => "model-relation-kind-amends",
        /// It replaces the target.
        Supersedes => "model-relation-kind-supersedes",
    }
);

impl DocumentKind {
    /// The kind a title names at its start: "Action plan on …" is an
    /// action plan, "Joint declaration on …" a joint declaration,
    /// "Memorandum of understanding …" a memorandum, "Cooperation
    /// protocol …" a cooperation protocol. None when the title does not say
    /// (a bare "Protocol" may be of cooperation or of a session).
    pub fn guess_from_title(title: &str) -> Option<Self> {
        let title = crate::model::fold(title.trim());
        [
            ("action plan", Self::ActionPlan),
            ("cooperation protocol", Self::CooperationProtocol),
            ("protocol on cooperation", Self::CooperationProtocol),
            ("procedural agreement", Self::ProceduralAgreement),
            ("joint declaration", Self::JointDeclaration),
            ("declaration", Self::JointDeclaration),
            ("memorandum", Self::Memorandum),
            ("agreement", Self::Agreement),
        ]
        .into_iter()
        .find(|(start, _)| title.starts_with(start))
        .map(|(_, kind)| kind)
    }
}

/// A signed (or planned) document between institutions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Never changes, so copies of the workspace merge document by document.
    pub id: DocumentId,
    /// When the document was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the document's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// What sort of document it is; only an action plan can hold activities.
    pub kind: DocumentKind,
    /// The title as signed; not blank.
    pub title: String,
    /// The name in other languages (`{"az": …, "ru": …}`), shown when the
    /// interface is in one of them.
    #[serde(default, skip_serializing_if = "OtherNames::is_empty")]
    pub names: OtherNames,
    /// The institutions (governments included) party to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<InstitutionId>,
    /// Who signed it, each with the post they held then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<Signatory>,
    /// The signing date, often known only to the month or year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_on: Option<PartialDate>,
    /// The city where it was signed; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signed_at_place: String,
    /// The meeting it was signed at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at_meeting: Option<MeetingId>,
    /// Status changes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusStep>,
    /// The period it is valid for, when it has a term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Period>,
    /// What it implements, is part of, amends or supersedes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<DocumentRelation>,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that mention this document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A person who signed, with the post they signed in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// The person who signed.
    pub person: PersonId,
    /// The post as it was at signing ("Minister of Labour and Social
    /// Protection of Population").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
}

/// One dated step of a document's status history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusStep {
    /// The status it took at this step.
    pub status: DocumentStatus,
    /// When it took this status, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// This document's relation to another one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRelation {
    /// What this document does to the target.
    pub kind: RelationKind,
    /// The other document.
    pub target: DocumentId,
}

impl Document {
    /// A new document, stamped `now`.
    pub fn new(kind: DocumentKind, title: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: DocumentId::random(),
            created_at: now,
            modified_at: now,
            modified_by: None,
            kind,
            title: title.into(),
            names: OtherNames::default(),
            parties: Vec::new(),
            signatories: Vec::new(),
            signed_on: None,
            signed_at_place: String::new(),
            signed_at_meeting: None,
            status_history: Vec::new(),
            validity: None,
            relations: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
        }
    }

    /// Keeps the status history in step with the signing date after it
    /// changed from `previous` to `signed_on`: a Signed step on that date
    /// is added (in date order) when the history has none, or the Signed
    /// step that had the previous date (or no date) moves with it. A Signed
    /// step with a date of its own is what the history says, and is kept.
    /// Cleared again, the date takes away the step it had added.
    pub fn signing_date_changed(&mut self, previous: Option<PartialDate>) {
        if self.signed_on == previous {
            return;
        }
        let signed_step = self
            .status_history
            .iter()
            .position(|step| step.status == DocumentStatus::Signed);
        match (self.signed_on, signed_step) {
            (None, Some(index)) => {
                if previous.is_some() && self.status_history[index].date == previous {
                    self.status_history.remove(index);
                }
            }
            (None, None) => {}
            (Some(_), Some(index)) => {
                let step = &mut self.status_history[index];
                if step.date.is_none() || step.date == previous {
                    step.date = self.signed_on;
                }
            }
            (Some(signed_on), None) => {
                // Before the first dated step that comes later; steps
                // without a date keep their place at the end.
                let at = self
                    .status_history
                    .iter()
                    .position(|step| {
                        step.date
                            .is_some_and(|date| date.first_day() > signed_on.first_day())
                    })
                    .unwrap_or_else(|| {
                        self.status_history
                            .iter()
                            .rposition(|step| step.date.is_some())
                            .map_or(0, |last_dated| last_dated + 1)
                    });
                self.status_history.insert(
                    at,
                    StatusStep {
                        status: DocumentStatus::Signed,
                        date: Some(signed_on),
                    },
                );
            }
        }
    }

    /// The latest status, if any step is recorded.
    pub fn current_status(&self) -> Option<DocumentStatus> {
        self.status_history.last().map(|step| step.status)
    }

    /// The date a timeline places it at: signature, else its first dated
    /// status step, else the start of its validity.
    pub fn key_date(&self) -> Option<PartialDate> {
        self.signed_on
            .or_else(|| self.status_history.iter().find_map(|step| step.date))
            .or_else(|| self.validity.map(|period| period.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> PartialDate {
        PartialDate::Day(chrono::NaiveDate::from_ymd_opt(year, month, day).expect("a day"))
    }

    fn step(status: DocumentStatus, date: Option<PartialDate>) -> StatusStep {
        StatusStep { status, date }
    }

    fn signed_on(document: &mut Document, date: Option<PartialDate>) {
        let previous = document.signed_on;
        document.signed_on = date;
        document.signing_date_changed(previous);
    }

    #[test]
    fn the_kind_is_guessed_from_the_start_of_the_title() {
        for (title, kind) in [
            (
                "Action plan on cooperation for 2023-2024",
                Some(DocumentKind::ActionPlan),
            ),
            (
                "Joint declaration on strategic partnership",
                Some(DocumentKind::JointDeclaration),
            ),
            (
                "Memorandum of understanding",
                Some(DocumentKind::Memorandum),
            ),
            (
                "Agreement on social security",
                Some(DocumentKind::Agreement),
            ),
            ("Protocol of the 10th session", None),
            ("The action plan", None),
        ] {
            assert_eq!(DocumentKind::guess_from_title(title), kind, "{title}");
        }
    }

    #[test]
    fn a_signing_date_makes_the_document_signed_on_that_date() {
        let mut plan = Document::new(DocumentKind::ActionPlan, "Plan", Utc::now());
        signed_on(&mut plan, Some(day(2022, 11, 3)));
        assert_eq!(
            plan.status_history,
            vec![step(DocumentStatus::Signed, Some(day(2022, 11, 3)))]
        );
        assert_eq!(plan.current_status(), Some(DocumentStatus::Signed));
        // Typed on, the date is corrected: the step follows.
        signed_on(&mut plan, Some(day(2022, 11, 4)));
        assert_eq!(
            plan.status_history,
            vec![step(DocumentStatus::Signed, Some(day(2022, 11, 4)))]
        );
        // Cleared, the step it added goes too.
        signed_on(&mut plan, None);
        assert!(plan.status_history.is_empty());
    }

    #[test]
    fn the_signed_step_goes_between_negotiation_and_entry_into_force() {
        let mut agreement = Document::new(DocumentKind::Agreement, "Agreement", Utc::now());
        agreement.status_history = vec![
            step(
                DocumentStatus::UnderNegotiation,
                Some(PartialDate::Year(2021)),
            ),
            step(DocumentStatus::InForce, Some(PartialDate::Month(2023, 2))),
        ];
        signed_on(&mut agreement, Some(PartialDate::Month(2022, 11)));
        let statuses: Vec<DocumentStatus> = agreement
            .status_history
            .iter()
            .map(|step| step.status)
            .collect();
        assert_eq!(
            statuses,
            [
                DocumentStatus::UnderNegotiation,
                DocumentStatus::Signed,
                DocumentStatus::InForce
            ]
        );
    }

    #[test]
    fn a_signed_step_with_a_date_of_its_own_is_kept() {
        let mut protocol = Document::new(DocumentKind::CooperationProtocol, "P", Utc::now());
        protocol.status_history = vec![step(DocumentStatus::Signed, Some(day(1995, 5, 2)))];
        signed_on(&mut protocol, Some(day(1995, 5, 3)));
        assert_eq!(
            protocol.status_history,
            vec![step(DocumentStatus::Signed, Some(day(1995, 5, 2)))],
            "the history says otherwise"
        );
        // An undated Signed step takes the date.
        protocol.status_history = vec![step(DocumentStatus::Signed, None)];
        signed_on(&mut protocol, Some(day(1995, 5, 4)));
        assert_eq!(
            protocol.status_history,
            vec![step(DocumentStatus::Signed, Some(day(1995, 5, 4)))]
        );
    }
}
