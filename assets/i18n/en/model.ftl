# The closed vocabularies: document kinds, statuses, roles…
model-activity-status-planned = Planned
model-activity-status-in-progress = In progress
model-activity-status-done = Done
model-activity-status-delayed = Delayed
model-activity-status-cancelled = Cancelled
model-embassy-side-ours = Our embassy there
model-embassy-side-theirs = Their embassy here
model-document-kind-cooperation-protocol = Cooperation protocol
model-document-kind-agreement = Agreement
model-document-kind-procedural-agreement = Procedural agreement
model-document-kind-commission-protocol = Commission session protocol
model-document-kind-action-plan = Action plan
model-document-kind-memorandum = Memorandum
model-document-kind-joint-declaration = Joint declaration
model-document-kind-other = Other
model-document-status-draft = Draft
model-document-status-under-negotiation = Under negotiation
model-document-status-signed = Signed
model-document-status-in-force = In force
model-document-status-expired = Expired
model-document-status-terminated = Terminated
model-document-status-superseded = Superseded
model-relation-kind-implements = Implements
model-relation-kind-part-of = Part of
model-relation-kind-amends = Amends
model-relation-kind-supersedes = Supersedes
model-indicator-kind-trade-turnover = Trade turnover
model-indicator-kind-exports = Exports
model-indicator-kind-imports = Imports
model-indicator-kind-other = Other
model-institution-kind-government = Government
model-institution-kind-ministry = Ministry
model-institution-kind-agency = Agency
model-institution-kind-embassy = Embassy
model-institution-kind-other = Other
model-meeting-kind-commission-session = Commission session
model-meeting-kind-incoming-visit = Incoming visit
model-meeting-kind-outgoing-visit = Outgoing visit
model-meeting-kind-consultation = Consultation
model-meeting-kind-working-group = Working group
model-meeting-kind-signing = Signing
model-meeting-kind-other = Other

## Dates and periods. $text is the text as typed, in quotation marks.

# A period from one date to another: "January 2022 – August 2022".
model-period = { $start } – { $end }
model-date-shape = { $text } is not a date: write a year (1995), a month (2022-05) or a day (2022-05-14)
model-date-month = { $text } is not a valid month
model-date-day = { $text } is not a valid day
model-date-year = { $text } is out of range: years run from 1000 to 9999
model-date-typed = { $text } is not a date: write 1995, November 2022, 3 November 2022, 03.11.2022 or 2022-11-03
# $one and $other are a day and a month, each way round: "3 November", "11 March".
model-date-ambiguous = { $text } could be { $one } or { $other }: write 03.11.2022 (day.month.year) or 2022-11-03
# $start and $end are dates as the file writes them (2022-12-31).
model-end-before-start = ends ({ $end }) before it starts ({ $start })

## Kinds of record. In the messages below, $kind is the kind's word in the
## file (country, institution, person, document, activity, commission,
## meeting, indicator, source): the translations pick their own word by it.

model-kind-country = Country
model-kind-institution = Institution
model-kind-person = Person
model-kind-document = Document
model-kind-activity = Activity
model-kind-commission = Commission
model-kind-meeting = Meeting
model-kind-indicator = Indicator
model-kind-source = Source

# An operation refused; $id is the record's id (a UUID).
model-edit-duplicate-id = a { $kind } with id { $id } already exists
model-edit-missing = there is no { $kind } with id { $id }
# $label is the record's name in quotation marks; $referrers lists the
# records that refer to it (each model-edit-referrer), $count counts them all.
model-edit-referenced = { $label } cannot be deleted while { $count } refer to it: { $referrers }
# $field is where the reference sits, as the file names it: parties[1].
model-edit-referrer = { $kind } { $label } ({ $field })
# In place of the name of a record that is not in the workspace.
model-missing-record = (missing { $kind })

# What a step of Edit > Undo did; $label is the record's name.
model-undo-add = Add { $kind } { $label }
model-undo-edit = Edit { $kind } { $label }
model-undo-delete = Delete { $kind } { $label }
model-undo-settings = Edit workspace settings

# What a workspace holds: "12 records: 1 country, 3 institutions, …".
model-counts = { $records }: { $countries }, { $institutions }, { $people }, { $documents }, { $activities }, { $commissions }, { $meetings }, { $indicators }, { $sources }
model-count-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
model-count-institutions = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
model-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
model-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
model-count-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
model-count-commissions = { $count ->
    [one] { $count } commission
   *[other] { $count } commissions
}
model-count-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
model-count-indicators = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
model-count-sources = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
