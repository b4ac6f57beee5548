# Закрытые словари: виды документов, статусы, роли…
model-activity-status-planned = Запланировано
model-activity-status-in-progress = Выполняется
model-activity-status-done = Выполнено
model-activity-status-delayed = Задерживается
model-activity-status-cancelled = Отменено
model-embassy-side-ours = Наше посольство там
model-embassy-side-theirs = Их посольство здесь
model-document-kind-cooperation-protocol = Протокол о сотрудничестве
model-document-kind-agreement = Соглашение
model-document-kind-procedural-agreement = Процедурное соглашение
model-document-kind-commission-protocol = Протокол заседания комиссии
model-document-kind-action-plan = План действий
model-document-kind-memorandum = Меморандум о взаимопонимании
model-document-kind-joint-declaration = Совместная декларация
model-document-kind-other = Другое
model-document-status-draft = Проект
model-document-status-under-negotiation = На переговорах
model-document-status-signed = Подписан
model-document-status-in-force = В силе
model-document-status-expired = Срок истёк
model-document-status-terminated = Прекращён
model-document-status-superseded = Заменён
model-relation-kind-implements = Реализует
model-relation-kind-part-of = Входит в
model-relation-kind-amends = Изменяет
model-relation-kind-supersedes = Заменяет
model-indicator-kind-trade-turnover = Товарооборот
model-indicator-kind-exports = Экспорт
model-indicator-kind-imports = Импорт
model-indicator-kind-other = Другое
model-institution-kind-government = Правительство
model-institution-kind-ministry = Министерство
model-institution-kind-agency = Агентство
model-institution-kind-embassy = Посольство
model-institution-kind-other = Другое
model-meeting-kind-commission-session = Заседание комиссии
model-meeting-kind-incoming-visit = Визит к нам
model-meeting-kind-outgoing-visit = Визит за рубеж
model-meeting-kind-consultation = Консультации
model-meeting-kind-working-group = Рабочая группа
model-meeting-kind-signing = Подписание
model-meeting-kind-other = Другое

## Даты и периоды. $text — введённый текст в кавычках.

model-period = { $start } – { $end }
model-date-shape = { $text } — не дата: укажите год (1995), месяц (2022-05) или день (2022-05-14)
model-date-month = { $text } — неверный месяц
model-date-day = { $text } — такого дня нет
model-date-year = { $text } — вне допустимого диапазона: год от 1000 до 9999
model-date-typed = { $text } — не дата: напишите 1995, ноябрь 2022, 3 ноября 2022, 03.11.2022 или 2022-11-03
model-date-ambiguous = { $text } может означать { $one } или { $other }: напишите 03.11.2022 (день.месяц.год) или 2022-11-03
model-end-before-start = заканчивается ({ $end }) раньше, чем начинается ({ $start })

## Виды записей. $kind — слово вида в файле (country, institution…).

model-kind-country = Страна
model-kind-institution = Учреждение
model-kind-person = Лицо
model-kind-document = Документ
model-kind-activity = Мероприятие
model-kind-commission = Комиссия
model-kind-meeting = Встреча
model-kind-indicator = Показатель
model-kind-source = Источник

model-edit-duplicate-id = { $kind ->
    [country] Страна
    [institution] Учреждение
    [person] Лицо
    [document] Документ
    [activity] Мероприятие
    [commission] Комиссия
    [meeting] Встреча
    [indicator] Показатель
   *[source] Источник
} с идентификатором { $id } уже существует
model-edit-missing = Нет { $kind ->
    [country] страны
    [institution] учреждения
    [person] лица
    [document] документа
    [activity] мероприятия
    [commission] комиссии
    [meeting] встречи
    [indicator] показателя
   *[source] источника
} с идентификатором { $id }
model-edit-referenced = { $label } нельзя удалить, пока на эту запись ссылаются ({ $count }): { $referrers }
model-edit-referrer = { $kind ->
    [country] страна
    [institution] учреждение
    [person] лицо
    [document] документ
    [activity] мероприятие
    [commission] комиссия
    [meeting] встреча
    [indicator] показатель
   *[source] источник
} { $label } ({ $field })
model-missing-record = ({ $kind ->
    [country] страна
    [institution] учреждение
    [person] лицо
    [document] документ
    [activity] мероприятие
    [commission] комиссия
    [meeting] встреча
    [indicator] показатель
   *[source] источник
} отсутствует)

model-undo-add = Добавление { $kind ->
    [country] страны
    [institution] учреждения
    [person] лица
    [document] документа
    [activity] мероприятия
    [commission] комиссии
    [meeting] встречи
    [indicator] показателя
   *[source] источника
} { $label }
model-undo-edit = Изменение { $kind ->
    [country] страны
    [institution] учреждения
    [person] лица
    [document] документа
    [activity] мероприятия
    [commission] комиссии
    [meeting] встречи
    [indicator] показателя
   *[source] источника
} { $label }
model-undo-delete = Удаление { $kind ->
    [country] страны
    [institution] учреждения
    [person] лица
    [document] документа
    [activity] мероприятия
    [commission] комиссии
    [meeting] встречи
    [indicator] показателя
   *[source] источника
} { $label }
model-undo-settings = Изменение настроек рабочей области

model-counts = { $records }: { $countries }, { $institutions }, { $people }, { $documents }, { $activities }, { $commissions }, { $meetings }, { $indicators }, { $sources }
model-count-countries = { $count ->
    [one] { $count } страна
    [few] { $count } страны
   *[many] { $count } стран
}
model-count-institutions = { $count ->
    [one] { $count } учреждение
    [few] { $count } учреждения
   *[many] { $count } учреждений
}
model-count-people = { $count ->
    [one] { $count } лицо
    [few] { $count } лица
   *[many] { $count } лиц
}
model-count-documents = { $count ->
    [one] { $count } документ
    [few] { $count } документа
   *[many] { $count } документов
}
model-count-activities = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
   *[many] { $count } мероприятий
}
model-count-commissions = { $count ->
    [one] { $count } комиссия
    [few] { $count } комиссии
   *[many] { $count } комиссий
}
model-count-meetings = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
   *[many] { $count } встреч
}
model-count-indicators = { $count ->
    [one] { $count } показатель
    [few] { $count } показателя
   *[many] { $count } показателей
}
model-count-sources = { $count ->
    [one] { $count } источник
    [few] { $count } источника
   *[many] { $count } источников
}
