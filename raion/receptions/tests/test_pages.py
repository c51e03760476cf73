# ruff: noqa: RUF001 -- Cyrillic on purpose
"""The demo districts' leadership, structure, receptions and appeals pages."""

import datetime

import icalendar
import pytest

from raion.receptions import calendar

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 3, 10, tzinfo=calendar.MINSK)


@pytest.fixture(autouse=True)
def _now(monkeypatch):
    monkeypatch.setattr(calendar, "minsk_now", lambda: NOW)
    monkeypatch.setattr("raion.receptions.queries.minsk_now", lambda: NOW)
    monkeypatch.setattr("raion.receptions.pages.minsk_now", lambda: NOW)
    monkeypatch.setattr("raion.receptions.templatetags.reception_tags.minsk_now", lambda: NOW)


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_page_of_the_hub_renders_in_each_language(site_client, language):
    for path in (
        "about/leadership/",
        "about/structure/",
        "about/structure/one-window/",
        "appeals/",
        "appeals/receptions/",
        "appeals/receptions/2027/01/",
    ):
        text(site_client.get(f"/{language}/{path}"))


def test_leadership_shows_each_officials_next_receptions_and_feed(client):
    html = text(client.get("/ru/about/leadership/"))
    assert "Сергей Викторович Ковалёв" in html
    assert "1-я и 3-я среда месяца, 8:00–13:00" in html
    assert "16\xa0декабря 2026" in html  # the chairman's next reception (3rd Wednesday)
    assert "/ru/appeals/receptions/ical/" in html and '"@type": "Person"' in html


def test_the_month_view_marks_holidays(client):
    html = text(client.get("/ru/appeals/receptions/2027/01/"))
    # Liozno's deputy receives on Thursdays: not on Orthodox Christmas, 7 January 2027.
    assert "Не проводится: Рождество Христово" in html
    # Gorodok's manager receives on the 1st and 3rd Monday; 20 April 2026 is a day off
    # (moved from 25 April) and the 21st is Radunitsa: the reception moves to the 22nd.
    html = text(client.get("/ru/appeals/receptions/2026/04/", HTTP_HOST="gorodok.localhost"))
    assert "Перенесено с 20\xa0апреля 2026\xa0г. (Выходной (перенесено с 25.04.2026))" in html


def test_home_and_appeals_show_upcoming_receptions(client):
    for path in ("/ru/", "/ru/appeals/"):
        html = text(client.get(path))
        assert "Ближайшие приёмы и прямые линии" in html
    appeals = text(client.get("/be/appeals/"))
    assert "обращения.бел" in appeals or "xn--80abnmycp7evc" in appeals
    assert "15" in appeals


def test_site_feed_parses(client):
    response = client.get("/ru/appeals/receptions/ical/")
    assert response["Content-Type"].startswith("text/calendar")
    calendar_ = icalendar.Calendar.from_ical(response.content)
    assert len(calendar_.walk("VEVENT")) > 5


def test_structure_is_a_tree_with_json_ld(client):
    html = text(client.get("/en/about/structure/"))
    assert "One-window service" in html and '"department"' in html
    unit = text(client.get("/en/about/structure/one-window/"))
    assert "openingHoursSpecification" in unit
    assert client.get("/en/about/structure/no-such-unit/").status_code == 404
    assert client.get("/en/appeals/receptions/1999/01/").status_code == 404
    assert client.get("/en/appeals/receptions/ical/999999/").status_code == 404
