"""Every news section publishes valid RSS 2.0 and Atom 1.0 feeds."""

import re

import feedparser
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("section_name", ["news", "district", "republic"])
@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(("route", "version"), [("rss/", "rss20"), ("atom/", "atom10")])
def test_section_feeds_parse_cleanly(client, demo, section_name, language, route, version):
    section = getattr(demo, section_name)[language]
    response = client.get(section.url + route)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.entries, "a demo section's feed lists its articles"
    assert all(entry.link.startswith("http://") for entry in feed.entries)


def test_the_news_feed_carries_all_sections(client, demo):
    feed = feedparser.parse(client.get(demo.news["en"].url + "rss/").content)
    titles = {entry.title for entry in feed.entries}
    district = feedparser.parse(client.get(demo.district["en"].url + "rss/").content)
    republic = feedparser.parse(client.get(demo.republic["en"].url + "rss/").content)
    assert titles & {entry.title for entry in district.entries}
    assert titles & {entry.title for entry in republic.entries}


def test_feed_entries_are_newest_first_with_their_publication_dates(client, demo):
    feed = feedparser.parse(client.get(demo.republic["en"].url + "atom/").content)
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)


def test_pages_advertise_their_feeds(client, demo):
    html = client.get(demo.district["ru"].url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'type="application/atom+xml"' in html
    home = client.get("/ru/").content.decode()
    assert 'type="application/rss+xml"' in home


@pytest.mark.parametrize("section_name", ["news", "district"])
def test_each_feed_is_declared_once(client, demo, section_name):
    html = client.get(getattr(demo, section_name)["ru"].url).content.decode()
    head = html[: html.index("</head>")]
    feeds = re.findall(
        r'<link rel="alternate" type="application/[a-z]+\+xml"[^>]*href="([^"]+)"', head
    )
    assert len(feeds) == len(set(feeds))
    assert f"{demo.news['ru'].relative_url(demo.site)}rss/" in feeds
