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
model-save-step-replace = замена файла
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

## Файл не читается.

model-load-restore = последние сохранённые версии — в «Файл > Восстановить из резервной копии…» и в файле .bak рядом с ним
model-load-cut-in-letter = файл обрывается посреди буквы в строке { $line } (смещение { $offset }): похоже, он обрезан, например, при прерванном копировании или переполненном диске; { $restore }
model-load-not-text = это не текст: байт по смещению { $offset } (строка { $line }) не может быть в файле рабочей области; это тот файл?
model-load-other-encoding = файл в кодировке { $encoding }, а не в UTF-8, в которой пишет Accord: его так сохранила другая программа (первый байт, который Accord не может прочитать, — по смещению { $offset }, строка { $line }). Откройте его в окне Accord: он будет показан преобразованным, а «Сохранить как…» сохранит его под новым именем
model-load-zero-tail = { $count ->
    [one] файл заканчивается { $count } нулевым байтом после строки { $line }: так бывает, если при записи файла отключилось питание или извлекли USB-накопитель; { $restore }
   *[other] файл заканчивается { $count } нулевыми байтами после строки { $line }: так бывает, если при записи файла отключилось питание или извлекли USB-накопитель; { $restore }
}
model-load-empty = файл пуст ({ $holds }): он был создан, но не записан, или очищен; { $restore }
model-load-empty-nothing = в нём нет ни одного символа
model-load-empty-blank = только пробелы и переводы строк
model-load-two-marks = файл начинается с двух меток порядка байтов (невидимых символов, которые добавляют некоторые редакторы): удалите лишнюю в самом начале или откройте файл в Accord и сохраните его
model-load-cut-off = файл обрывается посреди строки { $line } (столбец { $column }): похоже, он обрезан, например, при прерванном копировании или переполненном диске; { $restore }
model-load-look-alike = строка { $line }, столбец { $column }: { $what } ({ $letter }) там, где в файле нужен обычный символ «{ $plain }»: вероятно, его заменил текстовый редактор или почтовая программа; введите там обычный символ «{ $plain }»
model-load-non-breaking-space = неразрывный пробел
model-load-plain-space = пробел
model-load-curly-quote = типографская кавычка
model-load-curly-apostrophe = типографский апостроф
model-load-straight-quote = прямая кавычка (")
model-load-second-workspace = строка { $line }, столбец { $column }: здесь, после конца первой, начинается вторая рабочая область: два файла склеены в один. Оставьте нужную и удалите другую
model-load-more-after-end = строка { $line }, столбец { $column }: после конца рабочей области (её последней { "}" }) есть ещё текст: удалите всё, что идёт после неё, или восстановите более раннюю версию; { $restore }
model-load-merge-markers = в файле незавершённое слияние git: маркеры конфликта в строках { $lines }. Между <<<<<<< и ======= одна версия, между ======= и >>>>>>> другая: оставьте нужные строки, удалите остальные и строки с маркерами (или выполните для файла `git checkout --ours` или `--theirs`), затем откройте его снова
model-load-no-time-zone = у { $quoted } нет часового пояса, поэтому неясно, когда это было: укажите его, например "{ $text }Z" для UTC
model-load-session-number = { $number } — не номер заседания: заседания нумеруются 1, 2, 3 и так далее
model-load-not-a-number = { $text } — не число: напишите значение (например, 215.5) или уберите поле

## Что означают слова программы чтения JSON.

model-json-expected-value = здесь стоит что-то, что не является значением (текст в двойных кавычках, число, true, false, null, [список] или { "{" }группа{ "}" })
model-json-expected-comma-or-brace = не хватает запятой или закрывающей { "}" } группы
model-json-expected-comma-or-bracket = не хватает запятой или закрывающей ] списка
model-json-expected-colon = не хватает двоеточия после имени поля
model-json-key-not-quoted = имя поля не в двойных кавычках
model-json-trailing-comma = перед закрывающей скобкой стоит запятая, после которой ничего нет
model-json-control-character = текст содержит перевод строки или другой управляющий символ: в файле текст занимает одну строку (
 обозначает перевод строки)
model-json-invalid-escape = обратная косая черта в тексте не начинает допустимую escape-последовательность (для обратной косой черты пишите \)
model-json-too-deep = списки или группы вложены глубже 128 уровней: Accord никогда не пишет такие файлы
model-json-number-too-large = число слишком велико для чтения
model-json-invalid-number = число записано неправильно
model-json-unclosed-text = текст не закрыт двойной кавычкой

## Поле записи не читается.

model-field-missing = нет поля { $field }: здесь оно обязательно
model-field-unknown = такого поля Accord здесь не знает (опечатка или поле другой программы?): переименуйте или удалите его
model-field-unknown-variant = { $value } не входит в допустимые здесь значения ({ $allowed })
model-field-invalid-id = недопустимый идентификатор; он выглядит так: "6b3195e1-29a0-5fa0-8289-789901810766"
model-found-instead = { $found } стоит там, где должно быть { $expected }
model-found-null = ничего (null)
model-found-group = группа полей
model-found-list = список
model-found-number = число { $number }
model-found-text = текст { $text }
model-expected-text = текст
model-expected-id = идентификатор (например, "6b3195e1-29a0-5fa0-8289-789901810766")
model-expected-whole-number = целое число
model-expected-number = число
model-expected-list = список
model-expected-boolean = true или false
model-expected-record = { $kind ->
    [country] запись о стране
    [institution] запись об учреждении
    [person] запись о лице
    [document] запись о документе
    [activity] запись о мероприятии
    [commission] запись о комиссии
    [meeting] запись о встрече
    [indicator] запись о показателе
    [source] запись об источнике
   *[other] запись { $kind }
}

## Загрузка файла рабочей области.

model-load-not-json = недопустимый JSON в строке { $line }, столбец { $column }: { $message }. Файл изменили вручную или другой программой: исправьте его в текстовом редакторе или восстановите более раннюю версию («Файл > Восстановить из резервной копии…»)
model-load-json-reader-says = { $plain } (программа чтения JSON сообщает: { $message })
model-load-reader-says = { $plain } (программа чтения сообщает: { $message })
model-load-not-a-workspace = это не рабочая область Accord: { $why }
model-load-newer-version = файл записан более новой версией Accord (версия формата { $found }; эта версия читает до { $readable }): обновите Accord, чтобы открыть его
model-load-problems-found = { $count ->
    [one] Найдена { $count } проблема:
    [few] Найдены { $count } проблемы:
   *[many] Найдено { $count } проблем:
}
model-load-more-problems = … и ещё { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
   *[many] { $count } проблем
}, всего { $total }: столь повреждённый файл, вероятно, записала другая программа; первые проблемы перечислены выше
model-load-not-an-object = файл в формате JSON, но это не объект
model-load-unknown-field = { $field }: неизвестное поле
model-load-home-country-missing = workspace.home_country: ссылается на страну { $id }, которой нет в рабочей области
model-load-header-twice = "{ $key }" указано дважды в начале файла ({ $earlier } и { $later }), поэтому неясно, для какой версии Accord он предназначен; оставьте верное значение и удалите другое
model-load-key-twice = { $field }: указано дважды ({ $earlier } и { $later }); Accord сохранил бы только одно, поэтому удалите неверное
model-load-inexact-number = { $place }строка { $line }, столбец { $column }: в числе { $written } больше цифр, чем может сохранить Accord (оно было бы сохранено как { $kept }): запишите его не более чем 15 значащими цифрами или в более крупных единицах
model-load-wrong-format = format равен { $found }, ожидалось "{ $expected }"
model-load-no-format = нет заголовка "format": "{ $expected }"
model-load-wrong-version = version равен { $found }, ожидалось целое число от 1 до { $newest }
model-load-no-version = нет version, ожидалось целое число от 1 до { $newest }
model-load-settings-not-an-object = workspace: ожидался объект
model-load-name-not-text = workspace.name: ожидалась строка, найдено { $found }
model-load-not-a-list = { $collection }: ожидался массив записей
model-load-id-twice = { $place }: id: { $id } — также идентификатор { $first }
model-load-tombstones-not-a-list = tombstones: ожидался массив удалённых записей
model-load-tombstone-of-present = tombstones[{ $index }]: { $kind ->
    [country] страна
    [institution] учреждение
    [person] лицо
    [document] документ
    [activity] мероприятие
    [commission] комиссия
    [meeting] встреча
    [indicator] показатель
   *[source] источник
} { $label }: отмечено удаление, но запись есть в рабочей области: если она нужна, уберите отметку об удалении
model-load-conflicts-not-a-list = conflicts: ожидался массив конфликтов для разрешения

## Резервные копии.

model-backup-earlier-passphrase = зашифрована прежним паролем

## История файла.

model-version-id-invalid = { $text } — не идентификатор версии (нужны 32 строчные шестнадцатеричные цифры)
model-tombstone-kind-invalid = kind { $kind } — не вид записи (допустимы: { $kinds })

## Надёжность пароля.

model-passphrase-too-weak = { $count ->
    [one] слишком слабый: не менее { $count } символа
   *[other] слишком слабый: не менее { $count } символов
}
model-passphrase-weak = слабый
model-passphrase-fair = средний
model-passphrase-strong = надёжный

# Record fields in a merge's conflict that no check names: "Romania: notes".
model-key-notes = примечания
model-key-outcomes = итоги
model-key-kind = вид
model-key-status = статус
model-key-side = сторона
model-key-text = текст
