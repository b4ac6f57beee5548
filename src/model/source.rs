//! Where facts come from: articles, pages, reports.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use super::SourceId;

/// A cited source, with its text kept as it was published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Never changes, so copies of the workspace merge source by source.
    pub id: SourceId,
    /// When the source was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the source's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The headline or title as published; not blank.
    pub title: String,
    /// The news agency, ministry or site that published it; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    /// Who wrote it, as credited; empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// The web address it was read at, kept as text; empty for a paper source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Publication time with the publisher's UTC offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<FixedOffset>>,
    /// The text as published, misspellings included.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Source {
    /// A new source titled `title`, stamped `now`.
    pub fn new(title: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id: SourceId::random(),
            created_at: now,
            modified_at: now,
            modified_by: None,
            title: title.into(),
            publisher: String::new(),
            author: String::new(),
            url: String::new(),
            published_at: None,
            text: String::new(),
            notes: String::new(),
        }
    }
}
