# forms: формы записей каждого вида, их поля, списки выбора и кнопки.
# Подписи полей — это и имена, которые озвучивают программы экранного доступа.

## Заголовки форм и кнопки

# Заголовок формы. $kind — вид записи, у документа или встречи её
# собственный вид ("document-agreement", "meeting-signing"); $noun — этот
# вид строчными буквами.
forms-title-new = { $kind ->
    [country] Новая страна
    [institution] Новое учреждение
    [person] Новое лицо
    [document] Новый документ
    [document-cooperation-protocol] Новый протокол о сотрудничестве
    [document-agreement] Новое соглашение
    [document-procedural-agreement] Новое процедурное соглашение
    [document-commission-protocol] Новый протокол заседания комиссии
    [document-action-plan] Новый план действий
    [document-memorandum] Новый меморандум о взаимопонимании
    [document-joint-declaration] Новая совместная декларация
    [activity] Новое мероприятие
    [commission] Новая комиссия
    [meeting] Новая встреча
    [meeting-commission-session] Новое заседание комиссии
    [meeting-incoming-visit] Новый входящий визит
    [meeting-outgoing-visit] Новый исходящий визит
    [meeting-consultation] Новые консультации
    [meeting-working-group] Новое заседание рабочей группы
    [meeting-signing] Новая церемония подписания
    [indicator] Новый показатель
    [source] Новый источник
   *[other] Новая запись: { $noun }
}
forms-title-edit = { $kind ->
    [country] Изменить страну
    [institution] Изменить учреждение
    [person] Изменить лицо
    [document] Изменить документ
    [document-cooperation-protocol] Изменить протокол о сотрудничестве
    [document-agreement] Изменить соглашение
    [document-procedural-agreement] Изменить процедурное соглашение
    [document-commission-protocol] Изменить протокол заседания комиссии
    [document-action-plan] Изменить план действий
    [document-memorandum] Изменить меморандум о взаимопонимании
    [document-joint-declaration] Изменить совместную декларацию
    [activity] Изменить мероприятие
    [commission] Изменить комиссию
    [meeting] Изменить встречу
    [meeting-commission-session] Изменить заседание комиссии
    [meeting-incoming-visit] Изменить входящий визит
    [meeting-outgoing-visit] Изменить исходящий визит
    [meeting-consultation] Изменить консультации
    [meeting-working-group] Изменить заседание рабочей группы
    [meeting-signing] Изменить церемонию подписания
    [indicator] Изменить показатель
    [source] Изменить источник
   *[other] Изменить запись: { $noun }
}
forms-save-and-add-another = Сохранить и добавить ещё
forms-cannot-save = Нельзя сохранить: { $problem }
# $count — сколько ещё проблем, кроме названной.
forms-cannot-save-more = Нельзя сохранить: { $problem } (и ещё { $count } { $count ->
    [one] проблема
    [few] проблемы
   *[many] проблем
})
forms-close-question = Сохранить изменения?
# $title — заголовок формы («Новая встреча»).
forms-close-question-detail = В форме «{ $title }» есть несохранённые изменения.
forms-more-activities = Другие мероприятия, по одному в строке
forms-source-text = Текст указанного источника
forms-source-text-hint = Щёлкните поле, затем отмеченный факт — он будет вписан в поле.

## Проблема поля в виде фразы: $field — поле словами («Должность 1:
## название»), $message — что о нём сообщает модель.

forms-problem-missing = { $field }: не указано{ $rest }
forms-problem-is = { $field }: { $message }
forms-problem-of = { $field }: { $message }

## Строки списков

forms-move-up = Переместить вверх
forms-move-down = Переместить вниз

## Даты, периоды и числа

forms-date-hint = 3.11.2022 или 2022
# Короткая кнопка рядом с полем даты, открывающая календарь.
forms-date-pick = Выбрать…
forms-date-pick-tooltip = Выбрать день в календаре
# Перед первым полем даты периода.
forms-period-from = с
# Перед вторым полем даты периода.
forms-period-to = по
# Строка под периодом: даты, как они поняты.
forms-period-understood = { $start } — { $end }
forms-period-understood-from = начало: { $start }
forms-period-understood-to = окончание: { $end }
# Под началом периода.
forms-period-start-required = обязательно, если указано окончание
forms-required = обязательно
# Флажок рядом с номером заседания: номер известен.
forms-number-known = известен
# $text — введённый текст в кавычках.
forms-not-a-number = { $text } — не число
forms-not-a-time = { $text } — не время вида 2022-11-03T12:07:00+04:00

## Списки выбора. $kind — вид выбираемой записи: country, institution,
## person, document, activity, commission, meeting, indicator, source.

forms-picker-search = { $kind ->
    [country] Поиск стран
    [institution] Поиск учреждений
    [person] Поиск лиц
    [document] Поиск документов
    [activity] Поиск мероприятий
    [commission] Поиск комиссий
    [meeting] Поиск встреч
    [indicator] Поиск показателей
   *[source] Поиск источников
}
forms-picker-choose = { $kind ->
    [country] Выберите страну…
    [institution] Выберите учреждение…
    [person] Выберите лицо…
    [document] Выберите документ…
    [activity] Выберите мероприятие…
    [commission] Выберите комиссию…
    [meeting] Выберите встречу…
    [indicator] Выберите показатель…
    [source] Выберите источник…
   *[other] Выберите: { $kind }…
}
forms-picker-add = { $kind ->
    [country] Добавить страну…
    [institution] Добавить учреждение…
    [person] Добавить лицо…
    [document] Добавить документ…
    [activity] Добавить мероприятие…
    [commission] Добавить комиссию…
    [meeting] Добавить встречу…
    [indicator] Добавить показатель…
    [source] Добавить источник…
   *[other] Добавить: { $kind }…
}
forms-picker-type-to-search = Начните вводить для поиска
# Совпадений больше, чем показывает список.
forms-picker-more = Ещё { $count } { $count ->
    [one] запись
    [few] записи
   *[many] записей
} — уточните поиск
forms-picker-no-match = Нет совпадений
# Тип учреждения, которое создаст «Создать учреждение …».
forms-picker-guessed-kind = Тип по названию: { $kind }
forms-picker-another-country = Другая страна…
forms-picker-create-country = Создать страну «{ $name }»
forms-picker-create-person = Создать лицо «{ $name }»
forms-picker-create-source = Создать источник «{ $name }»
forms-picker-create-commission = Создать комиссию «{ $name }»
forms-picker-create-institution = Создать учреждение «{ $name }» (страна: { $country })
forms-picker-clear = Очистить

## Поля, общие для нескольких форм

forms-field-name = Название
forms-field-kind = Тип
forms-field-country = Страна
forms-field-parties = Стороны
forms-field-notes = Примечания
forms-field-sources = Источники

## Страна

forms-country-iso-code = Код ISO
forms-country-aliases = Другие названия
forms-country-add-alias = Добавить другое название
forms-country-relations-established = Установление дипломатических отношений
forms-country-embassies = Посольства
forms-country-add-embassy = Добавить посольство
forms-country-embassy-side = Посольство { $number }: сторона
forms-country-embassy-city = Посольство { $number }: город
forms-country-embassy-opened = Посольство { $number }: дата открытия
forms-country-strategic-partnerships = Декларации о стратегическом партнёрстве

## Учреждение

forms-institution-short-name = Краткое название
# Учреждение, в состав которого входит это.
forms-institution-parent = Входит в состав
forms-institution-former-names = Прежние названия
forms-institution-add-former-name = Добавить прежнее название
forms-institution-former-name = Прежнее название { $number }
# Дата, до которой использовалось прежнее название номер $number.
forms-institution-former-name-until = Название { $number } действовало до

## Персона

forms-person-name = Имя
forms-person-spellings = Другие написания
forms-person-add-spelling = Добавить другое написание
forms-person-positions = Должности
forms-person-add-position = Добавить должность
forms-person-position-title = Должность { $number }: название
forms-person-position-institution = Должность { $number }: учреждение
forms-person-position-from = Должность { $number }: начало
forms-person-position-to = Должность { $number }: окончание

## Документ

forms-document-title = Название
forms-document-signed-on = Дата подписания
forms-document-signed-at-place = Место подписания
forms-document-signed-at-meeting = Подписан на встрече
forms-document-signatories = Подписавшие
forms-document-add-signatory = Добавить подписавшего
forms-document-signatory = Подписавший { $number }
forms-document-signatory-position = Подписавший { $number }: должность
forms-document-status-history = История статусов
forms-document-add-status-step = Добавить этап
forms-document-status-step = Этап { $number }: статус
forms-document-status-step-date = Этап { $number }: дата
# Период, в течение которого документ действует.
forms-document-validity = Срок действия
forms-document-relations = Связанные документы
forms-document-add-relation = Добавить связь
forms-document-relation = Связь { $number }
forms-document-relation-target = Связь { $number }: документ

## Мероприятие (плана действий)

forms-activity-description = Описание
forms-activity-plan = План действий
forms-activity-status = Статус
# Срок исполнения мероприятия: период.
forms-activity-due = Срок исполнения
forms-activity-responsible = Ответственные

## Комиссия

forms-commission-established = Дата создания

## Встреча

forms-meeting-title = Название
forms-meeting-commission = Комиссия
forms-meeting-session-number = Номер заседания
forms-meeting-start = Начало
forms-meeting-end = Окончание
forms-meeting-place = Место
forms-meeting-countries = Страны
forms-meeting-participants = Участники
forms-meeting-topics = Темы
forms-meeting-add-topic = Добавить тему
forms-meeting-outcomes = Итоги

## Показатель

forms-indicator-label = Наименование
forms-indicator-period = Период
forms-indicator-value = Значение
forms-indicator-value-hint = напр. 215,5
forms-indicator-unit = Единица измерения
forms-indicator-change = Изменение, %
forms-indicator-change-hint = напр. +76,4 (в процентах)

## Источник

forms-source-title = Заголовок
forms-source-publisher = Издатель
forms-source-author = Автор
forms-source-url = Адрес (URL)
forms-source-published-at = Время публикации
forms-source-text-as-published = Текст публикации
