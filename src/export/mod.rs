//! Summaries of a workspace for other systems and for briefings. Pure:
//! each export turns a workspace and options into text; writing it to a
//! file is the caller's business.

pub mod ics;
pub mod json;

use chrono::NaiveDate;

use crate::model::{CountryId, PartialDate, Workspace};

/// What an export covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// The countries to cover; empty means every country but the home one.
    pub country_ids: Vec<CountryId>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// The day statuses such as "overdue" are judged on.
    pub today: NaiveDate,
}

impl ExportOptions {
    /// Every partner country, all dates, as of `today`.
    pub fn all(today: NaiveDate) -> Self {
        Self {
            country_ids: Vec::new(),
            from: None,
            to: None,
            today,
        }
    }

    /// The countries covered, in name order.
    pub fn countries(&self, workspace: &Workspace) -> Vec<CountryId> {
        let mut ids: Vec<CountryId> = if self.country_ids.is_empty() {
            workspace
                .countries()
                .keys()
                .copied()
                .filter(|id| Some(*id) != workspace.home_country())
                .collect()
        } else {
            self.country_ids.clone()
        };
        ids.sort_by_key(|id| workspace.label_of(*id));
        ids.dedup();
        ids
    }
}

/// Finds a country by name, alias or ISO code, ignoring case.
pub fn find_country(workspace: &Workspace, name_or_code: &str) -> Result<CountryId, String> {
    let query = crate::model::fold(name_or_code.trim());
    workspace
        .countries()
        .values()
        .find(|country| country.is_named(&query))
        .map(|country| country.id)
        .ok_or_else(|| {
            let mut known: Vec<&str> = workspace
                .countries()
                .values()
                .map(|country| country.name.as_str())
                .collect();
            known.sort_unstable();
            format!(
                "no country named {name_or_code:?} in the workspace (known: {})",
                known.join(", ")
            )
        })
}
