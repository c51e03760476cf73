# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
"""The demo reproduces the seed page: header, landmarks, dated news, Internet resources."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from raion.core.models import SiteIdentity
from raion.landmarks.models import Landmark
from raion.links.models import Resource
from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db

LANDMARK_CAPTIONS_RU = (
    "Лиозно. Железнодорожная станция",
    "Лиозно. Центральная площадь",
    "Мемориальный комплекс «Танк»",
    "Лиозно. Районный центр культуры",
)


def counts():
    return (
        Page.objects.count(),
        SiteIdentity.objects.count(),
        Landmark.objects.count(),
        Resource.objects.count(),
    )


def test_loading_the_demo_twice_creates_nothing_twice(demo):
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_demo_has_two_sections_with_at_least_thirty_articles_in_ru_and_en(demo):
    for language in ("ru", "en"):
        articles = NewsArticlePage.objects.live().filter(locale__language_code=language)
        assert articles.count() >= 30
        assert articles.descendant_of(demo.district[language]).exists()
        assert articles.descendant_of(demo.republic[language]).exists()


def test_english_home_shows_the_seed_header_and_blocks(client, demo):
    html = client.get("/en/").content.decode()
    assert "211220" in html
    assert "79/2 Lenina Street" in html
    assert "5-25-69" in html
    assert "Fax:" in html
    assert "обращения.бел" in html
    for caption in ("railway station", "Central Square", "Tank", "culture centre"):
        assert caption.lower() in html.lower()
    assert "District news" in html and "Republic news" in html
    assert '<time datetime="' in html
    assert "Internet resources" in html
    assert "pravo.by" in html
    assert "demonstration" in html.lower()


def test_russian_home_is_the_same_site_in_russian(client, demo):
    html = client.get("/ru/").content.decode()
    assert '<html lang="ru">' in html
    assert "Лиозненский районный исполнительный комитет" in html
    for caption in LANDMARK_CAPTIONS_RU:
        assert caption in html
    assert "Новости района" in html and "Новости республики" in html
    assert "Интернет-ресурсы" in html


def test_the_2008_article_shows_date_title_body_and_breadcrumbs(client, demo):
    article = demo.kyrgyzstan_article["en"]
    html = client.get(article.url).content.decode()
    assert "13\xa0October 2008" in html
    assert article.title in html
    assert "Kyrgyzstan" in html and "Bishkek" in html
    breadcrumbs = BeautifulSoup(html, "html.parser").select(".breadcrumbs li")
    assert [crumb.get_text(strip=True) for crumb in breadcrumbs] == [
        demo.homes["en"].title,
        "News",
        "Republic news",
        article.title,
    ]
    assert breadcrumbs[-1].find(attrs={"aria-current": "page"})


def test_the_2008_article_exists_in_all_three_languages(client, demo):
    dates = {
        "ru": "13\xa0октября 2008\xa0г.",
        "be": "13\xa0кастрычніка 2008\xa0г.",
        "en": "13\xa0October 2008",
    }
    for language, date in dates.items():
        response = client.get(demo.kyrgyzstan_article[language].url)
        assert response.status_code == 200
        assert date in response.content.decode()
