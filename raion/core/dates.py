# ruff: noqa: RUF001, RUF002, RUF003 -- Cyrillic (ru, be) on purpose
"""Dates as each language writes them, with the genitive month names that ru and be need.

Russian and Belarusian official texts end a year with «г.»; the spaces inside a date are
non-breaking, so a day never parts from its month nor a year from its «г.» at a line end.
"""

import datetime

from django.utils import translation

# fmt: off
# Genitive forms: «13 октября 2008 г.», «13 кастрычніка 2008 г.».
MONTHS_GENITIVE = {
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
    "be": (
        "студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня",
        "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня",
    ),
}
# Nominative forms, for month-and-year headings such as «Октябрь 2008 г.».
MONTHS_NOMINATIVE = {
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
    "be": (
        "студзень", "люты", "сакавік", "красавік", "травень", "чэрвень",
        "ліпень", "жнівень", "верасень", "кастрычнік", "лістапад", "снежань",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}
# fmt: on
MONTHS_GENITIVE["en"] = MONTHS_NOMINATIVE["en"]
NBSP = "\xa0"
# What follows a year in running text; English writes the bare year.
YEAR_SUFFIX = {"ru": f"{NBSP}г.", "be": f"{NBSP}г.", "en": ""}


def _language(language_code):
    code = (language_code or translation.get_language() or "ru").split("-")[0]
    return code if code in MONTHS_NOMINATIVE else "en"


def format_date(value: datetime.date, language_code: str | None = None) -> str:
    """`13 октября 2008 г.`, `13 кастрычніка 2008 г.`, `13 October 2008`."""
    language = _language(language_code)
    month = MONTHS_GENITIVE[language][value.month - 1]
    return f"{value.day}{NBSP}{month} {value.year}{YEAR_SUFFIX[language]}"


def format_month(year: int, month: int, language_code: str | None = None) -> str:
    """`Октябрь 2008 г.`, `Кастрычнік 2008 г.`, `October 2008`."""
    language = _language(language_code)
    name = MONTHS_NOMINATIVE[language][month - 1]
    return f"{name[:1].upper()}{name[1:]} {year}{YEAR_SUFFIX[language]}"
