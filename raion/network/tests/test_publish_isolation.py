"""A publish on one district's site leaves another district's cached fragments valid."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.news.models import NewsArticlePage
from raion.receptions.calendar import minsk_now
from raion.receptions.templatetags import reception_tags
from tests.network import CacheLookups

pytestmark = pytest.mark.django_db

LIOZNO, VITEBSK = "127.0.0.1:8000", "vitebsk.example.by"
# What every page of a site takes from the cache (key fragments).
SITE_FRAGMENTS = (
    "site_header",
    "site_footer",
    "home_news",
    "raion:language-roots:",
    "raion:core.siteidentity:",
)


@pytest.fixture(autouse=True)
def one_quarter_hour(monkeypatch):
    """The home page's upcoming receptions are cached per quarter of an hour: a test that
    crossed into the next one would see them rendered again, publish or not."""
    now = minsk_now()
    monkeypatch.setattr(reception_tags, "minsk_now", lambda: now)


def pages_of(site):
    return [*(home.url for home in site.homes.values()), site.sections["en"]["district"].url]


def visit(client, host, urls):
    """Request `urls` on `host`; (cache lookups, number of queries) of the round."""
    with CacheLookups() as lookups, CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert client.get(url, HTTP_HOST=host).status_code == 200, url
    return lookups, len(queries)


def looked_up(keys, fragment):
    return any(fragment in key for key in keys)


def test_a_publish_on_liozno_leaves_vitebsks_fragments_cached(client, demo):
    vitebsk = make_site("vitebsk", VITEBSK)
    liozno_pages = [demo.homes["ru"].url]
    visit(client, VITEBSK, pages_of(vitebsk))  # a visited site: every fragment cached
    visit(client, LIOZNO, liozno_pages)
    before, queries_before = visit(client, VITEBSK, pages_of(vitebsk))
    assert before.misses == 0

    demo.kyrgyzstan_article["ru"].save_revision().publish()

    after, queries_after = visit(client, VITEBSK, pages_of(vitebsk))
    assert after.missed_keys == []
    assert queries_after == queries_before
    for fragment in SITE_FRAGMENTS:
        assert looked_up(after.hit_keys, fragment), fragment
    # The same publish did make the publishing site's fragments stale.
    liozno, _ = visit(client, LIOZNO, liozno_pages)
    for fragment in SITE_FRAGMENTS:
        assert looked_up(liozno.missed_keys, fragment), fragment


def test_a_publish_on_vitebsk_leaves_liozno_cached(client, demo):
    vitebsk = make_site("vitebsk", VITEBSK)
    liozno_pages = [demo.homes[code].url for code in ("ru", "be", "en")]
    visit(client, LIOZNO, liozno_pages)
    _, queries_before = visit(client, LIOZNO, liozno_pages)

    ensure_child(
        vitebsk.sections["be"]["district"],
        NewsArticlePage,
        "vitebsk-opens",
        locale=vitebsk.homes["be"].locale,
        title="Vitebsk opens",
        date=datetime.date(2026, 1, 15),
        lead="The first news of Vitebsk.",
    )

    after, queries_after = visit(client, LIOZNO, liozno_pages)
    assert after.missed_keys == []
    assert queries_after == queries_before
