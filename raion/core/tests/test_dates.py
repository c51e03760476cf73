# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
import datetime

import pytest
from django.utils import translation

from raion.core.dates import format_date, format_month

OCTOBER_13_2008 = datetime.date(2008, 10, 13)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "13\xa0октября 2008\xa0г."),
        ("be", "13\xa0кастрычніка 2008\xa0г."),
        ("en", "13\xa0October 2008"),
    ],
)
def test_dates_use_each_languages_genitive_month_and_year_mark(language, expected):
    assert format_date(OCTOBER_13_2008, language) == expected


def test_date_follows_the_active_language():
    with translation.override("be"):
        assert format_date(datetime.date(2026, 5, 1)) == "1\xa0траўня 2026\xa0г."
    with translation.override("ru"):
        assert format_date(datetime.date(2026, 3, 8)) == "8\xa0марта 2026\xa0г."


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_a_date_breaks_only_between_month_and_year(language):
    # A line may end after the month, never between a number and its word.
    assert format_date(OCTOBER_13_2008, language).count(" ") == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Октябрь 2008\xa0г."), ("be", "Кастрычнік 2008\xa0г."), ("en", "October 2008")],
)
def test_archive_months_are_nominative_and_capitalised(language, expected):
    assert format_month(2008, 10, language) == expected


def test_unknown_language_falls_back_to_english():
    assert format_date(OCTOBER_13_2008, "de") == "13\xa0October 2008"
