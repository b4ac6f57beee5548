# Название записи на других языках.

names-not-a-language-code = «{ $code }» — не код языка: нужны две или три строчные буквы, например az
names-blank = название на языке { $code } пустое

names-search-field = Название на другом языке

names-field = названия на других языках

names-repeated-language = название на языке { $code } уже есть
names-element = Название на другом языке
names-field-language = язык

# The form rows of names in other languages.
names-form-label = На других языках
names-form-add = Добавить название
names-form-language = Язык { $number }
names-form-name = Название { $number }

names-page-filed-as = Основное название
