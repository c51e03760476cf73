"""The banner at the top of every page of the chosen sites, by the clock, in the page's
language, as a region with a heading and not a live region."""

from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .factories import AlertFactory

pytestmark = pytest.mark.django_db


def clock_at(moment):
    return mock.patch("raion.alerts.showing.timezone", SimpleNamespace(now=lambda: moment))


def page(client, provisioned, path="/ru/"):
    return client.get(path, HTTP_HOST=provisioned.site.hostname).content.decode()


def test_an_alert_shows_on_its_sites_only_in_each_language(client, district_a, district_b):
    AlertFactory(sites=[district_a.site], text_ru="Нет воды на ул. Ленина")
    shown = page(client, district_a)
    assert 'class="alert-banner"' in shown
    assert "Нет воды на ул. Ленина" in shown
    assert 'role="alert"' not in shown and "aria-live" not in shown
    assert 'aria-labelledby="alert-banner-heading"' in shown
    assert "Штармавое папярэджанне" in page(client, district_a, "/be/")
    assert "Storm warning" in page(client, district_a, "/en/")
    assert "alert-banner" not in page(client, district_b)


def test_english_falls_back_to_russian_marked_as_russian(client, district_a):
    AlertFactory(sites=[district_a.site], text_en="")
    assert '<span lang="ru">Штормовое предупреждение</span>' in page(client, district_a, "/en/")


def test_an_alert_on_every_site_shows_everywhere(client, district_a, district_b):
    AlertFactory(all_sites=True)
    assert "alert-banner" in page(client, district_a)
    assert "alert-banner" in page(client, district_b)


def test_the_banner_follows_the_clock_without_any_change_of_version(client, district_a):
    now = timezone.now()
    AlertFactory(
        sites=[district_a.site],
        starts_at=now + timedelta(minutes=10),
        ends_at=now + timedelta(minutes=20),
    )
    assert "alert-banner" not in page(client, district_a)
    with clock_at(now + timedelta(minutes=11)):
        assert "alert-banner" in page(client, district_a)
    with clock_at(now + timedelta(minutes=21)):
        assert "alert-banner" not in page(client, district_a)


def test_the_most_urgent_comes_first_and_text_is_escaped(client, district_a):
    AlertFactory(sites=[district_a.site], severity="information", text_ru="Справка")
    AlertFactory(sites=[district_a.site], severity="danger", text_ru="<script>x</script>")
    shown = page(client, district_a)
    assert shown.index("&lt;script&gt;") < shown.index("Справка")
    assert "<script>x" not in shown


def test_a_warm_page_costs_no_query_for_alerts(client, district_a):
    AlertFactory(sites=[district_a.site])
    page(client, district_a)
    with CaptureQueriesContext(connection) as queries:
        page(client, district_a)
    assert not [q for q in queries.captured_queries if "alerts_alert" in q["sql"]]
