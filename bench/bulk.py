"""Generated articles for the benchmarks, added in bulk (raion.core.bulk) when there are
too many for `add_child`: the pages are not indexed for search, which the render and
network benchmarks do not use."""

import datetime

from django.db import connection
from django.utils import timezone

from raion.news.models import NewsArticlePage

SLUG_PREFIX = "bench-article-"
FIRST_DATE = datetime.date(1990, 1, 1)


def generated_articles(section, numbers):
    """Unsaved live articles numbered `numbers` in `section`'s language, dated over 33 years,
    published now."""
    now = timezone.now()
    return [
        NewsArticlePage(
            title=f"Benchmark article {n}",
            slug=f"{SLUG_PREFIX}{n}",
            locale=section.locale,
            date=FIRST_DATE + datetime.timedelta(days=n % 12000),
            lead="A generated article for the benchmarks.",
            body=[("paragraph", "<p>Body text of a generated article.</p>" * 3)],
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        for n in numbers
    ]


def analyze():
    """Refresh PostgreSQL's planner statistics, as autovacuum would some time after a bulk
    load: with the statistics of an almost empty table, listings sort every article."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
