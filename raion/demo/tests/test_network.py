# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
"""The demo network: the regional committee and three districts, each on its hostname,
each home in ru, be and en, and a second `load_demo` that changes nothing."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Site

from raion.core.models import SiteIdentity
from raion.landmarks.models import LandmarkCarousel
from raion.links.models import ResourceList
from raion.network.models import GovernmentBody
from raion.news.models import NewsArticlePage
from tests.pages import page_type_urls

pytestmark = pytest.mark.django_db

# hostname: (the body's full name in ru, be, en), a caption of its carousel in ru
SITES = {
    "vitebsk.localhost": (
        "Витебский областной исполнительный комитет",
        "Віцебскі абласны выканаўчы камітэт",
        "Vitebsk Regional Executive Committee",
        "Витебск. Ратуша",
    ),
    "liozno.localhost": (
        "Лиозненский районный исполнительный комитет",
        "Лёзненскі раённы выканаўчы камітэт",
        "Liozno District Executive Committee",
        "Лиозно. Железнодорожная станция",
    ),
    "gorodok.localhost": (
        "Городокский районный исполнительный комитет",
        "Гарадоцкі раённы выканаўчы камітэт",
        "Gorodok District Executive Committee",
        "Городок. Замковая гора",
    ),
    "senno.localhost": (
        "Сенненский районный исполнительный комитет",
        "Сенненскі раённы выканаўчы камітэт",
        "Senno District Executive Committee",
        "Сенно. Сенненское озеро",
    ),
}


def snapshot():
    """Every row the demo creates, with the state that a second load could change."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("path", "slug", "live", "latest_revision")
        ),
        "sites": list(Site.objects.order_by("pk").values()),
        "bodies": list(GovernmentBody.objects.order_by("pk").values()),
        "identities": list(SiteIdentity.objects.order_by("pk").values()),
        "carousels": LandmarkCarousel.objects.count(),
        "resources": ResourceList.objects.count(),
    }


@pytest.mark.parametrize("hostname", SITES)
@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_site_serves_its_home_in_every_language(client, hostname, language):
    response = client.get(f"/{language}/", HTTP_HOST=f"{hostname}:8000")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    full_name = SITES[hostname][("ru", "be", "en").index(language)]
    assert soup.h1.get_text(strip=True) == full_name
    assert soup.select(".home-news__section time[datetime]"), "no dated news on the home page"


@pytest.mark.parametrize("hostname", SITES)
def test_every_site_shows_its_own_carousel_and_resources(client, hostname):
    html = client.get("/ru/", HTTP_HOST=hostname).content.decode()
    assert SITES[hostname][3] in html
    others = [caption for host, (*_, caption) in SITES.items() if host != hostname]
    assert not any(caption in html for caption in others)
    assert "Интернет-ресурсы" in html and "pravo.by" in html


def test_the_region_and_its_districts_are_government_bodies():
    bodies = {body.site.hostname: body for body in GovernmentBody.objects.select_related("site")}
    region = bodies["vitebsk.localhost"]
    assert region.kind == GovernmentBody.Kind.REGION and region.region is None
    for hostname in ("127.0.0.1", "gorodok.localhost", "senno.localhost"):
        assert bodies[hostname].kind == GovernmentBody.Kind.DISTRICT
        assert bodies[hostname].region == region


def test_liozno_stays_the_default_site_on_127_0_0_1(client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    for host in ("127.0.0.1:8000", "liozno.localhost:8000", "testserver"):
        html = client.get("/en/", HTTP_HOST=host).content.decode()
        assert "Liozno District Executive Committee" in html


def test_region_publishes_regional_news_in_three_languages():
    region = Site.objects.get(hostname="vitebsk.localhost")
    home = region.root_page
    articles = NewsArticlePage.objects.live().filter(url_path__contains="/news/region/")
    for language, prefix in (("ru", ""), ("be", "-be"), ("en", "-en")):
        own = articles.filter(url_path__startswith=f"/{home.slug}{prefix}/")
        assert own.filter(locale__language_code=language).count() >= 3


@pytest.mark.parametrize("hostname", ["liozno.localhost", "gorodok.localhost", "senno.localhost"])
@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_district_shows_the_regions_news_and_the_region_lists_it(client, hostname, language):
    prefix = "" if language == "ru" else f"-{language}"
    originals = NewsArticlePage.objects.live().filter(
        url_path__startswith=f"/vitebsk-region{prefix}/news/region/"
    )
    listing = client.get(f"/{language}/news/region/", HTTP_HOST=hostname).content.decode()
    assert originals and all(article.title in listing for article in originals)
    directory = client.get(f"/{language}/districts/", HTTP_HOST="vitebsk.localhost")
    assert directory.status_code == 200
    assert SITES[hostname][("ru", "be", "en").index(language)] in directory.content.decode()


def test_sitemaps_list_regional_news_on_the_regions_site_only(client):
    copies = NewsArticlePage.objects.live().filter(url_path__startswith="/liozno/news/region/")
    assert copies and all(copy.alias_of_id for copy in copies)
    district = client.get("/sitemap.xml", HTTP_HOST="liozno.localhost").content.decode()
    region = client.get("/sitemap.xml", HTTP_HOST="vitebsk.localhost").content.decode()
    for copy in copies:
        assert f"/ru/news/region/{copy.slug}/" not in district
        assert f"vitebsk.localhost:8000/ru/news/region/{copy.alias_of.slug}/" in region


def test_a_second_load_changes_nothing_and_prints_every_address():
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    printed = out.getvalue()
    assert "0 pages created" in printed
    for address in (
        "http://vitebsk.localhost:8000/",
        "http://liozno.localhost:8000/",
        "http://127.0.0.1:8000/",
        "http://gorodok.localhost:8000/",
        "http://senno.localhost:8000/",
    ):
        assert address in printed


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_page_type_answers_on_each_site(site_client, site_pages, language):
    for name, url in page_type_urls(site_pages, language).items():
        response = site_client.get(url)
        assert response.status_code == (404 if name == "404" else 200), (name, url)
        assert f'<html lang="{language}">' in response.content.decode()
