//! The calendar as plain data: every dated thing of a workspace as a
//! [`CalendarItem`], a [`DateIndex`] built once per change of the workspace
//! and queried by range; the weeks of a month and the lanes multi-day bars
//! take in a week are in `grid`. Knows nothing of the UI, so it is tested
//! without one.
//!
//! Partial dates stay honest: an item known only to the month ("May 2022")
//! is never placed on a day; it sits in that month's "day unknown" strip,
//! and an item known only to the year sits in its year's strip (shown with
//! January).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike as _, Days, NaiveDate};

mod grid;
mod rows;

pub use grid::{WeekSegment, WeekStart, YearMonth, add_months, lay_out_week, month_grid, week_of};
pub use rows::{CalendarRow, agenda_rows, panel_rows, per_country};

use super::{
    countries_of_activity, countries_of_document, countries_of_meeting, meeting_title, ordinal,
    session_ordinal,
};
use crate::model::{
    CountryId, DocumentStatus, MeetingKind, PartialDate, Period, Precision, RecordId, Workspace,
};
use crate::tr;

/// What a calendar item is; each kind has its own colour and legend entry.
/// The legend lists them in the order declared here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray)]
pub enum CalendarKind {
    /// A numbered session of a joint commission.
    CommissionSession,
    /// A partner's delegation visiting the home country.
    IncomingVisit,
    /// A delegation of ours visiting the partner.
    OutgoingVisit,
    /// Political or expert consultations between ministries.
    Consultation,
    /// A meeting of a working group.
    WorkingGroup,
    /// A meeting held to sign something.
    SigningMeeting,
    /// Any other meeting.
    OtherMeeting,
    /// The day a document was signed.
    DocumentSigned,
    /// The end of a document's validity.
    ValidityEnds,
    /// The day a document's status became "expired".
    DocumentExpired,
    /// An action-plan activity's deadline.
    ActivityDue,
}

impl CalendarKind {
    /// Every kind, in legend order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The kind of a meeting of this sort.
    pub fn of_meeting(kind: MeetingKind) -> Self {
        match kind {
            MeetingKind::CommissionSession => Self::CommissionSession,
            MeetingKind::IncomingVisit => Self::IncomingVisit,
            MeetingKind::OutgoingVisit => Self::OutgoingVisit,
            MeetingKind::Consultation => Self::Consultation,
            MeetingKind::WorkingGroup => Self::WorkingGroup,
            MeetingKind::Signing => Self::SigningMeeting,
            MeetingKind::Other => Self::OtherMeeting,
        }
    }

    /// The legend's text, in the thread's language.
    pub fn label(self) -> String {
        match self {
            Self::CommissionSession => tr!("query-calendar-kind-commission-session"),
            Self::IncomingVisit => tr!("query-calendar-kind-incoming-visit"),
            Self::OutgoingVisit => tr!("query-calendar-kind-outgoing-visit"),
            Self::Consultation => tr!("query-calendar-kind-consultation"),
            Self::WorkingGroup => tr!("query-calendar-kind-working-group"),
            Self::SigningMeeting => tr!("query-calendar-kind-signing"),
            Self::OtherMeeting => tr!("query-calendar-kind-other-meeting"),
            Self::DocumentSigned => tr!("query-calendar-kind-document-signed"),
            Self::ValidityEnds => tr!("query-calendar-kind-validity-ends"),
            Self::DocumentExpired => tr!("query-calendar-kind-document-expired"),
            Self::ActivityDue => tr!("query-calendar-kind-activity-due"),
        }
    }

    /// A title with what this date is, so that a document's signature,
    /// end and expiry read differently on the same day ("Signed: …").
    fn summary(self, title: &str) -> String {
        match self {
            Self::DocumentSigned => tr!("query-calendar-signed", title = title),
            Self::ValidityEnds => tr!("query-calendar-validity-ends", title = title),
            Self::DocumentExpired => tr!("query-calendar-expired", title = title),
            Self::ActivityDue => tr!("query-calendar-due", title = title),
            _ => title.to_owned(),
        }
    }

    /// Which date of its record an item is, for identifiers that stay the
    /// same across exports.
    pub fn date_role(self) -> &'static str {
        match self {
            Self::DocumentSigned => "signed",
            Self::ValidityEnds => "validity-end",
            Self::DocumentExpired => "expired",
            Self::ActivityDue => "due",
            _ => "meeting",
        }
    }

    /// Whether it is a meeting (as opposed to a document's date or a deadline).
    pub fn is_meeting(self) -> bool {
        matches!(
            self,
            Self::CommissionSession
                | Self::IncomingVisit
                | Self::OutgoingVisit
                | Self::Consultation
                | Self::WorkingGroup
                | Self::SigningMeeting
                | Self::OtherMeeting
        )
    }
}

/// One dated thing on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarItem {
    /// The meeting, document or activity the date belongs to.
    pub record: RecordId,
    /// Decides its colour and whether the filter hides it.
    pub kind: CalendarKind,
    /// When; a multi-day meeting has an end.
    pub when: Period,
    /// What the calendar shows: the title with what this date is ("Due: …").
    pub summary: String,
    /// The title alone, without what the date is: what a narrow chip
    /// shows, its colour telling the kind.
    pub title: String,
    /// Where it happens: a meeting's place, or where a document was signed; empty otherwise.
    pub place: String,
    /// The countries it concerns, sorted.
    pub countries: Vec<CountryId>,
    /// For activities: neither done nor cancelled. Always true otherwise.
    pub open: bool,
}

impl CalendarItem {
    /// The summary without what the date is ("Signed: "): what a narrow
    /// chip shows, its colour telling the kind.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The first and last day when both ends are known to the day.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let end = self.when.end.unwrap_or(self.when.start);
        match (self.when.start, end) {
            (PartialDate::Day(first), PartialDate::Day(last)) => Some((first, last.max(first))),
            _ => None,
        }
    }

    /// The coarsest precision of its ends: an item is placed on days only
    /// when this is [`Precision::Day`].
    pub fn precision(&self) -> Precision {
        let end = self.when.end.unwrap_or(self.when.start);
        self.when.start.precision().min(end.precision())
    }

    /// An identifier stable across exports: the record's id and which of
    /// its dates this is.
    pub fn uid(&self) -> String {
        format!("{}-{}@accord", self.record.uuid(), self.kind.date_role())
    }

    /// An open activity whose deadline has passed on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.kind == CalendarKind::ActivityDue && self.open && self.when.last_day() < today
    }

    /// Whether it may fall on a day of `[from, to]`.
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.when.first_day() <= to && self.when.last_day() >= from
    }

    /// The months whose "day unknown" strip shows it, and the years whose
    /// "month unknown" strip shows it. A day-precise item has neither.
    fn strips(&self) -> (Vec<YearMonth>, Vec<i32>) {
        let end = self.when.end.unwrap_or(self.when.start);
        let (start, end) = (self.when.start, end.max(self.when.start));
        match self.precision() {
            Precision::Day => (Vec::new(), Vec::new()),
            Precision::Year => (Vec::new(), (start.year()..=end.year()).collect()),
            Precision::Month => {
                let mut months = Vec::new();
                let mut month = YearMonth::of(start.first_day());
                let last = YearMonth::of(end.first_day());
                while month <= last {
                    months.push(month);
                    month = month.next();
                }
                (months, Vec::new())
            }
        }
    }
}

/// Every dated thing of a workspace, sorted by first day, then the longest
/// first, then summary.
pub fn calendar_items(workspace: &Workspace) -> Vec<CalendarItem> {
    let mut items = Vec::new();
    for meeting in workspace.meetings().values() {
        let Some(start) = meeting.start else { continue };
        let end = meeting.end.filter(|end| *end != start);
        let mut summary = meeting_title(workspace, meeting);
        if let Some(number) = meeting.session_number {
            // The title may say the number in English ("10th session of …")
            // or as the interface's language does.
            let said = session_ordinal(number);
            if !summary.contains(&ordinal(number)) && !summary.contains(&said) {
                summary = tr!(
                    "query-calendar-with-session",
                    title = summary,
                    ordinal = said
                );
            }
        }
        items.push(CalendarItem {
            record: meeting.id.into(),
            kind: CalendarKind::of_meeting(meeting.kind),
            when: Period { start, end },
            title: summary.clone(),
            summary,
            place: meeting.place.clone(),
            countries: countries_of_meeting(workspace, meeting)
                .into_iter()
                .collect(),
            open: true,
        });
    }
    for document in workspace.documents().values() {
        let countries: Vec<CountryId> = countries_of_document(workspace, document)
            .into_iter()
            .collect();
        let validity_end = document
            .validity
            .map(|validity| validity.end.unwrap_or(validity.start));
        let expired = document
            .status_history
            .iter()
            .filter(|step| step.status == DocumentStatus::Expired)
            .find_map(|step| step.date)
            // The same day as the validity's end says nothing more.
            .filter(|date| Some(*date) != validity_end);
        let dates = [
            (CalendarKind::DocumentSigned, document.signed_on),
            (CalendarKind::ValidityEnds, validity_end),
            (CalendarKind::DocumentExpired, expired),
        ];
        for (kind, date) in dates {
            let Some(date) = date else { continue };
            items.push(CalendarItem {
                record: document.id.into(),
                kind,
                when: Period::single(date),
                summary: kind.summary(document.shown_name()),
                title: document.shown_name().to_owned(),
                place: if kind == CalendarKind::DocumentSigned {
                    document.signed_at_place.clone()
                } else {
                    String::new()
                },
                countries: countries.clone(),
                open: true,
            });
        }
    }
    for activity in workspace.activities().values() {
        let Some(due) = activity.due else { continue };
        // The deadline is the end of the due period: "2022–2023" is due by 2023.
        let deadline = due.end.unwrap_or(due.start);
        items.push(CalendarItem {
            record: activity.id.into(),
            kind: CalendarKind::ActivityDue,
            when: Period::single(deadline),
            summary: CalendarKind::ActivityDue.summary(&activity.description),
            title: activity.description.clone(),
            place: String::new(),
            countries: countries_of_activity(workspace, activity)
                .into_iter()
                .collect(),
            open: activity.is_open(),
        });
    }
    items.sort_by(|a, b| {
        a.when
            .first_day()
            .cmp(&b.when.first_day())
            .then_with(|| b.when.last_day().cmp(&a.when.last_day()))
            .then_with(|| a.summary.cmp(&b.summary))
            .then_with(|| a.kind.cmp(&b.kind))
    });
    items
}

/// Which items to show: some countries (none chosen means all) and not the
/// hidden kinds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarFilter {
    /// Shown countries; empty shows every item, those without a country too.
    pub countries: BTreeSet<CountryId>,
    /// The kinds the officer has switched off in the legend.
    pub hidden_kinds: BTreeSet<CalendarKind>,
}

impl CalendarFilter {
    /// Whether the filter lets `item` through.
    pub fn keeps(&self, item: &CalendarItem) -> bool {
        !self.hidden_kinds.contains(&item.kind)
            && (self.countries.is_empty()
                || item
                    .countries
                    .iter()
                    .any(|country| self.countries.contains(country)))
    }
}

/// Item positions (into [`DateIndex::items`]) filed under one month.
#[derive(Debug, Default)]
struct MonthBucket {
    /// Day-precise items falling on a day of the month, in item order.
    on_days: Vec<usize>,
    /// Items known to this month but not the day.
    day_unknown: Vec<usize>,
}

/// The calendar items of a workspace filed by month, built once per change
/// of the workspace. A query reads only the months it asks for, so the work
/// per frame grows with what is shown, not with the workspace.
#[derive(Debug, Default)]
pub struct DateIndex {
    items: Vec<CalendarItem>,
    months: BTreeMap<YearMonth, MonthBucket>,
    /// Items known only to the year, by year.
    month_unknown: BTreeMap<i32, Vec<usize>>,
    /// Open activity deadlines, by their last possible day.
    open_deadlines: Vec<usize>,
}

impl DateIndex {
    /// Files every dated thing of `workspace`.
    pub fn build(workspace: &Workspace) -> Self {
        Self::from_items(calendar_items(workspace))
    }

    /// Files items already made (sorted as [`calendar_items`] sorts them).
    pub fn from_items(items: Vec<CalendarItem>) -> Self {
        let mut months: BTreeMap<YearMonth, MonthBucket> = BTreeMap::new();
        let mut month_unknown: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
        let mut open_deadlines = Vec::new();
        for (position, item) in items.iter().enumerate() {
            if let Some((first, last)) = item.days() {
                let mut month = YearMonth::of(first);
                let last_month = YearMonth::of(last);
                while month <= last_month {
                    months.entry(month).or_default().on_days.push(position);
                    month = month.next();
                }
            } else {
                let (strip_months, strip_years) = item.strips();
                for month in strip_months {
                    months.entry(month).or_default().day_unknown.push(position);
                }
                for year in strip_years {
                    month_unknown.entry(year).or_default().push(position);
                }
            }
            if item.kind == CalendarKind::ActivityDue && item.open {
                open_deadlines.push(position);
            }
        }
        open_deadlines.sort_by_key(|position| items[*position].when.last_day());
        Self {
            items,
            months,
            month_unknown,
            open_deadlines,
        }
    }

    /// Every item, sorted.
    pub fn items(&self) -> &[CalendarItem] {
        &self.items
    }

    /// Where `item`, one of [`Self::items`] (as every query here returns),
    /// is among them; `None` for an item from elsewhere.
    pub fn position(&self, item: &CalendarItem) -> Option<usize> {
        let size = std::mem::size_of::<CalendarItem>().max(1);
        let offset = std::ptr::from_ref(item)
            .addr()
            .checked_sub(self.items.as_ptr().addr())?;
        let position = offset / size;
        (offset % size == 0 && position < self.items.len()).then_some(position)
    }

    /// Day-precise items on any day of `[from, to]`, sorted.
    pub fn on_days(&self, from: NaiveDate, to: NaiveDate) -> Vec<&CalendarItem> {
        let mut positions: Vec<usize> = self
            .months
            .range(YearMonth::of(from)..=YearMonth::of(to))
            .flat_map(|(_, bucket)| bucket.on_days.iter().copied())
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
            .into_iter()
            .map(|position| &self.items[position])
            .filter(|item| item.overlaps(from, to))
            .collect()
    }

    /// Items known to `month` but not to the day ("May 2022").
    pub fn day_unknown(&self, month: YearMonth) -> Vec<&CalendarItem> {
        self.months.get(&month).map_or_else(Vec::new, |bucket| {
            bucket
                .day_unknown
                .iter()
                .map(|position| &self.items[*position])
                .collect()
        })
    }

    /// Items known only to `year` ("2023").
    pub fn month_unknown(&self, year: i32) -> Vec<&CalendarItem> {
        self.month_unknown
            .get(&year)
            .map_or_else(Vec::new, |positions| {
                positions
                    .iter()
                    .map(|position| &self.items[*position])
                    .collect()
            })
    }

    /// Everything that is due or happening in the `days` days from `today`
    /// on, including items whose month or year is this one but whose day is
    /// unknown. Done and cancelled activities are left out.
    pub fn upcoming(&self, today: NaiveDate, days: u32) -> Vec<&CalendarItem> {
        let until = today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX);
        let mut positions: Vec<usize> = Vec::new();
        for (_, bucket) in self
            .months
            .range(YearMonth::of(today)..=YearMonth::of(until))
        {
            positions.extend(&bucket.on_days);
            positions.extend(&bucket.day_unknown);
        }
        for (_, year) in self.month_unknown.range(today.year()..=until.year()) {
            positions.extend(year);
        }
        positions.sort_unstable();
        positions.dedup();
        positions
            .into_iter()
            .map(|position| &self.items[position])
            .filter(|item| item.open && item.overlaps(today, until))
            .collect()
    }

    /// Open activities whose deadline has passed on `today`, oldest first.
    pub fn overdue(&self, today: NaiveDate) -> Vec<&CalendarItem> {
        let passed = self
            .open_deadlines
            .partition_point(|position| self.items[*position].when.last_day() < today);
        self.open_deadlines[..passed]
            .iter()
            .map(|position| &self.items[*position])
            .collect()
    }
}

#[cfg(test)]
mod tests;
