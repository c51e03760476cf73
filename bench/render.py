"""Server render time and SQL queries of the main page types with many articles.

    make bench                      # 10,000 articles in var/bench.sqlite3
    BENCH_ARTICLES=1000 make bench
    BENCH_ARTICLES=100000 BENCH_BULK=1 DATABASE_URL=postgres://… make bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion_bench make bench

The database is created and filled on the first run and reused afterwards. Each page is
requested once to warm caches (as on a visited site), then timed REPEAT times through
Django's full request cycle (middleware, routing, templates), without a network.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")

import django

django.setup()

import bulk
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from timing import measure

from raion.core.bulk import add_children
from raion.demo.fixtures import DemoPages
from raion.network import content_version
from raion.news.models import NewsArticlePage

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "50"))
# BENCH_BULK=1 inserts the articles in bulk (raion.core.bulk): for 100,000 and more.
BULK = os.environ.get("BENCH_BULK") == "1"


def prepare():
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    section = DemoPages.load().district["ru"]
    existing = NewsArticlePage.objects.filter(slug__startswith=bulk.SLUG_PREFIX).count()
    for batch_start in range(existing, ARTICLES, 500):
        articles = bulk.generated_articles(
            section, range(batch_start, min(batch_start + 500, ARTICLES))
        )
        if BULK:
            add_children(section, articles)
            continue
        with transaction.atomic():
            section.refresh_from_db()
            for article in articles:
                section.add_child(instance=article)
        print(f"  {min(batch_start + 500, ARTICLES)} / {ARTICLES} articles", file=sys.stderr)
    bulk.analyze()
    content_version.bump()  # live pages created without publishing: make caches see them
    return section


def main():
    section = prepare()
    total = NewsArticlePage.objects.live().count()
    in_section = NewsArticlePage.objects.live().descendant_of(section).count()
    last_page = (in_section - 1) // 10 + 1
    article = NewsArticlePage.objects.get(slug=f"{bulk.SLUG_PREFIX}{ARTICLES // 2}")
    pages = {
        "home": "/ru/",
        "section, first page": section.url,
        f"section, last page ({last_page})": f"{section.url}?page={last_page}",
        "article": article.url,
    }
    client = Client()
    print(f"{total} live articles ({in_section} in the section); {REPEAT} requests each")
    print(f"{'page':<28} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in pages.items():
        median, p95, queries = measure(client, url, REPEAT)
        print(f"{name:<28} {median:>10.2f} {p95:>8.2f} {queries:>8}")


if __name__ == "__main__":
    main()
