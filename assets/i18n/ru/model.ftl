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

## Ошибка в поле. Следует за названием поля: "positions[0].title: обязательное поле".

model-problem-required = обязательное поле
model-problem-refers-to-itself = ссылается на саму запись
model-problem-refers-to-missing = ссылается на запись, которой нет в рабочей области: { $kind ->
    [country] страна
    [institution] учреждение
    [person] лицо
    [document] документ
    [activity] мероприятие
    [commission] комиссия
    [meeting] встреча
    [indicator] показатель
   *[source] источник
} { $id }
model-problem-iso-code = { $code } — не код ISO 3166: нужны две заглавные латинские буквы, например TR
model-problem-status-order = { $date } раньше даты шага { $step } ({ $earlier }): шаги идут от старых к новым
model-problem-not-an-action-plan = { $title } — не план действий, а { $kind }
model-problem-start-required = обязательно, если указано окончание
model-problem-session-number = заседания нумеруются с 1
model-problem-value-or-change = укажите значение, изменение в процентах или и то и другое
model-problem-finite = должно быть конечным числом
model-problem-unit-required = обязательно при указанном значении (например, USD million)

## Рабочая область в целом.

model-integrity-shared-id = { $id } — также идентификатор { $kind ->
    [country] страны
    [institution] учреждения
    [person] лица
    [document] документа
    [activity] мероприятия
    [commission] комиссии
    [meeting] встречи
    [indicator] показателя
   *[source] источника
} { $label }: идентификаторы не должны повторяться во всей рабочей области; присвойте одной из записей новый
model-integrity-parent-circle = вышестоящие учреждения замыкаются в круг ({ $circle }): учреждение не может быть вышестоящим для самого себя, даже через другие; удалите одно из этих подчинений
model-integrity-is-part-of = входит в
model-integrity-relation-circle = документы замыкаются в круг ({ $circle }): удалите ошибочную связь
model-integrity-direction-control = содержит невидимый символ направления письма ({ $code }) в позиции { $position }: из-за него текст отображается не в том порядке, в каком написан; удалите его и введите название заново

## Название поля: "Должность 1: название".

model-field-aliases = другие названия
model-field-author = автор
model-field-change-percent = изменение в процентах
model-field-city = город
model-field-commission = комиссия
model-field-countries = страны
model-field-country = страна
model-field-date = дата
model-field-description = описание
model-field-diplomatic-relations-established = дата установления дипломатических отношений
model-field-due = срок исполнения
model-field-embassies = посольства
model-field-end = окончание
model-field-established = дата создания
model-field-former-names = прежние названия
model-field-from = начало
model-field-home-country = своя страна
model-field-institution = учреждение
model-field-iso-code = код ISO
model-field-label = подпись
model-field-name = название
model-field-name-variants = другие написания
model-field-opened-on = дата открытия
model-field-parent = вышестоящее учреждение
model-field-participants = участники
model-field-parties = стороны
model-field-period = период
model-field-person = лицо
model-field-place = место
model-field-plan = план действий
model-field-position = должность
model-field-positions = должности
model-field-published-at = дата публикации
model-field-publisher = издатель
model-field-relations = отношения
model-field-responsible = ответственные
model-field-session-number = номер заседания
model-field-short-name = краткое название
model-field-signatories = подписавшие
model-field-signed-at-meeting = встреча подписания
model-field-signed-at-place = место подписания
model-field-signed-on = дата подписания
model-field-sources = источники
model-field-start = начало
model-field-status-history = история статусов
model-field-strategic-partnerships = декларации о стратегическом партнёрстве
model-field-target = связанный документ
model-field-title = название
model-field-to = окончание
model-field-topics = темы
model-field-unit = единица измерения
model-field-until = действовало до
model-field-url = веб-адрес
model-field-validity = срок действия
model-field-value = значение

model-element-aliases = Другое название
model-element-countries = Страна
model-element-embassies = Посольство
model-element-former-names = Прежнее название
model-element-name-variants = Другое написание
model-element-participants = Участник
model-element-parties = Сторона
model-element-positions = Должность
model-element-relations = Связь
model-element-responsible = Ответственная сторона
model-element-signatories = Подписавший
model-element-sources = Источник
model-element-status-history = Шаг статуса
model-element-strategic-partnerships = Декларация
model-element-topics = Тема
model-element-item = Элемент
model-field-element = { $element } { $number }
model-field-inner = { $inner } ({ $outer })
model-field-path = { $prefix }{ $field }

## Сохранение.

model-save-failed = не удалось сохранить { $path }: { $step }: { $error }
model-save-step-encrypt = шифрование рабочей области
model-save-step-create = создание временного файла в той же папке
model-save-step-write = запись временного файла
model-save-step-permissions = копирование прав доступа к файлу
model-save-step-sync = сброс временного файла на диск
model-save-step-backup = сохранение предыдущей версии как резервной копии
model-save-step-backups-folder = сохранение предыдущей версии в папке резервных копий
model-save-disk-full = Диск заполнен.
model-save-permission = У вас нет прав на запись в это место.
model-save-folder-gone = Папка больше не существует (диск отключён или папка переименована?).
model-save-read-only = Диск доступен только для чтения.
model-save-too-large = Файл слишком велик для этого диска.
model-save-timed-out = Диск не ответил вовремя.
model-save-not-written = Не удалось записать файл.
model-save-while = Этап: { $step }. Ошибка: { $error } ({ $path }).

## Открытие файла.

model-open-cannot-read = не удаётся прочитать { $path }: { $error }
model-open-converted = Преобразовано из { $encoding }: файл { $file } не в кодировке UTF-8, в которой пишет Accord, поэтому он показан преобразованным, а сам файл не изменён. «Сохранить как…» сохранит его под новым именем.
model-open-read-only = Только для чтения: файл { $file } помечен как доступный только для чтения (права доступа не позволяют запись). Сохраните копию под новым именем или попросите владельца файла разрешить изменения.
model-save-changed-on-disk = файл { $path } был изменён кем-то другим после открытия

## Зашифрованный файл не открывается.

model-decrypt-needs-passphrase = файл зашифрован, нужен пароль
model-decrypt-wrong-passphrase = неверный пароль
model-decrypt-too-much-work = ключ пароля требует больше вычислений (scrypt 2^{ $required }), чем допускает Accord (2^{ $accepted }); файл может быть вредоносным или создан гораздо более новой версией Accord
model-decrypt-damaged = зашифрованный файл повреждён ({ $reason }); возможно, он обрезан или изменён после записи
model-decrypt-not-an-age-key = его ключ не является ключом age
model-decrypt-no-accord-key = это файл age, но записан не Accord: в нём нет ключа Accord
model-forgetting-passphrase = Если вы забудете этот пароль, никто больше не сможет открыть эту рабочую область: ни вы, ни ваш ИТ-отдел, ни разработчики Accord. Восстановить его невозможно. Запишите пароль и храните его отдельно от ноутбука.
