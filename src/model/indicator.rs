//! Economic indicators of a country by period (trade turnover, exports, ...).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CountryId, IndicatorId, Period, SourceId};

labelled_enum!(
    /// What an indicator measures.
    IndicatorKind {
        TradeTurnover => "Trade turnover",
        Exports => "Exports",
        Imports => "Imports",
        Other => "Other",
    }
);

impl IndicatorKind {
    /// The kind a label names at its start: "Exports …", "Imports …",
    /// "Trade turnover …"; None when it does not say.
    pub fn guess_from_label(label: &str) -> Option<Self> {
        let label = crate::model::fold(label.trim());
        [
            ("export", Self::Exports),
            ("import", Self::Imports),
            ("trade turnover", Self::TradeTurnover),
        ]
        .into_iter()
        .find(|(start, _)| label.starts_with(start))
        .map(|(_, kind)| kind)
    }
}

/// A figure for a period: a value with its unit, a change in percent, or both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: IndicatorId,
    pub created_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub country: CountryId,
    pub kind: IndicatorKind,
    /// What it measures when the kind is `other`, or a qualifier.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    pub period: Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The unit of `value`, e.g. "USD million".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The change against the same period before, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Indicator {
    /// A new indicator with no figure yet, stamped `now`.
    pub fn new(
        country: CountryId,
        kind: IndicatorKind,
        period: Period,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id: IndicatorId::random(),
            created_at: now,
            modified_at: now,
            country,
            kind,
            label: String::new(),
            period,
            value: None,
            unit: String::new(),
            change_percent: None,
            notes: String::new(),
            sources: Vec::new(),
        }
    }

    /// The kind as read: the label for `other`.
    pub fn name(&self) -> String {
        match (self.kind, self.label.is_empty()) {
            (IndicatorKind::Other, false) => self.label.clone(),
            (_, true) => self.kind.label().to_owned(),
            (_, false) => format!("{} ({})", self.kind.label(), self.label),
        }
    }

    /// "USD 215.5 million", "+76.4 %", or both.
    pub fn figure(&self) -> String {
        let value = self.value.map(|value| {
            if self.unit.is_empty() {
                value.to_string()
            } else {
                format!("{value} {}", self.unit)
            }
        });
        let change = self.change_percent.map(|change| format!("{change:+} %"));
        match (value, change) {
            (Some(value), Some(change)) => format!("{value} ({change})"),
            (Some(text), None) | (None, Some(text)) => text,
            (None, None) => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IndicatorKind;

    #[test]
    fn the_kind_is_guessed_from_the_start_of_the_label() {
        assert_eq!(
            IndicatorKind::guess_from_label("Exports to Romania"),
            Some(IndicatorKind::Exports)
        );
        assert_eq!(
            IndicatorKind::guess_from_label("imports"),
            Some(IndicatorKind::Imports)
        );
        assert_eq!(
            IndicatorKind::guess_from_label("Trade turnover, change"),
            Some(IndicatorKind::TradeTurnover)
        );
        assert_eq!(IndicatorKind::guess_from_label("Investments"), None);
    }
}
