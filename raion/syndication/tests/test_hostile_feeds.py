"""Hostile feeds served by a real local server: absurd dates, trickling servers, huge
limits, and a worker that dies after its last indexing batch."""

import datetime
import time
import tracemalloc

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.search.models import IndexEntry

from raion.news.models import NewsArticlePage
from raion.syndication import importer, indexing, scheduling
from raion.syndication.importer import run_import
from raion.syndication.models import MAX_FEED_BYTES, FeedSource, ImportRun
from raion.syndication.parse import parse_feed

pytestmark = pytest.mark.django_db


def rss(*items):
    """An RSS feed of (guid, title, pubDate) items."""
    entries = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><pubDate>{date}</pubDate>"
        f"<description>Текст новости {guid}.</description></item>"
        for guid, title, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Агентство</title>{entries}</channel></rss>"
    ).encode()


def rfc822(date):
    return date.strftime("%a, %d %b %Y 12:00:00 GMT")


def article(section, title):
    return NewsArticlePage.objects.child_of(section).get(title=title)


def test_an_item_dated_year_one_gets_the_import_date_and_pages_stay_up(
    client, server, make_source, section, demo
):
    server.add("/rss.xml", rss(("old", "Новость из первого года", "Mon, 01 Jan 0001 00:00:00 GMT")))

    run = run_import(make_source(oldest_item_days=365))

    assert (run.status, run.created) == ("succeeded", 1)
    assert article(section, "Новость из первого года").date == timezone.localdate()
    assert any("dated 0001-01-01, older than the source allows" in m for m in run.messages)
    for url in (section.url, demo.news["ru"].url, demo.homes["ru"].url, section.url + "rss/"):
        assert client.get(url).status_code == 200, url


def test_an_item_dated_9999_neither_fails_the_run_nor_stops_the_items_after_it(
    server, make_source, section
):
    server.add(
        "/rss.xml",
        rss(
            ("end", "Новость конца времён", "Fri, 31 Dec 9999 23:59:59 GMT"),
            ("next", "Обычная новость", rfc822(timezone.now())),
        ),
    )
    source = make_source()

    first = run_import(source)
    second = run_import(source)

    assert (first.status, first.created, first.errors) == ("succeeded", 2, 0)
    assert article(section, "Новость конца времён").date == timezone.localdate()
    assert any("dated 9999-12-31, in the future" in m for m in first.messages)
    assert (second.status, second.skipped) == ("succeeded", 2)  # recognised, not re-dated
    source.refresh_from_db()
    assert source.consecutive_failures == 0


def test_dates_ahead_or_older_than_the_source_allows_become_the_import_date(
    server, make_source, section
):
    today = timezone.localdate()
    server.add(
        "/rss.xml",
        rss(
            ("future", "Новость из будущего", "Thu, 01 Jan 2099 00:00:00 GMT"),
            ("tomorrow", "Новость завтрашняя", rfc822(today + datetime.timedelta(days=1))),
            ("ancient", "Новость позапрошлого года", rfc822(today - datetime.timedelta(days=800))),
            ("recent", "Новость прошлой недели", rfc822(today - datetime.timedelta(days=7))),
        ),
    )

    run = run_import(make_source(oldest_item_days=365))

    assert (run.status, run.created) == ("succeeded", 4)
    assert article(section, "Новость из будущего").date == today
    assert article(section, "Новость позапрошлого года").date == today
    assert article(section, "Новость завтрашняя").date == today + datetime.timedelta(days=1)
    assert article(section, "Новость прошлой недели").date == today - datetime.timedelta(days=7)
    assert len([m for m in run.messages if "keeps the date of its import" in m]) == 2


def test_an_update_with_an_implausible_date_keeps_the_article_date(server, make_source, section):
    recent = rfc822(timezone.localdate() - datetime.timedelta(days=3))
    server.add("/rss.xml", rss(("one", "Новость", recent)))
    source = make_source()
    run_import(source)
    server.add("/rss.xml", rss(("one", "Новость, уточнено", "Thu, 01 Jan 2099 00:00:00 GMT")))

    assert run_import(source).updated == 1

    assert article(section, "Новость, уточнено").date == timezone.localdate() - datetime.timedelta(
        days=3
    )


# A slow server: the status line at once, then headers or body one byte at a time.
def trickle(headers_too):
    def respond(handler):
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        handler.wfile.flush()
        head = b"Content-Type: application/rss+xml\r\nX-Padding: " + b"x" * 100 + b"\r\n\r\n"
        body = rss(("slow", "Медленная новость", rfc822(timezone.now()))) * 10
        if not headers_too:
            handler.wfile.write(head)
            head = b""
        for byte in head + body:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)  # each read answers well within the timeout

    return respond


@pytest.mark.parametrize("part", ["headers", "body"])
def test_a_trickling_server_cannot_hold_a_run_past_its_deadline(part, server, make_source):
    server.routes["/rss.xml"] = trickle(headers_too=part == "headers")
    source = make_source(timeout=0.5)
    assert source.deadline_seconds == 1.5

    started = time.monotonic()
    run = run_import(source)
    took = time.monotonic() - started

    assert took < source.deadline_seconds + 1
    assert run.status == "failed"
    assert "did not finish answering within the deadline of 1.5 s" in run.error


def test_parsing_counts_against_the_same_deadline(server, make_source, monkeypatch):
    server.add("/rss.xml", rss(("one", "Новость", rfc822(timezone.now()))))
    source = make_source(timeout=0.2)

    def slow_parse(*args):
        time.sleep(2)

    monkeypatch.setattr("raion.syndication.parse.parse_feed", slow_parse)
    started = time.monotonic()
    run = run_import(source)

    assert time.monotonic() - started < source.deadline_seconds + 1
    assert run.status == "failed"
    assert run.error == "The feed was not parsed before the run's deadline."


def test_the_deadline_is_well_within_the_lease(make_source, settings):
    settings.RAION_SYNDICATION_LEASE_SECONDS = 60
    assert make_source(timeout=120).deadline_seconds == 20


def test_a_working_run_keeps_its_lease_against_a_second_worker(server, make_source, settings):
    """The lease lasts 1.2 s, the run 2 s and more: a second worker still cannot claim."""
    settings.RAION_SYNDICATION_LEASE_SECONDS = 1.2
    today = rfc822(timezone.now())
    server.add("/rss.xml", rss(*[(f"g{n}", f"Новость {n}", today) for n in range(8)]))
    source = make_source(import_images=False)
    second_worker_claims = []

    def slow_item(position, total, outcome):
        time.sleep(0.3)
        second_worker_claims.append(scheduling.claim(source.pk))

    started = time.monotonic()
    run = scheduling.import_source(source.pk, on_item=slow_item)

    assert time.monotonic() - started > 2 * settings.RAION_SYNDICATION_LEASE_SECONDS
    assert (run.status, run.created) == ("succeeded", 8)
    assert second_worker_claims == [None] * 8


def test_a_run_whose_lease_was_taken_stops(server, make_source, settings):
    settings.RAION_SYNDICATION_LEASE_SECONDS = 0.3
    today = rfc822(timezone.now())
    server.add("/rss.xml", rss(*[(f"g{n}", f"Новость {n}", today) for n in range(4)]))
    source = make_source(import_images=False)

    def taken_over(position, total, outcome):
        FeedSource.objects.filter(pk=source.pk).update(lease_token="another-worker")
        time.sleep(0.15)

    run = scheduling.import_source(source.pk, on_item=taken_over)

    assert run.status == "failed"
    assert "Another worker took over the source" in run.error
    assert run.created < 4


def test_the_response_size_limit_is_capped(make_source, server):
    source = make_source(max_bytes=100 * 1024 * 1024)
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "max_bytes" in error.value.message_dict

    # A row saved before the cap existed is held to it all the same.
    server.add("/rss.xml", b"\0" * (MAX_FEED_BYTES + 1))
    run = run_import(source)
    assert run.status == "failed"
    assert f"larger than the limit of {MAX_FEED_BYTES} bytes" in run.error


def test_parsing_takes_a_bounded_multiple_of_the_feed_size():
    today = rfc822(timezone.now())
    feed = rss(*[(f"g{n}", f"Новость {n} " + "слово " * 40, today) for n in range(300)])
    tracemalloc.start()
    try:
        parsed = parse_feed(feed)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(parsed.items) == 300
    assert peak < 10 * len(feed)  # so at most 160 MiB at the cap


def wagtail_indexed(title):
    return IndexEntry.objects.filter(title=title).exists()


def test_articles_saved_after_the_last_batch_of_a_killed_run_are_indexed_by_the_next(
    server, make_source, section, monkeypatch
):
    server.add("/rss.xml", rss(("g1", "Посевная кампания завершена", rfc822(timezone.now()))))
    source = make_source(import_images=False)

    class Killed(BaseException):
        """SIGKILL: nothing after it runs, neither the last batch nor the run's record."""

    with monkeypatch.context() as killed:
        killed.setattr(indexing._pending, "_send", lambda pages: None)
        killed.setattr(importer, "_finish", lambda *args: None)
        killed.setattr(importer, "_fail", lambda *args: None)

        def die(*args):
            raise Killed

        with pytest.raises(Killed):
            run_import(source, on_item=die)

    dead = ImportRun.objects.get(source=source)
    assert dead.status == "running"
    # Saved, but not in Wagtail's search index (the pipeline's batches feed it; the site
    # search's own index is updated by every publish, raion.search).
    assert not wagtail_indexed("Посевная кампания завершена")

    run_import(source)

    assert wagtail_indexed("Посевная кампания завершена")
    dead.refresh_from_db()
    assert dead.status == "failed"
