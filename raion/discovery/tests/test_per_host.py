"""Two districts on two hostnames: each host's machine-readable views speak of that host
only, with that host's addresses."""

import datetime
import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.network.sites import pages_of_site
from raion.news.models import NewsArticlePage

from .test_sitemap import NAMESPACES

pytestmark = pytest.mark.django_db

VITEBSK = "vitebsk.example.by"


@pytest.fixture
def vitebsk(demo):
    return make_site("vitebsk", VITEBSK)


@pytest.fixture
def articles(vitebsk):
    """{language: the article "Vitebsk opens" in Vitebsk's "District news"}."""
    articles = {}
    for code, sections in vitebsk.sections.items():
        articles[code] = ensure_child(
            sections["district"],
            NewsArticlePage,
            "vitebsk-opens",
            locale=sections["district"].locale,
            translation_of=articles.get("ru"),
            title=f"Vitebsk opens ({code})",
            date=datetime.date(2026, 1, 15),
            lead="The first news of Vitebsk.",
        )
    return articles


def liozno_root(demo):
    return demo.site.root_url  # http://127.0.0.1:8000


def get(client, host, url):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, (host, url, response.status_code)
    return response


def sitemap_urls(client, host):
    tree = ElementTree.fromstring(get(client, host, "/sitemap.xml").content)  # noqa: S314
    locations = [loc.text for loc in tree.findall("sm:url/sm:loc", NAMESPACES)]
    alternates = [link.get("href") for link in tree.findall("sm:url/xhtml:link", NAMESPACES)]
    return locations, alternates


def test_each_hosts_sitemap_lists_its_own_pages_on_its_own_hostname(
    client, demo, vitebsk, articles
):
    locations, alternates = sitemap_urls(client, VITEBSK)
    expected = {page.full_url for page in pages_of_site(vitebsk.site).live().specific()}
    assert {article.full_url for article in articles.values()} <= expected
    assert set(locations) == expected
    assert all(url.startswith(f"http://{VITEBSK}/") for url in locations + alternates)

    liozno_locations, liozno_alternates = sitemap_urls(client, "127.0.0.1:8000")
    assert demo.kyrgyzstan_article["be"].full_url in liozno_locations
    assert all(url.startswith(liozno_root(demo)) for url in liozno_locations + liozno_alternates)


def test_robots_txt_points_at_the_hosts_own_sitemap(client, demo, vitebsk):
    for host in (VITEBSK, "127.0.0.1:8000"):
        robots = get(client, host, "/robots.txt").content.decode()
        assert f"Sitemap: http://{host}/sitemap.xml" in robots.splitlines()


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_a_hosts_feeds_link_to_its_own_articles(client, demo, vitebsk, articles, feed):
    section = vitebsk.sections["en"]["district"]
    content = get(client, VITEBSK, f"{section.url}{feed}/").content.decode()
    assert articles["en"].full_url in content
    assert f"{liozno_root(demo)}/" not in content
    links = [href for href in _feed_links(content, feed) if href.startswith("http")]
    assert links and all(href.startswith(f"http://{VITEBSK}/") for href in links)


def _feed_links(content, feed):
    tree = ElementTree.fromstring(content)  # noqa: S314  (our own output)
    if feed == "rss":
        return [element.text for element in tree.iter() if element.tag in ("link", "guid")]
    return [element.get("href") for element in tree.iter("{http://www.w3.org/2005/Atom}link")]


def page_head(client, host, url):
    soup = BeautifulSoup(get(client, host, url).content, "html.parser")
    scripts = soup.find_all("script", type="application/ld+json")
    data = {item["@type"]: item for item in (json.loads(script.string) for script in scripts)}
    canonical = soup.find("link", rel="canonical")
    return data, canonical and canonical["href"], soup.find("meta", property="og:url")["content"]


def test_json_ld_and_canonical_urls_use_the_hosts_addresses(client, demo, vitebsk, articles):
    article = articles["be"]
    data, canonical, og_url = page_head(client, VITEBSK, article.url)
    assert data["NewsArticle"]["mainEntityOfPage"] == article.full_url
    assert data["NewsArticle"]["publisher"]["name"] == "Vitebsk District Executive Committee (be)"
    crumbs = [item["item"] for item in data["BreadcrumbList"]["itemListElement"]]
    sections = vitebsk.sections["be"]
    trail = [vitebsk.homes["be"], sections["news"], sections["district"], article]
    assert crumbs == [page.full_url for page in trail]
    assert canonical == og_url == article.full_url

    home, home_canonical, _ = page_head(client, VITEBSK, "/ru/")
    assert home["GovernmentOrganization"]["url"] == f"http://{VITEBSK}/"
    assert home_canonical == vitebsk.homes["ru"].full_url

    liozno_article = demo.kyrgyzstan_article["ru"]
    data, canonical, _ = page_head(client, "127.0.0.1:8000", liozno_article.url)
    assert data["NewsArticle"]["mainEntityOfPage"] == canonical == liozno_article.full_url


def test_canonical_urls_name_the_sites_hostname_and_listing_page(client, demo):
    """A site answering under another name (an IP address, a `www.` twin) is indexed
    under its own hostname; of the query string only the listing's page number counts."""
    section = demo.district["ru"]
    _, canonical, _ = page_head(client, "liozno.example.by", f"{section.url}?page=2&utm=x")
    assert canonical == f"{section.full_url}?page=2"
    _, canonical, _ = page_head(client, "liozno.example.by", f"{section.url}?page=1")
    assert canonical == section.full_url
    home, _, _ = page_head(client, "liozno.example.by", "/ru/")
    assert home["GovernmentOrganization"]["url"] == f"{liozno_root(demo)}/"
