# app
app-menu-language = Dil
