# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""The read API: one site's published content only, filters, pages, limits."""

import copy
import datetime

import pytest
from wagtail.models import PageViewRestriction

from raion.documents.factories import make_document
from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure
from raion.search.tests.factories import article, page

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_district(module_db):
    site = make_site("api-district")
    article(site, "ru", "first", "Первая новость", "Текст.", date=datetime.date(2026, 1, 10))
    article(site, "be", "first", "Першая навіна", "Тэкст.", date=datetime.date(2026, 1, 10))
    article(site, "ru", "second", "Вторая новость", "Текст.", date=datetime.date(2026, 2, 10))
    page(site, "ru", "info", "Справка", "Текст страницы.")
    return site


@pytest.fixture
def district(db, module_district):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district)


def get(client, site, collection, **params):
    return client.get(f"/api/v1/{collection}/", params, HTTP_HOST=site.site.hostname)


def titles(response):
    return [item["title"] for item in response.json()["items"]]


def test_news_of_the_site_in_a_language(client, district):
    response = get(client, district, "news", language="ru")
    assert response.status_code == 200
    assert titles(response) == ["Вторая новость", "Первая новость"]
    item = response.json()["items"][0]
    assert item["url"] == "http://api-district.example.by/ru/news/district/second/"
    assert item["date"] == "2026-02-10" and item["type"] == "news"
    assert "public" in response["Cache-Control"]


def test_filters_and_pages(client, district):
    assert titles(get(client, district, "news", language="ru", date_from="2026-02-01")) == [
        "Вторая новость"
    ]
    assert "Справка" in titles(get(client, district, "pages", language="ru"))
    assert "Справка" not in titles(get(client, district, "news", language="ru"))
    in_section = titles(get(client, district, "pages", section="ru/news/district"))
    assert set(in_section) == {"Новости района", "Первая новость", "Вторая новость"}
    paged = get(client, district, "news", language="ru", page_size=1, page=2).json()
    assert (
        paged["count"] == 2
        and paged["pages"] == 2
        and paged["items"][0]["title"] == "Первая новость"
    )
    assert get(client, district, "news", page=99).status_code == 400
    assert get(client, district, "news", date_from="yesterday").status_code == 400
    assert get(client, district, "news", language="xx").status_code == 400
    assert get(client, district, "nonsense").status_code == 400


def test_never_drafts_private_pages_or_another_sites_content(client, district):
    other = make_site("api-other")
    article(other, "ru", "foreign", "Чужая новость", "Текст.")
    draft = article(district, "ru", "draft", "Черновик", "Текст.")
    draft.unpublish()
    private = article(district, "ru", "private", "Закрытая", "Текст.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = titles(get(client, district, "pages", page_size=100))
    assert not {"Чужая новость", "Черновик", "Закрытая"} & set(listed)
    assert titles(get(client, other, "news")) == ["Чужая новость"]


def test_documents_and_procedures_of_the_site(client, district):
    other = make_site("api-documents-other")
    document = make_document(district.site, title="О благоустройстве агрогородков")
    make_document(other.site, title="Чужое решение")
    make_local(district.site, make_procedure("1.1.5", name="Постановка на учёт"))
    make_local(other.site, make_procedure("1.1.6", name="Чужая процедура"))

    items = get(client, district, "document", language="ru").json()["items"]
    assert [(item["id"], item["title"]) for item in items] == [
        (f"document:{document.pk}", "О благоустройстве агрогородков")
    ]
    procedures = [titles(get(client, site, "procedure")) for site in (district, other)]
    assert procedures == [
        ["1.1.5. Постановка на учёт"],
        ["1.1.6. Чужая процедура"],
    ]


def test_rate_limited_per_address(client, district, settings):
    settings.RAION_API_REQUESTS_PER_MINUTE = 2
    assert get(client, district, "news").status_code == 200
    assert get(client, district, "news").status_code == 200
    limited = get(client, district, "news")
    assert limited.status_code == 429 and limited["Retry-After"] == "60"
