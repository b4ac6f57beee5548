# Qapalı lüğətlər: sənəd növləri, statuslar, rollar…
model-activity-status-planned = Planlaşdırılıb
model-activity-status-in-progress = İcra olunur
model-activity-status-done = İcra olunub
model-activity-status-delayed = Gecikir
model-activity-status-cancelled = Ləğv edilib
model-embassy-side-ours = Oradakı səfirliyimiz
model-embassy-side-theirs = Buradakı səfirlikləri
model-document-kind-cooperation-protocol = Əməkdaşlıq protokolu
model-document-kind-agreement = Saziş
model-document-kind-procedural-agreement = Prosedur sazişi
model-document-kind-commission-protocol = Komissiya iclasının protokolu
model-document-kind-action-plan = Fəaliyyət planı
model-document-kind-memorandum = Anlaşma memorandumu
model-document-kind-joint-declaration = Birgə bəyannamə
model-document-kind-other = Digər
model-document-status-draft = Layihə
model-document-status-under-negotiation = Danışıqlar gedir
model-document-status-signed = İmzalanıb
model-document-status-in-force = Qüvvədədir
model-document-status-expired = Müddəti bitib
model-document-status-terminated = Xitam verilib
model-document-status-superseded = Əvəz edilib
model-relation-kind-implements = İcra edir
model-relation-kind-part-of = Tərkib hissəsidir
model-relation-kind-amends = Dəyişiklik edir
model-relation-kind-supersedes = Əvəz edir
model-indicator-kind-trade-turnover = Ticarət dövriyyəsi
model-indicator-kind-exports = İxrac
model-indicator-kind-imports = İdxal
model-indicator-kind-other = Digər
model-institution-kind-government = Hökumət
model-institution-kind-ministry = Nazirlik
model-institution-kind-agency = Agentlik
model-institution-kind-embassy = Səfirlik
model-institution-kind-other = Digər
model-meeting-kind-commission-session = Komissiya iclası
model-meeting-kind-incoming-visit = Gələn səfər
model-meeting-kind-outgoing-visit = Xaricə səfər
model-meeting-kind-consultation = Məsləhətləşmələr
model-meeting-kind-working-group = İşçi qrup
model-meeting-kind-signing = İmzalanma mərasimi
model-meeting-kind-other = Digər

## Tarixlər və dövrlər. $text yazılmış mətndir, dırnaq içində.

model-period = { $start } – { $end }
model-date-shape = { $text } tarix deyil: il (1995), ay (2022-05) və ya gün (2022-05-14) yazın
model-date-month = { $text } düzgün ay deyil
model-date-day = { $text } düzgün gün deyil
model-date-year = { $text } yol verilən aralıqda deyil: il 1000-dən 9999-a qədər ola bilər
model-date-typed = { $text } tarix deyil: 1995, noyabr 2022, 3 noyabr 2022, 03.11.2022 və ya 2022-11-03 yazın
model-date-ambiguous = { $text } həm { $one }, həm də { $other } ola bilər: 03.11.2022 (gün.ay.il) və ya 2022-11-03 yazın
model-end-before-start = başlamazdan ({ $start }) əvvəl bitir ({ $end })

## Qeyd növləri. $kind növün fayldakı sözüdür (country, institution…).

model-kind-country = Ölkə
model-kind-institution = Qurum
model-kind-person = Şəxs
model-kind-document = Sənəd
model-kind-activity = Tədbir
model-kind-commission = Komissiya
model-kind-meeting = Görüş
model-kind-indicator = Göstərici
model-kind-source = Mənbə

model-edit-duplicate-id = { $id } identifikatorlu { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} artıq mövcuddur
model-edit-missing = { $id } identifikatorlu { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} yoxdur
model-edit-referenced = { $label } silinə bilməz, çünki ona { $count } qeyd istinad edir: { $referrers }
model-edit-referrer = { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} { $label } ({ $field })
model-missing-record = ({ $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} tapılmadı)

model-undo-add = { $kind ->
    [country] Ölkə
    [institution] Qurum
    [person] Şəxs
    [document] Sənəd
    [activity] Tədbir
    [commission] Komissiya
    [meeting] Görüş
    [indicator] Göstərici
   *[source] Mənbə
} əlavə edildi: { $label }
model-undo-edit = { $kind ->
    [country] Ölkə
    [institution] Qurum
    [person] Şəxs
    [document] Sənəd
    [activity] Tədbir
    [commission] Komissiya
    [meeting] Görüş
    [indicator] Göstərici
   *[source] Mənbə
} redaktə edildi: { $label }
model-undo-delete = { $kind ->
    [country] Ölkə
    [institution] Qurum
    [person] Şəxs
    [document] Sənəd
    [activity] Tədbir
    [commission] Komissiya
    [meeting] Görüş
    [indicator] Göstərici
   *[source] Mənbə
} silindi: { $label }
model-undo-settings = İş sahəsinin parametrləri dəyişdirildi

model-counts = { $records }: { $countries }, { $institutions }, { $people }, { $documents }, { $activities }, { $commissions }, { $meetings }, { $indicators }, { $sources }
model-count-countries = { $count } ölkə
model-count-institutions = { $count } qurum
model-count-people = { $count } şəxs
model-count-documents = { $count } sənəd
model-count-activities = { $count } tədbir
model-count-commissions = { $count } komissiya
model-count-meetings = { $count } görüş
model-count-indicators = { $count } göstərici
model-count-sources = { $count } mənbə

## Sahənin problemi. Sahənin adından sonra gəlir: "positions[0].title: doldurulmalıdır".

model-problem-required = doldurulmalıdır
model-problem-refers-to-itself = qeydin özünə istinad edir
model-problem-refers-to-missing = iş sahəsində olmayan qeydə istinad edir: { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} { $id }
model-problem-iso-code = { $code } ISO 3166 kodu deyil: iki böyük hərf olmalıdır, məsələn, TR
model-problem-status-order = { $date } { $step } nömrəli mərhələnin tarixindən ({ $earlier }) əvvəldir: mərhələlər köhnədən yeniyə sıralanır
model-problem-not-an-action-plan = { $title } fəaliyyət planı deyil, növü: { $kind }
model-problem-start-required = bitmə tarixi verildikdə doldurulmalıdır
model-problem-session-number = iclaslar 1-dən nömrələnir
model-problem-value-or-change = dəyəri, faizlə dəyişikliyi və ya hər ikisini göstərin
model-problem-finite = sonlu ədəd olmalıdır
model-problem-unit-required = dəyər verildikdə doldurulmalıdır (məsələn, USD million)

## İş sahəsi bütövlükdə.

model-integrity-shared-id = { $id } həm də { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} { $label } qeydinin identifikatorudur: identifikatorlar bütün iş sahəsində təkrarlanmamalıdır; onlardan birinə yeni identifikator verin
model-integrity-parent-circle = yuxarı qurumlar qapalı dövrə əmələ gətirir ({ $circle }): qurum, hətta başqaları vasitəsilə də, öz-özünün yuxarı qurumu ola bilməz; bu yuxarı qurumlardan birini silin
model-integrity-is-part-of = tərkibindədir:
model-integrity-relation-circle = sənədlər qapalı dövrə əmələ gətirir ({ $circle }): səhv olan əlaqəni silin
model-integrity-direction-control = görünməyən yazı istiqaməti simvolu ({ $code }) var, { $position } nömrəli simvol: mətn yazıldığından fərqli sırada göstərilir; onu silib adı yenidən yazın

## Sahənin adı: "Vəzifə 1: ad".

model-field-aliases = digər adlar
model-field-author = müəllif
model-field-change-percent = faizlə dəyişiklik
model-field-city = şəhər
model-field-commission = komissiya
model-field-countries = ölkələr
model-field-country = ölkə
model-field-date = tarix
model-field-description = təsvir
model-field-diplomatic-relations-established = diplomatik münasibətlərin qurulma tarixi
model-field-due = icra müddəti
model-field-embassies = səfirliklər
model-field-end = bitmə tarixi
model-field-established = yaradılma tarixi
model-field-former-names = əvvəlki adlar
model-field-from = başlanğıc
model-field-home-country = öz ölkəmiz
model-field-institution = qurum
model-field-iso-code = ISO kodu
model-field-label = ad
model-field-name = ad
model-field-name-variants = digər yazılışlar
model-field-opened-on = açılma tarixi
model-field-parent = yuxarı qurum
model-field-participants = iştirakçılar
model-field-parties = tərəflər
model-field-period = dövr
model-field-person = şəxs
model-field-place = yer
model-field-plan = fəaliyyət planı
model-field-position = vəzifə
model-field-positions = vəzifələr
model-field-published-at = dərc tarixi
model-field-publisher = nəşr edən
model-field-relations = əlaqələr
model-field-responsible = məsul tərəflər
model-field-session-number = iclasın nömrəsi
model-field-short-name = qısa ad
model-field-signatories = imzalayanlar
model-field-signed-at-meeting = imzalandığı görüş
model-field-signed-at-place = imzalandığı yer
model-field-signed-on = imzalanma tarixi
model-field-sources = mənbələr
model-field-start = başlama tarixi
model-field-status-history = status tarixçəsi
model-field-strategic-partnerships = strateji tərəfdaşlıq bəyannamələri
model-field-target = əlaqəli sənəd
model-field-title = ad
model-field-to = son
model-field-topics = mövzular
model-field-unit = ölçü vahidi
model-field-until = istifadənin son günü
model-field-url = veb ünvan
model-field-validity = qüvvədə olma müddəti
model-field-value = dəyər

model-element-aliases = Digər ad
model-element-countries = Ölkə
model-element-embassies = Səfirlik
model-element-former-names = Əvvəlki ad
model-element-name-variants = Digər yazılış
model-element-participants = İştirakçı
model-element-parties = Tərəf
model-element-positions = Vəzifə
model-element-relations = Əlaqə
model-element-responsible = Məsul tərəf
model-element-signatories = İmzalayan
model-element-sources = Mənbə
model-element-status-history = Status mərhələsi
model-element-strategic-partnerships = Bəyannamə
model-element-topics = Mövzu
model-element-item = Element
model-field-element = { $element } { $number }
model-field-inner = { $inner } ({ $outer })
model-field-path = { $prefix }{ $field }

## Yadda saxlama.

model-save-failed = { $path } yadda saxlanılmadı: { $step }: { $error }
model-save-step-encrypt = iş sahəsi şifrələnərkən
model-save-step-create = həmin qovluqda müvəqqəti fayl yaradılarkən
model-save-step-write = müvəqqəti fayl yazılarkən
model-save-step-permissions = faylın giriş hüquqları köçürülərkən
model-save-step-sync = müvəqqəti fayl diskə yazılarkən
model-save-step-backup = əvvəlki versiya ehtiyat nüsxə kimi saxlanılarkən
model-save-step-backups-folder = əvvəlki versiya ehtiyat nüsxələr qovluğunda saxlanılarkən
model-save-step-replace = fayl əvəz edilərkən
model-save-disk-full = Diskdə yer qalmayıb.
model-save-permission = Oraya yazmaq üçün icazəniz yoxdur.
model-save-folder-gone = Qovluq artıq mövcud deyil (disk çıxarılıb və ya qovluğun adı dəyişdirilib?).
model-save-read-only = Disk yalnız oxumaq üçündür.
model-save-too-large = Fayl bu disk üçün çox böyükdür.
model-save-timed-out = Disk vaxtında cavab vermədi.
model-save-not-written = Fayl yazıla bilmədi.
model-save-while = Xəta { $step } baş verdi: { $error } ({ $path }).

## Faylın açılması.

model-open-cannot-read = { $path } oxuna bilmir: { $error }
model-open-converted = { $encoding } kodlaşdırmasından çevrilib: { $file } Accord-un yazdığı UTF-8 kodlaşdırmasında deyil, ona görə çevrilmiş şəkildə göstərilir, fayl isə dəyişdirilmir. "Fərqli saxla…" onu yeni adla saxlayır.
model-open-read-only = Yalnız oxumaq üçün: { $file } yalnız oxumaq üçün qeyd olunub (giriş hüquqları yazmağa icazə vermir). Surətini yeni adla saxlayın və ya faylın sahibindən dəyişikliklərə icazə verməsini xahiş edin.
model-save-changed-on-disk = { $path } açıldıqdan sonra başqası tərəfindən dəyişdirilib

## Açılmayan şifrələnmiş fayl.

model-decrypt-needs-passphrase = fayl şifrələnib və parol tələb edir
model-decrypt-wrong-passphrase = parol yanlışdır
model-decrypt-too-much-work = parol açarı Accord-un qəbul etdiyindən (2^{ $accepted }) çox iş tələb edir (scrypt 2^{ $required }); fayl zərərli ola bilər və ya Accord-un xeyli yeni versiyasında yaradılıb
model-decrypt-damaged = şifrələnmiş fayl zədələnib ({ $reason }); o, natamam ola bilər və ya yazıldıqdan sonra dəyişdirilib
model-decrypt-not-an-age-key = onun açarı age açarı deyil
model-decrypt-no-accord-key = bu age faylıdır, lakin Accord tərəfindən yazılmayıb: içində Accord açarı yoxdur
model-forgetting-passphrase = Bu parolu unutsanız, heç kim bu iş sahəsini bir daha aça bilməyəcək: nə siz, nə İT şöbəniz, nə də Accord-un hazırlayanları. Onu bərpa etməyin heç bir yolu yoxdur. Parolu yazın və noutbukdan ayrı saxlayın.

## Oxunmayan fayl.

model-load-restore = son yadda saxlanılmış versiyalar "Fayl > Ehtiyat nüsxədən bərpa et…" bölməsində və faylın yanındakı .bak faylındadır
model-load-cut-in-letter = fayl { $line } nömrəli sətirdə (mövqe { $offset }) hərfin ortasında bitir: deyəsən, kəsilib, məsələn, köçürmə yarımçıq qalıb və ya disk dolub; { $restore }
model-load-not-text = mətn deyil: { $offset } mövqeyindəki bayt ({ $line } nömrəli sətir) iş sahəsi faylında ola bilməz; bu, düzgün fayldırmı?
model-load-other-encoding = fayl Accord-un yazdığı UTF-8 kodlaşdırmasında deyil, { $encoding } kodlaşdırmasındadır: onu başqa proqram belə saxlayıb (Accord-un oxuya bilmədiyi ilk bayt { $offset } mövqeyində, { $line } nömrəli sətirdədir). Onu Accord pəncərəsində açın: fayl çevrilmiş şəkildə göstəriləcək, "Fərqli saxla…" isə onu yeni adla saxlayır
model-load-zero-tail = fayl { $line } nömrəli sətirdən sonra { $count } sıfır baytla bitir: fayl yazılarkən elektrik kəsiləndə və ya USB yaddaş çıxarılanda belə olur; { $restore }
model-load-empty = fayl boşdur ({ $holds }): yaradılıb, lakin yazılmayıb və ya boşaldılıb; { $restore }
model-load-empty-nothing = içində heç bir hərf yoxdur
model-load-empty-blank = yalnız boşluqlar və sətir keçidləri var
model-load-two-marks = fayl iki bayt sırası nişanı ilə başlayır (bəzi redaktorların əlavə etdiyi görünməz simvollar): ən əvvəldəki artıq nişanı silin və ya faylı Accord-da açıb yadda saxlayın
model-load-cut-off = fayl { $line } nömrəli sətrin ortasında ({ $column } nömrəli sütun) bitir: deyəsən, kəsilib, məsələn, köçürmə yarımçıq qalıb və ya disk dolub; { $restore }
model-load-look-alike = sətir { $line }, sütun { $column }: faylda adi { $plain } olmalı olan yerdə { $what } ({ $letter }) var: yəqin, mətn redaktoru və ya e-poçt proqramı onu dəyişib; orada adi { $plain } yazın
model-load-non-breaking-space = bölünməz boşluq
model-load-plain-space = boşluq
model-load-curly-quote = dairəvi dırnaq işarəsi
model-load-curly-apostrophe = dairəvi apostrof
model-load-straight-quote = düz dırnaq (")
model-load-second-workspace = sətir { $line }, sütun { $column }: birincinin sonundan sonra burada ikinci iş sahəsi başlayır: iki fayl birləşdirilib. İstədiyinizi saxlayın, digərini silin
model-load-more-after-end = sətir { $line }, sütun { $column }: iş sahəsinin sonundan (sonuncu { "}" } işarəsindən) sonra da mətn var: ondan sonrakıları silin və ya əvvəlki versiyanı bərpa edin; { $restore }
model-load-merge-markers = faylda başa çatmamış git birləşməsi var: { $lines } nömrəli sətirlərdə konflikt nişanları. <<<<<<< ilə ======= arasında bir versiya, ======= ilə >>>>>>> arasında digəridir: düzgün sətirləri saxlayın, qalanlarını və nişan sətirlərini silin (və ya faylda `git checkout --ours` və ya `--theirs` icra edin), sonra onu yenidən açın
model-load-no-time-zone = { $quoted } vaxt qurşağı olmadan yazılıb, ona görə nə vaxt olduğu aydın deyil: onu vaxt qurşağı ilə yazın, məsələn, UTC üçün "{ $text }Z"
model-load-session-number = { $number } iclas nömrəsi deyil: iclaslar 1, 2, 3 və s. nömrələnir
model-load-not-a-number = { $text } ədəd deyil: rəqəmi yazın (məsələn, 215.5) və ya sahəni silin

## JSON oxuyucusunun sözlərinin mənası.

model-json-expected-value = burada dəyər olmayan nəsə var (dəyər qoşa dırnaq içində mətn, ədəd, true, false, null, [siyahı] və ya { "{" }qrup{ "}" } olur)
model-json-expected-comma-or-brace = vergül və ya qrupu bağlayan { "}" } çatışmır
model-json-expected-comma-or-bracket = vergül və ya siyahını bağlayan ] çatışmır
model-json-expected-colon = sahə adından sonrakı iki nöqtə çatışmır
model-json-key-not-quoted = sahə adı qoşa dırnaq içində deyil
model-json-trailing-comma = bağlayan mötərizədən əvvəl vergül var, ondan sonra isə heç nə yoxdur
model-json-control-character = mətndə sətir keçidi və ya başqa idarəedici simvol var: faylda mətn bir sətirdə qalır (
 sətir keçidini bildirir)
model-json-invalid-escape = mətndəki tərs xətt düzgün escape ardıcıllığı başlatmır (tərs xətt üçün \ yazın)
model-json-too-deep = siyahılar və ya qruplar 128 səviyyədən dərin iç-içədir: Accord belə fayl heç vaxt yazmır
model-json-number-too-large = ədəd oxunmaq üçün çox böyükdür
model-json-invalid-number = ədəd düzgün yazılmayıb
model-json-unclosed-text = mətn qoşa dırnaqla bağlanmayıb

## Qeydin oxunmayan sahəsi.

model-field-missing = { $field } yoxdur: burada o mütləqdir
model-field-unknown = Accord-un burada tanıdığı sahə deyil (yazı səhvi və ya başqa proqramın sahəsi?): adını dəyişin və ya silin
model-field-unknown-variant = { $value } burada icazə verilən dəyərlərdən deyil ({ $allowed })
model-field-invalid-id = düzgün identifikator deyil; identifikator belə görünür: "6b3195e1-29a0-5fa0-8289-789901810766"
model-found-instead = { $expected } olmalı olan yerdə { $found } var
model-found-null = heç nə (null)
model-found-group = sahələr qrupu
model-found-list = siyahı
model-found-number = { $number } ədədi
model-found-text = { $text } mətni
model-expected-text = mətn
model-expected-id = identifikator (məsələn, "6b3195e1-29a0-5fa0-8289-789901810766")
model-expected-whole-number = tam ədəd
model-expected-number = ədəd
model-expected-list = siyahı
model-expected-boolean = true və ya false
model-expected-record = { $kind ->
    [country] ölkə qeydi
    [institution] qurum qeydi
    [person] şəxs qeydi
    [document] sənəd qeydi
    [activity] tədbir qeydi
    [commission] komissiya qeydi
    [meeting] görüş qeydi
    [indicator] göstərici qeydi
    [source] mənbə qeydi
   *[other] { $kind } qeydi
}

## İş sahəsi faylının yüklənməsi.

model-load-not-json = { $line } nömrəli sətirdə, { $column } nömrəli sütunda düzgün JSON deyil: { $message }. Fayl əl ilə və ya başqa proqramla dəyişdirilib: onu orada mətn redaktorunda düzəldin və ya əvvəlki versiyanı bərpa edin (Fayl > Ehtiyat nüsxədən bərpa et…)
model-load-json-reader-says = { $plain } (JSON oxuyucusu deyir: { $message })
model-load-reader-says = { $plain } (oxuyucu deyir: { $message })
model-load-not-a-workspace = Accord iş sahəsi deyil: { $why }
model-load-newer-version = Accord-un daha yeni versiyası ilə yazılıb (format versiyası { $found }; bu versiya { $readable } versiyasına qədər oxuyur): onu açmaq üçün Accord-u yeniləyin
model-load-problems-found = { $count } problem tapıldı:
model-load-more-problems = … və daha { $count } problem, cəmi { $total }: bu qədər zədələnmiş faylı, yəqin, başqa proqram yazıb; ilk problemlər yuxarıdadır
model-load-not-an-object = fayl JSON-dur, lakin obyekt deyil
model-load-unknown-field = { $field }: naməlum sahə
model-load-home-country-missing = workspace.home_country: iş sahəsində olmayan { $id } ölkəsinə istinad edir
model-load-header-twice = "{ $key }" faylın əvvəlində iki dəfə verilib ({ $earlier } və { $later }), ona görə faylın Accord-un hansı versiyası üçün olduğu aydın deyil; düzgününü saxlayın, digərini silin
model-load-key-twice = { $field }: iki dəfə verilib ({ $earlier } və { $later }); Accord yalnız birini saxlayardı, ona görə səhv olanı silin
model-load-inexact-number = { $place }sətir { $line }, sütun { $column }: { $written } ədədində Accord-un saxlaya biləcəyindən çox rəqəm var (o, { $kept } kimi saxlanılardı): onu ən çoxu 15 əhəmiyyətli rəqəmlə və ya daha böyük vahiddə yazın
model-load-wrong-format = format { $found } kimi verilib, "{ $expected }" gözlənilirdi
model-load-no-format = "format": "{ $expected }" başlığı yoxdur
model-load-wrong-version = versiya { $found } kimi verilib, 1 ilə { $newest } arasında tam ədəd gözlənilirdi
model-load-no-version = versiya yoxdur, 1 ilə { $newest } arasında tam ədəd gözlənilirdi
model-load-settings-not-an-object = workspace: obyekt gözlənilirdi
model-load-name-not-text = workspace.name: mətn gözlənilirdi, { $found } verilib
model-load-not-a-list = { $collection }: qeydlər massivi gözlənilirdi
model-load-id-twice = { $place }: id: { $id } həm də { $first } qeydinin identifikatorudur
model-load-tombstones-not-a-list = tombstones: silinmiş qeydlər massivi gözlənilirdi
model-load-tombstone-of-present = tombstones[{ $index }]: { $kind ->
    [country] ölkə
    [institution] qurum
    [person] şəxs
    [document] sənəd
    [activity] tədbir
    [commission] komissiya
    [meeting] görüş
    [indicator] göstərici
   *[source] mənbə
} { $label } silinmiş kimi göstərilir, lakin iş sahəsindədir: qeyd lazımdırsa, silinmə qeydini götürün
model-load-conflicts-not-a-list = conflicts: həll edilməli konfliktlər massivi gözlənilirdi

## Ehtiyat nüsxələr.

model-backup-earlier-passphrase = əvvəlki parolla şifrələnib

## Faylın tarixçəsi.

model-version-id-invalid = { $text } versiya identifikatoru deyil (32 kiçik onaltılıq rəqəm olmalıdır)
model-tombstone-kind-invalid = kind { $kind } qeyd növü deyil (bunlardan biri olmalıdır: { $kinds })

## Parolun etibarlılığı.

model-passphrase-too-weak = çox zəifdir: ən azı { $count } simvol
model-passphrase-weak = zəif
model-passphrase-fair = orta
model-passphrase-strong = güclü

# Record fields in a merge's conflict that no check names: "Romania: notes".
model-key-notes = qeydlər
model-key-outcomes = nəticələr
model-key-kind = növ
# Same in every language.
model-key-status = status
model-key-side = tərəf
model-key-text = mətn
