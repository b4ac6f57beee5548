# A record's name in other languages (src/model/names.rs and its form rows).

names-not-a-language-code = "{ $code }" is not a language code: two or three small letters, like az
names-blank = the name in { $code } is blank

# Where Find says a record matched.
names-search-field = Name in another language

# The field in messages: "names: …".
names-field = names in other languages
