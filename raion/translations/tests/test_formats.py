# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
"""Numbers, dates and times in each language's own form (Django ships no Belarusian ones)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

OCTOBER_13_2008 = datetime.date(2008, 10, 13)
MOMENT = datetime.datetime(2008, 10, 13, 9, 5)


@pytest.mark.parametrize(
    ("language", "date", "time", "number"),
    [
        ("be", "13\xa0кастрычніка 2008\xa0г.", "9:05", "1\xa0234\xa0567,5"),
        ("ru", "13\xa0октября 2008\xa0г.", "9:05", "1\xa0234\xa0567,5"),
        ("en", "Oct. 13, 2008", "9:05 a.m.", "1,234,567.5"),
    ],
)
def test_each_language_formats_dates_times_and_numbers(language, date, time, number):
    with translation.override(language):
        assert formats.date_format(OCTOBER_13_2008) == date
        assert formats.time_format(MOMENT.time()) == time
        assert formats.number_format(1234567.5, 1, force_grouping=True) == number


def test_belarusian_short_and_combined_forms():
    with translation.override("be"):
        assert formats.date_format(OCTOBER_13_2008, "SHORT_DATE_FORMAT") == "13.10.2008"
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == "13\xa0кастрычніка 2008\xa0г. 9:05"
        assert formats.date_format(OCTOBER_13_2008, "MONTH_DAY_FORMAT") == "13\xa0кастрычніка"
        assert formats.date_format(OCTOBER_13_2008, "YEAR_MONTH_FORMAT") == "кастрычнік 2008\xa0г."
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_russian_day_and_month_take_the_genitive():
    with translation.override("ru"):
        assert formats.date_format(OCTOBER_13_2008, "MONTH_DAY_FORMAT") == "13\xa0октября"
        assert formats.date_format(OCTOBER_13_2008, "YEAR_MONTH_FORMAT") == "Октябрь 2008\xa0г."
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == "13\xa0октября 2008\xa0г. 9:05"


def test_belarusian_input_formats_parse_what_editors_type():
    with translation.override("be"):
        parsed = [
            datetime.datetime.strptime("13.10.2008", pattern).date()
            for pattern in formats.get_format("DATE_INPUT_FORMATS")[:1]
        ]
    assert parsed == [OCTOBER_13_2008]


def test_templates_localize_numbers_in_belarusian():
    template = Template("{% load l10n %}{{ amount|localize }} {{ when|time }}")
    with translation.override("be"):
        rendered = template.render(Context({"amount": 2.5, "when": MOMENT.time()}))
    assert rendered == "2,5 9:05"
