# app: menyu zolağı, vəziyyət zolağı, pəncərə və onun dialoqları.

## Menyular

app-menu-language = Dil
app-menu-file = Fayl
app-menu-edit = Redaktə
app-menu-view = Görünüş
app-menu-open-recent = Son açılanlar
app-menu-no-recent = Son açılan iş sahəsi yoxdur
app-menu-theme = Mövzu
app-theme-system = Sistemdəki kimi
app-theme-light = Açıq
app-theme-dark = Tünd

## Menyu əmrləri; "…" dialoq açan əmri göstərir.

app-command-new = Yeni iş sahəsi…
app-command-open = Aç…
app-command-open-by-path = Yol ilə aç…
app-command-open-sample = Nümunə iş sahəsini aç
app-command-save-as = Fərqli adla saxla…
app-command-export = İxrac et…
app-command-merge-copy = Surəti birləşdir…
app-command-new-source-from-clipboard = Mübadilə buferindən yeni mənbə…
app-command-merge-report = Son birləşmənin hesabatı…
app-command-encrypt = Parol ifadəsi ilə şifrələ…
app-command-change-passphrase = Parol ifadəsini dəyiş…
app-command-remove-encryption = Şifrələməni götür…
app-command-restore-backup = Ehtiyat nüsxədən bərpa et…
app-command-recover-unsaved = Saxlanmamış işi bərpa et…
app-command-quit = Çıxış
app-command-undo = Geri al
app-command-redo = Təkrarla
app-command-find = Axtar…
app-command-quick-open = Tez keçid…
app-command-workspace-settings = İş sahəsinin parametrləri…
app-command-duplicates = Ehtimal olunan dublikatlar…
app-command-forward = İrəli

## Naviqasiyanın bölmələri

app-section-countries = Ölkələr
app-section-institutions = Qurumlar
app-section-people = Şəxslər
app-section-agreements = Sazişlər
app-section-commissions = Komissiyalar
app-section-meetings = Görüşlər
app-section-action-plans = Fəaliyyət planları
app-section-sources = Mənbələr
# Naviqasiyada qrup başlıqları.
app-section-group-institutions-people = Qurumlar və şəxslər
app-section-group-commissions-meetings = Komissiyalar və görüşlər
app-section-add-country = Ölkə əlavə et…
app-section-add-institution = Qurum əlavə et…
app-section-add-person = Şəxs əlavə et…
app-section-add-agreement = Saziş əlavə et…
app-section-add-commission = Komissiya əlavə et…
app-section-add-meeting = Görüş əlavə et…
app-section-add-activity = Tədbir əlavə et…
app-section-add-source = Mənbə əlavə et…
app-section-empty-countries = Hələ ölkə yoxdur.
app-section-empty-institutions = Hələ qurum yoxdur.
app-section-empty-people = Hələ şəxs yoxdur.
app-section-empty-agreements = Hələ saziş yoxdur.
app-section-empty-commissions = Hələ komissiya yoxdur.
app-section-empty-meetings = Hələ görüş yoxdur.
app-section-empty-action-plans = Hələ fəaliyyət planı yoxdur.
app-section-empty-sources = Hələ mənbə yoxdur.
app-section-needs-country = Əvvəlcə ölkə əlavə edin: hər qurum bir ölkəyə aiddir.
app-section-needs-action-plan = Əvvəlcə fəaliyyət planı əlavə edin (“Fəaliyyət planı” növündə saziş).

## Ekran oxuyucusunun sadaladığı sahələr və naviqasiya düymələri

app-region-menu-bar = Menyu zolağı
app-region-status = Vəziyyət
app-region-navigation = Naviqasiya
app-region-record = Qeyd
app-nav-back = ← Geri
app-nav-back-hint = Geri (Alt+←)
app-nav-forward = İrəli →
app-nav-forward-hint = İrəli (Alt+→)
# İmtinadan sonra: atılan formanın növü ("yeni ölkə").
app-discarded = İmtina edildi: { $form }
app-reopen-discarded = Atılmış qaralamanı yenidən aç
app-record-gone = Bu qeyd artıq mövcud deyil.

## Pəncərənin başlığı və vəziyyət zolağı

app-title-locked = 🔒 Kilidlənib — Accord
# Vəziyyət zolağında, faylın yolunun yerində.
app-status-not-saved-yet = hələ saxlanmayıb
app-status-unsaved-changes = saxlanmamış dəyişikliklər var
app-status-clipboard-empty = Mübadilə buferində mənbə yaratmaq üçün mətn yoxdur.
app-status-discarded = Dəyişikliklərdən imtina edildi ({ $form })
app-status-form-open = Əvvəlcə formanı saxlayın və ya ləğv edin.
app-read-only = Yalnız oxumaq üçün: { $reason }
app-read-only-refusal = Bu iş sahəsi yalnız oxumaq üçündür: { $reason }
app-read-only-newer =
    { $file } Accord-un daha yeni versiyası ilə yazılıb (format versiyası { $version }; bu versiya { $supported } versiyasına qədər oxuyur). Onu dəyişmək üçün Accord-u yeniləyin.
app-status-saved-record = Saxlanıldı: { $record } (hələ diskə yazılmayıb)
app-status-cannot-save = Saxlamaq mümkün deyil: { $error }
app-status-cannot-create = Qeydi yaratmaq alınmadı: { $error }
# Redaktə > Geri al menyusunda addımın adı.
app-undo-add-records = “{ $source }” mənbəyindən { $count } qeyd əlavə et
app-status-added-records = “{ $source }” mənbəyindən { $count } qeyd əlavə edildi (“Geri al” onları geri qaytarır)
app-status-deleted = “{ $record }” silindi (“Geri al” onu bərpa edir)
# $done görülən işi bildirir ("X ilə Y-ni birləşdir").
app-status-combined = { $done } (“Geri al” bunu geri qaytarır)
app-status-undone = Geri alındı
app-status-undone-step = Geri alındı: { $step }
app-status-redone = Təkrarlandı
app-status-redone-step = Təkrarlandı: { $step }
app-status-exporting-to = İxrac edilir: { $path }…
app-status-exporting = İxrac edilir: { $path }…
# Yeni iş sahəsinin standart adı.
app-new-workspace-name = Yeni iş sahəsi
app-status-new-workspace = Yeni iş sahəsi: başlamaq üçün ölkə əlavə edin.
app-status-sample = Nümunə iş sahəsi: surətini saxlamaq üçün “Fərqli adla saxla…” seçin.
app-error-sample-damaged = Nümunə iş sahəsi zədələnib: { $error }
app-status-saving = Saxlanılır: { $path }…
app-status-opened-with-problems = { $path } problemlərlə açıldı; fayl dəyişdirilməyib.
app-status-opened = Açıldı: { $path }
app-status-not-saved = Saxlanmadı
app-save-failed-unchanged = Dəyişiklikləriniz yerindədir, lakin saxlanmayıb; diskdəki fayl dəyişməyib.
app-open-failed = { $path } açıla bilmədi; fayl dəyişdirilməyib.
app-status-background-failed = Arxa fonda iş alınmadı
app-error-background-bug = Accord arxa fonda işləyərkən xətaya rast gəldi ({ $message }). Açıq iş sahəsi olduğu kimi qalıb; saxlanmamış dəyişikliklər varsa, onları saxlayın.
app-status-could-not-open = { $path } açıla bilmədi
app-status-saved-file = Saxlanıldı: { $path }
app-status-exported = İxrac edildi: { $path }
app-status-not-exported = İxrac edilmədi
app-error-export = { $path } faylına ixrac alınmadı: { $error }
app-status-recovery-write-failed = Bərpa faylını yazmaq alınmadı: { $error }
app-status-recovery-folder-unusable = Bərpa qovluğundan istifadə etmək mümkün deyil: { $error }
app-status-nothing-to-recover = Bərpa ediləcək saxlanmamış iş yoxdur.
app-status-restored = { $time } tarixindən { $count } saxlanmamış dəyişiklik bərpa edildi
app-status-backup-opened = { $file } faylının { $time } tarixli ehtiyat nüsxəsi yeni, saxlanmamış sənəd kimi açıqdır.
app-status-file-gone = { $path } artıq yoxdur; saxladıqda yenidən yazılacaq.
app-status-kept-version = Sizin versiyanız saxlanılıb: “Fayl > Saxlanmamış işi bərpa et…” onu qaytarır.
app-error-keep-failed = Sizin versiyanızı bərpa faylı kimi saxlamaq alınmadı, ona görə də fayl yenidən yüklənmədi: { $error }
app-status-no-recovery-folder = Bərpa qovluğu təyin edilməyib.
app-status-backups-need-file = Ehtiyat nüsxələr saxlanmış iş sahələri üçün aparılır; bu iş sahəsinin hələ faylı yoxdur.
app-status-no-backups-folder = Ehtiyat nüsxələr qovluğu təyin edilməyib.

## Birləşmə və dublikatlar

app-merge-report-merged = { $name } bu iş sahəsi ilə birləşdirildi.
app-merge-report-by = Birləşdirən: { $officer }.
app-merge-report-heading = Son birləşmənin hesabatı
app-merge-report-kept-in = Ehtiyat nüsxələrlə birlikdə saxlanılıb: { $path }
app-merge-report-not-kept = Onu ehtiyat nüsxələrlə birlikdə saxlamaq alınmadı: { $error }
app-status-looking-for-duplicates = Ehtimal olunan dublikatlar axtarılır…
app-status-duplicates-stale = İş sahəsi bu arada dəyişdi: dublikatları yenidən axtarın
app-status-duplicate-pairs = { $count } ehtimal olunan dublikat cütü
app-status-reading = Oxunur: { $path }…
app-status-recorded-conflicts = { $path } faylında həll edilməli { $count } ziddiyyət var: seçim edin, sonra “Birləşməni tətbiq et”
app-status-merge-nothing = { $path } faylında bu iş sahəsində olmayan heç nə yoxdur
app-status-merging = { $path } birləşdirilir: seçim edin, sonra “Birləşməni tətbiq et”
app-status-could-not-read = { $path } oxuna bilmədi
app-status-merge-stale = Birləşmə hazırlanarkən bu iş sahəsi dəyişdi: { $name } ilə yenidən birləşdirin
app-status-resolved = { $name } faylında { $count } ziddiyyət həll edildi (hələ saxlanmayıb; “Geri al” bunu geri qaytarır)
app-status-merged = { $name } birləşdirildi: { $count } qeyd (hələ saxlanmayıb; “Geri al” bunu geri qaytarır)
# Birləşmədən sonrakı mesaja əlavə olunur: $status həmin mesajdır.
app-status-merge-kept = { $status }; { $count } qeyd istinadlar üçün saxlanıldı
app-merge-kept-deleted = Birləşmə surətlərdən birində silinmiş qeydləri saxladı, çünki nəticədə onlara hələ də istinad olunur:
app-error-merge-not-applied = Birləşmə tətbiq edilmədi: { $error }

## Zədələnmiş fayl

app-repair-banner = Bu faylda { $count } problem var. Siz saxlayana qədər heç nə yazılmır və saxladıqda yeni ad soruşulur.
app-repair-hide = Problemləri gizlət
app-repair-show = Problemləri göstər
app-repair-window = Bu fayldakı problemlər
app-repair-intro = Oxuna bilməyən qeydlər buraxılıb; qalanları fayldakı kimidir.
app-repair-go-to-record = Qeydə keç

## Sistemin fayl dialoqları

app-file-dialog-open = İş sahəsini aç
app-file-dialog-workspace-files = Accord iş sahəsi
app-file-dialog-all-files = Bütün fayllar

## Dialoqlar

app-error-heading = Nəsə səhv getdi
app-settings-heading = İş sahəsinin parametrləri
app-settings-name = İş sahəsinin adı
app-settings-home-country = Öz ölkəsi
app-settings-officer = Adınız
app-settings-officer-hint = etdiyiniz hər dəyişikliklə qeyd olunur
app-unsaved-heading = Saxlanmamış dəyişikliklər
app-unsaved-new = Yeni iş sahəsi yaratmazdan əvvəl { $name } faylındakı dəyişikliklər saxlanılsın?
app-unsaved-open = Başqa iş sahəsini açmazdan əvvəl { $name } faylındakı dəyişikliklər saxlanılsın?
app-unsaved-quit = Çıxmazdan əvvəl { $name } faylındakı dəyişikliklər saxlanılsın?
app-unsaved-new-unnamed = Yeni iş sahəsi yaratmazdan əvvəl bu iş sahəsindəki dəyişikliklər saxlanılsın?
app-unsaved-open-unnamed = Başqa iş sahəsini açmazdan əvvəl bu iş sahəsindəki dəyişikliklər saxlanılsın?
app-unsaved-quit-unnamed = Çıxmazdan əvvəl bu iş sahəsindəki dəyişikliklər saxlanılsın?
app-unsaved-discard = Dəyişikliklərdən imtina et
# $kind qeydin növüdür ("ölkə"), $record onun adı.
app-delete-heading = “{ $record }” ({ $kind }) silinsin?
app-delete-nothing-refers = Ona heç nə istinad etmir.
app-delete-references-removed = Bunlar ona istinad edir; istinadlar silinəcək:
app-delete-blocked = Bunlar ondan asılı olduqca onu silmək olmaz. Əvvəlcə onları dəyişin və ya silin:
# Silinən qeydə istinad edən qeyd və istinadın getdiyi sahə.
app-delete-referrer-needs = { $kind } “{ $record }” — { $field } (ondan asılıdır)
app-delete-referrer-removed = { $kind } “{ $record }” — { $field } (istinad silinəcək)
app-path-label = Faylın yolu
app-path-title-open = İş sahəsini aç
app-path-title-save-as = İş sahəsini fərqli adla saxla
app-path-title-export = İxrac
app-path-title-export-calendar = Təqvimi ICS formatına ixrac et
app-path-title-merge-copy = Surəti bu iş sahəsi ilə birləşdir
app-path-button-export = İxrac et
app-path-button-merge = Birləşdir

## Parol ifadələri və kilid

# Saxlanmamış işin heç vaxt fayl adı olmayıbsa, onun yerində.
app-passphrase-unsaved-workspace = saxlanmamış iş sahəsi
app-passphrase-wrong = “{ $file }” üçün parol ifadəsi səhvdir. Caps Lock-u və klaviatura düzümünü yoxlayıb yenidən cəhd edin.
app-status-encrypted = “{ $file }” şifrələnib
app-status-opening = Açılır: { $path }…
app-passphrase-heading = Şifrələnmiş iş sahəsi
app-passphrase-ask = “{ $file }” şifrələnib. Açmaq üçün onun parol ifadəsini yazın.
app-passphrase-label = Parol ifadəsi
app-status-not-opened = “{ $file }” açılmadı
app-passphrase-encrypt-heading = Parol ifadəsi ilə şifrələ
app-passphrase-change-heading = Parol ifadəsini dəyiş
app-passphrase-covers = Fayl, onun .bak nüsxəsi, ehtiyat nüsxələri və saxlanmamış iş faylları yalnız bu parol ifadəsi ilə oxuna biləcək.
app-passphrase-again = Yenidən yazın
app-passphrase-strength = Etibarlılıq
app-passphrase-lock-after = Kilidlə
# İstifadəçinin yazdığı dəqiqə sayından sonra.
app-passphrase-lock-minutes = { $count ->
   *[other] dəqiqə istifadəsiz qaldıqda (0: heç vaxt)
}
app-passphrase-advice = Ən yaxşısı: aralarında rəqəm və ya işarə olan, bir-biri ilə əlaqəsiz və başqa heç yerdə istifadə etmədiyiniz dörd-beş söz.
app-passphrase-differ = İki parol ifadəsi fərqlidir.
app-passphrase-encrypt = Şifrələ
app-status-making-key = İş sahəsinin açarı yaradılır…
app-status-passphrase-changed = Parol ifadəsi dəyişdirildi; yeni açarla saxlanılır…
app-status-encrypting = Şifrələmə: iş sahəsi şifrələnmiş şəkildə saxlanılır…
app-error-key-failed = İş sahəsinin açarını yaratmaq alınmadı, ona görə də heç nə şifrələnmədi: { $error }
app-remove-encryption-heading = Şifrələmə götürülsün?
app-remove-encryption-text = İş sahəsi açıq şəkildə saxlanılacaq: noutbuka və ya faylın surətinə sahib olan hər kəs onu oxuya bilər. İndiyədək saxlanmış ehtiyat nüsxələr saxlandıqları parol ifadəsi ilə şifrəli qalır.
app-remove-encryption = Şifrələməni götür
app-status-saving-in-clear = İş sahəsi açıq şəkildə saxlanılır…
app-status-locked-idle = Bir müddət istifadə olunmadığı üçün kilidləndi
app-lock-heading = Kilidlənib
app-lock-text = İş sahəsi { $count } dəqiqə istifadə olunmadıqda gizlədilir. Davam etmək üçün onun parol ifadəsini yazın.
app-lock-unlock = Kilidi aç
app-status-unlocked = Kilid açıldı
app-lock-failed = Kilid açılmadı: { $error }. Yenidən cəhd edin.

## İşin qorunması

app-recover-heading = Saxlanmamış iş tapıldı
app-recover-intro = Accord bu dəyişikliklər saxlanmamış bağlandı. Onları bərpa edin və ya birdəfəlik imtina edin.
app-recover-encrypted-unnamed = Şifrələnmiş iş sahəsi (heç vaxt saxlanmayıb)
app-recover-unnamed = “{ $name }” (heç vaxt saxlanmayıb)
# Saxlanmamış işin aid olduğu faylın qovluğu.
app-recover-folder = qovluq: { $folder }
app-recover-details = { $changes } saxlanmamış dəyişiklik, yazılıb: { $time } — { $records } qeyd
app-recover-restore = Bərpa et
app-recover-later = Sonra qərar ver
app-status-settle-open-first = Əvvəlcə açıq iş sahəsindəki dəyişiklikləri saxlayın və ya onlardan imtina edin.
app-backups-heading = Ehtiyat nüsxədən bərpa
app-backups-intro = { $file } faylının son { $count } saxlanmış versiyası saxlanılır. Seçilən yeni, saxlanmamış sənəd kimi açılır; faylın özü dəyişmir.
app-backups-reading = Ehtiyat nüsxələr oxunur…
app-backups-none = Hələ ehtiyat nüsxə yoxdur: fayl hər dəfə üzərinə yazıldıqda bir nüsxə saxlanılır.
app-backups-open = { $number } nömrəli ehtiyat nüsxəni aç
app-changed-heading = Başqası tərəfindən dəyişdirilib
app-changed-text = { $path } siz onu açandan və ya saxlayandan sonra diskdə dəyişdirilib. Onun üzərinə heç nə yazılmayıb.
app-changed-reload = Onların versiyasını yüklə (sizinki bərpa faylı kimi saxlanılır)
app-changed-save-as = Sizinkini yeni fayl kimi saxla…
app-changed-overwrite = Sizinki ilə üzərinə yaz (onlarınkı ehtiyat nüsxə kimi saxlanılır)
