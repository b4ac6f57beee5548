# forms: each record kind's form, its fields, pickers and buttons.
# The field labels are also the accessible names screen readers announce.

## Form titles and buttons

# A form's title. $kind is the record's kind, for a document or meeting
# its kind ("document-agreement", "meeting-signing"); $noun is that kind
# as English writes it in lower case.
forms-title-new = { $kind ->
   *[other] New { $noun }
}
forms-title-edit = { $kind ->
   *[other] Edit { $noun }
}
forms-save-and-add-another = Save and add another
forms-cannot-save = Cannot save: { $problem }
# $count is how many more problems there are besides the one named.
forms-cannot-save-more = Cannot save: { $problem } (and { $count } more)
forms-close-question = Save the changes?
# $title is the form's title ("New meeting").
forms-close-question-detail = { $title } has changes that are not saved.
forms-more-activities = More activities, one per line
forms-source-text = Text of the cited source
forms-source-text-hint = Click in a field, then on a marked fact to fill the field with it.

## A field's problem as a sentence: $field is the field in words
## ("Position 1: the title"), $message what the model says of it.

forms-problem-missing = { $field } is missing{ $rest }
forms-problem-is = { $field } { $message }
forms-problem-of = { $field }: { $message }

## List rows

forms-move-up = Move up
forms-move-down = Move down

## Dates, periods and numbers

forms-date-hint = 3.11.2022 or 2022
# The short button beside a date field that opens a calendar.
forms-date-pick = Pick…
forms-date-pick-tooltip = Pick a day in a calendar
# Before a period's first date field.
forms-period-from = from
# Before a period's second date field.
forms-period-to = to
# The line under a period: its dates as understood.
forms-period-understood = from { $start } to { $end }
forms-period-understood-from = from { $start }
forms-period-understood-to = to { $end }
# Under a period's start.
forms-period-start-required = is required when an end is given
forms-required = is required
# A checkbox beside a session number: the number is known.
forms-number-known = known
# $text is what was typed, in quotes.
forms-not-a-number = { $text } is not a number
forms-not-a-time = { $text } is not a time like 2022-11-03T12:07:00+04:00

## Pickers. $kind is the kind of record picked: country, institution,
## person, document, activity, commission, meeting, indicator, source.

forms-picker-search = { $kind ->
    [country] Search countries
    [institution] Search institutions
    [person] Search people
    [document] Search documents
    [activity] Search activities
    [commission] Search commissions
    [meeting] Search meetings
    [indicator] Search indicators
   *[source] Search sources
}
forms-picker-choose = Choose { $kind }…
forms-picker-add = Add { $kind }…
forms-picker-type-to-search = Type to search
# More matches than the picker lists.
forms-picker-more = { $count } more — refine the search
forms-picker-no-match = No match
# The kind of institution "Create institution …" will make.
forms-picker-guessed-kind = Kind from the name: { $kind }
forms-picker-another-country = Another country…
forms-picker-create-country = Create country “{ $name }”
forms-picker-create-person = Create person “{ $name }”
forms-picker-create-source = Create source “{ $name }”
forms-picker-create-commission = Create commission “{ $name }”
forms-picker-create-institution = Create institution “{ $name }” in { $country }
forms-picker-clear = Clear

## Field labels shared by several forms

forms-field-name = Name
forms-field-kind = Kind
forms-field-country = Country
forms-field-parties = Parties
forms-field-notes = Notes
forms-field-sources = Sources

## Country

forms-country-iso-code = ISO code
forms-country-aliases = Other names
forms-country-add-alias = Add to other names
forms-country-relations-established = Diplomatic relations established
forms-country-embassies = Embassies
forms-country-add-embassy = Add embassy
forms-country-embassy-side = Embassy { $number } side
forms-country-embassy-city = Embassy { $number } city
forms-country-embassy-opened = Embassy { $number } opened on
forms-country-strategic-partnerships = Strategic partnership declarations

## Institution

forms-institution-short-name = Short name
# The institution this one is part of.
forms-institution-parent = Part of
forms-institution-former-names = Former names
forms-institution-add-former-name = Add former name
forms-institution-former-name = Former name { $number }
# The date until which former name number $number was used.
forms-institution-former-name-until = Used until { $number }

## Person

forms-person-name = Name
forms-person-spellings = Other spellings
forms-person-add-spelling = Add to other spellings
forms-person-positions = Positions
forms-person-add-position = Add position
forms-person-position-title = Position { $number } title
forms-person-position-institution = Position { $number } institution
forms-person-position-from = Position { $number } from
forms-person-position-to = Position { $number } to

## Document

forms-document-title = Title
forms-document-signed-on = Signed on
forms-document-signed-at-place = Signed at (place)
forms-document-signed-at-meeting = Signed at meeting
forms-document-signatories = Signatories
forms-document-add-signatory = Add signatory
forms-document-signatory = Signatory { $number }
forms-document-signatory-position = Signatory { $number } position
forms-document-status-history = Status history
forms-document-add-status-step = Add status step
forms-document-status-step = Status { $number }
forms-document-status-step-date = Status { $number } date
# The period the document is in force.
forms-document-validity = Valid
forms-document-relations = Related documents
forms-document-add-relation = Add relation
forms-document-relation = Relation { $number }
forms-document-relation-target = Relation { $number } document

## Activity (of an action plan)

forms-activity-description = Description
forms-activity-plan = Action plan
forms-activity-status = Status
# When the activity is due: a period.
forms-activity-due = Due
forms-activity-responsible = Responsible

## Commission

forms-commission-established = Established

## Meeting

forms-meeting-title = Title
forms-meeting-commission = Commission
forms-meeting-session-number = Session number
forms-meeting-start = Start
forms-meeting-end = End
forms-meeting-place = Place
forms-meeting-countries = Countries
forms-meeting-participants = Participants
forms-meeting-topics = Topics
forms-meeting-add-topic = Add to topics
forms-meeting-outcomes = Outcomes

## Indicator

forms-indicator-label = Label
forms-indicator-period = Period
forms-indicator-value = Value
forms-indicator-value-hint = e.g. 215.5
forms-indicator-unit = Unit
forms-indicator-change = Change in percent
forms-indicator-change-hint = e.g. +76.4 (percent)

## Source

forms-source-title = Title
forms-source-publisher = Publisher
forms-source-author = Author
forms-source-url = Address (URL)
forms-source-published-at = Published at
forms-source-text-as-published = Text as published
