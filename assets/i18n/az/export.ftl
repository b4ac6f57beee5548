# export: arayışlar (Markdown və PDF), səfər paketi və əsas faktlar,
# təqvim (ICS), CSV cədvəlləri və `accord` əmrlərinin çap etdikləri.

## Format seçimi

export-format-json = JSON xülasəsi
export-format-csv = CSV cədvəli
export-format-markdown = Arayış (Markdown)
export-format-ics = Təqvim (ICS)
export-format-pdf = Arayış (PDF)
export-format-key-facts-markdown = Əsas faktlar, bir səhifə (Markdown)
export-format-key-facts-pdf = Əsas faktlar, bir səhifə (PDF)

export-csv-table-agreements = Sazişlər
export-csv-table-meetings = Görüşlər
export-csv-table-activities = Tədbirlər

export-error-csv = CSV cədvəli yazıla bilmədi: { $error }
export-error-json = JSON xülasəsi yazıla bilmədi: { $error }
export-error-pdf = PDF yazıla bilmədi: { $error }
export-no-such-country = İş sahəsində { $name } adlı ölkə yoxdur (mövcud olanlar: { $known })

export-state-open = açıq
export-state-overdue = vaxtı keçib
export-state-done = icra olunub
export-state-cancelled = ləğv olunub

## Arayış

export-heading-briefing = { $country } ilə münasibətlər — { $date } tarixinə arayış
export-heading-key-facts = { $country } ilə münasibətlər — { $date } tarixinə əsas faktlar
export-prepared-by = Hazırlayan: { $name }.
export-covering = Dövr: { $from } – { $to }.
export-covering-beginning = ilk qeydlərdən
export-covering-present = bu günədək
export-no-countries = Arayış üçün ölkə yoxdur.

export-section-relationship = Münasibətlər
export-section-legal-framework = Hüquqi baza
export-section-in-force = Qüvvədə olanlar
export-section-commissions = Komissiyalar
export-section-last-meeting = Son görüş
export-section-last-meetings = Son görüşlər
export-section-next-meeting = Növbəti görüş
export-section-activities = Tədbirlər: { $overdue } vaxtı keçmiş, { $open } açıq
export-section-figures = İqtisadi göstəricilər
export-section-latest-figures = Son göstəricilər
export-section-sources = Mənbələr

export-none-recorded = Qeyd yoxdur.
export-none-scheduled = Planlaşdırılmış görüş yoxdur.
export-none-cited = İstinad edilən mənbə yoxdur.
export-none-open-or-overdue = Açıq və ya vaxtı keçmiş tədbir yoxdur.
export-none-overdue = Vaxtı keçmiş tədbir yoxdur.
export-and-more = … və daha { $count }.

export-also-known-as = Digər adları: { $names }.
export-relations-since = Diplomatik münasibətlər { $date } tarixində qurulub.
export-relations-not-recorded = Diplomatik münasibətlərin qurulma tarixi qeyd olunmayıb.
export-embassy = { $country } səfirliyi, { $city } ({ $opened })
export-embassy-no-city = { $country } səfirliyi ({ $opened })
export-embassy-ours = Ölkəmizin səfirliyi, { $city } ({ $opened })
export-embassy-opened = açılıb: { $date }
export-embassy-opening-not-recorded = açılış tarixi qeyd olunmayıb
export-embassies = Səfirliklər: { $embassies }.
export-embassies-not-recorded = Səfirliklər qeyd olunmayıb.
export-partnership = Strateji tərəfdaşlıq: { $partnerships }.
export-partnership-signed = { $document }, imzalanıb: { $date }
export-partnership-not-recorded = Strateji tərəfdaşlıq qeyd olunmayıb.

export-documents-recorded = { $count } sənəd qeyd olunub; { $in_force } sənəd qüvvədədir və ya imzalanıb.
export-no-documents = Sənəd qeyd olunmayıb.
export-signed-at-place = { $date }, { $place }
export-status-since = { $status } ({ $date } tarixindən)
export-status-not-recorded = statusu qeyd olunmayıb
export-validity-ended = { $period }, müddəti bitib
export-signing-not-recorded = imzalanma tarixi qeyd olunmayıb
export-document-signed = imzalanıb: { $date }
export-document-valid = qüvvədədir: { $period }
export-document-parties = Tərəflər: { $parties }.
export-valid-until = { $document } ({ $date } tarixinədək qüvvədədir)
export-renewals = Altı ay ərzində yenilənməli: { $documents }.

export-column-document = Sənəd
export-column-kind = Növü
export-column-signed = İmzalanıb
export-column-status = Statusu
export-column-validity = Qüvvədə olma müddəti
export-column-parties = Tərəflər
export-cell-not-recorded = qeyd olunmayıb
export-cell-signed = imzalanıb

export-commission-last = sonuncu: { $session }
export-commission-no-session-yet = hələ iclas keçirilməyib
export-commission-next = növbəti: { $session }
export-commission-next-not-scheduled = növbəti iclas planlaşdırılmayıb
export-session-numbered = { $ordinal } iclas
export-session-unnumbered = iclas
export-date-unknown = tarixi məlum deyil

export-meeting-participants = İştirakçılar: { $people }.
export-meeting-outcomes = Nəticələr: { $outcomes }
export-meeting-signed = İmzalanıb: { $document }.

export-plan-valid = { $plan } (qüvvədədir: { $period })
export-no-due-date = icra müddəti yoxdur
export-due = icra müddəti: { $period }

export-figure-source = Mənbə: { $sources }.
export-column-figure = Göstərici
export-column-period = Dövr
export-column-value = Dəyər
export-column-source = Mənbə

## PDF

export-pdf-as-of = { $date } tarixinə
export-pdf-footer = { $department } — { $date } tarixinə
export-pdf-contents-as-of = { $date } tarixinə
export-pdf-briefing-as-of = { $date } tarixinə arayış
export-pdf-key-facts-as-of = { $date } tarixinə əsas faktlar
export-pdf-visit-pack = Səfər paketi
export-pdf-visit-pack-key-facts = Səfər paketi: əsas faktlar
export-pdf-visit-pack-title = Səfər paketi — { $countries } — { $date } tarixinə
export-pdf-contents-line = { $country } — səhifə { $page }
export-pdf-page = Səhifə { $page } / { $total }
export-pdf-font-unreadable = daxili şrift oxuna bilmədi
export-pdf-page-size = səhifə ölçüsü düzgün deyil
export-chart-title = İllər üzrə ticarət, { $unit }
export-chart-part-year = { $year } (natamam)
export-chart-part-of-a-year = ilin bir hissəsi

## Təqvim (ICS)

export-ics-day-unknown = { $summary } (günü məlum deyil)
export-ics-month-unknown = { $summary } (ayı məlum deyil)
export-ics-participants = İştirakçılar: { $names }
export-ics-topics = Mövzular: { $topics }
export-ics-documents = Sənədlər: { $names }
export-ics-outcomes = Nəticələr: { $outcomes }
export-ics-document = Sənəd: { $kind }
export-ics-parties = Tərəflər: { $names }
export-ics-signatories = İmzalayanlar: { $names }
export-ics-status = Statusu: { $status }
export-ics-valid = Qüvvədədir: { $period }
export-ics-action-plan = Fəaliyyət planı: { $plan }
export-ics-responsible = Məsul: { $names }
export-ics-due-period = İcra müddəti: { $period }

## CSV sütunlarının başlıqları

export-csv-id = identifikator
export-csv-kind = növü
export-csv-title = adı
export-csv-countries = ölkələr
export-csv-parties = tərəflər
export-csv-party-ids = tərəflərin identifikatorları
export-csv-signatories = imzalayanlar
export-csv-signatory-ids = imzalayanların identifikatorları
export-csv-signed-on = imzalanma tarixi
export-csv-signed-at-place = imzalanma yeri
export-csv-signed-at-meeting = imzalandığı görüş
export-csv-signed-at-meeting-id = imzalandığı görüşün identifikatoru
export-csv-status = statusu
export-csv-status-since = statusun tarixi
export-csv-validity-start = qüvvəyə minmə tarixi
export-csv-validity-end = qüvvədə olma müddətinin sonu
export-csv-related = əlaqəli sənədlər
export-csv-related-ids = əlaqəli sənədlərin identifikatorları
export-csv-notes = qeydlər
export-csv-commission = komissiya
export-csv-commission-id = komissiyanın identifikatoru
export-csv-session-number = iclasın nömrəsi
export-csv-start = başlanğıc
export-csv-end = son
export-csv-place = yer
export-csv-participants = iştirakçılar
export-csv-participant-ids = iştirakçıların identifikatorları
export-csv-topics = mövzular
export-csv-outcomes = nəticələr
export-csv-documents-signed = imzalanmış sənədlər
export-csv-action-plan = fəaliyyət planı
export-csv-action-plan-id = fəaliyyət planının identifikatoru
export-csv-description = təsviri
export-csv-responsible = məsullar
export-csv-responsible-ids = məsulların identifikatorları
export-csv-due-start = icra müddətinin başlanğıcı
export-csv-due-end = icra müddətinin sonu
export-csv-state = vəziyyəti

## Əmr sətri (`accord validate`, `export`, `merge`, …)

export-cli-count-countries = { $count } ölkə
export-cli-count-institutions = { $count } qurum
export-cli-count-people = { $count } şəxs
export-cli-count-documents = { $count } sənəd
export-cli-count-activities = { $count } tədbir
export-cli-count-commissions = { $count } komissiya
export-cli-count-meetings = { $count } görüş
export-cli-count-indicators = { $count } göstərici
export-cli-count-sources = { $count } mənbə
export-cli-valid = { $file }: düzgündür, { $counts }
export-cli-encrypted-workspace = { $file }: şifrələnmiş Accord iş sahəsi (age faylı, parol ifadəsi ilə açılır)
export-cli-conflicts-recorded = { $file }: birləşdirmə { $count } ziddiyyət qeyd edib: həll etmək üçün faylı Accord-da açın
export-cli-table-only-for-csv = --table və --no-bom yalnız --format csv ilə işlənir
export-cli-cannot-write = ixrac yazıla bilmir: { $error }
export-cli-not-rewriting = fayl yenidən yazılmır. { $reason }
export-cli-already-exists = { $file } artıq mövcuddur; üzərinə yazılmır
export-cli-created = { $file } yaradıldı
export-cli-wrote = { $file } yazıldı: { $counts }
export-cli-generate-too-few-countries = --countries ən azı 2 olmalıdır (öz ölkəmiz və bir tərəfdaş)
export-cli-generate-too-few-records = --records ({ $records }) hər ölkəyə ən azı 10 olmalıdır ({ $countries } ölkə üçün ən azı { $minimum })
export-cli-merged-by = Birləşdirən: { $officer }.
export-cli-copies-kept = Hər iki nüsxə { $folder } qovluğundakı ehtiyat nüsxələr arasında saxlanılıb; bu hesabat: { $report }
export-cli-report-not-kept = birləşdirmə hesabatı saxlanıla bilmədi: { $error }
export-cli-no-duplicates = { $file }: ehtimal olunan təkrarlar yoxdur
export-cli-duplicate = { $kind } { $first } və { $second }: { $reason }
export-cli-not-utf8 = { $file } UTF-8 mətni deyil ({ $byte } baytı yanlışdır); onu UTF-8 kimi saxlayın
export-cli-cannot-read = { $file } oxuna bilmir: { $error }
export-cli-indexed = { $records } qeydin { $names } adı { $milliseconds } ms-də indeksləndi
export-cli-extracted = { $words } sözdən { $facts } fakt { $milliseconds } ms-də çıxarıldı

export-cli-passphrase-prompt = { $file } üçün parol ifadəsi:{ " " }
export-cli-new-passphrase-prompt = { $file } üçün yeni parol ifadəsi:{ " " }
export-cli-passphrase-again = Yenidən daxil edin:{ " " }
export-cli-passphrases-differ = iki parol ifadəsi fərqlidir; heç nə dəyişdirilmədi
export-cli-no-passphrase-typed = parol ifadəsi daxil edilmədi; heç nə dəyişdirilmədi
export-cli-needs-passphrase = { $file } üçün parol ifadəsi lazımdır: --passphrase-file verin və ya terminalda işə salın
export-cli-passphrase-too-weak = parol ifadəsi yararsızdır ({ $strength }); heç nə dəyişdirilmədi
export-cli-cannot-read-passphrase-file = { $file } parol ifadəsi faylı oxuna bilmir: { $error }
export-cli-is-encrypted = { $file } şifrələnib: --passphrase-file verin və ya terminalda işə salın
export-cli-wrong-passphrase = { $file } üçün parol ifadəsi yanlışdır
export-cli-not-encrypting = fayl şifrələnmir. { $reason }
export-cli-already-encrypted = { $file } artıq şifrələnib; başqa parol ifadəsini proqramda Fayl > Parol ifadəsini dəyiş… ilə verin
export-cli-cannot-make-key = açar yaradıla bilmir: { $error }
export-cli-encrypted = { $file } şifrələndi (.bak faylı da); parol ifadəsini etibarlı saxlayın: onsuz faylı heç kim aça bilməz
export-cli-not-encrypted = { $file } şifrələnməyib; ediləcək bir şey yoxdur
export-cli-wrote-in-clear = { $file } şifrəsiz yazıldı
