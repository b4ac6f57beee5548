# app: строка меню, строка состояния, окно и его диалоги.

## Меню

app-menu-language = Язык
app-menu-file = Файл
app-menu-edit = Правка
app-menu-view = Вид
app-menu-open-recent = Недавние
app-menu-no-recent = Недавних рабочих областей нет
app-menu-theme = Тема
app-theme-system = Как в системе
app-theme-light = Светлая
app-theme-dark = Тёмная

## Команды меню; «…» — команда открывает диалог.

app-command-new = Новая рабочая область…
app-command-open = Открыть…
app-command-open-by-path = Открыть по пути…
app-command-open-sample = Открыть пример рабочей области
app-command-save-as = Сохранить как…
app-command-export = Экспорт…
app-command-merge-copy = Объединить с копией…
app-command-new-source-from-clipboard = Новый источник из буфера обмена…
app-command-merge-report = Отчёт о последнем объединении…
app-command-encrypt = Зашифровать парольной фразой…
app-command-change-passphrase = Сменить парольную фразу…
app-command-remove-encryption = Снять шифрование…
app-command-restore-backup = Восстановить из резервной копии…
app-command-recover-unsaved = Восстановить несохранённую работу…
app-command-quit = Выход
app-command-undo = Отменить
app-command-redo = Повторить
app-command-find = Найти…
app-command-quick-open = Быстрый переход…
app-command-workspace-settings = Настройки рабочей области…
app-command-duplicates = Вероятные дубликаты…
app-command-forward = Вперёд

## Разделы навигации

app-section-countries = Страны
app-section-institutions = Учреждения
app-section-people = Лица
app-section-agreements = Соглашения
app-section-commissions = Комиссии
app-section-meetings = Встречи
app-section-action-plans = Планы действий
app-section-sources = Источники
# Заголовки групп в навигации.
app-section-group-institutions-people = Учреждения и лица
app-section-group-commissions-meetings = Комиссии и встречи
app-section-add-country = Добавить страну…
app-section-add-institution = Добавить учреждение…
app-section-add-person = Добавить лицо…
app-section-add-agreement = Добавить соглашение…
app-section-add-commission = Добавить комиссию…
app-section-add-meeting = Добавить встречу…
app-section-add-activity = Добавить мероприятие…
app-section-add-source = Добавить источник…
app-section-empty-countries = Стран пока нет.
app-section-empty-institutions = Учреждений пока нет.
app-section-empty-people = Лиц пока нет.
app-section-empty-agreements = Соглашений пока нет.
app-section-empty-commissions = Комиссий пока нет.
app-section-empty-meetings = Встреч пока нет.
app-section-empty-action-plans = Планов действий пока нет.
app-section-empty-sources = Источников пока нет.
app-section-needs-country = Сначала добавьте страну: учреждение относится к одной из них.
app-section-needs-action-plan = Сначала добавьте план действий (соглашение вида «План действий»).

## Области для экранного диктора и кнопки навигации

app-region-menu-bar = Строка меню
app-region-status = Состояние
app-region-navigation = Навигация
app-region-record = Запись
app-nav-back = ← Назад
app-nav-back-hint = Назад (Alt+←)
app-nav-forward = Вперёд →
app-nav-forward-hint = Вперёд (Alt+→)
# После «Не сохранять»: какая форма отброшена («новая страна»).
app-discarded = Отброшено: { $form }
app-reopen-discarded = Вернуть отброшенный черновик
app-record-gone = Этой записи больше нет.

## Заголовок окна и строка состояния

app-title-locked = 🔒 Заблокировано — Accord
# В строке состояния, на месте пути к файлу.
app-status-not-saved-yet = ещё не сохранено
app-status-unsaved-changes = есть несохранённые изменения
app-status-clipboard-empty = В буфере обмена нет текста для источника.
app-status-discarded = Изменения отброшены ({ $form })
app-status-form-open = Сначала сохраните форму или отмените правку.
app-read-only = Только чтение: { $reason }
app-read-only-refusal = Эта рабочая область открыта только для чтения: { $reason }
app-read-only-newer =
    Файл { $file } записан более новой версией Accord (версия формата { $version }; эта версия читает до { $supported }). Чтобы изменить его, обновите Accord.
app-status-saved-record = Сохранено: { $record } (на диск ещё не записано)
app-status-cannot-save = Не удаётся сохранить: { $error }
app-status-cannot-create = Не удалось создать запись: { $error }
# Название шага в «Правка > Отменить».
app-undo-add-records = { $count ->
    [one] Добавить { $count } запись из «{ $source }»
    [few] Добавить { $count } записи из «{ $source }»
   *[many] Добавить { $count } записей из «{ $source }»
}
app-status-added-records = { $count ->
    [one] Добавлена { $count } запись из «{ $source }» (отменить можно командой «Отменить»)
    [few] Добавлено { $count } записи из «{ $source }» (отменить можно командой «Отменить»)
   *[many] Добавлено { $count } записей из «{ $source }» (отменить можно командой «Отменить»)
}
app-status-deleted = Удалено: «{ $record }» (вернуть можно командой «Отменить»)
# $done — что сделано («Объединить X с Y»).
app-status-combined = { $done } (отменить можно командой «Отменить»)
app-status-undone = Отменено
app-status-undone-step = Отменено: { $step }
app-status-redone = Повторено
app-status-redone-step = Повторено: { $step }
app-status-exporting-to = Экспорт в { $path }…
app-status-exporting = Экспорт: { $path }…
# Название новой рабочей области по умолчанию.
app-new-workspace-name = Новая рабочая область
app-status-new-workspace = Новая рабочая область: начните с добавления страны.
app-status-sample = Пример рабочей области: чтобы сохранить копию, выберите «Сохранить как…».
app-error-sample-damaged = Пример рабочей области повреждён: { $error }
app-status-saving = Сохранение { $path }…
app-status-opened-with-problems = Файл { $path } открыт с ошибками; он не изменён.
app-status-opened = Открыт файл { $path }
app-status-not-saved = Не сохранено
app-save-failed-unchanged = Ваши изменения на месте, но не сохранены; файл на диске не изменён.
app-open-failed = Не удалось открыть { $path }; файл не изменён.
app-status-background-failed = Сбой фоновой операции
app-error-background-bug = В Accord произошла ошибка при фоновой работе ({ $message }). Открытая рабочая область осталась как была; если в ней есть несохранённые изменения, сохраните их.
app-status-could-not-open = Не удалось открыть { $path }
app-status-saved-file = Сохранено: { $path }
app-status-exported = Экспортировано в { $path }
app-status-not-exported = Экспорт не выполнен
app-error-export = Не удалось экспортировать в { $path }: { $error }
app-status-recovery-write-failed = Не удалось записать файл восстановления: { $error }
app-status-recovery-folder-unusable = Папку восстановления нельзя использовать: { $error }
app-status-nothing-to-recover = Несохранённой работы для восстановления нет.
app-status-restored = { $count ->
    [one] Восстановлено { $count } несохранённое изменение от { $time }
    [few] Восстановлено { $count } несохранённых изменения от { $time }
   *[many] Восстановлено { $count } несохранённых изменений от { $time }
}
app-status-backup-opened = Резервная копия { $file } от { $time } открыта как новый несохранённый документ.
app-status-file-gone = Файла { $path } больше нет; при сохранении он будет записан заново.
app-status-kept-version = Ваша версия сохранена: её вернёт «Файл > Восстановить несохранённую работу…».
app-error-keep-failed = Вашу версию не удалось сохранить как файл восстановления, поэтому файл не перезагружен: { $error }
app-status-no-recovery-folder = Папка восстановления не задана.
app-status-backups-need-file = Резервные копии ведутся для сохранённых рабочих областей, а у этой ещё нет файла.
app-status-no-backups-folder = Папка резервных копий не задана.

## Объединение и дубликаты

app-merge-report-merged = Копия { $name } объединена с этой рабочей областью.
app-merge-report-by = Объединение выполнено пользователем { $officer }.
app-merge-report-heading = Отчёт о последнем объединении
app-merge-report-kept-in = Сохранён вместе с резервными копиями: { $path }
app-merge-report-not-kept = Сохранить его вместе с резервными копиями не удалось: { $error }
app-status-looking-for-duplicates = Поиск вероятных дубликатов…
app-status-duplicates-stale = Рабочая область тем временем изменилась: повторите поиск дубликатов
app-status-duplicate-pairs = { $count ->
    [one] { $count } пара вероятных дубликатов
    [few] { $count } пары вероятных дубликатов
   *[many] { $count } пар вероятных дубликатов
}
app-status-reading = Чтение { $path }…
app-status-recorded-conflicts = { $count ->
    [one] В { $path } { $count } неразрешённый конфликт: сделайте выбор и нажмите «Применить объединение»
    [few] В { $path } { $count } неразрешённых конфликта: сделайте выбор и нажмите «Применить объединение»
   *[many] В { $path } { $count } неразрешённых конфликтов: сделайте выбор и нажмите «Применить объединение»
}
app-status-merge-nothing = В { $path } нет ничего, чего не было бы в этой рабочей области
app-status-merging = Объединение с { $path }: сделайте выбор и нажмите «Применить объединение»
app-status-could-not-read = Не удалось прочитать { $path }
app-status-merge-stale = Рабочая область изменилась, пока готовилось объединение: объедините с { $name } ещё раз
app-status-resolved = { $count ->
    [one] Разрешён { $count } конфликт в { $name } (ещё не сохранено; отменить можно командой «Отменить»)
    [few] Разрешено { $count } конфликта в { $name } (ещё не сохранено; отменить можно командой «Отменить»)
   *[many] Разрешено { $count } конфликтов в { $name } (ещё не сохранено; отменить можно командой «Отменить»)
}
app-status-merged = { $count ->
    [one] Объединено с { $name }: { $count } запись (ещё не сохранено; отменить можно командой «Отменить»)
    [few] Объединено с { $name }: { $count } записи (ещё не сохранено; отменить можно командой «Отменить»)
   *[many] Объединено с { $name }: { $count } записей (ещё не сохранено; отменить можно командой «Отменить»)
}
# Дописывается к сообщению после объединения: $status — само сообщение.
app-status-merge-kept = { $count ->
    [one] { $status }; { $count } запись оставлена ради ссылок
    [few] { $status }; { $count } записи оставлены ради ссылок
   *[many] { $status }; { $count } записей оставлено ради ссылок
}
app-merge-kept-deleted = При объединении сохранены записи, удалённые в одной из копий, потому что на них по-прежнему есть ссылки:
app-error-merge-not-applied = Объединение не применено: { $error }

## Повреждённый файл

app-repair-banner = { $count ->
    [one] В этом файле { $count } ошибка. Ничего не записывается, пока вы не сохраните, а при сохранении будет запрошено новое имя.
    [few] В этом файле { $count } ошибки. Ничего не записывается, пока вы не сохраните, а при сохранении будет запрошено новое имя.
   *[many] В этом файле { $count } ошибок. Ничего не записывается, пока вы не сохраните, а при сохранении будет запрошено новое имя.
}
app-repair-hide = Скрыть ошибки
app-repair-show = Показать ошибки
app-repair-window = Ошибки в этом файле
app-repair-intro = Записи, которые не удалось прочитать, пропущены; остальные — как в файле.
app-repair-go-to-record = К записи

## Системные файловые диалоги

app-file-dialog-open = Открыть рабочую область
app-file-dialog-workspace-files = Рабочая область Accord
app-file-dialog-all-files = Все файлы

## Диалоги

app-error-heading = Что-то пошло не так
app-settings-heading = Настройки рабочей области
app-settings-name = Название рабочей области
app-settings-home-country = Своя страна
app-settings-officer = Ваше имя
app-settings-officer-hint = записывается с каждым вашим изменением
app-unsaved-heading = Несохранённые изменения
app-unsaved-new = Сохранить изменения в { $name }, прежде чем создать новую рабочую область?
app-unsaved-open = Сохранить изменения в { $name }, прежде чем открыть другую рабочую область?
app-unsaved-quit = Сохранить изменения в { $name } перед выходом?
app-unsaved-new-unnamed = Сохранить изменения в этой рабочей области, прежде чем создать новую?
app-unsaved-open-unnamed = Сохранить изменения в этой рабочей области, прежде чем открыть другую?
app-unsaved-quit-unnamed = Сохранить изменения в этой рабочей области перед выходом?
app-unsaved-discard = Не сохранять изменения
# $kind — вид записи («страна»), $record — её название.
app-delete-heading = Удалить «{ $record }» ({ $kind })?
app-delete-nothing-refers = На эту запись ничто не ссылается.
app-delete-references-removed = На неё ссылаются эти записи; ссылки будут удалены:
app-delete-blocked = Её нельзя удалить, пока от неё зависят эти записи. Сначала измените или удалите их:
# Запись, которая ссылается на удаляемую, и поле, через которое она ссылается.
app-delete-referrer-needs = { $kind } «{ $record }» — { $field } (зависит от неё)
app-delete-referrer-removed = { $kind } «{ $record }» — { $field } (ссылка будет удалена)
app-path-label = Путь к файлу
app-path-title-open = Открыть рабочую область
app-path-title-save-as = Сохранить рабочую область как
app-path-title-export = Экспорт
app-path-title-export-calendar = Экспорт календаря в ICS
app-path-title-merge-copy = Объединить копию с этой рабочей областью
app-path-button-export = Экспортировать
app-path-button-merge = Объединить

## Парольные фразы и блокировка

# Вместо имени файла, когда у несохранённой работы его никогда не было.
app-passphrase-unsaved-workspace = несохранённая рабочая область
app-passphrase-wrong = Неверная парольная фраза для «{ $file }». Проверьте Caps Lock и раскладку клавиатуры и попробуйте ещё раз.
app-status-encrypted = Зашифровано: «{ $file }»
app-status-opening = Открытие { $path }…
app-passphrase-heading = Зашифрованная рабочая область
app-passphrase-ask = Зашифровано: «{ $file }». Введите парольную фразу, чтобы открыть.
app-passphrase-label = Парольная фраза
app-status-not-opened = Не открыто: «{ $file }»
app-passphrase-encrypt-heading = Зашифровать парольной фразой
app-passphrase-change-heading = Сменить парольную фразу
app-passphrase-covers = Файл, его .bak, резервные копии и файлы несохранённой работы можно будет прочитать только с этой парольной фразой.
app-passphrase-again = Повторите её
app-passphrase-strength = Надёжность
app-passphrase-lock-after = Блокировать через
# После числа минут, которое вводит пользователь.
app-passphrase-lock-minutes = { $count ->
    [one] минуту без действий (0 — никогда)
    [few] минуты без действий (0 — никогда)
   *[many] минут без действий (0 — никогда)
}
app-passphrase-advice = Лучше всего — четыре-пять не связанных между собой слов с цифрой или знаком между ними, которые вы больше нигде не используете.
app-passphrase-differ = Парольные фразы не совпадают.
app-passphrase-encrypt = Зашифровать
app-status-making-key = Создание ключа рабочей области…
app-status-passphrase-changed = Парольная фраза изменена; сохранение с новым ключом…
app-status-encrypting = Шифрование: рабочая область сохраняется в зашифрованном виде…
app-error-key-failed = Не удалось создать ключ рабочей области, поэтому ничего не зашифровано: { $error }
app-remove-encryption-heading = Снять шифрование?
app-remove-encryption-text = Рабочая область будет сохранена в открытом виде: её сможет прочитать любой, у кого окажется ноутбук или копия файла. Уже сделанные резервные копии останутся зашифрованными той парольной фразой, с которой они сохранены.
app-remove-encryption = Снять шифрование
app-status-saving-in-clear = Рабочая область сохраняется в открытом виде…
app-status-locked-idle = Заблокировано после простоя
app-lock-heading = Заблокировано
app-lock-text = { $count ->
    [one] Рабочая область скрывается после { $count } минуты без действий. Чтобы продолжить, введите парольную фразу.
    [few] Рабочая область скрывается после { $count } минут без действий. Чтобы продолжить, введите парольную фразу.
   *[many] Рабочая область скрывается после { $count } минут без действий. Чтобы продолжить, введите парольную фразу.
}
app-lock-unlock = Разблокировать
app-status-unlocked = Разблокировано
app-lock-failed = Не разблокировано: { $error }. Попробуйте ещё раз.

## Сохранность работы

app-recover-heading = Найдена несохранённая работа
app-recover-intro = Accord закрылся до того, как эти изменения были сохранены. Восстановите их или откажитесь от них навсегда.
app-recover-encrypted-unnamed = Зашифрованная рабочая область (ни разу не сохранялась)
app-recover-unnamed = «{ $name }» (ни разу не сохранялась)
# Папка файла, к которому относится несохранённая работа.
app-recover-folder = в папке { $folder }
app-recover-details = { $changes ->
    [one] { $changes } несохранённое изменение
    [few] { $changes } несохранённых изменения
   *[many] { $changes } несохранённых изменений
}, записано { $time } — { $records ->
    [one] { $records } запись
    [few] { $records } записи
   *[many] { $records } записей
}
app-recover-restore = Восстановить
app-recover-later = Решить позже
app-status-settle-open-first = Сначала сохраните изменения открытой рабочей области или откажитесь от них.
app-backups-heading = Восстановление из резервной копии
app-backups-intro = { $count ->
    [one] Хранится последняя { $count } сохранённая версия { $file }. Она откроется как новый несохранённый документ; сам файл не изменится.
    [few] Хранятся последние { $count } сохранённые версии { $file }. Выбранная откроется как новый несохранённый документ; сам файл не изменится.
   *[many] Хранятся последние { $count } сохранённых версий { $file }. Выбранная откроется как новый несохранённый документ; сам файл не изменится.
}
app-backups-reading = Чтение резервных копий…
app-backups-none = Резервных копий пока нет: копия делается каждый раз, когда файл перезаписывается.
app-backups-open = Открыть копию { $number }
app-changed-heading = Изменено кем-то другим
app-changed-text = Файл { $path } изменён на диске после того, как вы открыли или сохранили его. Поверх него ничего не записано.
app-changed-reload = Загрузить их версию (ваша сохранится как файл восстановления)
app-changed-save-as = Сохранить вашу как новый файл…
app-changed-overwrite = Записать вашу поверх (их версия сохранится как резервная копия)
