# Interfeysin bütün hissələrinin ortaq sözləri.

language-native-name = Azərbaycanca

month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr

month-of-1 = yanvar
month-of-2 = fevral
month-of-3 = mart
month-of-4 = aprel
month-of-5 = may
month-of-6 = iyun
month-of-7 = iyul
month-of-8 = avqust
month-of-9 = sentyabr
month-of-10 = oktyabr
month-of-11 = noyabr
month-of-12 = dekabr

weekday-mon = bazar ertəsi
weekday-tue = çərşənbə axşamı
weekday-wed = çərşənbə
weekday-thu = cümə axşamı
weekday-fri = cümə
weekday-sat = şənbə
weekday-sun = bazar

weekday-short-mon = B.e.
weekday-short-tue = Ç.a.
weekday-short-wed = Ç.
weekday-short-thu = C.a.
weekday-short-fri = C.
weekday-short-sat = Ş.
weekday-short-sun = B.

date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
date-day-month = { $day } { $month }
date-weekday-day = { $date }, { $weekday }
date-day-time = { $date }, { $time }

common-save = Yadda saxla
common-cancel = Ləğv et
common-close = Bağla
# Same in every language.
common-ok = OK
common-delete = Sil
common-remove = Çıxar
common-add = Əlavə et
common-edit = Redaktə et
common-open = Aç
common-back = Geri
common-apply = Tətbiq et
common-discard = İmtina et
common-keep-editing = Redaktəyə davam et
common-today = Bu gün
common-previous = Əvvəlki
common-next = Növbəti
common-yes = Bəli
common-no = Xeyr
common-none = Yoxdur
common-unknown = Məlum deyil

common-records = { $count } qeyd

# The day picker's arrows.
common-previous-year = Əvvəlki il
common-previous-month = Əvvəlki ay
common-next-month = Növbəti ay
common-next-year = Növbəti il

# İclasın sıra nömrəsi: 1-ci, 3-cü, 6-cı, 9-cu (sonuncu sözün saitinə görə).
common-ordinal = { $number ->
    [one] { $number }-ci
    [few] { $number }-cü
    [many] { $number }-cı
   *[other] { $number }-cu
}
