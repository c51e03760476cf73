"""The claim that keeps two workers off one source, due sources, and the tasks."""

import datetime
import threading

import pytest
from django.db import connections
from django.utils import timezone

from raion.syndication import scheduling, tasks
from raion.syndication.models import FeedSource, ImportRun

pytestmark = pytest.mark.django_db


DEMO_FEED_URL = "http://127.0.0.1:8000/demo/feeds/agency.rss.xml"


def in_another_connection(work):
    """Run `work` as a second worker process would: on its own database connection."""
    outcome = []

    def other_worker():
        try:
            outcome.append(work())
        finally:
            connections.close_all()

    worker = threading.Thread(target=other_worker)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    return outcome[0]


def test_of_two_concurrent_claims_only_one_wins(db):
    # The demo's source: its row was committed when the demo was built, so another
    # connection sees it. First, that connection can claim it while nobody holds it.
    source_id = in_another_connection(lambda: FeedSource.objects.get(url=DEMO_FEED_URL).pk)
    token = in_another_connection(lambda: scheduling.claim(source_id))
    assert token
    in_another_connection(lambda: scheduling.release(source_id, token))

    # This worker claims it; its claim is not committed yet (the test runs in a
    # transaction), like a worker that has just claimed the row and is working on it.
    assert scheduling.claim(source_id) is not None

    assert in_another_connection(lambda: scheduling.claim(source_id)) is None


def test_a_claimed_source_cannot_be_claimed_again_until_released(make_source):
    source = make_source()
    token = scheduling.claim(source.pk)
    assert token
    assert scheduling.claim(source.pk) is None
    scheduling.release(source.pk, "someone-else")
    assert scheduling.claim(source.pk) is None
    scheduling.release(source.pk, token)
    assert scheduling.claim(source.pk) is not None


def test_a_lease_left_by_a_dead_worker_expires(make_source, settings):
    source = make_source()
    assert scheduling.claim(source.pk)
    later = timezone.now() + datetime.timedelta(
        seconds=settings.RAION_SYNDICATION_LEASE_SECONDS + 1
    )
    token = scheduling.claim(source.pk, now=later)
    assert token
    assert scheduling.renew(source.pk, token)
    assert not scheduling.renew(source.pk, "expired-token")


def test_a_source_held_by_another_worker_is_not_imported(server, make_source):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    scheduling.claim(source.pk)

    assert scheduling.import_source(source.pk) is None
    assert not ImportRun.objects.filter(source=source).exists()
    assert server.requests == []


def test_due_sources_are_the_enabled_ones_whose_time_has_come(make_source):
    now = timezone.now()
    never_run = make_source(name="never run")
    overdue = make_source(name="overdue", next_run_at=now - datetime.timedelta(minutes=1))
    make_source(name="later", next_run_at=now + datetime.timedelta(minutes=5))
    make_source(name="disabled", enabled=False)

    due = set(scheduling.due_source_ids(now)) & set(
        FeedSource.objects.filter(
            name__in=["never run", "overdue", "later", "disabled"]
        ).values_list("pk", flat=True)
    )
    assert due == {never_run.pk, overdue.pk}


def test_the_periodic_task_imports_every_due_source(server, make_source, section):
    FeedSource.objects.update(enabled=False)  # the demo's own source stays out of this
    server.add_fixture("/rss.xml", "rss2.xml")
    server.add_fixture("/atom.xml", "atom.xml")
    rss = make_source(import_images=False)
    atom = make_source("/atom.xml", name="Atom")
    resting = make_source(name="resting", next_run_at=timezone.now() + datetime.timedelta(hours=1))

    result = tasks.import_due_feeds.enqueue()

    assert result.status == "SUCCESSFUL"
    assert sorted(result.return_value) == sorted([rss.pk, atom.pk])
    assert [run.created for run in (rss.runs.get(), atom.runs.get())] == [3, 2]
    assert not resting.runs.exists()
    rss.refresh_from_db()
    assert rss.next_run_at > timezone.now() + datetime.timedelta(minutes=29)
    assert scheduling.due_source_ids() == []
