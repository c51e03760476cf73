import datetime

import pytest
from django.utils import translation

from raion.core.dates import format_date, format_month

OCTOBER_13_2008 = datetime.date(2008, 10, 13)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "13 октября 2008"), ("be", "13 кастрычніка 2008"), ("en", "13 October 2008")],
)
def test_dates_use_each_languages_genitive_month(language, expected):
    assert format_date(OCTOBER_13_2008, language) == expected


def test_date_follows_the_active_language():
    with translation.override("be"):
        assert format_date(datetime.date(2026, 5, 1)) == "1 траўня 2026"
    with translation.override("ru"):
        assert format_date(datetime.date(2026, 3, 8)) == "8 марта 2026"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Октябрь 2008"), ("be", "Кастрычнік 2008"), ("en", "October 2008")],
)
def test_archive_months_are_nominative_and_capitalised(language, expected):
    assert format_month(2008, 10, language) == expected


def test_unknown_language_falls_back_to_english():
    assert format_date(OCTOBER_13_2008, "de") == "13 October 2008"
