# ruff: noqa: RUF001, RUF002, RUF003 -- Cyrillic (be) on purpose
"""Belarusian date, time and number formats, which Django does not ship.

Written the way Belarusian official texts write them: «13 кастрычніка 2008 г.», 9:05,
1 234,5, with non-breaking spaces between a number and its word. The `E` format is the
genitive month name ("alt. month" in Django's catalogues).
"""

from django.utils.translation import gettext_noop

# Django's Belarusian catalogue gives `F` the genitive («кастрычніка»); ours gives these
# names the nominative, so that YEAR_MONTH_FORMAT reads «кастрычнік 2008 г.».
NOMINATIVE_MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

DATE_FORMAT = "j\xa0E Y\xa0г."
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j\xa0E Y\xa0г. G:i"
YEAR_MONTH_FORMAT = "F Y\xa0г."
MONTH_DAY_FORMAT = "j\xa0E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '13.10.2008'
    "%d.%m.%y",  # '13.10.08'
    "%Y-%m-%d",  # '2008-10-13'
]
TIME_INPUT_FORMATS = [
    "%H:%M:%S",  # '14:30:59'
    "%H:%M",  # '14:30'
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",  # '13.10.2008 14:30:59'
    "%d.%m.%Y %H:%M",  # '13.10.2008 14:30'
    "%d.%m.%y %H:%M",  # '13.10.08 14:30'
    "%Y-%m-%d %H:%M:%S",  # '2008-10-13 14:30:59'
    "%Y-%m-%d %H:%M",  # '2008-10-13 14:30'
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # non-breaking space
NUMBER_GROUPING = 3
