# export: the briefings (Markdown and PDF), the visit pack and key facts,
# the calendar (ICS), the CSV tables, and what `accord` prints.

## Format picker

export-format-json = JSON summary
export-format-csv = CSV table
export-format-markdown = Briefing note (Markdown)
export-format-ics = Calendar (ICS)
export-format-pdf = Briefing note (PDF)
export-format-key-facts-markdown = Key facts, one page (Markdown)
export-format-key-facts-pdf = Key facts, one page (PDF)

export-csv-table-agreements = Agreements
export-csv-table-meetings = Meetings
export-csv-table-activities = Activities

export-error-csv = could not write the CSV table: { $error }
export-error-json = could not write the JSON summary: { $error }
export-error-pdf = could not write the PDF: { $error }
# $name is quoted already; $known lists the workspace's countries.
export-no-such-country = no country named { $name } in the workspace (known: { $known })

# Where an activity stands on the export day (CSV "state" column, briefing).
export-state-open = open
export-state-overdue = overdue
export-state-done = done
export-state-cancelled = cancelled

## The briefing note

export-heading-briefing = Relations with { $country } — briefing as of { $date }
export-heading-key-facts = Relations with { $country } — key facts as of { $date }
# $name: the ministry or department the workspace is named after.
export-prepared-by = Prepared by { $name }.
# $from and $to are dates, or the two words below.
export-covering = Covering { $from } to { $to }.
export-covering-beginning = the beginning
export-covering-present = the present
export-no-countries = No countries to brief on.

export-section-relationship = The relationship
export-section-legal-framework = Legal framework
export-section-in-force = In force
export-section-commissions = Commissions
export-section-last-meeting = Last meeting
export-section-last-meetings = Last meetings
export-section-next-meeting = Next meeting
export-section-activities = Activities: { $overdue } overdue, { $open } open
export-section-figures = Economic figures
export-section-latest-figures = Latest figures
export-section-sources = Sources

export-none-recorded = None recorded.
export-none-scheduled = None scheduled.
export-none-cited = None cited.
export-none-open-or-overdue = None open or overdue.
export-none-overdue = None overdue.
# The last line of a shortened list.
export-and-more = … and { $count } more.

export-also-known-as = Also known as { $names }.
export-relations-since = Diplomatic relations since { $date }.
export-relations-not-recorded = Date of diplomatic relations not recorded.
# An embassy of $country in $city; $opened is one of the two below.
export-embassy = Embassy of { $country } in { $city } ({ $opened })
export-embassy-no-city = Embassy of { $country } ({ $opened })
# The home country's embassy when the workspace names no home country.
export-embassy-ours = Embassy of our country in { $city } ({ $opened })
export-embassy-opened = opened { $date }
export-embassy-opening-not-recorded = opening date not recorded
export-embassies = Embassies: { $embassies }.
export-embassies-not-recorded = Embassies not recorded.
export-partnership = Strategic partnership: { $partnerships }.
export-partnership-signed = { $document }, signed { $date }
export-partnership-not-recorded = No strategic partnership recorded.

export-documents-recorded = { $count ->
    [one] { $count } document
   *[other] { $count } documents
} recorded; { $in_force } in force or signed.
export-no-documents = No documents recorded.
export-signed-at-place = { $date } in { $place }
# $status is a document status, lower case ("in force").
export-status-since = { $status } since { $date }
export-status-not-recorded = status not recorded
export-validity-ended = { $period }, ended
export-signing-not-recorded = signing date not recorded
export-document-signed = signed { $date }
export-document-valid = valid { $period }
export-document-parties = Parties: { $parties }.
export-valid-until = { $document } (valid until { $date })
export-renewals = Up for renewal within six months: { $documents }.

# The legal framework's table (PDF).
export-column-document = Document
export-column-kind = Kind
export-column-signed = Signed
export-column-status = Status
export-column-validity = Validity
export-column-parties = Parties
export-cell-not-recorded = not recorded
export-cell-signed = signed

# A commission's line: "<commission>: last the 5th session (…); next not scheduled."
export-commission-last = last { $session }
export-commission-no-session-yet = no session held yet
export-commission-next = next { $session }
export-commission-next-not-scheduled = next not scheduled
# $ordinal is the number written as an ordinal: "5th", "5-ci", "5-е".
export-session-numbered = the { $ordinal } session
export-session-unnumbered = a session
export-date-unknown = date unknown

export-meeting-participants = Participants: { $people }.
export-meeting-outcomes = Outcomes: { $outcomes }
export-meeting-signed = Signed: { $document }.

# An action plan's heading above its activities.
export-plan-valid = { $plan } (valid { $period })
export-no-due-date = no due date
export-due = due { $period }

export-figure-source = Source: { $sources }.
export-column-figure = Figure
export-column-period = Period
export-column-value = Value
export-column-source = Source

## The PDF

export-pdf-as-of = as of { $date }
export-pdf-footer = { $department } — as of { $date }
export-pdf-contents-as-of = As of { $date }
export-pdf-briefing-as-of = Briefing as of { $date }
export-pdf-key-facts-as-of = Key facts as of { $date }
export-pdf-visit-pack = Visit pack
export-pdf-visit-pack-key-facts = Visit pack: key facts
# The PDF's title when it holds several countries.
export-pdf-visit-pack-title = Visit pack — { $countries } — as of { $date }
# A line of the visit pack's contents page.
export-pdf-contents-line = { $country } — page { $page }
export-pdf-page = Page { $page } of { $total }
export-pdf-font-unreadable = the bundled font could not be read
export-pdf-page-size = the page size is not valid
# $unit: "USD million".
export-chart-title = Trade by year, in { $unit }
export-chart-part-year = { $year } (part)
export-chart-part-of-a-year = part of a year

## The calendar (ICS)

export-ics-day-unknown = { $summary } (day unknown)
export-ics-month-unknown = { $summary } (month unknown)
export-ics-participants = Participants: { $names }
export-ics-topics = Topics: { $topics }
export-ics-documents = Documents: { $names }
export-ics-outcomes = Outcomes: { $outcomes }
# $kind: the document's kind ("Memorandum of understanding").
export-ics-document = Document: { $kind }
export-ics-parties = Parties: { $names }
export-ics-signatories = Signatories: { $names }
export-ics-status = Status: { $status }
export-ics-valid = Valid: { $period }
export-ics-action-plan = Action plan: { $plan }
export-ics-responsible = Responsible: { $names }
export-ics-due-period = Due period: { $period }

## CSV column headings: in English the column names scripts read.

export-csv-id = id
export-csv-kind = kind
export-csv-title = title
export-csv-countries = countries
export-csv-parties = parties
export-csv-party-ids = party_ids
export-csv-signatories = signatories
export-csv-signatory-ids = signatory_ids
export-csv-signed-on = signed_on
export-csv-signed-at-place = signed_at_place
export-csv-signed-at-meeting = signed_at_meeting
export-csv-signed-at-meeting-id = signed_at_meeting_id
export-csv-status = status
export-csv-status-since = status_since
export-csv-validity-start = validity_start
export-csv-validity-end = validity_end
export-csv-related = related
export-csv-related-ids = related_ids
export-csv-notes = notes
export-csv-commission = commission
export-csv-commission-id = commission_id
export-csv-session-number = session_number
export-csv-start = start
export-csv-end = end
export-csv-place = place
export-csv-participants = participants
export-csv-participant-ids = participant_ids
export-csv-topics = topics
export-csv-outcomes = outcomes
export-csv-documents-signed = documents_signed
export-csv-action-plan = action_plan
export-csv-action-plan-id = action_plan_id
export-csv-description = description
export-csv-responsible = responsible
export-csv-responsible-ids = responsible_ids
export-csv-due-start = due_start
export-csv-due-end = due_end
export-csv-state = state

## The command line (`accord validate`, `export`, `merge`, …)

export-cli-count-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
export-cli-count-institutions = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
export-cli-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
export-cli-count-documents = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
export-cli-count-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
export-cli-count-commissions = { $count ->
    [one] { $count } commission
   *[other] { $count } commissions
}
export-cli-count-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
export-cli-count-indicators = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
export-cli-count-sources = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
# $counts: "44 records: 3 countries, …".
export-cli-valid = { $file }: valid, { $counts }
export-cli-encrypted-workspace = { $file }: an encrypted Accord workspace (an age file, opened with a passphrase)
export-cli-conflicts-recorded = { $count ->
    [one] { $file }: { $count } conflict recorded by a merge: open the file in Accord to resolve it
   *[other] { $file }: { $count } conflicts recorded by a merge: open the file in Accord to resolve them
}
export-cli-table-only-for-csv = --table and --no-bom apply only to --format csv
export-cli-cannot-write = cannot write the export: { $error }
# $reason says why the file is read-only.
export-cli-not-rewriting = not rewriting it. { $reason }
export-cli-already-exists = { $file } already exists; not overwriting it
export-cli-created = created { $file }
export-cli-wrote = wrote { $file }: { $counts }
export-cli-generate-too-few-countries = --countries must be at least 2 (the home country and one partner)
export-cli-generate-too-few-records = --records ({ $records }) must be at least 10 per country ({ $countries } countries need { $minimum })
export-cli-merged-by = Merged by { $officer }.
export-cli-copies-kept = Both copies are kept among the backups in { $folder }; this report is in { $report }
export-cli-report-not-kept = the merge report could not be kept: { $error }
export-cli-no-duplicates = { $file }: no likely duplicates
# $kind: "country", "person"…; $first and $second are quoted names.
export-cli-duplicate = { $kind } { $first } and { $second }: { $reason }
export-cli-not-utf8 = { $file } is not UTF-8 text (byte { $byte } is not valid); save it as UTF-8
export-cli-cannot-read = cannot read { $file }: { $error }
export-cli-indexed = indexed { $names } names of { $records } records in { $milliseconds } ms
export-cli-extracted = extracted { $facts } facts from { $words } words in { $milliseconds } ms

export-cli-passphrase-prompt = Passphrase for { $file }:{ " " }
export-cli-new-passphrase-prompt = New passphrase for { $file }:{ " " }
export-cli-passphrase-again = Type it again:{ " " }
export-cli-passphrases-differ = the two passphrases differ; nothing was changed
export-cli-no-passphrase-typed = no passphrase was typed; nothing was changed
export-cli-needs-passphrase = { $file } needs a passphrase: give --passphrase-file or run in a terminal
# $strength: "too weak: at least 8 characters".
export-cli-passphrase-too-weak = the passphrase is { $strength }; nothing was changed
export-cli-cannot-read-passphrase-file = cannot read the passphrase file { $file }: { $error }
export-cli-is-encrypted = { $file } is encrypted: give --passphrase-file or run in a terminal
export-cli-wrong-passphrase = wrong passphrase for { $file }
export-cli-not-encrypting = not encrypting it. { $reason }
export-cli-already-encrypted = { $file } is already encrypted; the app's File > Change passphrase… gives it another
export-cli-cannot-make-key = cannot make the key: { $error }
export-cli-encrypted = encrypted { $file } (its .bak too); keep the passphrase safe: without it nobody can open the file
export-cli-not-encrypted = { $file } is not encrypted; nothing to do
export-cli-wrote-in-clear = wrote { $file } in clear
