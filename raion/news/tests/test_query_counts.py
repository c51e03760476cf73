"""Public pages cost the same number of SQL queries with 10 or 1,000 articles."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from raion.core.bulk import add_children
from raion.network import content_version
from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


def new_articles(count, first):
    """Unsaved live articles numbered from `first`, one a day from 1 January 2020."""
    locale = Locale.objects.get(language_code="ru")
    start = datetime.date(2020, 1, 1)
    return [
        NewsArticlePage(
            title=f"Load article {n}",
            slug=f"load-article-{n}",
            locale=locale,
            date=start + datetime.timedelta(days=n),
            lead="A generated article for the query-count test.",
            live=True,
        )
        for n in range(first, first + count)
    ]


def add_articles(section, count, first=0):
    """Add live articles numbered from `first`, one at a time as editors add pages."""
    section.refresh_from_db()
    for article in new_articles(count, first):
        section.add_child(instance=article)
    # Pages created live skip Wagtail's publish signal, which is what makes cached
    # fragments and counts stale; say so as publishing would.
    content_version.bump()


def add_articles_in_bulk(section, count, first):
    """The same live articles in one insert of tree rows (raion.core.bulk), without the
    search and reference indexing of each save, which these pages do not read."""
    add_children(section, new_articles(count, first))
    content_version.bump()


def queries_for(client, url):
    client.get(url)  # warm the fragment cache and renditions, as a visited site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def measure(client, demo):
    section = demo.district["ru"]
    article = section.get_children().live().last().specific
    last_page = (section.get_children().count() - 1) // 10 + 1
    return {
        "home": queries_for(client, "/ru/"),
        "section": queries_for(client, section.url),
        "section, last page": queries_for(client, f"{section.url}?page={last_page}"),
        "month archive": queries_for(client, f"{section.url}{article.date:%Y/%m}/"),
        "article": queries_for(client, article.url),
        "standard page": queries_for(client, "/ru/about/"),
        "feed": queries_for(client, f"{section.url}rss/"),
    }


def test_query_counts_do_not_grow_with_the_number_of_articles(client, demo):
    add_articles(demo.district["ru"], 10)
    with_ten = measure(client, demo)
    add_articles_in_bulk(demo.district["ru"], 990, first=10)
    with_thousand = measure(client, demo)
    assert with_thousand == with_ten


def test_article_and_home_stay_within_their_query_budgets(client, demo):
    counts = measure(client, demo)
    print(counts)
    assert counts["article"] <= 8, counts
    assert counts["home"] <= 12, counts
