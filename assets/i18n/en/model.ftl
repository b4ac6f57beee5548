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

## A field's problem. Each follows the field's name, as in
## "positions[0].title: is required" or "Position 1: the title is required".

model-problem-required = is required
model-problem-refers-to-itself = refers to the record itself
# $id is the missing record's id (a UUID).
model-problem-refers-to-missing = refers to { $kind } { $id }, which is not in the workspace
# $code is the code as given, in quotation marks.
model-problem-iso-code = { $code } is not an ISO 3166 code: two capital letters, like TR
# A document's status steps out of order; $date and $earlier as the file writes dates, $step a step's number.
model-problem-status-order = { $date } comes before the date of step { $step } ({ $earlier }): steps go oldest first
# $title is a document's title in quotation marks, $kind its kind in lower case ("agreement").
model-problem-not-an-action-plan = { $title } is a { $kind }, not an action plan
model-problem-start-required = is required when an end is given
model-problem-session-number = sessions are numbered from 1
model-problem-value-or-change = give a value, a change in percent, or both
model-problem-finite = must be a finite number
model-problem-unit-required = is required with a value (e.g. USD million)

## The workspace as a whole. Each follows a record and field, as in
## 'institutions[2] "Agency": parent: the parents go round in a circle (…)'.

# $id is an id in quotation marks; $label the other record's name, in quotation marks.
model-integrity-shared-id = { $id } is also the id of the { $kind } { $label }: ids are unique across the whole workspace; give one of them a new id
# $circle is institutions' names joined by model-integrity-is-part-of.
model-integrity-parent-circle = the parents go round in a circle ({ $circle }): an institution cannot be its own parent, even through others; remove one of these parents
# Between two institutions' names: "Agency" is part of "Ministry".
model-integrity-is-part-of = is part of
# $circle is documents' names joined by a relation in lower case ("amends").
model-integrity-relation-circle = the documents go round in a circle ({ $circle }): remove the relation that is wrong
# $code is the character's code (U+202E), $position its place in the text.
model-integrity-direction-control = holds an invisible direction control ({ $code }) at character { $position }: it makes the text display in another order than it is written; delete it and type the name again

## A field as a person names it: "Position 1: the title".

# A field of a record, after the element it is in (model-field-path).
model-field-aliases = aliases
model-field-author = author
model-field-change-percent = change percent
model-field-city = city
model-field-commission = commission
model-field-countries = countries
model-field-country = country
model-field-date = date
model-field-description = description
model-field-diplomatic-relations-established = diplomatic relations established
model-field-due = due
model-field-embassies = embassies
model-field-end = end
model-field-established = established
model-field-former-names = former names
model-field-from = from
model-field-home-country = home country
model-field-institution = institution
model-field-iso-code = iso code
model-field-label = label
model-field-name = name
model-field-name-variants = name variants
model-field-opened-on = opened on
model-field-parent = parent
model-field-participants = participants
model-field-parties = parties
model-field-period = period
model-field-person = person
model-field-place = place
model-field-plan = plan
model-field-position = position
model-field-positions = positions
model-field-published-at = published at
model-field-publisher = publisher
model-field-relations = relations
model-field-responsible = responsible
model-field-session-number = session number
model-field-short-name = short name
model-field-signatories = signatories
model-field-signed-at-meeting = signed at meeting
model-field-signed-at-place = signed at place
model-field-signed-on = signed on
model-field-sources = sources
model-field-start = start
model-field-status-history = status history
model-field-strategic-partnerships = strategic partnerships
model-field-target = target
model-field-title = title
model-field-to = to
model-field-topics = topics
model-field-unit = unit
model-field-until = until
model-field-url = url
model-field-validity = validity
model-field-value = value

# One element of a list: "Position 1", "Party 2".
model-element-aliases = Other name
model-element-countries = Country
model-element-embassies = Embassy
model-element-former-names = Former name
model-element-name-variants = Other spelling
model-element-participants = Participant
model-element-parties = Party
model-element-positions = Position
model-element-relations = Relation
model-element-responsible = Responsible side
model-element-signatories = Signatory
model-element-sources = Source
model-element-status-history = Status step
model-element-strategic-partnerships = Declaration
model-element-topics = Topic
model-element-item = Item
# An element and its number: "Position 1".
model-field-element = { $element } { $number }
# A field inside another: "validity end".
model-field-inner = { $outer } { $inner }
# $prefix is the elements the field is in ("Position 1: "), possibly none.
model-field-path = { $prefix }the { $field }

## Saving. $error is what the operating system said, $path the file.

model-save-failed = could not save { $path }: { $step }: { $error }
model-save-step-encrypt = encrypting the workspace
model-save-step-create = creating a temporary file in the same folder
model-save-step-write = writing the temporary file
model-save-step-permissions = copying the file's permissions
model-save-step-sync = flushing the temporary file to disk
model-save-step-backup = keeping the previous version as a backup
model-save-step-backups-folder = keeping the previous version in the backups folder
model-save-step-replace = replacing the file
model-save-disk-full = The disk is full.
model-save-permission = You do not have permission to write there.
model-save-folder-gone = The folder no longer exists (was a drive removed or a folder renamed?).
model-save-read-only = The disk is read-only.
model-save-too-large = The file is too large for this disk.
model-save-timed-out = The disk did not answer in time.
model-save-not-written = The file could not be written.
# Below one of the sentences above: $step is one of model-save-step-….
model-save-while = While { $step }: { $error } (in { $path }).

## Opening a file. $path is the file's path, $file its name.

model-open-cannot-read = cannot read { $path }: { $error }
# $encoding is a text encoding's name: UTF-16LE, windows-1252.
model-open-converted = Converted from { $encoding }: { $file } is not in the UTF-8 Accord writes, so it is shown converted and left as it is. Save as… keeps it under a new name.
model-open-read-only = Read-only: { $file } is marked read-only (its permissions do not allow writing). Save a copy under a new name, or ask whoever owns the file to allow changes.
model-save-changed-on-disk = { $path } was changed by someone else since it was opened

## An encrypted file that does not open. Each follows the file's path.

model-decrypt-needs-passphrase = it is encrypted and needs its passphrase
model-decrypt-wrong-passphrase = wrong passphrase
# scrypt's work factors, as powers of two: 2^20.
model-decrypt-too-much-work = its passphrase key needs more work (scrypt 2^{ $required }) than Accord accepts (2^{ $accepted }); it may be hostile or from a much newer Accord
# $reason says what is damaged (often the encryption library's words, in English).
model-decrypt-damaged = the encrypted file is damaged ({ $reason }); it may be cut short or changed since it was written
model-decrypt-not-an-age-key = its key is not an age key
model-decrypt-no-accord-key = it is an age file, but not one Accord wrote: it carries no Accord key
model-forgetting-passphrase = If you forget this passphrase, nobody can open this workspace again: not you, not your IT department, not the makers of Accord. There is no way to recover it. Write it down and keep it apart from the laptop.

## A file that does not read. $line, $column and $offset say where in the
## file; $restore is model-load-restore.

model-load-restore = the last saved versions are in File > Restore from backup… and in the .bak file beside it
model-load-cut-in-letter = the file ends in the middle of a letter on line { $line } (offset { $offset }): it looks cut off, for example by an interrupted copy or a full disk; { $restore }
model-load-not-text = not text: the byte at offset { $offset } (line { $line }) cannot be in a workspace file; is this the right file?
# $encoding is a text encoding's name: UTF-16, Windows-1252.
model-load-other-encoding = the file is in { $encoding }, not in the UTF-8 Accord writes: another program saved it that way (the first byte Accord cannot read is at offset { $offset }, line { $line }). Open it in the Accord window: it is shown converted, and Save as… keeps it under a new name
# $count zero bytes at the end of the file.
model-load-zero-tail = the file ends with { $count } zero bytes after line { $line }: this is what a power cut or an unplugged USB stick leaves while a file is written; { $restore }
# $holds is model-load-empty-nothing or model-load-empty-blank.
model-load-empty = the file is empty ({ $holds }): it was created but never written, or emptied; { $restore }
model-load-empty-nothing = not a single letter
model-load-empty-blank = only spaces and line breaks
model-load-two-marks = the file starts with two byte-order marks (invisible characters some editors add): delete the extra one at the very start, or open the file in Accord and save it
model-load-cut-off = the file ends in the middle of line { $line } (column { $column }): it looks cut off, for example by an interrupted copy or a full disk; { $restore }
# $what is a character that looks like another (model-load-curly-quote…), $letter the character itself in quotes, $plain what belongs there.
model-load-look-alike = line { $line }, column { $column }: a { $what } ({ $letter }) where the file needs a plain { $plain }: a word processor or e-mail program probably changed it; type a plain { $plain } there
model-load-non-breaking-space = non-breaking space
model-load-plain-space = space
model-load-curly-quote = curly quotation mark
model-load-curly-apostrophe = curly apostrophe
model-load-straight-quote = straight quote (")
model-load-second-workspace = line { $line }, column { $column }: a second workspace starts here, after the end of the first: two files were joined into one. Keep the one you want and delete the other
model-load-more-after-end = line { $line }, column { $column }: there is more after the end of the workspace (its last { "}" }): delete what follows it, or restore an earlier version; { $restore }
# $lines are line numbers: "3, 5, 9". The markers and the git commands stay as they are.
model-load-merge-markers = the file holds an unfinished git merge: conflict markers on lines { $lines }. Between <<<<<<< and ======= is one version, between ======= and >>>>>>> the other: keep the right lines, delete the rest and the marker lines (or run `git checkout --ours` or `--theirs` on the file), then open it again
# $quoted is the time in quotation marks, $text the same without them.
model-load-no-time-zone = { $quoted } has no time zone, so it is not clear when it was: write it with one, e.g. "{ $text }Z" for UTC
model-load-session-number = { $number } is not a session number: sessions are numbered 1, 2, 3 and so on
model-load-not-a-number = { $text } is not a number: write the figure (like 215.5), or leave the field out

## What the JSON reader's words mean. Each follows "not valid JSON at line …, column …:".

model-json-expected-value = something stands here that is not a value (a text in double quotes, a number, true, false, null, a [list] or a { "{" }group{ "}" })
model-json-expected-comma-or-brace = a comma, or the closing { "}" } of a group, is missing
model-json-expected-comma-or-bracket = a comma, or the closing ] of a list, is missing
model-json-expected-colon = the colon after a field name is missing
model-json-key-not-quoted = a field name is not in double quotes
model-json-trailing-comma = a comma stands before a closing bracket, with nothing after it
model-json-control-character = a text holds a line break or another control character: in the file a text stays on one line (\n stands for a line break)
model-json-invalid-escape = a backslash inside a text starts no valid escape (write \\ for a backslash)
model-json-too-deep = lists or groups are nested more than 128 deep: Accord never writes a file like this
model-json-number-too-large = a number is too large to read
model-json-invalid-number = a number is not written as one
model-json-unclosed-text = a text is not closed by a double quote

## A record's field that does not read. Each follows the field's path in the file.

# $field is the missing field's name in the file.
model-field-missing = { $field } is missing: it is required here
model-field-unknown = is not a field Accord knows here (a typo, or another program's field?): rename or delete it
# $value is the value in quotation marks; $allowed the values allowed, as the file writes them.
model-field-unknown-variant = { $value } is not one of the values allowed here ({ $allowed })
model-field-invalid-id = is not a valid id, which looks like "6b3195e1-29a0-5fa0-8289-789901810766"
# "$found stands where $expected belongs": model-found-… and model-expected-….
model-found-instead = { $found } stands where { $expected } belongs
model-found-null = nothing (null)
model-found-group = a group of fields
model-found-list = a list
model-found-number = the number { $number }
# $text is the text in quotation marks.
model-found-text = the text { $text }
model-expected-text = a text
model-expected-id = an id (like "6b3195e1-29a0-5fa0-8289-789901810766")
model-expected-whole-number = a whole number
model-expected-number = a number
model-expected-list = a list
model-expected-boolean = true or false
# $kind is a record's kind in the file's words, in lower case: "meeting", "period".
model-expected-record = a { $kind } record

## Loading a workspace file.

# $message says what is wrong there (model-json-…, or the JSON reader's own words).
model-load-not-json = not valid JSON at line { $line }, column { $column }: { $message }. The file was changed by hand or by another program: correct it there in a text editor, or restore an earlier version (File > Restore from backup…)
# $plain is one of model-json-…; $message the JSON reader's words, in English.
model-load-json-reader-says = { $plain } (the JSON reader says: { $message })
# $plain is one of model-field-… or model-found-instead; $message the reader's words, in English.
model-load-reader-says = { $plain } (the reader says: { $message })
# $why says what is wrong with the header.
model-load-not-a-workspace = not an Accord workspace: { $why }
model-load-newer-version = written by a newer version of Accord (format version { $found }; this version reads up to { $readable }): update Accord to open it
# The first line of a list of problems, one a line below it.
model-load-problems-found = { $count ->
    [one] { $count } problem found:
   *[other] { $count } problems found:
}
# After the first 20 problems; $total counts them all.
model-load-more-problems = … and { $count } more problems, { $total } in all: a file this damaged was probably written by another program; the first ones are above
model-load-not-an-object = the file is JSON but not an object
# $field is a field's name in the file.
model-load-unknown-field = { $field }: unknown field
# $id is the home country's id (a UUID).
model-load-home-country-missing = workspace.home_country: refers to country { $id }, which is not in the workspace
# $key is "format" or "version"; $earlier and $later are the two values given, as the file writes them.
model-load-header-twice = "{ $key }" is given twice at the top of the file ({ $earlier } and { $later }), so it is not clear which version of Accord it is for; keep the right one and delete the other
model-load-key-twice = { $field }: is given twice ({ $earlier } and { $later }); Accord would keep only one, so delete the one that is wrong
# $place names the record and field ("countries[0] "Romania": value: "), or is empty.
model-load-inexact-number = { $place }line { $line }, column { $column }: the number { $written } has more digits than Accord can keep (it would be saved as { $kept }): write it with at most 15 significant digits, or in a larger unit
# $found is the header's value as the file writes it; $expected is accord-workspace.
model-load-wrong-format = format is { $found }, expected "{ $expected }"
model-load-no-format = no "format": "{ $expected }" header
# $newest is the newest format version this Accord reads.
model-load-wrong-version = version is { $found }, expected a whole number from 1 to { $newest }
model-load-no-version = version is missing, expected a whole number from 1 to { $newest }
model-load-settings-not-an-object = workspace: expected an object
# $found is the value as the file writes it.
model-load-name-not-text = workspace.name: expected a string, found { $found }
# $collection is a collection's name in the file: countries, documents.
model-load-not-a-list = { $collection }: expected an array of records
# $place names the record; $first is where the first record with this id is: countries[0].
model-load-id-twice = { $place }: id: { $id } is also the id of { $first }
model-load-tombstones-not-a-list = tombstones: expected an array of deleted records
# A deleted record's reminder for a record still there; $index is its place in the list, $label the record's name in quotation marks.
model-load-tombstone-of-present = tombstones[{ $index }]: says the { $kind } { $label } was deleted, but it is in the workspace: remove the tombstone if the record is wanted
model-load-conflicts-not-a-list = conflicts: expected an array of conflicts to resolve

## Backups.

# Said of a backup that the current passphrase does not open.
model-backup-earlier-passphrase = encrypted with an earlier passphrase

## A file's history (lineage, tombstones), as its loader reports it.

# $text is the text given, in quotation marks.
model-version-id-invalid = { $text } is not a version id (32 lowercase hexadecimal digits)
# $kind is the kind given, in quotation marks; $kinds the kinds of record as the file writes them.
model-tombstone-kind-invalid = kind { $kind } is not a kind of record (one of: { $kinds })

## A passphrase's strength, as the dialog shows it beside "Strength".

model-passphrase-too-weak = { $count ->
    [one] too weak: at least { $count } character
   *[other] too weak: at least { $count } characters
}
model-passphrase-weak = weak
model-passphrase-fair = fair
model-passphrase-strong = strong

# Record fields in a merge's conflict that no check names: "Romania: notes".
model-key-notes = notes
model-key-outcomes = outcomes
model-key-kind = kind
model-key-status = status
model-key-side = side
model-key-text = text
