//! Economic indicators of a country by period (trade turnover, exports, ...).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::labels::labelled_enum;
use super::{CountryId, IndicatorId, Period, SourceId};

labelled_enum!(
    /// What an indicator measures.
    IndicatorKind {
        /// Exports and imports together, between the two countries.
        TradeTurnover => "model-indicator-kind-trade-turnover",
        /// Exports in the trade between the two countries, as the source gives them.
        Exports => "model-indicator-kind-exports",
        /// Imports in the trade between the two countries, as the source gives them.
        Imports => "model-indicator-kind-imports",
        /// Any other figure; `label` then says what it measures.
        Other => "model-indicator-kind-other",
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
    /// Never changes, so copies of the workspace merge indicator by indicator.
    pub id: IndicatorId,
    /// When the indicator was added to the workspace.
    pub created_at: DateTime<Utc>,
    /// When the indicator's record was last changed.
    pub modified_at: DateTime<Utc>,
    /// The officer who last changed it, when the app knew their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<String>,
    /// The partner country the figure is about; it cannot be deleted while this refers to it.
    pub country: CountryId,
    /// What the figure measures.
    pub kind: IndicatorKind,
    /// What it measures when the kind is `other`, or a qualifier.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The period the figure covers ("2021", or January to August 2022).
    pub period: Period,
    /// The figure itself, a finite number in `unit`; absent when only the change is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The unit of `value`, e.g. "USD million".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The change against the same period before, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_percent: Option<f64>,
    /// The officer's own remarks; left out of the file when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The sources the figure was taken from.
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
            modified_by: None,
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
            (_, true) => self.kind.label(),
            (_, false) => format!("{} ({})", self.kind.label(), self.label),
        }
    }

    /// The figure as people write it: "USD 215.5 million" (a currency code
    /// before the number, the scale after it), "1,250 tonnes", "+76.4%", or
    /// a value with its change; the number as the thread's language writes
    /// it ("215,5" in Russian and Azerbaijani).
    pub fn figure(&self) -> String {
        let value = self.value.map(|value| {
            let number = crate::i18n::decimal(value);
            let unit = self.unit.trim();
            match unit.split_once(' ') {
                Some((code, scale)) if is_currency_code(code) => format!("{code} {number} {scale}"),
                _ if is_currency_code(unit) => format!("{unit} {number}"),
                _ if unit.is_empty() => number,
                _ => format!("{number} {unit}"),
            }
        });
        let change = self.change_percent.map(|change| {
            format!(
                "{}{}%",
                if change > 0.0 { "+" } else { "" },
                crate::i18n::decimal(change)
            )
        });
        match (value, change) {
            (Some(value), Some(change)) => format!("{value} ({change})"),
            (Some(text), None) | (None, Some(text)) => text,
            (None, None) => String::new(),
        }
    }
}

/// USD, AZN, EUR: three capital letters, as ISO 4217 writes them.
fn is_currency_code(word: &str) -> bool {
    word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone as _, Utc};

    use super::*;

    fn figure(value: Option<f64>, unit: &str, change: Option<f64>) -> String {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let mut indicator = Indicator::new(
            CountryId::random(),
            IndicatorKind::TradeTurnover,
            Period::single("2021".parse().unwrap()),
            now,
        );
        indicator.value = value;
        indicator.unit = unit.to_owned();
        indicator.change_percent = change;
        indicator.figure()
    }

    #[test]
    fn money_reads_as_people_write_it() {
        assert_eq!(
            figure(Some(120.5), "USD million", None),
            "USD 120.5 million"
        );
        assert_eq!(figure(Some(3.0), "AZN billion", None), "AZN 3 billion");
        assert_eq!(figure(Some(1_234_567.5), "USD", None), "USD 1,234,567.5");
        assert_eq!(figure(Some(-2500.0), "tonnes", None), "-2,500 tonnes");
        assert_eq!(figure(Some(999.0), "", None), "999");
    }

    #[test]
    fn a_change_reads_as_a_signed_percentage() {
        assert_eq!(figure(None, "", Some(76.4)), "+76.4%");
        assert_eq!(figure(None, "", Some(-3.0)), "-3%");
        assert_eq!(
            figure(Some(215.5), "USD million", Some(18.0)),
            "USD 215.5 million (+18%)"
        );
    }

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
