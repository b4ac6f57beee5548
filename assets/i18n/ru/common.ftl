# Общие слова всех частей интерфейса.

language-native-name = Русский

month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь

month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря

weekday-mon = понедельник
weekday-tue = вторник
weekday-wed = среда
weekday-thu = четверг
weekday-fri = пятница
weekday-sat = суббота
weekday-sun = воскресенье

weekday-short-mon = Пн
weekday-short-tue = Вт
weekday-short-wed = Ср
weekday-short-thu = Чт
weekday-short-fri = Пт
weekday-short-sat = Сб
weekday-short-sun = Вс

date-day = { $day } { $month } { $year } г.
date-month = { $month } { $year }
date-day-month = { $day } { $month }
date-weekday-day = { $weekday }, { $date }
date-day-time = { $date }, { $time }

common-save = Сохранить
common-cancel = Отмена
common-close = Закрыть
common-ok = ОК
common-delete = Удалить
common-remove = Убрать
common-add = Добавить
common-edit = Изменить
common-open = Открыть
common-back = Назад
common-apply = Применить
common-discard = Не сохранять
common-keep-editing = Продолжить правку
common-today = Сегодня
common-previous = Назад
common-next = Вперёд
common-yes = Да
common-no = Нет
common-none = Нет
common-unknown = Неизвестно

common-records = { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}

# The day picker's arrows.
common-previous-year = Предыдущий год
common-previous-month = Предыдущий месяц
common-next-month = Следующий месяц
common-next-year = Следующий год

# Номер заседания: 3-е (заседание).
common-ordinal = { $number }-е
