# query: xronologiya, təqvim sətirləri, "Növbəti nədir", göstəricilər
# qrafiki, axtarış; birləşdirmə hesabatı və dublikatlar; məqalə oxuyucusunun
# təklifləri.

query-timeline-activity = Tədbir

## Qeyd növləri cümlə daxilində ("Əlavə edilib: ölkə Romania").

query-noun-country = ölkə
query-noun-institution = qurum
query-noun-person = şəxs
query-noun-document = sənəd
query-noun-activity = tədbir
query-noun-commission = komissiya
query-noun-meeting = görüş
query-noun-indicator = göstərici
query-noun-source = mənbə

## Xronologiya və görüşlər

# $ordinal: "10-cu".
query-meeting-session-title = { $commission } — { $ordinal } iclas
query-activity-overdue = Vaxtı keçib ({ $status })
query-no-country = Ölkə göstərilməyib

## Təqvim

query-calendar-kind-commission-session = Komissiya iclası
query-calendar-kind-incoming-visit = Gələn səfər
query-calendar-kind-outgoing-visit = Gedən səfər
query-calendar-kind-consultation = Məsləhətləşmələr
query-calendar-kind-working-group = İşçi qrup
query-calendar-kind-signing = İmzalanma
query-calendar-kind-other-meeting = Digər görüş
query-calendar-kind-document-signed = Sənəd imzalanıb
query-calendar-kind-validity-ends = Qüvvədəolma müddəti bitir
query-calendar-kind-document-expired = Sənədin müddəti bitib
query-calendar-kind-activity-due = Tədbirin son müddəti

query-calendar-signed = İmzalanıb: { $title }
query-calendar-validity-ends = Qüvvədəolma müddəti bitir: { $title }
query-calendar-expired = Müddəti bitib: { $title }
query-calendar-due = Son müddət: { $title }
query-calendar-with-session = { $title } ({ $ordinal } iclas)

query-calendar-month-unknown = { $year }, ay məlum deyil
query-calendar-day-unknown = { $month }, gün məlum deyil
query-calendar-nothing-this-month = Bu ay heç nə yoxdur.
query-calendar-next-days = Növbəti { $count } gün
query-calendar-nothing-due = Gözlənilən və ya planlaşdırılan heç nə yoxdur.
query-calendar-overdue = Vaxtı keçmiş tədbirlər
query-calendar-nothing-overdue = Vaxtı keçmiş heç nə yoxdur.

## Növbəti nədir

# Same in every language.
query-next-meeting = { $kind }: { $title }
query-next-due = son müddət: { $date }
query-next-valid-until = { $date } tarixinədək qüvvədədir
query-next-changed-by = { $when }, dəyişdirən: { $officer }
# Same in every language.
query-next-record = { $kind }: { $label }

## Göstəricilər qrafiki

# Same in every language.
query-chart-citation = { $source }, { $date }
# Same in every language.
query-chart-note = { $name }, { $period }: { $figure }
query-chart-note-part-year = { $name }, { $period } (ilin bir hissəsi): { $figure }

## Axtarış: qeydin tapıldığı sahə

query-field-name = Ad
query-field-iso-code = ISO kodu
query-field-also-called = Digər adı
query-field-embassy = Səfirlik
query-field-notes = Qeydlər
query-field-short-name = Qısa adı
query-field-former-name = Əvvəlki adı
query-field-also-spelled = Digər yazılışı
query-field-position = Vəzifə
query-field-title = Başlıq
query-field-signed-at = İmzalanma yeri
query-field-signed-as = İmzalayanın vəzifəsi
query-field-activity = Tədbir
query-field-place = Yer
query-field-topic = Mövzu
query-field-outcomes = Nəticələr
query-field-indicator = Göstərici
query-field-publisher = Nəşr edən
query-field-author = Müəllif
query-field-address = Ünvan
query-field-text = Mətn

## Birləşdirmə: növü

query-merge-origin-given = Hər iki nüsxənin yarandığı versiyaya əsasən üçtərəfli birləşdirmə.
query-merge-origin-kept = Hər iki nüsxənin yarandığı versiyaya əsasən üçtərəfli birləşdirmə ({ $version } versiyası, bu kompüterdə saxlanılan versiyalar arasında tapılıb).
query-merge-origin-one-copy = Üçtərəfli birləşdirmə: nüsxələrdən biri digərinin yarandığı versiyadır ({ $version } versiyası).
query-merge-origin-not-kept = İkitərəfli birləşdirmə: hər iki nüsxə { $version } versiyasından yaranıb, lakin o, bu kompüterdə saxlanılmayıb; buna görə fərqlənən hər sahə ziddiyyət sayılır, siyahılar birləşdirilir və yalnız nüsxənin silinmə qeydlərində silinmiş kimi göstərilənlər çıxarılır.
query-merge-origin-unrelated = İkitərəfli birləşdirmə: ortaq versiya tapılmadı; buna görə fərqlənən hər sahə ziddiyyət sayılır, siyahılar birləşdirilir və yalnız nüsxənin silinmə qeydlərində silinmiş kimi göstərilənlər çıxarılır.

## Birləşdirmə: xülasə və hesabat

query-merge-conflicts = { $count ->
    [0] Ziddiyyət yoxdur.
   *[other] { $count } ziddiyyət:
}
query-merge-records-changed = Birləşdirmənin bu nüsxədə dəyişdirdiyi qeydlər:
query-merge-three-way-changes = Bu nüsxə: { $ours }. Digər nüsxə: { $theirs }.
query-merge-side-changes = { $added } əlavə edilib, { $changed } dəyişdirilib, { $deleted } silinib
query-merge-two-way-changes = Yalnız bu nüsxədə: { $ours }. Yalnız digər nüsxədə: { $theirs }. Hər ikisində, lakin fərqli: { $different }.
query-merge-added = Əlavə edilib: { $kind } { $label }
query-merge-changed = Dəyişdirilib: { $kind } { $label }
query-merge-deleted = Silinib: { $kind } { $label }
query-merge-combined = Birləşdirilib: { $kind } { $label }
# Same in every language.
query-merge-subject-record = { $kind } { $label }
query-merge-subject-settings = { $label } iş sahəsinin parametrləri
query-merge-deleted-here = { $subject } bu nüsxədə silinib, digər nüsxədə isə dəyişdirilib{ $changed } ({ $keeping })
query-merge-deleted-there = { $subject } digər nüsxədə silinib, bu nüsxədə isə dəyişdirilib{ $changed } ({ $keeping })
query-merge-keeping-it = saxlanılır
query-merge-deleting-it = silinir
query-merge-field-conflict = { $subject }, sahə { $field }: əsas versiya { $base }, bu nüsxə { $ours }{ $ours_changed }, digər nüsxə { $theirs }{ $theirs_changed } ({ $keeping })
query-merge-keeping-ours = bu nüsxənin dəyəri saxlanılır
query-merge-taking-theirs = digər nüsxənin dəyəri götürülür
query-merge-taking-edited = redaktə edilmiş dəyər götürülür
query-merge-changed-by = { $date } tarixində { $by } dəyişdirib
query-merge-changed-on = { $date } tarixində dəyişdirilib
query-merge-empty = boş
query-merge-kept-deleted-here = { $kind } { $label } saxlanıldı: bu nüsxə onu silib, lakin birləşdirilmiş iş sahəsi hələ də ona istinad edir.
query-merge-kept-deleted-there = { $kind } { $label } saxlanıldı: digər nüsxə onu silib, lakin birləşdirilmiş iş sahəsi hələ də ona istinad edir.
query-merge-edit-resolve = Qeydə alınmış { $count } ziddiyyəti həll et
query-merge-edit-merge = Nüsxəni birləşdir ({ $count } qeyd)
query-merge-edit-combine = Birləşdir: { $kind } { $kept } və { $absorbed }

## Birləşdirmə: xətalar

query-merge-error-invalid = birləşdirilmiş { $kind } { $label } düzgün deyil: { $problems }
query-merge-error-unreadable = { $label } üçün seçilmiş dəyər qeydə uyğun gəlmir: { $reason }
query-merge-error-save = { $path } yazıla bilmir: { $reason }
query-merge-error-backup = birləşdirmədən əvvəl { $path } ehtiyat nüsxə kimi saxlanıla bilmədi ({ $reason }); heç nə yazılmadı
query-combine-error-missing = { $id } identifikatorlu { $kind } yoxdur
query-combine-error-not-a-pair = yalnız eyni növdən olan iki fərqli qeyd birləşdirilə bilər
query-combine-error-unreadable = birləşdirilmiş qeyd { $kind } kimi oxuna bilmir: { $reason }
query-combine-error-invalid = birləşdirilmiş { $label } düzgün olmazdı: { $problems }

## Ehtimal olunan dublikatlar

query-duplicate-name = ad eyni oxunur (“{ $name }”)
query-duplicate-title-and-date = başlıq (“{ $name }”) və tarix eynidir
query-duplicate-title = başlıq eyni oxunur (“{ $name }”)
query-duplicate-iso-code = eyni ISO kodu: { $code }
query-duplicate-address = eyni ünvan

## Git birləşdirmə drayverinin quraşdırılması

query-git-not-a-repository = git repozitoriyasının daxilində deyil ({ $reason })
query-git-cannot-read = { $path } oxuna bilmir: { $reason }
query-git-cannot-write = { $path } yazıla bilmir: { $reason }
query-git-already-set-up = { $path } artıq iş sahəsi fayllarını Accord-a göndərir
query-git-added-line = "{ $line }" sətri { $path } faylına əlavə edildi
query-git-no-program-path = bu proqramın yolu tapılmadı: { $reason }
query-git-driver-set = merge.accord.driver üçün { $driver } təyin edildi
query-git-cannot-run = git işə salına bilmir: { $reason }

## Məqalə oxuyucusunun təklifləri

query-propose-person-at = Yeni şəxs: { $name }, { $title } ({ $institution })
query-propose-person-unplaced = Yeni şəxs: { $name } ({ $position }; onun qurumu məlum deyil)
query-propose-document = Yeni sənəd ({ $kind }): { $title }
query-propose-document-signed = Yeni sənəd ({ $kind }): { $title }, imzalanıb: { $date }
query-propose-activity = Fəaliyyət Planının yeni tədbiri: { $description }
query-propose-figure = { $country } üzrə yeni göstərici: { $kind }, { $period }, { $figure }
query-propose-session = Komissiyanın yeni iclası: { $title }
query-propose-relations = { $country }: diplomatik münasibətlər { $date } tarixində qurulub
