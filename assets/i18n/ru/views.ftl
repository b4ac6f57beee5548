# views: начальный экран, навигация, страница «Что впереди», списки
# разделов, страницы записей (страны и остальных) и календарь.

## Начальный экран, когда рабочая область не открыта

views-start-tagline = Страны-партнёры, соглашения, комиссии, встречи и планы действий.
views-start-no-recent = Недавних рабочих областей нет
views-start-recent = Недавние рабочие области

## «Что впереди»: начальная страница открытой рабочей области

views-next-title = Что впереди
# Под заголовком страницы; $date — день («17 марта 2026 г.»).
views-next-as-of = На { $date }
views-next-preparing = Поиск ближайших событий…
views-next-updating = Обновление…
views-next-horizon-first = { $horizon ->
    [one] Ближайший { $horizon } день (до { $until })
    [few] Ближайшие { $horizon } дня (до { $until })
   *[many] Ближайшие { $horizon } дней (до { $until })
}
views-next-horizon-later = { $horizon ->
    [one] Через { $from }–{ $horizon } день (до { $until })
    [few] Через { $from }–{ $horizon } дня (до { $until })
   *[many] Через { $from }–{ $horizon } дней (до { $until })
}
views-next-none-upcoming = Нет встреч, визитов и сроков.
views-next-overdue = Просроченные мероприятия
views-next-none-overdue = Просроченных нет.
views-next-renewals = Срок действия истекает или подлежит продлению в ближайшие шесть месяцев
views-next-none-renewals = Ни у одного документа срок действия в ближайшее время не истекает.
views-next-recent = Недавние изменения
views-next-none-recent = Пока ничего не записано.

## Страница, которую готовит фоновый поток

views-page-preparing = Подготовка страницы…

## Списки разделов

views-list-filter = Фильтр
# Подсказка в поле фильтра; $section — название раздела строчными
# буквами («страны»).
views-list-filter-hint = Фильтр: { $section }
views-list-clear-filter = Сбросить фильтр
views-list-preparing = Подготовка списка…
views-list-shown = Показано: { $count }

# Заголовки столбцов списков.
views-column-name = Название
views-column-person-name = Имя
views-column-iso-code = Код ISO
views-column-other-names = Другие названия
views-column-relations-since = Отношения установлены
views-column-kind = Вид
views-column-country = Страна
views-column-short-name = Краткое название
views-column-position = Должность
views-column-other-spellings = Другие написания
# Дата подписания документа.
views-column-signed = Подписан
views-column-title = Название
views-column-partner-country = Страна-партнёр
views-column-status = Статус
views-column-parties = Стороны
# Дата создания комиссии.
views-column-established = Создана
views-column-date = Дата
views-column-place = Место
views-column-due = Срок
views-column-activity = Мероприятие
views-column-action-plan = План действий
# Дата публикации источника.
views-column-published = Опубликован
views-column-publisher = Издатель
views-column-author = Автор

## Имена таблиц для программ экранного доступа

views-table-headings = Заголовки столбцов
views-table-sort-by = Сортировать по столбцу «{ $column }»
# Ячейка строки так, как её читает программа экранного доступа:
# «Румыния, код ISO: RO, отношения установлены: 19 июня 1992 г.».
views-table-cell = { $heading }: { $text }

## Страница записи: кнопки

views-record-edit = Изменить…
views-record-duplicate = Создать копию…
views-record-duplicate-hint = Новая запись по образцу этой — изменить и сохранить
views-record-delete = Удалить…
views-record-propose = Предложить записи…
views-record-propose-hint = Подготовить записи, которые следуют из этого текста, чтобы проверить их перед добавлением
views-record-add-activity = Добавить мероприятие…

## Страница записи: названия полей

views-field-name = Название
views-field-short-name = Краткое название
views-field-country = Страна
views-field-part-of = Вышестоящее учреждение
views-field-former-names = Прежние названия
views-field-people = Лица
views-field-other-spellings = Другие написания
views-field-position = Должность
views-field-signed-on = Дата подписания
views-field-signed-at = Место подписания
views-field-signed-at-meeting = Подписан на встрече
views-field-parties = Стороны
views-field-signatory = Подписант
views-field-status = Статус
views-field-valid = Срок действия
views-field-activities = Мероприятия
views-field-action-plan = План действий
views-field-due = Срок
views-field-responsible = Ответственные
views-field-established = Дата создания
views-field-session = Заседание
views-field-commission = Комиссия
views-field-when = Когда
views-field-place = Место
views-field-countries = Страны
views-field-participants = Участники
views-field-topics = Темы
views-field-outcomes = Итоги
views-field-documents-signed = Подписанные документы
views-field-period = Период
views-field-figure = Значение
views-field-publisher = Издатель
views-field-author = Автор
views-field-address = Адрес
views-field-published = Опубликовано
views-field-notes = Примечания
views-field-sources = Источники

## Страница записи: что говорят её поля

# Под названием учреждения: «Министерство (Румыния)».
views-detail-institution-of = { $kind } ({ $country })
views-detail-former-name-until = { $name } (до { $date })
views-detail-status-date-unknown = { $status } (дата неизвестна)
# Заседание комиссии по номеру: «3-е заседание, 12 мая 2022 г., Баку».
views-detail-session-numbered = { $ordinal } заседание, { $date }, { $place }
views-detail-text-as-published = Текст публикации
views-detail-referred-to-by = { $count ->
    [one] Упоминается в { $count } записи
    [few] Упоминается в { $count } записях
   *[many] Упоминается в { $count } записях
}


## Страница страны

views-country-home = своя страна
views-country-also = Также: { $names }
views-country-add-agreement = Добавить соглашение…
views-country-add-meeting = Добавить встречу…
views-country-add-indicator = Добавить показатель…
views-country-export-briefing = Экспорт справки…
views-country-relations = Отношения
views-country-relations-established = Дипломатические отношения установлены
views-country-not-recorded = не указано
views-country-opening-not-recorded = дата открытия не указана
views-country-opened = открыто { $date }
views-country-strategic-partnership = Стратегическое партнёрство
views-country-indicators = Показатели
views-country-no-indicators = Показателей пока нет — Добавить показатель…
views-country-trade-by-year = Торговля по годам
views-country-no-chart = Нет торговых показателей для диаграммы: добавьте товарооборот, экспорт или импорт со значением.
views-country-part-year-series = { $kind } (часть года)
views-country-bar =
    { $kind }, { $period }: { $figure }
    Источник: { $source }
views-country-bar-part-year =
    { $kind }, { $period } (часть года): { $figure }
    Источник: { $source }
views-country-no-source = источник не указан
views-country-history = История соглашений
views-country-no-agreements = Соглашений пока нет — Добавить соглашение…
views-country-date-unknown = Дата неизвестна

## Календарь

views-calendar-title = Календарь
views-calendar-preparing = Подготовка календаря…
views-calendar-month = Месяц
views-calendar-week = Неделя
views-calendar-agenda = Расписание
# Клавиши, как они подписаны на клавиатуре.
# Same in every language.
views-calendar-key-page-up = Page Up
# Same in every language.
views-calendar-key-today = T
# Same in every language.
views-calendar-key-page-down = Page Down
views-calendar-go-to-date = Перейти к дате
views-calendar-go-to-hint = 2022-05 или 2022-05-14
views-calendar-go = Перейти
views-calendar-week-starts-on = Начало недели
views-calendar-export = Экспорт в ICS…
views-calendar-export-hint = Всё, что оставляют фильтры, за все даты, в виде файла iCalendar
views-calendar-upcoming = Предстоящее и просроченное
views-calendar-days-ahead = Дней вперёд
views-calendar-range = { $first } – { $last }
views-calendar-countries-all = Страны: все
views-calendar-countries-some = Страны: { $count }
views-calendar-all-countries = Все страны
views-calendar-kind-hint = Показать или скрыть этот вид
views-calendar-day-unknown = { $month }, день неизвестен
views-calendar-month-unknown = { $year } г., месяц неизвестен
views-calendar-more-in-agenda = Ещё { $count }: см. расписание
views-calendar-more = ещё { $count }
views-calendar-add-meeting-hint = Дважды щёлкните или нажмите N, чтобы добавить встречу в этот день

# Same in every language.
views-detail-referrer = { $kind } ({ $field })
