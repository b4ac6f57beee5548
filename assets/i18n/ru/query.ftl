# query: хронология, строки календаря, «Что дальше», диаграмма
# показателей, поиск; отчёт о слиянии и дубликаты; предложения,
# составленные по статье.

query-timeline-activity = Мероприятие

## Виды записей в предложении («Добавлено: страна Romania»).

query-noun-country = страна
query-noun-institution = учреждение
query-noun-person = лицо
query-noun-document = документ
query-noun-activity = мероприятие
query-noun-commission = комиссия
query-noun-meeting = встреча
query-noun-indicator = показатель
query-noun-source = источник

## Хронология и встречи

# $ordinal: «10-е».
query-meeting-session-title = { $commission } — { $ordinal } заседание
query-activity-overdue = Просрочено ({ $status })
query-no-country = Без страны

## Календарь

query-calendar-kind-commission-session = Заседание комиссии
query-calendar-kind-incoming-visit = Входящий визит
query-calendar-kind-outgoing-visit = Исходящий визит
query-calendar-kind-consultation = Консультации
query-calendar-kind-working-group = Рабочая группа
query-calendar-kind-signing = Подписание
query-calendar-kind-other-meeting = Другая встреча
query-calendar-kind-document-signed = Подписание документа
query-calendar-kind-validity-ends = Окончание срока действия
query-calendar-kind-document-expired = Срок действия истёк
query-calendar-kind-activity-due = Срок мероприятия

query-calendar-signed = Подписание: { $title }
query-calendar-validity-ends = Окончание действия: { $title }
query-calendar-expired = Истёк срок: { $title }
query-calendar-due = Срок: { $title }
query-calendar-with-session = { $title } ({ $ordinal } заседание)

query-calendar-month-unknown = { $year }, месяц неизвестен
query-calendar-day-unknown = { $month }, день неизвестен
query-calendar-nothing-this-month = В этом месяце ничего нет.
query-calendar-next-days = { $count ->
    [one] Ближайший { $count } день
    [few] Ближайшие { $count } дня
   *[many] Ближайшие { $count } дней
}
query-calendar-nothing-due = Ничего не запланировано и не ожидается.
query-calendar-overdue = Просроченные мероприятия
query-calendar-nothing-overdue = Просроченного нет.

## Что дальше

# Same in every language.
query-next-meeting = { $kind }: { $title }
query-next-due = срок: { $date }
query-next-valid-until = действует до { $date }
query-next-changed-by = { $when }, автор изменений: { $officer }
# Same in every language.
query-next-record = { $kind }: { $label }

## Диаграмма показателей

# Same in every language.
query-chart-citation = { $source }, { $date }
# Same in every language.
query-chart-note = { $name }, { $period }: { $figure }
query-chart-note-part-year = { $name }, { $period } (часть года): { $figure }

## Поиск: поле, в котором найдена запись

query-field-name = Название
query-field-iso-code = Код ISO
query-field-also-called = Другое название
query-field-embassy = Посольство
query-field-notes = Заметки
query-field-short-name = Краткое название
query-field-former-name = Прежнее название
query-field-also-spelled = Другое написание
query-field-position = Должность
query-field-title = Заголовок
query-field-signed-at = Место подписания
query-field-signed-as = Должность подписавшего
query-field-activity = Мероприятие
query-field-place = Место
query-field-topic = Тема
query-field-outcomes = Итоги
query-field-indicator = Показатель
query-field-publisher = Издатель
query-field-author = Автор
query-field-address = Адрес
query-field-text = Текст

## Слияние: вид слияния

query-merge-origin-given = Трёхстороннее слияние относительно версии, от которой происходят обе копии.
query-merge-origin-kept = Трёхстороннее слияние относительно версии, от которой происходят обе копии (версия { $version }, найдена среди версий, сохранённых на этом компьютере).
query-merge-origin-one-copy = Трёхстороннее слияние: одна копия — это версия, от которой происходит другая (версия { $version }).
query-merge-origin-not-kept = Двустороннее слияние: обе копии происходят от версии { $version }, но она не сохранена на этом компьютере, поэтому каждое различающееся поле считается конфликтом, списки объединяются, а удаляется только то, что отмечено как удалённое в отметках об удалении копии.
query-merge-origin-unrelated = Двустороннее слияние: общая версия не найдена, поэтому каждое различающееся поле считается конфликтом, списки объединяются, а удаляется только то, что отмечено как удалённое в отметках об удалении копии.

## Слияние: сводка и отчёт

query-merge-conflicts = { $count ->
    [0] Конфликтов нет.
    [one] { $count } конфликт:
    [few] { $count } конфликта:
   *[many] { $count } конфликтов:
}
query-merge-records-changed = Записи, изменённые слиянием в этой копии:
query-merge-three-way-changes = Эта копия: { $ours }. Другая копия: { $theirs }.
query-merge-side-changes = добавлено: { $added }, изменено: { $changed }, удалено: { $deleted }
query-merge-two-way-changes = Только в этой копии: { $ours }. Только в другой копии: { $theirs }. Есть в обеих, но различаются: { $different }.
query-merge-added = Добавлено: { $kind } { $label }
query-merge-changed = Изменено: { $kind } { $label }
query-merge-deleted = Удалено: { $kind } { $label }
query-merge-combined = Объединено: { $kind } { $label }
# Same in every language.
query-merge-subject-record = { $kind } { $label }
query-merge-subject-settings = настройки рабочего пространства { $label }
query-merge-deleted-here = { $subject }: удалено в этой копии и изменено в другой{ $changed } ({ $keeping })
query-merge-deleted-there = { $subject }: удалено в другой копии и изменено в этой{ $changed } ({ $keeping })
query-merge-keeping-it = сохраняется
query-merge-deleting-it = удаляется
query-merge-field-conflict = { $subject }, поле { $field }: общая версия { $base }, эта копия { $ours }{ $ours_changed }, другая копия { $theirs }{ $theirs_changed } ({ $keeping })
query-merge-keeping-ours = сохраняется значение этой копии
query-merge-taking-theirs = берётся значение другой копии
query-merge-taking-edited = берётся изменённое значение
query-merge-changed-by = изменено: { $by }, { $date }
query-merge-changed-on = изменено { $date }
query-merge-empty = пусто
query-merge-kept-deleted-here = Запись сохранена — { $kind } { $label }: эта копия её удалила, но объединённое рабочее пространство всё ещё ссылается на неё.
query-merge-kept-deleted-there = Запись сохранена — { $kind } { $label }: другая копия её удалила, но объединённое рабочее пространство всё ещё ссылается на неё.
query-merge-edit-resolve = { $count ->
    [one] Разрешить { $count } записанный конфликт
    [few] Разрешить { $count } записанных конфликта
   *[many] Разрешить { $count } записанных конфликтов
}
query-merge-edit-merge = { $count ->
    [one] Слить копию ({ $count } запись)
    [few] Слить копию ({ $count } записи)
   *[many] Слить копию ({ $count } записей)
}
query-merge-edit-combine = Объединить: { $kind } { $kept } и { $absorbed }

## Слияние: ошибки

query-merge-error-invalid = объединённая запись ({ $kind }) { $label } недопустима: { $problems }
query-merge-error-unreadable = значение, выбранное для { $label }, не подходит для записи: { $reason }
query-merge-error-save = не удаётся записать { $path }: { $reason }
query-merge-error-backup = не удалось сохранить { $path } как резервную копию перед слиянием ({ $reason }); ничего не записано
query-combine-error-missing = нет записи ({ $kind }) с идентификатором { $id }
query-combine-error-not-a-pair = объединить можно только две разные записи одного вида
query-combine-error-unreadable = объединённую запись не удаётся прочитать как запись вида «{ $kind }»: { $reason }
query-combine-error-invalid = объединённая запись { $label } была бы недопустима: { $problems }

## Вероятные дубликаты

query-duplicate-name = название совпадает («{ $name }»)
query-duplicate-title-and-date = совпадают заголовок («{ $name }») и дата
query-duplicate-title = заголовок совпадает («{ $name }»)
query-duplicate-iso-code = одинаковый код ISO: { $code }
query-duplicate-address = одинаковый адрес

## Настройка драйвера слияния git

query-git-not-a-repository = текущая папка не находится в репозитории git ({ $reason })
query-git-cannot-read = не удаётся прочитать { $path }: { $reason }
query-git-cannot-write = не удаётся записать { $path }: { $reason }
query-git-already-set-up = { $path } уже передаёт файлы рабочего пространства в Accord
query-git-added-line = строка "{ $line }" добавлена в { $path }
query-git-no-program-path = не удаётся найти путь к этой программе: { $reason }
query-git-driver-set = для merge.accord.driver установлено { $driver }
query-git-cannot-run = не удаётся запустить git: { $reason }

## Предложения, составленные по статье

query-propose-person-at = Новое лицо: { $name }, { $title } ({ $institution })
query-propose-person-unplaced = Новое лицо: { $name } ({ $position }; организация неизвестна)
query-propose-document = Новый документ ({ $kind }): { $title }
query-propose-document-signed = Новый документ ({ $kind }): { $title }, подписан { $date }
query-propose-activity = Новое мероприятие плана действий: { $description }
query-propose-figure = Новый показатель ({ $country }): { $kind }, { $period }, { $figure }
query-propose-session = Новое заседание комиссии: { $title }
query-propose-relations = { $country }: дипломатические отношения установлены { $date }
