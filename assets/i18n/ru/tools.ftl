# tools: поиск и быстрое открытие, окно экспорта, предпросмотр слияния,
# вероятные дубликаты, проверка предложенных записей и размеченный текст источника.

## Вид записи, как его называет фраза («Добавлено: источник …»)


## Поиск (Ctrl+F) и быстрое открытие (Ctrl+K)

tools-search-label = Поиск по всем записям
tools-search-hint = Имена, названия, места, темы, заметки…
tools-search-preparing = Подготовка поиска…
tools-search-help = Введите запрос; ↑ ↓ — выбор, Enter — открыть, Esc — закрыть.
tools-search-no-match = По запросу «{ $query }» ничего не найдено.
tools-search-found = Найдено: { $count }
tools-search-more = … и ещё { $count }: уточните запрос
tools-search-group-country = Страны ({ $count })
tools-search-group-institution = Организации ({ $count })
tools-search-group-person = Контактные лица ({ $count })
tools-search-group-document = Соглашения и документы ({ $count })
tools-search-group-activity = Мероприятия ({ $count })
tools-search-group-commission = Комиссии ({ $count })
tools-search-group-meeting = Встречи ({ $count })
tools-search-group-indicator = Показатели ({ $count })
tools-search-group-source = Источники ({ $count })

## Файл > Экспорт…

tools-export-heading = Экспорт
tools-export-format = Формат
tools-export-table = Таблица
tools-export-bom = Метка порядка байтов (BOM) для Excel
tools-export-visit-pack-hint = Выберите несколько стран для пакета к визиту: одна справка на региональную поездку.
tools-export-countries = Страны
tools-export-all-countries = Все страны-партнёры
tools-export-no-countries = Стран-партнёров пока нет.
tools-export-period = Период
tools-export-from = С
tools-export-to = По
tools-export-all-dates = Оставьте оба поля пустыми, чтобы взять все даты.
tools-export-statuses-as-of = Статусы (например, «просрочено») указаны на { $date }.
tools-export-export = Экспортировать…
tools-export-choose-country = Выберите хотя бы одну страну.
tools-export-period-backwards = Период заканчивается ({ $end }) раньше, чем начинается ({ $start }).

## Файл > Слить с копией…: предпросмотр

tools-merge-heading = Слияние { $name } с этим рабочим пространством
tools-merge-resolve-heading = Разрешение конфликтов, записанных в { $name }
tools-merge-resolve-intro = Слияние вне приложения (accord merge или git) оставило эти вопросы вам. Пока вы не примените решение, в файле хранится значение, указанное для каждого из них как сохранённое.
tools-merge-origin-given = Трёхстороннее слияние относительно версии, от которой происходят обе копии.
tools-merge-origin-kept = Трёхстороннее слияние относительно версии, от которой происходят обе копии (версия { $version }, найдена среди версий, хранящихся на этом компьютере).
tools-merge-origin-one-copy = Трёхстороннее слияние: одна копия и есть та версия, от которой происходит другая (версия { $version }).
tools-merge-origin-not-kept = Двустороннее слияние: обе копии происходят от версии { $version }, но на этом компьютере она не хранится, поэтому каждое различающееся поле считается конфликтом, списки объединяются, а удаляется только то, что отмечено как удалённое в одной из копий.
tools-merge-origin-unrelated = Двустороннее слияние: общая версия не найдена, поэтому каждое различающееся поле считается конфликтом, списки объединяются, а удаляется только то, что отмечено как удалённое в одной из копий.
tools-merge-changes-three-way = Эта копия: добавлено { $ours_added }, изменено { $ours_changed }, удалено { $ours_deleted }. Другая копия: добавлено { $theirs_added }, изменено { $theirs_changed }, удалено { $theirs_deleted }.
tools-merge-changes-two-way = Только в этой копии: { $ours ->
        [one] { $ours } запись
        [few] { $ours } записи
       *[many] { $ours } записей
    }. Только в другой копии: { $theirs ->
        [one] { $theirs } запись
        [few] { $theirs } записи
       *[many] { $theirs } записей
    }. Есть в обеих, но различаются: { $both ->
        [one] { $both } запись
        [few] { $both } записи
       *[many] { $both } записей
    }.
tools-merge-apply = Применить слияние
tools-merge-all-mine = Везде моё
tools-merge-all-theirs = Везде их
tools-merge-conflicts = { $count ->
        [0] Конфликтов нет
        [one] { $count } конфликт
        [few] { $count } конфликта
       *[many] { $count } конфликтов
    }
tools-merge-coming-in = Поступает: { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[many] { $count } записей
    }
tools-merge-added = Добавлено: { $kind } { $label }
tools-merge-changed = Изменено: { $kind } { $label }
tools-merge-deleted = Удалено: { $kind } { $label }
tools-merge-combined = Объединено: { $kind } { $label }
tools-merge-record = { $kind } { $label }
tools-merge-settings = Настройки рабочего пространства
tools-merge-deleted-here = { $subject }: удалено здесь, изменено в другой копии
tools-merge-deleted-there = { $subject }: удалено в другой копии, изменено здесь
tools-merge-mine-changed-by = у меня изменено: { $name }, { $date }
tools-merge-mine-changed = у меня изменено { $date }
tools-merge-theirs-changed-by = у них изменено: { $name }, { $date }
tools-merge-theirs-changed = у них изменено { $date }
tools-merge-keep-record = Оставить запись
tools-merge-delete-it = Удалить её
tools-merge-before = Было: { $value }
tools-merge-keep-mine = Оставить моё: { $value }
tools-merge-take-theirs = Взять их: { $value }
tools-merge-empty = пусто

## Правка > Вероятные дубликаты…

tools-duplicates-heading = Вероятные дубликаты
tools-duplicates-none = Похожих друг на друга записей нет.
tools-duplicates-intro = Записи, которые, вероятно, описывают одно и то же; часто их добавляли порознь в двух копиях. При объединении остаётся первая запись с полями обеих, все ссылки переводятся на неё, а идентификатор второй сохраняется как её псевдоним.
tools-duplicates-pair = «{ $first }» и «{ $second }» ({ $kind })
tools-duplicates-combine = Объединить «{ $second }» с «{ $first }»

## Предложенные записи: черновики, которые следуют из текста источника

tools-proposals-heading = Записи из «{ $title }»
tools-proposals-none = В тексте нет ничего, чего ещё не было бы в рабочем пространстве.
tools-proposals-intro = Каждый черновик ссылается на источник. Снимите отметку с неверных; оставленную запись можно затем исправить на её странице.
tools-proposals-keep-all = Оставить все
tools-proposals-drop-all = Снять все
tools-proposals-add = { $count ->
        [one] Добавить { $count } запись
        [few] Добавить { $count } записи
       *[many] Добавить { $count } записей
    }

## Текст источника с отмеченными фактами

tools-source-marked = Отмечены:
tools-source-legend-dates = даты
tools-source-legend-figures = цифры
tools-source-legend-records = записи этого рабочего пространства
tools-source-legend-people = люди
tools-source-legend-other = названия, организации, места
tools-fact-date = { $precision ->
        [year] год
        [month] месяц
       *[day] день
    }: { $date }
tools-fact-date-time = { $precision ->
        [year] год
        [month] месяц
       *[day] день
    }: { $date }, { $time }
tools-fact-period = период: с { $from } по { $to }
tools-fact-amount = сумма: { $number } { $unit }
tools-fact-amount-period = сумма: { $number } { $unit } за { $period }
tools-fact-percent = процент: { $number }%
tools-fact-percent-period = процент: { $number }% за { $period }
tools-fact-record-near-miss = вероятно, { $kind } { $name }
tools-fact-record = { $kind } { $name }
tools-fact-title = название документа: { $title }
tools-fact-person = человек: { $name }
tools-fact-person-position = человек: { $name }, { $position }
tools-fact-institution = организация: { $name }
tools-fact-place = место: { $place }
tools-fact-session = заседание { $number }: { $body }
tools-fact-signed-by = подписали: { $names }
tools-fact-names-and = { $first } и { $second }
