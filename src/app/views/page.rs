//! What a record's page beside the list needs from a scan of the workspace
//! (who refers to the record; a country's agreement history), prepared
//! once per record and revision, on a worker thread when the workspace is
//! large: the home country's page of a 100,000-record workspace walks every
//! record and sorts 60,000 history entries, more than a frame can hold.

use std::sync::Arc;

use chrono::NaiveDate;

use super::country::CountryPageData;
use super::prepared::Prepared;
use crate::model::{RecordId, Referrer, Workspace};

/// What a page shows that needs a scan of the workspace.
#[derive(Debug, Default)]
pub struct PageData {
    /// The records that refer to this one (itself left out).
    pub referrers: Vec<Referrer>,
    /// A country's agreement history (empty for other records).
    pub country: CountryPageData,
    /// A source's text read for facts, and the records they imply (empty
    /// for other records).
    pub source: SourceReading,
}

/// What a source's text says, found once per revision: the facts to
/// highlight and the drafts Propose records offers.
#[derive(Debug, Default)]
pub struct SourceReading {
    /// The facts, by span.
    pub facts: Vec<crate::extract::Fact>,
    /// The records the facts imply.
    pub proposals: Vec<crate::extract::propose::Proposal>,
}

impl SourceReading {
    fn build(workspace: &Workspace, id: crate::model::SourceId) -> Self {
        let Some(source) = workspace.sources().get(&id) else {
            return Self::default();
        };
        if source.text.trim().is_empty() {
            return Self::default();
        }
        let known = crate::extract::KnownNames::new(workspace);
        let facts = crate::extract::extract(&source.text, Some(&known));
        let published = source.published_at.map(|at| at.date_naive());
        let proposals = crate::extract::propose::propose(
            &source.text,
            &facts,
            workspace,
            id,
            published,
            chrono::Utc::now(),
        );
        Self { facts, proposals }
    }
}

impl PageData {
    /// Scans `workspace` for the page of `id` as read on `today`.
    pub fn build(workspace: &Workspace, id: RecordId, today: NaiveDate) -> Self {
        let mut referrers = workspace.referrers_of(id);
        referrers.retain(|referrer| referrer.record != id);
        let country = match id {
            RecordId::Country(country) => CountryPageData::new(
                crate::query::country_timeline(workspace, country, today),
                crate::query::indicators::country_chart(workspace, country),
            ),
            _ => CountryPageData::default(),
        };
        let source = match id {
            RecordId::Source(source) => SourceReading::build(workspace, source),
            _ => SourceReading::default(),
        };
        Self {
            referrers,
            country,
            source,
        }
    }
}

/// The record, revision and day a page was prepared for.
type PageKey = (RecordId, u64, NaiveDate);

/// The page data of the record shown.
#[derive(Debug, Default)]
pub struct PageCache {
    prepared: Prepared<PageData, PageKey>,
}

/// What the page shows while a worker thread prepares it.
pub const PREPARING: super::Message = super::Message("views-page-preparing");

impl PageCache {
    /// The data of `id`'s page: of this revision when ready, else of an
    /// earlier one of the same record while the new one is prepared;
    /// `None` while nothing of this record is ready.
    pub fn refresh(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        id: RecordId,
        revision: u64,
        today: NaiveDate,
    ) -> Option<&PageData> {
        self.prepared
            .refresh(ctx, workspace, (id, revision, today), move |workspace| {
                PageData::build(workspace, id, today)
            });
        match self.prepared.get_with_key() {
            Some(((shown, ..), data)) if *shown == id => Some(data),
            _ => None,
        }
    }
}
