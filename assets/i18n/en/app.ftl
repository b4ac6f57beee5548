# app
app-menu-language = Language
