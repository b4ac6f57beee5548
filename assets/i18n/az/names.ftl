# Qeydin başqa dillərdəki adı.

names-not-a-language-code = "{ $code }" dil kodu deyil: az kimi iki və ya üç kiçik hərf olmalıdır
names-blank = { $code } dilindəki ad boşdur

names-search-field = Başqa dildə ad

names-field = başqa dillərdə adlar

names-repeated-language = { $code } dilində ad artıq var
names-element = Başqa dildə ad
names-field-language = dil

# The form rows of names in other languages.
names-form-label = Başqa dillərdə
names-form-add = Ad əlavə et
names-form-language = Dil { $number }
names-form-name = Ad { $number }

names-page-filed-as = Qeydiyyat adı
