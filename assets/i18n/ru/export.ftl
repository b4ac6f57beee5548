# export: справки (Markdown и PDF), пакет к визиту и основные факты,
# календарь (ICS), таблицы CSV и то, что печатает `accord`.

## Выбор формата

export-format-json = Сводка JSON
export-format-csv = Таблица CSV
export-format-markdown = Справка (Markdown)
export-format-ics = Календарь (ICS)
export-format-pdf = Справка (PDF)
export-format-key-facts-markdown = Основные факты, одна страница (Markdown)
export-format-key-facts-pdf = Основные факты, одна страница (PDF)

export-csv-table-agreements = Соглашения
export-csv-table-meetings = Встречи
export-csv-table-activities = Мероприятия

export-error-csv = не удалось записать таблицу CSV: { $error }
export-error-json = не удалось записать сводку JSON: { $error }
export-error-pdf = не удалось записать PDF: { $error }
export-no-such-country = в рабочей области нет страны { $name } (есть: { $known })

# Состояние мероприятия (мероприятие — ср. р.).
export-state-open = открыто
export-state-overdue = просрочено
export-state-done = выполнено
export-state-cancelled = отменено

## Справка

export-heading-briefing = { $country }: двусторонние отношения — справка на { $date }
export-heading-key-facts = { $country }: двусторонние отношения — основные факты на { $date }
export-prepared-by = Подготовлено: { $name }.
export-covering = Период: { $from } – { $to }.
export-covering-beginning = начало записей
export-covering-present = настоящее время
export-no-countries = Нет стран для справки.

export-section-relationship = Отношения
export-section-legal-framework = Правовая база
export-section-in-force = Действующие документы
export-section-commissions = Комиссии
export-section-last-meeting = Последняя встреча
export-section-last-meetings = Последние встречи
export-section-next-meeting = Следующая встреча
export-section-activities = Мероприятия: просрочено — { $overdue }, открыто — { $open }
export-section-figures = Экономические показатели
export-section-latest-figures = Последние показатели
export-section-sources = Источники

export-none-recorded = Нет записей.
export-none-scheduled = Запланированных встреч нет.
export-none-cited = Источники не указаны.
export-none-open-or-overdue = Открытых и просроченных мероприятий нет.
export-none-overdue = Просроченных мероприятий нет.
export-and-more = … и ещё { $count }.

export-also-known-as = Другие названия: { $names }.
export-relations-since = Дипломатические отношения установлены { $date }.
export-relations-not-recorded = Дата установления дипломатических отношений не указана.
export-embassy = Посольство страны { $country }, { $city } ({ $opened })
export-embassy-no-city = Посольство страны { $country } ({ $opened })
export-embassy-ours = Посольство нашей страны, { $city } ({ $opened })
export-embassy-opened = открыто { $date }
export-embassy-opening-not-recorded = дата открытия не указана
export-embassies = Посольства: { $embassies }.
export-embassies-not-recorded = Посольства не указаны.
export-partnership = Стратегическое партнёрство: { $partnerships }.
export-partnership-signed = { $document }, дата подписания: { $date }
export-partnership-not-recorded = Стратегическое партнёрство не указано.

export-documents-recorded = { $count ->
    [one] Учтён { $count } документ
    [few] Учтено { $count } документа
   *[many] Учтено { $count } документов
}; из них действуют или подписаны: { $in_force }.
export-no-documents = Документы не указаны.
export-signed-at-place = { $date }, { $place }
export-status-since = { $status } (с { $date })
export-status-not-recorded = статус не указан
export-validity-ended = { $period }, срок истёк
export-signing-not-recorded = дата подписания не указана
export-document-signed = дата подписания: { $date }
export-document-valid = срок действия: { $period }
export-document-parties = Стороны: { $parties }.
export-valid-until = { $document } (действует до { $date })
export-renewals = Требуют продления в ближайшие шесть месяцев: { $documents }.

export-column-document = Документ
export-column-kind = Вид
export-column-signed = Подписание
export-column-status = Статус
export-column-validity = Срок действия
export-column-parties = Стороны
export-cell-not-recorded = не указано
export-cell-signed = подписан

export-commission-last = последнее — { $session }
export-commission-no-session-yet = заседаний ещё не было
export-commission-next = следующее — { $session }
export-commission-next-not-scheduled = следующее не назначено
# $ordinal: «5-е».
export-session-numbered = { $ordinal } заседание
export-session-unnumbered = заседание
export-date-unknown = дата неизвестна

export-meeting-participants = Участники: { $people }.
export-meeting-outcomes = Итоги: { $outcomes }
export-meeting-signed = Подписано: { $document }.

export-plan-valid = { $plan } (срок действия: { $period })
export-no-due-date = срок не установлен
export-due = срок: { $period }

export-figure-source = Источник: { $sources }.
export-column-figure = Показатель
export-column-period = Период
export-column-value = Значение
export-column-source = Источник

## PDF

export-pdf-as-of = по состоянию на { $date }
export-pdf-footer = { $department } — по состоянию на { $date }
export-pdf-contents-as-of = По состоянию на { $date }
export-pdf-briefing-as-of = Справка по состоянию на { $date }
export-pdf-key-facts-as-of = Основные факты по состоянию на { $date }
export-pdf-visit-pack = Пакет к визиту
export-pdf-visit-pack-key-facts = Пакет к визиту: основные факты
export-pdf-visit-pack-title = Пакет к визиту — { $countries } — по состоянию на { $date }
export-pdf-contents-line = { $country } — стр. { $page }
export-pdf-page = Стр. { $page } из { $total }
export-pdf-font-unreadable = не удалось прочитать встроенный шрифт
export-pdf-page-size = недопустимый размер страницы
export-chart-title = Торговля по годам, { $unit }
export-chart-part-year = { $year } (неполный)
export-chart-part-of-a-year = неполный год

## Календарь (ICS)

export-ics-day-unknown = { $summary } (день неизвестен)
export-ics-month-unknown = { $summary } (месяц неизвестен)
export-ics-participants = Участники: { $names }
export-ics-topics = Темы: { $topics }
export-ics-documents = Документы: { $names }
export-ics-outcomes = Итоги: { $outcomes }
export-ics-document = Документ: { $kind }
export-ics-parties = Стороны: { $names }
export-ics-signatories = Подписанты: { $names }
export-ics-status = Статус: { $status }
export-ics-valid = Срок действия: { $period }
export-ics-action-plan = План действий: { $plan }
export-ics-responsible = Ответственные: { $names }
export-ics-due-period = Срок исполнения: { $period }

## Заголовки столбцов CSV

export-csv-id = идентификатор
export-csv-kind = вид
export-csv-title = название
export-csv-countries = страны
export-csv-parties = стороны
export-csv-party-ids = идентификаторы сторон
export-csv-signatories = подписанты
export-csv-signatory-ids = идентификаторы подписантов
export-csv-signed-on = дата подписания
export-csv-signed-at-place = место подписания
export-csv-signed-at-meeting = встреча, на которой подписан
export-csv-signed-at-meeting-id = идентификатор встречи
export-csv-status = статус
export-csv-status-since = дата статуса
export-csv-validity-start = начало действия
export-csv-validity-end = окончание действия
export-csv-related = связанные документы
export-csv-related-ids = идентификаторы связанных документов
export-csv-notes = примечания
export-csv-commission = комиссия
export-csv-commission-id = идентификатор комиссии
export-csv-session-number = номер заседания
export-csv-start = начало
export-csv-end = окончание
export-csv-place = место
export-csv-participants = участники
export-csv-participant-ids = идентификаторы участников
export-csv-topics = темы
export-csv-outcomes = итоги
export-csv-documents-signed = подписанные документы
export-csv-action-plan = план действий
export-csv-action-plan-id = идентификатор плана действий
export-csv-description = описание
export-csv-responsible = ответственные
export-csv-responsible-ids = идентификаторы ответственных
export-csv-due-start = начало срока
export-csv-due-end = окончание срока
export-csv-state = состояние

## Командная строка (`accord validate`, `export`, `merge`, …)

export-cli-count-countries = { $count ->
    [one] { $count } страна
    [few] { $count } страны
   *[many] { $count } стран
}
export-cli-count-institutions = { $count ->
    [one] { $count } учреждение
    [few] { $count } учреждения
   *[many] { $count } учреждений
}
export-cli-count-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}
export-cli-count-documents = { $count ->
    [one] { $count } документ
    [few] { $count } документа
   *[many] { $count } документов
}
export-cli-count-activities = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
   *[many] { $count } мероприятий
}
export-cli-count-commissions = { $count ->
    [one] { $count } комиссия
    [few] { $count } комиссии
   *[many] { $count } комиссий
}
export-cli-count-meetings = { $count ->
    [one] { $count } встреча
    [few] { $count } встречи
   *[many] { $count } встреч
}
export-cli-count-indicators = { $count ->
    [one] { $count } показатель
    [few] { $count } показателя
   *[many] { $count } показателей
}
export-cli-count-sources = { $count ->
    [one] { $count } источник
    [few] { $count } источника
   *[many] { $count } источников
}
export-cli-valid = { $file }: файл корректен, { $counts }
export-cli-encrypted-workspace = { $file }: зашифрованная рабочая область Accord (файл age, открывается парольной фразой)
export-cli-conflicts-recorded = { $count ->
    [one] { $file }: при слиянии записан { $count } конфликт: откройте файл в Accord, чтобы разрешить его
    [few] { $file }: при слиянии записано { $count } конфликта: откройте файл в Accord, чтобы разрешить их
   *[many] { $file }: при слиянии записано { $count } конфликтов: откройте файл в Accord, чтобы разрешить их
}
export-cli-table-only-for-csv = --table и --no-bom применяются только с --format csv
export-cli-cannot-write = не удаётся записать экспорт: { $error }
export-cli-not-rewriting = файл не перезаписан. { $reason }
export-cli-already-exists = { $file } уже существует; перезапись не выполнена
export-cli-created = создан файл { $file }
export-cli-wrote = записан файл { $file }: { $counts }
export-cli-generate-too-few-countries = --countries должно быть не меньше 2 (своя страна и один партнёр)
export-cli-generate-too-few-records = { $countries ->
    [one] --records ({ $records }) должно быть не меньше 10 на страну (для { $countries } страны нужно { $minimum })
   *[other] --records ({ $records }) должно быть не меньше 10 на страну (для { $countries } стран нужно { $minimum })
}
export-cli-merged-by = Слияние выполнил(а): { $officer }.
export-cli-copies-kept = Обе копии сохранены среди резервных копий в { $folder }; этот отчёт — в { $report }
export-cli-report-not-kept = не удалось сохранить отчёт о слиянии: { $error }
export-cli-no-duplicates = { $file }: вероятных дубликатов нет
export-cli-duplicate = { $kind } { $first } и { $second }: { $reason }
export-cli-not-utf8 = { $file } — не текст в UTF-8 (байт { $byte } недопустим); сохраните его в UTF-8
export-cli-cannot-read = не удаётся прочитать { $file }: { $error }
export-cli-indexed = проиндексировано имён: { $names } (записей: { $records }) за { $milliseconds } мс
export-cli-extracted = извлечено фактов: { $facts } (слов в тексте: { $words }) за { $milliseconds } мс

export-cli-passphrase-prompt = Парольная фраза для { $file }:{ " " }
export-cli-new-passphrase-prompt = Новая парольная фраза для { $file }:{ " " }
export-cli-passphrase-again = Введите её ещё раз:{ " " }
export-cli-passphrases-differ = парольные фразы не совпадают; ничего не изменено
export-cli-no-passphrase-typed = парольная фраза не введена; ничего не изменено
export-cli-needs-passphrase = для { $file } нужна парольная фраза: укажите --passphrase-file или запустите в терминале
export-cli-passphrase-too-weak = парольная фраза не подходит ({ $strength }); ничего не изменено
export-cli-cannot-read-passphrase-file = не удаётся прочитать файл парольной фразы { $file }: { $error }
export-cli-is-encrypted = { $file } зашифрован: укажите --passphrase-file или запустите в терминале
export-cli-wrong-passphrase = неверная парольная фраза для { $file }
export-cli-not-encrypting = шифрование не выполнено. { $reason }
export-cli-already-encrypted = { $file } уже зашифрован; сменить парольную фразу можно в приложении: Файл > Сменить парольную фразу…
export-cli-cannot-make-key = не удаётся создать ключ: { $error }
export-cli-encrypted = { $file } зашифрован (и его .bak); храните парольную фразу надёжно: без неё никто не откроет файл
export-cli-not-encrypted = { $file } не зашифрован; делать нечего
export-cli-wrote-in-clear = { $file } записан в открытом виде
