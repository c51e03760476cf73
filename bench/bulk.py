"""Adding many live pages under one parent fast, for benchmarks only.

`add_child` costs a few queries and the search and reference indexing of each page:
fine for thousands of articles, too slow for a hundred thousand. Here the tree rows
are written with one bulk insert and each page's own table with one insert per page;
the pages are not indexed for search, which the render benchmark does not use.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from raion.news.models import NewsArticlePage

TREE_FIELDS = [f for f in Page._meta.concrete_fields if not f.primary_key]
SLUG_PREFIX = "bench-article-"
FIRST_DATE = datetime.date(1990, 1, 1)


def generated_articles(section, numbers):
    """Unsaved live articles numbered `numbers` in `section`'s language, dated over 33 years."""
    return [
        NewsArticlePage(
            title=f"Benchmark article {n}",
            slug=f"{SLUG_PREFIX}{n}",
            locale=section.locale,
            date=FIRST_DATE + datetime.timedelta(days=n % 12000),
            lead="A generated article for the benchmarks.",
            body=[("paragraph", "<p>Body text of a generated article.</p>" * 3)],
            live=True,
        )
        for n in numbers
    ]


@transaction.atomic
def add_children(parent, pages):
    """Insert unsaved `pages` (all of one type) as the last children of `parent`."""
    parent.refresh_from_db()
    content_type = ContentType.objects.get_for_model(type(pages[0]))
    now = timezone.now()
    for offset, page in enumerate(pages, start=1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, parent.numchild + offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.draft_title = page.title
        page.translation_key = uuid.uuid4()
        if page.live:
            page.first_published_at = page.last_published_at = now
    tree_rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in TREE_FIELDS}) for page in pages]
    )
    for page, row in zip(pages, tree_rows, strict=True):
        page.page_ptr_id = page.id = row.id
        page.save_base(raw=True, force_insert=True)  # the page type's own table only
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def analyze():
    """Refresh PostgreSQL's planner statistics, as autovacuum would some time after a bulk
    load: with the statistics of an almost empty table, listings sort every article."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
