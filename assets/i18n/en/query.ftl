# query: timelines, the calendar's rows, "what is next", the indicators
# chart, search; the merge's report and duplicates; the article reader's
# proposals.

query-timeline-activity = Activity

## Record kinds as a sentence names them ("Added: country Romania").

query-noun-country = country
query-noun-institution = institution
query-noun-person = person
query-noun-document = document
query-noun-activity = activity
query-noun-commission = commission
query-noun-meeting = meeting
query-noun-indicator = indicator
query-noun-source = source

## Timelines and meetings

# A commission's numbered session when the meeting has no title:
# "Joint Standing Commission — 10th session"; $ordinal is "10th", "10-cu", "10-е".
query-meeting-session-title = { $commission } — { $ordinal } session
# An activity past its deadline, with its stored status in lower case.
query-activity-overdue = Overdue ({ $status })
# Where no country is recorded.
query-no-country = No country

## Calendar

query-calendar-kind-commission-session = Commission session
query-calendar-kind-incoming-visit = Incoming visit
query-calendar-kind-outgoing-visit = Outgoing visit
query-calendar-kind-consultation = Consultation
query-calendar-kind-working-group = Working group
query-calendar-kind-signing = Signing
query-calendar-kind-other-meeting = Other meeting
query-calendar-kind-document-signed = Document signed
query-calendar-kind-validity-ends = Validity ends
query-calendar-kind-document-expired = Document expired
query-calendar-kind-activity-due = Activity deadline

# What a calendar item shows: a document's title or an activity with what its date is.
query-calendar-signed = Signed: { $title }
query-calendar-validity-ends = Validity ends: { $title }
query-calendar-expired = Expired: { $title }
query-calendar-due = Due: { $title }
# A meeting's title with its session number: "Talks (10th session)".
query-calendar-with-session = { $title } ({ $ordinal } session)

# Agenda headings: items known only to the year, or only to the month.
query-calendar-month-unknown = { $year }, month unknown
query-calendar-day-unknown = { $month }, day unknown
query-calendar-nothing-this-month = Nothing this month.
# The panel's sections.
query-calendar-next-days = Next { $count } days
query-calendar-nothing-due = Nothing due or planned.
query-calendar-overdue = Overdue activities
query-calendar-nothing-overdue = Nothing overdue.

## What is next

# An upcoming meeting: "Outgoing visit: Minister's visit to Bucharest".
query-next-meeting = { $kind }: { $title }
query-next-due = due { $date }
query-next-valid-until = valid until { $date }
# When a record was changed, and by whom: "17 March 2026, 09:30 UTC, by Leyla Məmmədova".
query-next-changed-by = { $when }, by { $officer }
# A record changed recently: "Country: Romania".
query-next-record = { $kind }: { $label }

## Indicators chart

# A source as a figure cites it: "Report.az, 22 September 2022".
query-chart-citation = { $source }, { $date }
# A figure shown as text under the chart.
query-chart-note = { $name }, { $period }: { $figure }
query-chart-note-part-year = { $name }, { $period } (part of a year): { $figure }

## Search: the field a record was found by

query-field-name = Name
query-field-iso-code = ISO code
query-field-also-called = Also called
query-field-embassy = Embassy
query-field-notes = Notes
query-field-short-name = Short name
query-field-former-name = Former name
query-field-also-spelled = Also spelled
query-field-position = Position
query-field-title = Title
query-field-signed-at = Signed at
query-field-signed-as = Signed as
query-field-activity = Activity
query-field-place = Place
query-field-topic = Topic
query-field-outcomes = Outcomes
query-field-indicator = Indicator
query-field-publisher = Publisher
query-field-author = Author
query-field-address = Address
query-field-text = Text

## Merge: the kind of merge, first sentence of its summary ($version: "3f2a9c1b")

query-merge-origin-given = Three-way merge against the version both copies come from.
query-merge-origin-kept = Three-way merge against the version both copies come from (version { $version }, found among the versions kept on this machine).
query-merge-origin-one-copy = Three-way merge: one copy is the version the other comes from (version { $version }).
query-merge-origin-not-kept = Two-way merge: both copies come from version { $version }, but it is not kept on this machine, so every field that differs is a conflict, lists are united and only what a copy's tombstones say was deleted goes.
query-merge-origin-unrelated = Two-way merge: no common version was found, so every field that differs is a conflict, lists are united and only what a copy's tombstones say was deleted goes.

## Merge: summary and report

query-merge-conflicts = { $count ->
    [0] No conflicts.
    [one] { $count } conflict:
   *[other] { $count } conflicts:
}
query-merge-records-changed = Records the merge changed in this copy:
# What each copy did since the common version; $ours and $theirs are query-merge-side-changes.
query-merge-three-way-changes = This copy: { $ours }. The other copy: { $theirs }.
query-merge-side-changes = { $added } added, { $changed } changed, { $deleted } deleted
# Without a common version; each value is "3 records".
query-merge-two-way-changes = Only in this copy: { $ours }. Only in the other copy: { $theirs }. In both but different: { $different }.
# A record the merge changes here: "Added: source Notes from the Bucharest trip".
query-merge-added = Added: { $kind } { $label }
query-merge-changed = Changed: { $kind } { $label }
query-merge-deleted = Deleted: { $kind } { $label }
query-merge-combined = Combined: { $kind } { $label }
# What a conflict is in: 'country "Romania"'; $label comes quoted.
query-merge-subject-record = { $kind } { $label }
query-merge-subject-settings = the workspace settings of { $label }
# A record deleted on one side and changed on the other; $changed is " (changed on …)" or empty.
query-merge-deleted-here = { $subject } was deleted in this copy and changed in the other copy{ $changed } ({ $keeping })
query-merge-deleted-there = { $subject } was deleted in the other copy and changed in this copy{ $changed } ({ $keeping })
query-merge-keeping-it = keeping it
query-merge-deleting-it = deleting it
# A field both copies changed; values come quoted, $ours_changed and $theirs_changed are " (changed on …)" or empty.
query-merge-field-conflict = { $subject }, field { $field }: base { $base }, this copy { $ours }{ $ours_changed }, the other copy { $theirs }{ $theirs_changed } ({ $keeping })
query-merge-keeping-ours = keeping this copy's
query-merge-taking-theirs = taking the other copy's
query-merge-taking-edited = taking an edited value
# Shown in brackets after a value: "(changed by Leyla Məmmədova on 3 December 2026)".
query-merge-changed-by = changed by { $by } on { $date }
query-merge-changed-on = changed on { $date }
# A field with no value.
query-merge-empty = empty
query-merge-kept-deleted-here = Kept { $kind } { $label }: this copy deleted it, but the merged workspace still refers to it.
query-merge-kept-deleted-there = Kept { $kind } { $label }: the other copy deleted it, but the merged workspace still refers to it.
# The undo history's names of a merge.
query-merge-edit-resolve = { $count ->
    [one] Resolve { $count } recorded conflict
   *[other] Resolve { $count } recorded conflicts
}
query-merge-edit-merge = { $count ->
    [one] Merge a copy ({ $count } record)
   *[other] Merge a copy ({ $count } records)
}
query-merge-edit-combine = Combine { $kind } { $kept } with { $absorbed }

## Merge: errors ($label comes quoted)

query-merge-error-invalid = the merged { $kind } { $label } is not valid: { $problems }
query-merge-error-unreadable = the value chosen for { $label } does not fit the record: { $reason }
query-merge-error-save = cannot write { $path }: { $reason }
query-merge-error-backup = cannot keep { $path } as a backup before merging ({ $reason }); nothing was written
query-combine-error-missing = there is no { $kind } with id { $id }
query-combine-error-not-a-pair = only two different records of the same kind can be combined
query-combine-error-unreadable = the combined record cannot be read as a { $kind }: { $reason }
query-combine-error-invalid = the combined { $label } would not be valid: { $problems }

## Likely duplicates: what the two records share

query-duplicate-name = the name reads the same (“{ $name }”)
query-duplicate-title-and-date = the title reads the same (“{ $name }”) and date
query-duplicate-title = the title reads the same (“{ $name }”)
query-duplicate-iso-code = the same ISO code { $code }
query-duplicate-address = the same address

## Git merge driver set-up (accord git-setup)

query-git-not-a-repository = not inside a git repository ({ $reason })
query-git-cannot-read = cannot read { $path }: { $reason }
query-git-cannot-write = cannot write { $path }: { $reason }
query-git-already-set-up = { $path } already sends workspace files to Accord
query-git-added-line = added "{ $line }" to { $path }
query-git-no-program-path = cannot find this program's path: { $reason }
query-git-driver-set = set merge.accord.driver to { $driver }
query-git-cannot-run = cannot run git: { $reason }

## The article reader's proposals

query-propose-person-at = New person: { $name }, { $title } ({ $institution })
query-propose-person-unplaced = New person: { $name } ({ $position }; no institution of theirs is known)
# A document drafted from the text: "New agreement: …"; $kind is in lower case.
query-propose-document = New { $kind }: { $title }
query-propose-document-signed = New { $kind }: { $title }, signed { $date }
query-propose-activity = New activity of the action plan: { $description }
# "New figure for Türkiye: Trade turnover, 2021, USD 120.5 million".
query-propose-figure = New figure for { $country }: { $kind }, { $period }, { $figure }
query-propose-session = New commission session: { $title }
query-propose-relations = { $country }: diplomatic relations established { $date }
