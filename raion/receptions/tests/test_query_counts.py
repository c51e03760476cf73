"""The hub's pages cost the same number of queries with 5 officials or 50 officials and
over 500 occurrences a month."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from raion.network import content_version
from raion.network.factories import make_site
from raion.people.models import Official
from raion.receptions import calendar
from raion.receptions.factories import make_official, make_schedule, new_official, new_schedule
from raion.receptions.models import Schedule
from raion.receptions.occurrences import occurrences

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2027, 3, 2, 7, tzinfo=calendar.MINSK)
PAGES = ("/ru/", "/ru/about/leadership/", "/ru/appeals/", "/ru/appeals/receptions/2027/03/")


@pytest.fixture(autouse=True)
def _now(monkeypatch):
    for module in ("queries", "pages", "templatetags.reception_tags"):
        monkeypatch.setattr(f"raion.receptions.{module}.minsk_now", lambda: NOW)


def add_officials(site, first, count):
    for n in range(first, first + count):
        official = make_official(site, f"Official {n}", sort_order=n)
        for days in ("MO", "WE", "FR"):
            make_schedule(site, official, weekdays=days, place=f"Room {n}")


def add_officials_in_bulk(site, first, count):
    """The rows `add_officials` makes, in one insert per table: without the signals of each
    save, which index officials for search (not read here) and make fragments stale."""
    numbers = range(first, first + count)
    officials = Official.objects.bulk_create(
        [new_official(site, f"Official {n}", sort_order=n) for n in numbers]
    )
    Schedule.objects.bulk_create(
        [
            new_schedule(site, official, weekdays=days, place=f"Room {n}")
            for n, official in zip(numbers, officials, strict=True)
            for days in ("MO", "WE", "FR")
        ]
    )
    content_version.bump(site.pk)


def queries_for(client, url):
    client.get(url)  # warm the fragment cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_officials_and_occurrences(client):
    site = make_site("orsha").site
    client.defaults["HTTP_HOST"] = site.hostname
    add_officials(site, 0, 5)
    few = {url: queries_for(client, url) for url in PAGES}
    add_officials_in_bulk(site, 5, 45)
    many = {url: queries_for(client, url) for url in PAGES}

    month = occurrences(
        list(site_schedules(site)), datetime.date(2027, 3, 1), datetime.date(2027, 4, 1)
    )
    assert len(month) >= 500
    html = client.get("/ru/appeals/receptions/2027/03/").content.decode()
    assert html.count('<li class="occurrence') == len(month)
    assert "Official 49" in client.get("/ru/about/leadership/").content.decode()
    assert many == few
    print("queries", many)


def site_schedules(site):
    from raion.receptions.models import Schedule

    return Schedule.objects.filter(site=site).select_related("official")
