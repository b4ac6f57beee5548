# tools: axtarış və cəld açma, ixrac pəncərəsi, birləşmənin ilkin baxışı,
# ehtimal olunan dublikatlar, təklif olunan qeydlər və mənbənin işarələnmiş mətni.

## Qeydin növü, cümlədə adlandığı kimi ("Əlavə edildi: mənbə …")


## Axtarış (Ctrl+F) və cəld açma (Ctrl+K)

tools-search-label = Bütün qeydlərdə axtarış
tools-search-hint = Adlar, başlıqlar, yerlər, mövzular, qeydlər…
tools-search-preparing = Axtarış hazırlanır…
tools-search-help = Axtarmaq üçün yazın; ↑ ↓ — seçmək, Enter — açmaq, Esc — bağlamaq.
tools-search-no-match = “{ $query }” sorğusuna uyğun heç nə tapılmadı.
tools-search-found = Tapıldı: { $count }
tools-search-more = … və daha { $count }: dəqiqləşdirmək üçün yazmağa davam edin
tools-search-group-country = Ölkələr ({ $count })
tools-search-group-institution = Qurumlar ({ $count })
tools-search-group-person = Əlaqə şəxsləri ({ $count })
tools-search-group-document = Sazişlər və sənədlər ({ $count })
tools-search-group-activity = Tədbirlər ({ $count })
tools-search-group-commission = Komissiyalar ({ $count })
tools-search-group-meeting = Görüşlər ({ $count })
tools-search-group-indicator = Göstəricilər ({ $count })
tools-search-group-source = Mənbələr ({ $count })

## Fayl > İxrac…

tools-export-heading = İxrac
tools-export-format = Fayl formatı
tools-export-table = Cədvəl
tools-export-bom = Excel üçün bayt sırası nişanı (BOM)
tools-export-visit-pack-hint = Səfər paketi üçün bir neçə ölkə seçin: regional səfər üçün vahid arayış.
tools-export-countries = Ölkələr
tools-export-all-countries = Bütün tərəfdaş ölkələr
tools-export-no-countries = Hələ tərəfdaş ölkə yoxdur.
tools-export-period = Dövr
tools-export-from = Başlanğıc
tools-export-to = Son
tools-export-all-dates = Bütün tarixlər üçün hər ikisini boş saxlayın.
tools-export-statuses-as-of = “Gecikmiş” kimi statuslar { $date } tarixinə görə göstərilir.
tools-export-export = İxrac et…
tools-export-choose-country = Ən azı bir ölkə seçin.
tools-export-period-backwards = Dövr başlamazdan ({ $start }) əvvəl bitir ({ $end }).

## Fayl > Nüsxə ilə birləşdir…: ilkin baxış

tools-merge-heading = { $name } faylının bu iş sahəsi ilə birləşdirilməsi
tools-merge-resolve-heading = { $name } faylında qeydə alınmış ziddiyyətlərin həlli
tools-merge-resolve-intro = Tətbiqdən kənar birləşmə (accord merge və ya git) bunları sizin qərarınıza buraxıb. Tətbiq edənədək faylda hər biri üçün saxlanılmış kimi göstərilən dəyər qalır.
tools-merge-origin-given = Hər iki nüsxənin törədiyi versiyaya əsasən üçtərəfli birləşmə.
tools-merge-origin-kept = Hər iki nüsxənin törədiyi versiyaya əsasən üçtərəfli birləşmə ({ $version } versiyası, bu kompüterdə saxlanılan versiyalar arasında tapıldı).
tools-merge-origin-one-copy = Üçtərəfli birləşmə: nüsxələrdən biri digərinin törədiyi versiyanın özüdür ({ $version } versiyası).
tools-merge-origin-not-kept = İkitərəfli birləşmə: hər iki nüsxə { $version } versiyasından törəyib, lakin o, bu kompüterdə saxlanılmır; buna görə fərqlənən hər sahə ziddiyyət sayılır, siyahılar birləşdirilir və yalnız nüsxələrdən birində silinmiş kimi qeyd olunanlar silinir.
tools-merge-origin-unrelated = İkitərəfli birləşmə: ortaq versiya tapılmadı; buna görə fərqlənən hər sahə ziddiyyət sayılır, siyahılar birləşdirilir və yalnız nüsxələrdən birində silinmiş kimi qeyd olunanlar silinir.
tools-merge-changes-three-way = Bu nüsxə: { $ours_added } əlavə edilib, { $ours_changed } dəyişdirilib, { $ours_deleted } silinib. Digər nüsxə: { $theirs_added } əlavə edilib, { $theirs_changed } dəyişdirilib, { $theirs_deleted } silinib.
tools-merge-changes-two-way = Yalnız bu nüsxədə: { $ours } qeyd. Yalnız digər nüsxədə: { $theirs } qeyd. Hər ikisində var, lakin fərqlidir: { $both } qeyd.
tools-merge-apply = Birləşməni tətbiq et
tools-merge-all-mine = Hamısında mənimki
tools-merge-all-theirs = Hamısında onlarınkı
tools-merge-conflicts = { $count ->
        [0] Ziddiyyət yoxdur
       *[other] { $count } ziddiyyət
    }
tools-merge-coming-in = Daxil olur: { $count } qeyd
tools-merge-added = Əlavə edildi: { $kind } { $label }
tools-merge-changed = Dəyişdirildi: { $kind } { $label }
tools-merge-deleted = Silindi: { $kind } { $label }
tools-merge-combined = Birləşdirildi: { $kind } { $label }
tools-merge-record = { $kind } { $label }
tools-merge-settings = İş sahəsinin parametrləri
tools-merge-deleted-here = { $subject }: burada silinib, digər nüsxədə dəyişdirilib
tools-merge-deleted-there = { $subject }: digər nüsxədə silinib, burada dəyişdirilib
tools-merge-mine-changed-by = mənimkini { $name } { $date } tarixində dəyişib
tools-merge-mine-changed = mənimki { $date } tarixində dəyişdirilib
tools-merge-theirs-changed-by = onlarınkını { $name } { $date } tarixində dəyişib
tools-merge-theirs-changed = onlarınkı { $date } tarixində dəyişdirilib
tools-merge-keep-record = Qeydi saxla
tools-merge-delete-it = Onu sil
tools-merge-before = Əvvəl: { $value }
tools-merge-keep-mine = Mənimkini saxla: { $value }
tools-merge-take-theirs = Onlarınkını götür: { $value }
tools-merge-empty = boş

## Redaktə > Ehtimal olunan dublikatlar…

tools-duplicates-heading = Ehtimal olunan dublikatlar
tools-duplicates-none = Bir-birinə bənzəyən qeyd yoxdur.
tools-duplicates-intro = Çox güman ki, eyni olan qeydlər; adətən iki nüsxədə ayrı-ayrılıqda əlavə edilib. Birləşdirmə birinci qeydi hər ikisinin sahələri ilə saxlayır, bütün istinadları ona yönəldir və digərinin identifikatorunu onun ləqəbi kimi saxlayır.
tools-duplicates-pair = “{ $first }” və “{ $second }” ({ $kind })
tools-duplicates-combine = “{ $second }” qeydini “{ $first }” ilə birləşdir

## Təklif olunan qeydlər: mənbənin mətnindən çıxan qaralamalar

tools-proposals-heading = “{ $title }” mənbəyindən qeydlər
tools-proposals-none = Mətndə iş sahəsində hələ olmayan heç nə adı çəkilmir.
tools-proposals-intro = Hər qaralama mənbəyə istinad edir. Səhv olanların işarəsini götürün; saxlanılan qeydi sonra öz səhifəsində redaktə edin.
tools-proposals-keep-all = Hamısını saxla
tools-proposals-drop-all = Hamısını çıxar
tools-proposals-add = { $count } qeyd əlavə et

## Faktları işarələnmiş mənbə mətni

tools-source-marked = İşarələnib:
tools-source-legend-dates = tarixlər
tools-source-legend-figures = rəqəmlər
tools-source-legend-records = bu iş sahəsinin qeydləri
tools-source-legend-people = şəxslər
tools-source-legend-other = başlıqlar, qurumlar, yerlər
tools-fact-date = { $precision ->
        [year] il
        [month] ay
       *[day] gün
    }: { $date }
tools-fact-date-time = { $precision ->
        [year] il
        [month] ay
       *[day] gün
    }: { $date }, { $time }
tools-fact-period = dövr: { $from } – { $to }
tools-fact-amount = məbləğ: { $number } { $unit }
tools-fact-amount-period = məbləğ: { $number } { $unit }, { $period } üzrə
tools-fact-percent = faiz: { $number }%
tools-fact-percent-period = faiz: { $number }%, { $period } üzrə
tools-fact-record-near-miss = ehtimal ki, { $kind } { $name }
tools-fact-record = { $kind } { $name }
tools-fact-title = sənədin adı: { $title }
tools-fact-person = şəxs: { $name }
tools-fact-person-position = şəxs: { $name }, { $position }
tools-fact-institution = qurum: { $name }
tools-fact-place = yer: { $place }
tools-fact-session = { $body }, iclas № { $number }
tools-fact-signed-by = imzalayanlar: { $names }
tools-fact-names-and = { $first } və { $second }
