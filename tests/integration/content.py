"""Changing content of the topology's site the way the admin does: through Wagtail's
publishing in a process of the application, which commits and then exits."""

import json
import time

PUBLISH = """
import datetime, json, time
from raion.news.models import NewsArticlePage, NewsIndexPage
section = NewsIndexPage.objects.get(url_path="/liozno/news/district/")
article = section.add_child(instance=NewsArticlePage(
    title={title!r}, slug={slug!r}, locale=section.locale,
    date=datetime.date.today() + datetime.timedelta(days=1),
    lead="An article published by the integration tests.", live=False))
article.save_revision().publish()
print(json.dumps({{"committed_at": time.time(), "url": article.get_url_parts()[2]}}))
"""

UNPUBLISH = """
import json, time
from raion.news.models import NewsArticlePage
NewsArticlePage.objects.get(slug={slug!r}).unpublish()
print(json.dumps({{"committed_at": time.time()}}))
"""

DELETE = """
from raion.news.models import NewsArticlePage
NewsArticlePage.objects.filter(slug={slug!r}).delete()
"""


def _run(topology, script) -> dict:
    output = topology.manage("shell", "--no-imports", "-c", script).stdout.strip().splitlines()
    return json.loads(output[-1]) if output else {}


def publish_article(topology, slug, title) -> dict:
    """Create and publish an article in Liozno's district news; returns its path and the
    commit time."""
    return _run(topology, PUBLISH.format(slug=slug, title=title))


def unpublish_article(topology, slug) -> dict:
    return _run(topology, UNPUBLISH.format(slug=slug))


def delete_article(topology, slug):
    _run(topology, DELETE.format(slug=slug))


def wait_until(check, started_at, limit):
    """Poll `check` until it holds or `limit` seconds after `started_at` (a time.time());
    return the seconds it took, or None."""
    while True:
        if check():
            return time.time() - started_at
        if time.time() > started_at + limit:
            return None
        time.sleep(0.05)
