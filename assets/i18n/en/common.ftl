# Words shared by every part of the interface: the language's own name,
# dates, and the buttons that recur in forms and dialogs.

language-native-name = English

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A month's name after a day's number ("19 June"); Russian declines it.
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun

date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-day-month = { $day } { $month }
date-weekday-day = { $weekday } { $date }
date-day-time = { $date }, { $time }

common-save = Save
common-cancel = Cancel
common-close = Close
common-ok = OK
common-delete = Delete
common-remove = Remove
common-add = Add
common-edit = Edit
common-open = Open
common-back = Back
common-apply = Apply
common-discard = Discard
common-keep-editing = Keep editing
common-today = Today
common-previous = Previous
common-next = Next
common-yes = Yes
common-no = No
common-none = None
common-unknown = Unknown

common-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}

# The day picker's arrows.
common-previous-year = Previous year
common-previous-month = Previous month
common-next-month = Next month
common-next-year = Next year

# A session's number before the word "session": 1st, 2nd, 3rd, 4th, 11th.
# $number picks its variant by the ordinal rules.
common-ordinal = { $number ->
    [one] { $number }st
    [two] { $number }nd
    [few] { $number }rd
   *[other] { $number }th
}
