"""Feed import speed: a generated feed imported into an empty news section, then again
unchanged (which must change nothing).

    python bench/syndication.py                 # 10,000 items, var/bench.sqlite3
    BENCH_ITEMS=1000 python bench/syndication.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion_bench python bench/syndication.py

The feed is served over HTTP by a server on 127.0.0.1 started here, so both runs include
the download, the parsing and the deduplication, as a scheduled import does. The section,
its articles and the source are deleted at the end.
"""

import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")

import django

django.setup()

from django.core.management import call_command
from django.utils.html import escape

from raion.demo.fixtures import DemoPages
from raion.news.models import NewsArticlePage, NewsIndexPage
from raion.syndication.importer import run_import
from raion.syndication.models import FeedSource

ITEMS = int(os.environ.get("BENCH_ITEMS", "10000"))


def generated_feed(count):
    items = "".join(
        f"<item><title>Новость номер {n}</title><guid isPermaLink='false'>bench-{n}</guid>"
        f"<link>http://agency.example/news/{n}</link>"
        f"<pubDate>Mon, 23 Nov 2026 {n % 24:02d}:{n % 60:02d}:00 +0300</pubDate>"
        f"<description>{escape(f'<p>Краткое содержание новости {n}.</p>')}</description>"
        f"<content:encoded>{escape(f'<p>Текст новости {n}.</p><p>Второй абзац.</p>')}"
        "</content:encoded></item>"
        for n in range(count)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        f"<title>Генерированная лента</title>{items}</channel></rss>"
    ).encode()


def serve(body):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def timed(source):
    started = time.perf_counter()
    run = run_import(source)
    return run, time.perf_counter() - started


def main():
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    demo = DemoPages.load()
    section = NewsIndexPage(title="Benchmark feed", slug=f"bench-feed-{time.time_ns()}")
    demo.republic["ru"].add_child(instance=section)
    server = serve(generated_feed(ITEMS))
    source = FeedSource.objects.create(
        site=demo.site,
        name="Benchmark feed",
        url=f"http://127.0.0.1:{server.server_port}/feed.xml",
        target=section,
        policy=FeedSource.Policy.LIVE,
        max_items=ITEMS,
        import_images=False,
        allowed_networks="127.0.0.1",
        max_bytes=100 * 1024 * 1024,
        timeout=60,
    )
    try:
        rows = []
        for phase in ("first import", "unchanged re-run"):
            run, seconds = timed(source)
            assert run.status == "succeeded", run.error or run.messages[:3]
            rows.append((phase, run.created, run.skipped, seconds, ITEMS / seconds))
        assert rows[0][1] == ITEMS and rows[1][1] == 0 and rows[1][2] == ITEMS
        # Indexing is deferred to the end of each batch of items; it must still be done.
        found = {page.pk for page in NewsArticlePage.objects.search("номер")}
        assert set(section.get_children().values_list("pk", flat=True)) <= found
    finally:
        server.shutdown()
        source.delete()
        section.delete()
    print(f"{'phase':18} {'new':>6} {'skipped':>8} {'seconds':>8} {'items/s':>8}")
    for phase, created, skipped, seconds, rate in rows:
        print(f"{phase:18} {created:6d} {skipped:8d} {seconds:8.1f} {rate:8.0f}")


if __name__ == "__main__":
    main()
