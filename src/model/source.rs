//! Where facts come from: articles, pages, reports.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use super::SourceId;

/// A cited source, with its text kept as it was published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Publication time with the publisher's UTC offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<FixedOffset>>,
    /// The text as published, misspellings included.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
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
