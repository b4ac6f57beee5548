# views: the start screen, the navigation, the "What is next" page, the
# section lists, the record pages (a country's and the others') and the
# calendar.

## The start screen, shown when no workspace is open

views-start-tagline = Partner countries, agreements, commissions, meetings and action plans.
views-start-no-recent = No recent workspaces
views-start-recent = Recent workspaces

## "What is next": the start page of an open workspace

views-next-title = What is next
# Under the page's title; $date is a day ("17 March 2026").
views-next-as-of = As of { $date }
views-next-preparing = Finding what is next…
# Shown while the page is rebuilt after a change.
views-next-updating = Updating…
# A part of the page: "Next 30 days (until 17 April 2026)".
views-next-horizon-first = { $horizon ->
    [one] Next { $horizon } day (until { $until })
   *[other] Next { $horizon } days (until { $until })
}
# A later part: "In 31–60 days (until 16 May 2026)".
views-next-horizon-later = { $horizon ->
    [one] In { $from }–{ $horizon } day (until { $until })
   *[other] In { $from }–{ $horizon } days (until { $until })
}
views-next-none-upcoming = No meetings, visits or deadlines.
views-next-overdue = Overdue activities
views-next-none-overdue = None overdue.
views-next-renewals = Validity ending or up for renewal within six months
views-next-none-renewals = No document's validity ends soon.
views-next-recent = Changed recently
views-next-none-recent = Nothing recorded yet.

## A page being prepared on a worker thread

views-page-preparing = Preparing the page…

## The section lists

views-list-filter = Filter
# The filter box's hint; $section is the section's name in lower case
# ("countries").
views-list-filter-hint = Filter { $section }
views-list-clear-filter = Clear filter
views-list-preparing = Preparing the list…
# How many rows the filter keeps.
views-list-shown = { $count } shown

# Column headings of the lists.
# The name of a country, an institution or a commission.
views-column-name = Name
# A person's name.
views-column-person-name = Name
views-column-iso-code = ISO code
views-column-other-names = Other names
# The day diplomatic relations were established.
views-column-relations-since = Relations since
views-column-kind = Kind
views-column-country = Country
views-column-short-name = Short name
views-column-position = Position
# Other spellings of a person's name.
views-column-other-spellings = Other spellings
# The day a document was signed.
views-column-signed = Signed
views-column-title = Title
views-column-partner-country = Partner country
views-column-status = Status
views-column-parties = Parties
views-column-established = Established
views-column-date = Date
views-column-place = Place
# An activity's deadline.
views-column-due = Due
views-column-activity = Activity
views-column-action-plan = Action plan
views-column-published = Published
views-column-publisher = Publisher
views-column-author = Author

## The tables' accessible names

# The header row's name, for a screen reader.
views-table-headings = Column headings
# A column heading's tooltip; $column is the heading in lower case.
views-table-sort-by = Sort by { $column }
# One cell of a row as a screen reader reads it, after the row's name:
# "Romania, ISO code RO, relations since 19 June 1992". $heading is the
# column's heading with a small first letter.
views-table-cell = { $heading } { $text }

## A record's page: its buttons

views-record-edit = Edit…
views-record-duplicate = Duplicate…
views-record-duplicate-hint = A new record like this one, to change and save
views-record-delete = Delete…
views-record-propose = Propose records…
views-record-propose-hint = Draft the records this text implies, to review before adding
views-record-add-activity = Add activity…

## A record's page: the names of its fields

views-field-name = Name
views-field-short-name = Short name
views-field-country = Country
# The institution this one belongs to.
views-field-part-of = Part of
views-field-former-names = Former names
views-field-people = People
views-field-other-spellings = Other spellings
views-field-position = Position
views-field-signed-on = Signed on
# The place of signing.
views-field-signed-at = Signed at
views-field-signed-at-meeting = Signed at meeting
views-field-parties = Parties
views-field-signatory = Signatory
views-field-status = Status
# A document's period of validity.
views-field-valid = Valid
views-field-activities = Activities
views-field-action-plan = Action plan
# An activity's deadline.
views-field-due = Due
views-field-responsible = Responsible
views-field-established = Established
# A session of a commission.
views-field-session = Session
views-field-commission = Commission
views-field-when = When
views-field-place = Place
views-field-countries = Countries
views-field-participants = Participants
views-field-topics = Topics
views-field-outcomes = Outcomes
views-field-documents-signed = Documents signed
views-field-period = Period
# An indicator's value ("USD 120.5 million").
views-field-figure = Figure
views-field-publisher = Publisher
views-field-author = Author
# A source's web address.
views-field-address = Address
views-field-published = Published
views-field-notes = Notes
views-field-sources = Sources

## A record's page: what its fields say

# Under the title of an institution's page: "Ministry of Romania".
views-detail-institution-of = { $kind } of { $country }
# A former name of an institution, and the day it was last used.
views-detail-former-name-until = { $name } (until { $date })
# A step of a document's status history with no date.
views-detail-status-date-unknown = { $status } (date unknown)
# A commission's session by its number: "3rd session, 12 May 2022, Baku".
views-detail-session-numbered = { $ordinal } session, { $date }, { $place }
views-detail-text-as-published = Text as published
# The part of a page listing the records that refer to it.
views-detail-referred-to-by = { $count ->
    [one] Referred to by { $count } record
   *[other] Referred to by { $count } records
}


## A country's page

views-country-home = home country
# The country's other names.
views-country-also = Also: { $names }
views-country-add-agreement = Add agreement…
views-country-add-meeting = Add meeting…
views-country-add-indicator = Add indicator…
views-country-export-briefing = Export briefing…
views-country-relations = Relations
views-country-relations-established = Diplomatic relations established
views-country-not-recorded = not recorded
# An embassy with no opening date.
views-country-opening-not-recorded = opening date not recorded
# When an embassy opened.
views-country-opened = opened { $date }
views-country-strategic-partnership = Strategic partnership
views-country-indicators = Indicators
views-country-no-indicators = No indicators yet — Add indicator…
views-country-trade-by-year = Trade by year
views-country-no-chart = No trade figures to chart: add trade turnover, exports or imports with a value.
# A series of the chart's legend: figures of less than a whole year.
views-country-part-year-series = { $kind } (part of a year)
# The tooltip of a bar: "Exports, 2021: USD 120.5 million" and its source.
views-country-bar =
    { $kind }, { $period }: { $figure }
    Source: { $source }
views-country-bar-part-year =
    { $kind }, { $period } (part of a year): { $figure }
    Source: { $source }
views-country-no-source = no source recorded
views-country-history = Agreement history
views-country-no-agreements = No agreements yet — Add agreement…
views-country-date-unknown = Date unknown

## The calendar

views-calendar-title = Calendar
views-calendar-preparing = Preparing the calendar…
views-calendar-month = Month
views-calendar-week = Week
views-calendar-agenda = Agenda
# The keys that move the calendar, as the keyboard names them.
# Same in every language.
views-calendar-key-page-up = Page Up
# Same in every language.
views-calendar-key-today = T
# Same in every language.
views-calendar-key-page-down = Page Down
views-calendar-go-to-date = Go to date
# The forms of a date the "Go to date" box takes.
views-calendar-go-to-hint = 2022-05 or 2022-05-14
views-calendar-go = Go
views-calendar-week-starts-on = Week starts on
views-calendar-export = Export these to ICS…
views-calendar-export-hint = Every item the filters keep, all dates, as an iCalendar file
views-calendar-upcoming = Upcoming & overdue
views-calendar-days-ahead = Days ahead
# The period shown: "16 March – 22 March 2026", "May 2022 – July 2022".
views-calendar-range = { $first } – { $last }
views-calendar-countries-all = Countries: all
# The country filter with some countries chosen.
views-calendar-countries-some = Countries: { $count }
views-calendar-all-countries = All countries
views-calendar-kind-hint = Show or hide this kind
# The items of a month known only to the month: "May 2022, day unknown".
views-calendar-day-unknown = { $month }, day unknown
# The items of a year known only to the year: "2022, month unknown".
views-calendar-month-unknown = { $year }, month unknown
views-calendar-more-in-agenda = +{ $count } more: see the agenda
# Items of a day beyond what its cell shows.
views-calendar-more = +{ $count } more
views-calendar-add-meeting-hint = Double-click, or press N, to add a meeting on this day

# A record that refers to this one: "meeting (Country 1)".
views-detail-referrer = { $kind } ({ $field })
