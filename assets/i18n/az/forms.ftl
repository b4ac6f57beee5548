# forms: hər qeyd növünün forması, sahələri, seçiciləri və düymələri.
# Sahələrin adları ekran oxuyucularının səsləndirdiyi adlardır.

## Formaların başlıqları və düymələr

# Formanın başlığı. $kind qeydin növüdür, sənəd və ya görüş üçün onun
# öz növü ("document-agreement", "meeting-signing"); $noun həmin növün
# kiçik hərflə adıdır.
forms-title-new = { $kind ->
    [country] Yeni ölkə
    [institution] Yeni qurum
    [person] Yeni şəxs
    [document] Yeni sənəd
    [document-cooperation-protocol] Yeni əməkdaşlıq protokolu
    [document-agreement] Yeni saziş
    [document-procedural-agreement] Yeni prosedur sazişi
    [document-commission-protocol] Yeni komissiya iclasının protokolu
    [document-action-plan] Yeni fəaliyyət planı
    [document-memorandum] Yeni anlaşma memorandumu
    [document-joint-declaration] Yeni birgə bəyannamə
    [activity] Yeni tədbir
    [commission] Yeni komissiya
    [meeting] Yeni görüş
    [meeting-commission-session] Yeni komissiya iclası
    [meeting-incoming-visit] Yeni qəbul edilən səfər
    [meeting-outgoing-visit] Yeni xaricə səfər
    [meeting-consultation] Yeni məsləhətləşmələr
    [meeting-working-group] Yeni işçi qrupu iclası
    [meeting-signing] Yeni imzalanma mərasimi
    [indicator] Yeni göstərici
    [source] Yeni mənbə
   *[other] Yeni qeyd: { $noun }
}
forms-title-edit = { $kind ->
    [country] Ölkəni redaktə et
    [institution] Qurumu redaktə et
    [person] Şəxsi redaktə et
    [document] Sənədi redaktə et
    [document-cooperation-protocol] Əməkdaşlıq protokolunu redaktə et
    [document-agreement] Sazişi redaktə et
    [document-procedural-agreement] Prosedur sazişini redaktə et
    [document-commission-protocol] Komissiya iclasının protokolunu redaktə et
    [document-action-plan] Fəaliyyət planını redaktə et
    [document-memorandum] Anlaşma memorandumunu redaktə et
    [document-joint-declaration] Birgə bəyannaməni redaktə et
    [activity] Tədbiri redaktə et
    [commission] Komissiyanı redaktə et
    [meeting] Görüşü redaktə et
    [meeting-commission-session] Komissiya iclasını redaktə et
    [meeting-incoming-visit] Qəbul edilən səfəri redaktə et
    [meeting-outgoing-visit] Xaricə səfəri redaktə et
    [meeting-consultation] Məsləhətləşmələri redaktə et
    [meeting-working-group] İşçi qrupu iclasını redaktə et
    [meeting-signing] İmzalanma mərasimini redaktə et
    [indicator] Göstəricini redaktə et
    [source] Mənbəni redaktə et
   *[other] Qeydi redaktə et: { $noun }
}
forms-save-and-add-another = Saxla və yenisini əlavə et
forms-cannot-save = Saxlamaq mümkün deyil: { $problem }
# $count — adı çəkilən problemdən başqa neçə problem var.
forms-cannot-save-more = Saxlamaq mümkün deyil: { $problem } (və daha { $count } problem)
forms-close-question = Dəyişikliklər saxlanılsın?
# $title — formanın başlığı ("Yeni görüş").
forms-close-question-detail = “{ $title }” formasında saxlanılmamış dəyişikliklər var.
forms-more-activities = Digər tədbirlər, hər sətirdə biri
forms-source-text = İstinad edilən mənbənin mətni
forms-source-text-hint = Sahəyə, sonra isə işarələnmiş fakta klikləyin: sahə həmin faktla doldurulacaq.

## Sahənin problemi cümlə kimi: $field sözlə sahədir ("Vəzifə 1: adı"),
## $message modelin ona dair dediyidir.

forms-problem-missing = { $field } göstərilməyib{ $rest }
forms-problem-is = { $field }: { $message }
forms-problem-of = { $field }: { $message }

## Siyahı sətirləri

forms-move-up = Yuxarı köçür
forms-move-down = Aşağı köçür

## Tarixlər, dövrlər və rəqəmlər

forms-date-hint = 3.11.2022 və ya 2022
# Tarix sahəsinin yanındakı, təqvimi açan qısa düymə.
forms-date-pick = Seç…
forms-date-pick-tooltip = Təqvimdə gün seçin
# Dövrün birinci tarix sahəsindən əvvəl.
forms-period-from = başlanğıc
# Dövrün ikinci tarix sahəsindən əvvəl.
forms-period-to = son
# Dövrün altındakı sətir: tarixlərin necə başa düşüldüyü.
forms-period-understood = { $start } — { $end }
forms-period-understood-from = başlanğıc: { $start }
forms-period-understood-to = son: { $end }
# Dövrün başlanğıcının altında.
forms-period-start-required = son tarix göstərildikdə mütləqdir
forms-required = mütləqdir
# İclas nömrəsinin yanındakı qeyd qutusu: nömrə məlumdur.
forms-number-known = məlumdur
# $text — yazılan mətn, dırnaq içində.
forms-not-a-number = { $text } rəqəm deyil
forms-not-a-time = { $text } vaxt deyil; nümunə: 2022-11-03T12:07:00+04:00

## Seçicilər. $kind seçilən qeydin növüdür: country, institution,
## person, document, activity, commission, meeting, indicator, source.

forms-picker-search = { $kind ->
    [country] Ölkələrdə axtar
    [institution] Qurumlarda axtar
    [person] Şəxslərdə axtar
    [document] Sənədlərdə axtar
    [activity] Tədbirlərdə axtar
    [commission] Komissiyalarda axtar
    [meeting] Görüşlərdə axtar
    [indicator] Göstəricilərdə axtar
   *[source] Mənbələrdə axtar
}
forms-picker-choose = { $kind ->
    [country] Ölkə seçin…
    [institution] Qurum seçin…
    [person] Şəxs seçin…
    [document] Sənəd seçin…
    [activity] Tədbir seçin…
    [commission] Komissiya seçin…
    [meeting] Görüş seçin…
    [indicator] Göstərici seçin…
    [source] Mənbə seçin…
   *[other] Seçin: { $kind }…
}
forms-picker-add = { $kind ->
    [country] Ölkə əlavə et…
    [institution] Qurum əlavə et…
    [person] Şəxs əlavə et…
    [document] Sənəd əlavə et…
    [activity] Tədbir əlavə et…
    [commission] Komissiya əlavə et…
    [meeting] Görüş əlavə et…
    [indicator] Göstərici əlavə et…
    [source] Mənbə əlavə et…
   *[other] Əlavə et: { $kind }…
}
forms-picker-type-to-search = Axtarmaq üçün yazın
# Seçicinin göstərdiyindən artıq uyğun nəticə.
forms-picker-more = Daha { $count } nəticə — axtarışı dəqiqləşdirin
forms-picker-no-match = Uyğun nəticə yoxdur
# "Qurum yarat …" düyməsinin yaradacağı qurumun növü.
forms-picker-guessed-kind = Adına görə növü: { $kind }
forms-picker-another-country = Başqa ölkə…
forms-picker-create-country = “{ $name }” ölkəsini yarat
forms-picker-create-person = “{ $name }” şəxsini yarat
forms-picker-create-source = “{ $name }” mənbəsini yarat
forms-picker-create-commission = “{ $name }” komissiyasını yarat
forms-picker-create-institution = “{ $name }” qurumunu yarat (ölkə: { $country })
forms-picker-clear = Təmizlə

## Bir neçə formada olan sahələr

forms-field-name = Adı
forms-field-kind = Növü
forms-field-country = Ölkə
forms-field-parties = Tərəflər
forms-field-notes = Qeydlər
forms-field-sources = Mənbələr

## Ölkə

forms-country-iso-code = ISO kodu
forms-country-aliases = Digər adlar
forms-country-add-alias = Digər ad əlavə et
forms-country-relations-established = Diplomatik münasibətlərin qurulduğu tarix
forms-country-embassies = Səfirliklər
forms-country-add-embassy = Səfirlik əlavə et
forms-country-embassy-side = Səfirlik { $number }: tərəf
forms-country-embassy-city = Səfirlik { $number }: şəhər
forms-country-embassy-opened = Səfirlik { $number }: açılış tarixi
forms-country-strategic-partnerships = Strateji tərəfdaşlıq bəyannamələri

## Qurum

forms-institution-short-name = Qısa adı
# Bu qurumun tabe olduğu qurum.
forms-institution-parent = Tabe olduğu qurum
forms-institution-former-names = Əvvəlki adlar
forms-institution-add-former-name = Əvvəlki ad əlavə et
forms-institution-former-name = Əvvəlki ad { $number }
# $number nömrəli əvvəlki adın işləndiyi son tarix.
forms-institution-former-name-until = Ad { $number } bu tarixədək işlənib

## Şəxs

forms-person-name = Adı və soyadı
forms-person-spellings = Digər yazılışlar
forms-person-add-spelling = Digər yazılış əlavə et
forms-person-positions = Vəzifələr
forms-person-add-position = Vəzifə əlavə et
forms-person-position-title = Vəzifə { $number }: adı
forms-person-position-institution = Vəzifə { $number }: qurum
forms-person-position-from = Vəzifə { $number }: başlama tarixi
forms-person-position-to = Vəzifə { $number }: bitmə tarixi

## Sənəd

forms-document-title = Adı
forms-document-signed-on = İmzalanma tarixi
forms-document-signed-at-place = İmzalanma yeri
forms-document-signed-at-meeting = İmzalandığı görüş
forms-document-signatories = İmzalayanlar
forms-document-add-signatory = İmzalayan əlavə et
forms-document-signatory = İmzalayan { $number }
forms-document-signatory-position = İmzalayan { $number }: vəzifəsi
forms-document-status-history = Status tarixçəsi
forms-document-add-status-step = Mərhələ əlavə et
forms-document-status-step = Mərhələ { $number }: status
forms-document-status-step-date = Mərhələ { $number }: tarix
# Sənədin qüvvədə olduğu dövr.
forms-document-validity = Qüvvədə olma müddəti
forms-document-relations = Əlaqəli sənədlər
forms-document-add-relation = Əlaqə əlavə et
forms-document-relation = Əlaqə { $number }
forms-document-relation-target = Əlaqə { $number }: sənəd

## Tədbir (fəaliyyət planının)

forms-activity-description = Təsviri
forms-activity-plan = Fəaliyyət planı
forms-activity-status = Statusu
# Tədbirin icra müddəti: dövr.
forms-activity-due = İcra müddəti
forms-activity-responsible = Məsul tərəflər

## Komissiya

forms-commission-established = Yaradılma tarixi

## Görüş

forms-meeting-title = Adı
forms-meeting-commission = Komissiya
forms-meeting-session-number = İclasın nömrəsi
forms-meeting-start = Başlanğıc
forms-meeting-end = Son
forms-meeting-place = Yer
forms-meeting-countries = Ölkələr
forms-meeting-participants = İştirakçılar
forms-meeting-topics = Mövzular
forms-meeting-add-topic = Mövzu əlavə et
forms-meeting-outcomes = Nəticələr

## Göstərici

forms-indicator-label = Adı
forms-indicator-period = Dövr
forms-indicator-value = Dəyər
forms-indicator-value-hint = məs. 215,5
forms-indicator-unit = Ölçü vahidi
forms-indicator-change = Dəyişiklik, faizlə
forms-indicator-change-hint = məs. +76,4 (faiz)

## Mənbə

forms-source-title = Başlıq
forms-source-publisher = Nəşr edən
forms-source-author = Müəllif
forms-source-url = Ünvan (URL)
forms-source-published-at = Dərc olunma vaxtı
forms-source-text-as-published = Dərc olunmuş mətn
