# app
app-menu-language = Язык
