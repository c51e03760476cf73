# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""Russian date formats where Django's differ from official texts.

Django writes the day and month as «13 Октябрь» (nominative); the genitive `E` gives
«13 октября». The spaces between a number and its word are non-breaking. Every other
format falls through to Django's own Russian module.
"""

DATE_FORMAT = "j\xa0E Y\xa0г."
DATETIME_FORMAT = "j\xa0E Y\xa0г. G:i"
YEAR_MONTH_FORMAT = "F Y\xa0г."
MONTH_DAY_FORMAT = "j\xa0E"
