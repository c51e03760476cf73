"""Dates as each language writes them, with the genitive month names that ru and be need."""

import datetime

from django.utils import translation

# fmt: off
# Genitive forms: «13 октября 2008», «13 кастрычніка 2008».
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
# Nominative forms, for archive headings such as «Октябрь 2008».
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


def _language(language_code):
    code = (language_code or translation.get_language() or "ru").split("-")[0]
    return code if code in MONTHS_NOMINATIVE else "en"


def format_date(value: datetime.date, language_code: str | None = None) -> str:
    """`13 октября 2008`, `13 кастрычніка 2008`, `13 October 2008`."""
    month = MONTHS_GENITIVE[_language(language_code)][value.month - 1]
    return f"{value.day} {month} {value.year}"


def format_month(year: int, month: int, language_code: str | None = None) -> str:
    """`Октябрь 2008`, `Кастрычнік 2008`, `October 2008`."""
    name = MONTHS_NOMINATIVE[_language(language_code)][month - 1]
    return f"{name[:1].upper()}{name[1:]} {year}"
