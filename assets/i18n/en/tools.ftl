# tools: Find / quick open, the export dialog, the merge preview, likely
# duplicates, the proposals review and the marked source text.

## What a record is, as a sentence names it ("Added: source …")


## Find (Ctrl+F) and quick open (Ctrl+K)

tools-search-label = Search every record
tools-search-hint = Names, titles, places, topics, notes…
tools-search-preparing = Preparing the search…
tools-search-help = Type to search; ↑ ↓ to choose, Enter to open, Esc to close.
tools-search-no-match = Nothing matches “{ $query }”.
# How many records match, above the results.
tools-search-found = { $count } found
# Below a group that lists only its first records.
tools-search-more = … and { $count } more: type more to narrow
# The heading of each group of results, with how many it holds.
tools-search-group-country = Countries ({ $count })
tools-search-group-institution = Institutions ({ $count })
tools-search-group-person = People ({ $count })
tools-search-group-document = Agreements and documents ({ $count })
tools-search-group-activity = Activities ({ $count })
tools-search-group-commission = Commissions ({ $count })
tools-search-group-meeting = Meetings ({ $count })
tools-search-group-indicator = Indicators ({ $count })
tools-search-group-source = Sources ({ $count })

## File > Export…

tools-export-heading = Export
tools-export-format = Format
# The CSV export's choice of table.
tools-export-table = Table
tools-export-bom = Byte order mark for Excel
tools-export-visit-pack-hint = Choose several countries for a visit pack: one briefing for a regional trip.
tools-export-countries = Countries
tools-export-all-countries = All partner countries
tools-export-no-countries = No partner countries yet.
tools-export-period = Period
# The period's first and last date.
tools-export-from = From
tools-export-to = To
tools-export-all-dates = Leave both empty for all dates.
# $date: the day the export is made, e.g. "18 March 2026".
tools-export-statuses-as-of = Statuses such as overdue are as of { $date }.
tools-export-export = Export…
tools-export-choose-country = Choose at least one country.
# $start and $end as typed: "2022", "2021-06".
tools-export-period-backwards = The period ends ({ $end }) before it starts ({ $start }).

## File > Merge a copy…: the preview

# $name: the other copy's file name.
tools-merge-heading = Merge { $name } into this workspace
tools-merge-resolve-heading = Resolve the conflicts recorded in { $name }
tools-merge-resolve-intro = A merge outside the app (accord merge or git) left these for you to decide. Until you apply, the file holds the value shown as held in each.
# $version: the first eight digits of a version's id.
tools-merge-origin-given = Three-way merge against the version both copies come from.
tools-merge-origin-kept = Three-way merge against the version both copies come from (version { $version }, found among the versions kept on this machine).
tools-merge-origin-one-copy = Three-way merge: one copy is the version the other comes from (version { $version }).
tools-merge-origin-not-kept = Two-way merge: both copies come from version { $version }, but it is not kept on this machine, so every field that differs is a conflict, lists are united and only what a copy's tombstones say was deleted goes.
tools-merge-origin-unrelated = Two-way merge: no common version was found, so every field that differs is a conflict, lists are united and only what a copy's tombstones say was deleted goes.
# What each copy did since the version both come from.
tools-merge-changes-three-way = This copy: { $ours_added } added, { $ours_changed } changed, { $ours_deleted } deleted. The other copy: { $theirs_added } added, { $theirs_changed } changed, { $theirs_deleted } deleted.
# Without a common version only the differences can be told.
tools-merge-changes-two-way = Only in this copy: { $ours ->
        [one] { $ours } record
       *[other] { $ours } records
    }. Only in the other copy: { $theirs ->
        [one] { $theirs } record
       *[other] { $theirs } records
    }. In both but different: { $both ->
        [one] { $both } record
       *[other] { $both } records
    }.
tools-merge-apply = Apply merge
# Choose this copy's value in every conflict.
tools-merge-all-mine = All mine
# Choose the other copy's value in every conflict.
tools-merge-all-theirs = All theirs
tools-merge-conflicts = { $count ->
        [0] No conflicts
        [one] { $count } conflict
       *[other] { $count } conflicts
    }
tools-merge-coming-in = Coming in: { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
# A record the merge brings: $kind is a record kind in lower case (query-noun-…), $label its name.
tools-merge-added = Added: { $kind } { $label }
tools-merge-changed = Changed: { $kind } { $label }
tools-merge-deleted = Deleted: { $kind } { $label }
tools-merge-combined = Combined: { $kind } { $label }
# A conflict's heading: the record (its kind capitalised) or the settings.
tools-merge-record = { $kind } { $label }
tools-merge-settings = Workspace settings
tools-merge-deleted-here = { $subject }: deleted here, changed in the other copy
tools-merge-deleted-there = { $subject }: deleted in the other copy, changed here
# Who changed each value; the two are joined with "; ".
tools-merge-mine-changed-by = Mine changed by { $name } on { $date }
tools-merge-mine-changed = Mine changed on { $date }
tools-merge-theirs-changed-by = theirs changed by { $name } on { $date }
tools-merge-theirs-changed = theirs changed on { $date }
# A conflict between deleting a record and changing it.
tools-merge-keep-record = Keep the record
tools-merge-delete-it = Delete it
# $value: a field's value, in quotes when it is text.
tools-merge-before = Before: { $value }
tools-merge-keep-mine = Keep mine: { $value }
tools-merge-take-theirs = Take theirs: { $value }
# A field with no value.
tools-merge-empty = empty

## Edit > Likely duplicates…

tools-duplicates-heading = Likely duplicates
tools-duplicates-none = No two records look like one.
tools-duplicates-intro = Records that are probably one, often added apart on two copies. Combining keeps the first with both records' fields, points everything at it, and keeps the other's id as its alias.
# $kind is a record kind in lower case (query-noun-…).
tools-duplicates-pair = { $kind } “{ $first }” and “{ $second }”
tools-duplicates-combine = Combine “{ $second }” into “{ $first }”

## Propose records: the drafts a source's text implies

tools-proposals-heading = Records from “{ $title }”
tools-proposals-none = The text names nothing that is not in the workspace already.
tools-proposals-intro = Each draft cites the source. Untick what is wrong; edit a kept record afterwards on its page.
tools-proposals-keep-all = Keep all
tools-proposals-drop-all = Drop all
tools-proposals-add = { $count ->
        [one] Add { $count } record
       *[other] Add { $count } records
    }

## A source's text with the facts found in it marked

# Before the legend of the marks' colours.
tools-source-marked = Marked:
tools-source-legend-dates = dates
tools-source-legend-figures = figures
tools-source-legend-records = records of this workspace
tools-source-legend-people = people
tools-source-legend-other = titles, institutions, places
# What a marked fact was understood as, on hover. $precision: year, month or day.
tools-fact-date = { $precision ->
        [year] a year
        [month] a month
       *[day] a day
    }: { $date }
tools-fact-date-time = { $precision ->
        [year] a year
        [month] a month
       *[day] a day
    }: { $date }, { $time }
tools-fact-period = a period: { $from } to { $to }
tools-fact-amount = an amount: { $number } { $unit }
tools-fact-amount-period = an amount: { $number } { $unit }, for { $period }
tools-fact-percent = a percentage: { $number }%
tools-fact-percent-period = a percentage: { $number }%, for { $period }
# $kind is a record kind in lower case (query-noun-…).
tools-fact-record-near-miss = probably the { $kind } { $name }
tools-fact-record = the { $kind } { $name }
tools-fact-title = a document title: { $title }
tools-fact-person = a person: { $name }
tools-fact-person-position = a person: { $name }, { $position }
tools-fact-institution = an institution: { $name }
tools-fact-place = a place: { $place }
# $body: the commission or other body, as the text names it.
tools-fact-session = session { $number } of { $body }
tools-fact-signed-by = signed by { $names }
# Joins the names of a signing, one pair at a time.
tools-fact-names-and = { $first } and { $second }
