"""Every page in the sitemap is reachable by links from its language's home page."""

from urllib.parse import urldefrag, urlsplit

import pytest
from lxml import html

from raion.discovery.tests.test_sitemap import sitemap_locations
from raion.pages.models import StandardPage

pytestmark = pytest.mark.django_db

CLICKS = 3


def crawl(client, start, clicks):
    """Paths of the HTML pages of the client's site under `start`'s language prefix
    within `clicks` clicks."""
    own_hosts = ("", client.defaults["HTTP_HOST"], f"{client.defaults['HTTP_HOST']}:8000")
    prefix = start[:4]  # "/ru/"
    seen = {start}
    frontier = [start]
    for _click in range(clicks):
        following = []
        for path in frontier:
            response = client.get(path)
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            for href in html.fromstring(response.content).xpath("//a/@href"):
                parts = urlsplit(urldefrag(href).url)
                if parts.netloc not in own_hosts or not parts.path.startswith(prefix):
                    continue
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                if target not in seen:
                    seen.add(target)
                    following.append(target)
        frontier = following
    return {path.split("?")[0] for path in seen}


def test_a_crawl_from_each_home_reaches_every_page_of_the_sitemap(site_client, site_pages):
    about = site_pages.homes["ru"].get_children().get(slug="about")
    about.add_child(instance=StandardPage(title="Новая страница", slug="new-page", live=True))
    sitemap = {urlsplit(url).path for url in sitemap_locations(site_client)[1]}
    reached = set()
    for language in ("ru", "be", "en"):
        reached |= crawl(site_client, f"/{language}/", CLICKS)
    assert "/ru/about/new-page/" in sitemap
    assert sorted(sitemap - reached) == []
