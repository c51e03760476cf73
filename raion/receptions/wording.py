# ruff: noqa: RUF001, RUF002 -- Cyrillic (ru, be) on purpose
"""A schedule's rule in words, as each language says it: «по средам», «1-я и 3-я среда
месяца», «1-ы і 3-і чацвер месяца», "1st and 3rd Wednesday of the month".

Russian and Belarusian ordinals agree with the weekday's gender, so this is a table per
language rather than catalogue strings.
"""

from django.utils import translation

from raion.core.dates import format_date

# fmt: off
DAYS = {  # nominative, gender, dative or locative plural ("on Mondays")
    "ru": (
        ("понедельник", "m", "понедельникам"), ("вторник", "m", "вторникам"),
        ("среда", "f", "средам"), ("четверг", "m", "четвергам"),
        ("пятница", "f", "пятницам"), ("суббота", "f", "субботам"),
        ("воскресенье", "n", "воскресеньям"),
    ),
    "be": (
        ("панядзелак", "m", "панядзелках"), ("аўторак", "m", "аўторках"),
        ("серада", "f", "серадах"), ("чацвер", "m", "чацвяргах"),
        ("пятніца", "f", "пятніцах"), ("субота", "f", "суботах"),
        ("нядзеля", "f", "нядзелях"),
    ),
    "en": tuple(
        (day, "", f"{day}s")
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    ),
}
# fmt: on
WORDS = {
    "ru": {"and": "и", "on": "по", "month": "месяца", "working": "по рабочим дням"},
    "be": {"and": "і", "on": "па", "month": "месяца", "working": "па працоўных днях"},
    "en": {"and": "and", "on": "on", "month": "of the month", "working": "on working days"},
}
LAST = {
    "ru": {"m": "последний", "f": "последняя", "n": "последнее"},
    "be": {"m": "апошні", "f": "апошняя"},
    "en": {"": "last"},
}
EN_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _language():
    code = (translation.get_language() or "ru").split("-")[0]
    return code if code in DAYS else "en"


def _ordinal(language, week, gender):
    if week == -1:
        return LAST[language][gender]
    if language == "ru":
        return f"{week}-{ {'m': 'й', 'f': 'я', 'n': 'е'}[gender] }"
    if language == "be":
        return f"{week}-{'я' if gender == 'f' else ('і' if week in (2, 3) else 'ы')}"
    return f"{week}{EN_SUFFIX.get(week, 'th')}"


def join(items, language):
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {WORDS[language]['and']} {items[-1]}"


def days_in_words(schedule) -> str:
    """When the schedule's rule falls, without the times."""
    language = _language()
    words = WORDS[language]
    if schedule.date is not None:
        return format_date(schedule.date, language)
    if schedule.every_working_day:
        return words["working"]
    days = [DAYS[language][number] for number in schedule.weekday_numbers]
    weeks = schedule.week_numbers
    if not weeks:
        return f"{words['on']} {join((plural for _name, _gender, plural in days), language)}"
    phrases = [
        f"{join((_ordinal(language, week, gender) for week in weeks), language)} {name}"
        for name, gender, _plural in days
    ]
    return f"{join(phrases, language)} {words['month']}"


def hours(start, end) -> str:
    return f"{start:%-H:%M}–{end:%-H:%M}"


def schedule_in_words(schedule) -> str:
    return f"{days_in_words(schedule)}, {hours(schedule.start_time, schedule.end_time)}"


def weekday_name(day) -> str:
    name = DAYS[_language()][day.weekday()][0]
    return name[:1].upper() + name[1:]
