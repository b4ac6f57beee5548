# Qeydin başqa dillərdəki adı.

names-not-a-language-code = "{ $code }" dil kodu deyil: az kimi iki və ya üç kiçik hərf olmalıdır
names-blank = { $code } dilindəki ad boşdur

names-search-field = Başqa dildə ad

names-field = başqa dillərdə adlar
