# A record's name in other languages (src/model/names.rs and its form rows).

names-not-a-language-code = "{ $code }" is not a language code: two or three small letters, like az
names-blank = the name in { $code } is blank

# Where Find says a record matched.
names-search-field = Name in another language

# The field in messages: "names: …".
names-field = names in other languages

names-repeated-language = there is already a name in { $code }
names-element = Name in another language
names-field-language = language

# The form rows of names in other languages.
names-form-label = In other languages
names-form-add = Add a name
names-form-language = Language { $number }
names-form-name = Name { $number }

# On a record page whose heading shows another language's name.
names-page-filed-as = Main name
