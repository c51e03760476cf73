"""`manage.py import_feeds`: by hand, with progress and a summary, or as a dry run."""

import io

import pytest
from django.core.management import call_command

from raion.news.models import NewsArticlePage
from raion.syndication.models import FeedSource, ImportRun

pytestmark = pytest.mark.django_db


def import_feeds(*args):
    out = io.StringIO()
    call_command("import_feeds", *args, stdout=out)
    return out.getvalue()


def summary_row(output, source):
    return next(line.split() for line in output.splitlines() if line.startswith(f"{source.pk} "))


def test_dry_run_reports_what_would_happen_and_changes_nothing(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source()
    articles, runs = NewsArticlePage.objects.count(), ImportRun.objects.count()

    output = import_feeds("--source", str(source.pk), "--dry-run")

    assert "Dry run: nothing was changed." in output
    assert summary_row(output, source)[-7:] == ["200", "3", "3", "0", "0", "0", "0"]
    assert (NewsArticlePage.objects.count(), ImportRun.objects.count()) == (articles, runs)
    source.refresh_from_db()
    assert source.last_run is None and source.etag == ""
    assert [path for path, _ in server.requests] == ["/rss.xml"]  # no image downloaded


def test_import_by_hand_shows_progress_and_a_summary_table(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)

    output = import_feeds("--source", str(source.pk))

    assert "3/3" in output and "#" * 30 in output
    header = next(line for line in output.splitlines() if line.startswith("ID"))
    assert header.split() == [
        "ID",
        "Source",
        "Result",
        "HTTP",
        "Items",
        "New",
        "Updated",
        "Skipped",
        "Conflicts",
        "Errors",
    ]
    assert summary_row(output, source)[-7:] == ["200", "3", "3", "0", "0", "0", "0"]
    assert NewsArticlePage.objects.child_of(section).count() == 3
    again = import_feeds("--source", str(source.pk))
    assert summary_row(again, source)[-7:] == ["200", "3", "0", "0", "3", "0", "0"]


def test_without_a_source_the_due_ones_are_imported(server, make_source, section):
    FeedSource.objects.update(enabled=False)
    server.add("/rss.xml", b"", status=404)
    source = make_source()

    output = import_feeds()

    assert "failed: The server answered 404" in output
    assert summary_row(output, source)[0] == str(source.pk)
    assert "No feed source is due." in import_feeds()


def test_enqueue_hands_the_work_to_the_task_backend(server, make_source, section):
    FeedSource.objects.update(enabled=False)
    server.add_fixture("/rss.xml", "rss2.xml")
    make_source(import_images=False)

    output = import_feeds("--enqueue")

    assert "Queued" in output and "import_due_feeds" in output
    # The embedded default runs tasks at once.
    assert NewsArticlePage.objects.child_of(section).count() == 3
