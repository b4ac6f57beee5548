//! Items of an action plan, tracked by officers until done.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{ActivityId, DocumentId, InstitutionId, Period, SourceId};

labelled_enum!(
    /// Where an activity stands.
    ActivityStatus {
        /// Not started yet.
        Planned => "model-activity-status-planned",
        /// Work has begun.
        InProgress => "model-activity-status-in-progress",
        /// Carried out; never overdue.
        Done => "model-activity-status-done",
        /// Behind schedule, as the officers report it; still open, so it can also be overdue.
        Delayed => "model-activity-status-delayed",
        /// Dropped; never overdue.
        Cancelled => "model-activity-status-cancelled",
    }
);

/// One item of an action plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Never changes, so copies of the workspace merge activity by activity.
    pub id: ActivityId,
    /// When the activity was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the activity's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The action plan (a document) it belongs to.
    pub plan: DocumentId,
    /// What is to be done, as the plan words it; not blank.
    pub description: String,
    /// The institutions responsible for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<InstitutionId>,
    /// When it is due: a date, or a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Period>,
    /// Where it stands; overdue is computed from this and `due`, never stored.
    pub status: ActivityStatus,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources that report on the activity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Activity {
    /// A new planned activity of `plan`, stamped `now`.
    pub fn new(plan: DocumentId, description: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: ActivityId::random(),
            created_at: now,
            modified_at: now,
            modified_by: None,
            plan,
            description: description.into(),
            responsible: Vec::new(),
            due: None,
            status: ActivityStatus::Planned,
            notes: String::new(),
            sources: Vec::new(),
        }
    }

    /// A new activity of the action plan `plan` that takes what the plan
    /// says: its validity as the due period, its parties as the
    /// responsible sides, its sources. All can be changed.
    pub fn under_plan(
        plan: &super::Document,
        description: impl Into<String>,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            responsible: plan.parties.clone(),
            due: plan.validity,
            sources: plan.sources.clone(),
            ..Self::new(plan.id, description, now)
        }
    }

    /// Past its due period on `today` and neither done nor cancelled. An
    /// activity due "in 2023" is overdue only from 1 January 2024.
    pub fn is_overdue(&self, today: chrono::NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due.last_day() < today)
    }

    /// Still needs work: neither done nor cancelled.
    pub fn is_open(&self) -> bool {
        !matches!(
            self.status,
            ActivityStatus::Done | ActivityStatus::Cancelled
        )
    }
}
