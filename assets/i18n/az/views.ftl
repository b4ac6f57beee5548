# views: başlanğıc ekranı, naviqasiya, "Qarşıda nə var" səhifəsi, bölmə
# siyahıları, qeyd səhifələri (ölkənin və digərlərinin) və təqvim.

## Başlanğıc ekranı: iş sahəsi açıq olmadıqda

views-start-tagline = Tərəfdaş ölkələr, sazişlər, komissiyalar, görüşlər və fəaliyyət planları.
views-start-no-recent = Son açılan iş sahəsi yoxdur
views-start-recent = Son iş sahələri

## "Qarşıda nə var": açıq iş sahəsinin başlanğıc səhifəsi

views-next-title = Qarşıda nə var
# Səhifənin başlığı altında; $date — gün ("17 mart 2026").
views-next-as-of = { $date } tarixinə
views-next-preparing = Qarşıdakı işlər axtarılır…
views-next-updating = Yenilənir…
views-next-horizon-first = Növbəti { $horizon } gün ({ $until } tarixinədək)
views-next-horizon-later = { $from }–{ $horizon } gün ərzində ({ $until } tarixinədək)
views-next-none-upcoming = Görüş, səfər və ya son tarix yoxdur.
views-next-overdue = Vaxtı keçmiş tədbirlər
views-next-none-overdue = Vaxtı keçmiş tədbir yoxdur.
views-next-renewals = Qüvvədəolma müddəti altı ay ərzində bitən və ya uzadılmalı olan sənədlər
views-next-none-renewals = Yaxın vaxtda heç bir sənədin qüvvədəolma müddəti bitmir.
views-next-recent = Son dəyişikliklər
views-next-none-recent = Hələ heç nə qeyd olunmayıb.

## Arxa fonda hazırlanan səhifə

views-page-preparing = Səhifə hazırlanır…

## Bölmələrin siyahıları

views-list-filter = Süzgəc
# Süzgəc sahəsinin ipucu; $section — bölmənin kiçik hərflə adı ("ölkələr").
views-list-filter-hint = Süzgəc: { $section }
views-list-clear-filter = Süzgəci təmizlə
views-list-preparing = Siyahı hazırlanır…
views-list-shown = Göstərilir: { $count }

# Siyahıların sütun başlıqları.
views-column-name = Ad
views-column-person-name = Ad, soyad
views-column-iso-code = ISO kodu
views-column-other-names = Digər adlar
views-column-relations-since = Münasibətlər qurulub
views-column-kind = Növ
views-column-country = Ölkə
views-column-short-name = Qısa ad
views-column-position = Vəzifə
views-column-other-spellings = Digər yazılışlar
views-column-signed = İmzalanıb
views-column-title = Başlıq
views-column-partner-country = Tərəfdaş ölkə
views-column-status = Vəziyyət
views-column-parties = Tərəflər
views-column-established = Yaradılıb
views-column-date = Tarix
views-column-place = Yer
views-column-due = Son tarix
views-column-activity = Tədbir
views-column-action-plan = Fəaliyyət planı
views-column-published = Dərc olunub
views-column-publisher = Nəşr edən
views-column-author = Müəllif

## Cədvəllərin ekran oxuyucusu üçün adları

views-table-headings = Sütun başlıqları
views-table-sort-by = "{ $column }" üzrə sırala
# Sətrin xanası ekran oxuyucusunun oxuduğu kimi:
# "Rumıniya, ISO kodu: RO, münasibətlər qurulub: 19 iyun 1992".
views-table-cell = { $heading }: { $text }

## Qeydin səhifəsi: düymələr

views-record-edit = Redaktə et…
views-record-duplicate = Surətini çıxar…
views-record-duplicate-hint = Buna bənzər yeni qeyd: dəyişib yadda saxlamaq üçün
views-record-delete = Sil…
views-record-propose = Qeydlər təklif et…
views-record-propose-hint = Bu mətndən irəli gələn qeydlərin layihəsini hazırla, əlavə etməzdən əvvəl yoxlamaq üçün
views-record-add-activity = Tədbir əlavə et…

## Qeydin səhifəsi: sahələrin adları

views-field-name = Ad
views-field-short-name = Qısa ad
views-field-country = Ölkə
views-field-part-of = Tabe olduğu qurum
views-field-former-names = Əvvəlki adlar
views-field-people = Şəxslər
views-field-other-spellings = Digər yazılışlar
views-field-position = Vəzifə
views-field-signed-on = İmzalanma tarixi
views-field-signed-at = İmzalanma yeri
views-field-signed-at-meeting = İmzalandığı görüş
views-field-parties = Tərəflər
views-field-signatory = İmzalayan
views-field-status = Vəziyyət
views-field-valid = Qüvvədəolma müddəti
views-field-activities = Tədbirlər
views-field-action-plan = Fəaliyyət planı
views-field-due = Son tarix
views-field-responsible = Məsul
views-field-established = Yaradılma tarixi
views-field-session = İclas
views-field-commission = Komissiya
views-field-when = Vaxt
views-field-place = Yer
views-field-countries = Ölkələr
views-field-participants = İştirakçılar
views-field-topics = Mövzular
views-field-outcomes = Nəticələr
views-field-documents-signed = İmzalanmış sənədlər
views-field-period = Dövr
views-field-figure = Dəyər
views-field-publisher = Nəşr edən
views-field-author = Müəllif
views-field-address = Ünvan
views-field-published = Dərc olunub
views-field-notes = Qeydlər
views-field-sources = Mənbələr

## Qeydin səhifəsi: sahələrin dedikləri

# Qurumun adı altında: "Nazirlik (Rumıniya)".
views-detail-institution-of = { $kind } ({ $country })
views-detail-former-name-until = { $name } ({ $date } tarixinədək)
views-detail-status-date-unknown = { $status } (tarix məlum deyil)
# Komissiyanın iclası nömrəsi ilə: "3-cü iclas, 12 may 2022, Bakı".
# $number sıra sayının şəkilçisini seçir (1-ci, 3-cü, 6-cı, 9-cu).
views-detail-session-numbered = { $ordinal } iclas, { $date }, { $place }
views-detail-text-as-published = Dərc olunmuş mətn
views-detail-referred-to-by = { $count } qeyddə istinad olunur


## Ölkənin səhifəsi

views-country-home = öz ölkəmiz
views-country-also = Həmçinin: { $names }
views-country-add-agreement = Saziş əlavə et…
views-country-add-meeting = Görüş əlavə et…
views-country-add-indicator = Göstərici əlavə et…
views-country-export-briefing = Arayışı ixrac et…
views-country-relations = Münasibətlər
views-country-relations-established = Diplomatik münasibətlər qurulub
views-country-not-recorded = qeyd olunmayıb
views-country-opening-not-recorded = açılış tarixi qeyd olunmayıb
views-country-opened = { $date } tarixində açılıb
views-country-strategic-partnership = Strateji tərəfdaşlıq
views-country-indicators = Göstəricilər
views-country-no-indicators = Hələ göstərici yoxdur — Göstərici əlavə et…
views-country-trade-by-year = İllər üzrə ticarət
views-country-no-chart = Diaqram üçün ticarət göstəricisi yoxdur: dəyəri olan ticarət dövriyyəsi, ixrac və ya idxal əlavə edin.
views-country-part-year-series = { $kind } (ilin bir hissəsi)
views-country-bar =
    { $kind }, { $period }: { $figure }
    Mənbə: { $source }
views-country-bar-part-year =
    { $kind }, { $period } (ilin bir hissəsi): { $figure }
    Mənbə: { $source }
views-country-no-source = mənbə qeyd olunmayıb
views-country-history = Sazişlərin tarixçəsi
views-country-no-agreements = Hələ saziş yoxdur — Saziş əlavə et…
views-country-date-unknown = Tarix məlum deyil

## Təqvim

views-calendar-title = Təqvim
views-calendar-preparing = Təqvim hazırlanır…
views-calendar-month = Ay
views-calendar-week = Həftə
views-calendar-agenda = Siyahı
# Klaviaturada yazıldığı kimi düymələr.
# Same in every language.
views-calendar-key-page-up = Page Up
# Same in every language.
views-calendar-key-today = T
# Same in every language.
views-calendar-key-page-down = Page Down
views-calendar-go-to-date = Tarixə keç
views-calendar-go-to-hint = 2022-05 və ya 2022-05-14
views-calendar-go = Keç
views-calendar-week-starts-on = Həftənin ilk günü
views-calendar-export = ICS-ə ixrac et…
views-calendar-export-hint = Süzgəclərin saxladığı hər şey, bütün tarixlər üzrə, iCalendar faylı kimi
views-calendar-upcoming = Qarşıdakı və vaxtı keçmiş
views-calendar-days-ahead = Neçə gün irəli
views-calendar-range = { $first } – { $last }
views-calendar-countries-all = Ölkələr: hamısı
views-calendar-countries-some = Ölkələr: { $count }
views-calendar-all-countries = Bütün ölkələr
views-calendar-kind-hint = Bu növü göstər və ya gizlət
views-calendar-day-unknown = { $month }, günü məlum deyil
views-calendar-month-unknown = { $year }, ayı məlum deyil
views-calendar-more-in-agenda = Daha { $count }: siyahıya baxın
views-calendar-more = daha { $count }
views-calendar-add-meeting-hint = Bu günə görüş əlavə etmək üçün iki dəfə klikləyin və ya N düyməsini basın

# Same in every language.
views-detail-referrer = { $kind } ({ $field })
