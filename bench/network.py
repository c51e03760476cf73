"""A region's network on one installation: does a district's page get slower, or cost
more queries, when 24 other districts share the database? Does a publish on one district
keep another district's cached fragments?

    make bench-network
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion BENCH_REPEAT=30 make bench-network

Two PostgreSQL databases, created and filled on the first run and reused afterwards
(`<name>_bench_single` and `<name>_bench_network`, after DATABASE_URL's database name):
the demo district with 1,000 generated articles in each of its three languages, and the
same plus 24 more sites with 1,000 articles per language each (25 x 3 x 1,000). The same
pages of the demo district are timed on both, in alternating rounds, so that the load
of a shared machine weighs on both alike. Then, on the network: the hit ratio of the
cache lookups of site B's pages before and after a publish on site A.
"""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/raion")

import django

django.setup()

import bulk
import psycopg
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from raion.demo.fixtures import DemoPages
from raion.network import content_version
from raion.news.models import NewsArticlePage, NewsIndexPage
from tests.network import CacheLookups, build_site

SITES = int(os.environ.get("BENCH_SITES", "25"))
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "1000"))  # per site and language
REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))  # requests per page and round
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "4"))
SLUG_PREFIX = "bench-article-"
LIOZNO = "127.0.0.1:8000"
MAX_RATIO = 1.2  # the acceptance bound: network render time / single-site render time


def database_name(suffix):
    return f"{connection.settings_dict['NAME']}_bench_{suffix}"


def use_database(name):
    """Point the default connection at `name`, creating the database if it is missing.

    Content types, the cache and everything kept in it belong to one database."""
    connection.close()
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"] or "postgres",
        password=settings["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    settings["NAME"] = name
    ContentType.objects.clear_cache()
    cache.clear()


def add_articles(section, count):
    """`count` live generated articles in `section`, minus those it has."""
    existing = NewsArticlePage.objects.child_of(section).filter(slug__startswith=SLUG_PREFIX)
    start = datetime.date(1990, 1, 1)
    for batch_start in range(existing.count(), count, 1000):
        bulk.add_children(
            section,
            [
                NewsArticlePage(
                    title=f"Benchmark article {n}",
                    slug=f"{SLUG_PREFIX}{n}",
                    locale=section.locale,
                    date=start + datetime.timedelta(days=n % 12000),
                    lead="A generated article for the network benchmark.",
                    body=[("paragraph", "<p>Body text of a generated article.</p>" * 3)],
                    live=True,
                )
                for n in range(batch_start, min(batch_start + 1000, count))
            ],
        )


def liozno_sections():
    """{language: the demo's "District news"}; other sites have sections of that slug too."""
    return {
        code: NewsIndexPage.objects.get(url_path=f"{home.url_path}news/district/")
        for code, home in DemoPages.load().homes.items()
    }


def prepare(sites):
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    for section in liozno_sections().values():
        add_articles(section, ARTICLES)
    for number in range(2, sites + 1):
        site = build_site(f"site{number:02}", f"site{number:02}.example.by")
        for section in site.sections.values():
            add_articles(section, ARTICLES)
        print(f"  site {number} / {sites}", file=sys.stderr)
    bulk.analyze()
    content_version.bump()  # live pages created without publishing: make caches see them


def time_round(client, host, url, repeat):
    """Render times (ms) of `url` and the queries of its last request, on a warm cache."""
    assert client.get(url, HTTP_HOST=host).status_code == 200, url
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST=host)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    return timings, len(queries)


def compare_render_times(databases, pages):
    client = Client()
    timings = {(db, page): [] for db in databases for page in pages}
    queries = {}
    for _round in range(ROUNDS):
        for label, name in databases.items():
            use_database(name)
            for page, url in pages.items():
                times, queries[label, page] = time_round(client, LIOZNO, url, REPEAT)
                timings[label, page] += times
    print(f"{ROUNDS} rounds x {REPEAT} requests per page and database; median ms (queries)")
    print(f"{'page':<20} {'1 site':>14} {f'{SITES} sites':>14} {'ratio':>6}")
    worst = 0.0
    for page in pages:
        single, network = (statistics.median(timings[label, page]) for label in databases)
        ratio = network / single
        worst = max(worst, ratio)
        print(
            f"{page:<20} {single:>8.2f} ({queries['single', page]:>3})"
            f" {network:>8.2f} ({queries['network', page]:>3}) {ratio:>6.2f}"
        )
        assert queries["single", page] == queries["network", page], page
    verdict = "within" if worst <= MAX_RATIO else "OVER"
    print(f"slowest ratio {worst:.2f}: {verdict} the {MAX_RATIO}x bound; equal query counts")


def visit(client, host, urls):
    with CacheLookups() as lookups, CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert client.get(url, HTTP_HOST=host).status_code == 200, (host, url)
    return lookups, len(queries)


def publish_isolation(site_b_host, site_b_urls, site_a_urls):
    """Cache lookups of site B's pages before and after a publish on site A."""
    client = Client()
    visit(client, site_b_host, site_b_urls)  # a visited site: its fragments cached
    visit(client, LIOZNO, site_a_urls)
    before, queries_before = visit(client, site_b_host, site_b_urls)
    section = liozno_sections()["ru"]
    article = NewsArticlePage.objects.get(
        url_path=f"{section.url_path}{SLUG_PREFIX}{ARTICLES // 2}/"
    )
    article.save_revision().publish()
    after, queries_after = visit(client, site_b_host, site_b_urls)
    site_a, _ = visit(client, LIOZNO, site_a_urls)
    print(f"publish on site A ({LIOZNO}); lookups of the default cache while rendering:")
    for label, lookups, queries in [
        (f"site B ({site_b_host}) before", before, queries_before),
        (f"site B ({site_b_host}) after", after, queries_after),
        ("site A after (for contrast)", site_a, None),
    ]:
        print(
            f"  {label:<40} {lookups.hits:>4} hits {lookups.misses:>4} misses"
            f"  hit ratio {lookups.hit_ratio:6.1%}"
            + (f"  {queries} queries" if queries is not None else "")
        )


def main():
    databases = {"single": database_name("single"), "network": database_name("network")}
    for name, sites in zip(databases.values(), (1, SITES), strict=True):
        use_database(name)
        print(f"preparing {name} ({sites} sites)", file=sys.stderr)
        prepare(sites)
    total = NewsArticlePage.objects.live().count()
    print(f"network: {SITES} sites, {total} live articles; single: 1 site")
    article = f"/ru/news/district/{SLUG_PREFIX}{ARTICLES // 2}/"
    pages = {
        "home": "/ru/",
        "section": "/ru/news/district/",
        "section, page 50": "/ru/news/district/?page=50",
        "article": article,
    }
    compare_render_times(databases, pages)
    use_database(databases["network"])
    site_b = [f"/{code}/" for code in ("ru", "be", "en")] + ["/ru/district/", "/en/district/"]
    publish_isolation("site02.example.by", site_b, ["/ru/", "/ru/news/district/"])


if __name__ == "__main__":
    main()
