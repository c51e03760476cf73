"""Which sources are due, and the claim that keeps two workers off the same source.

A claim is a lease on the source row: one conditional UPDATE sets it only where no
unexpired lease is, so of two workers racing for a source exactly one wins, on SQLite
(which serialises writers) as on PostgreSQL (where the loser skips the locked row rather
than waiting for it). A worker that dies keeps its sources only until the lease ends;
a live one renews its lease as it goes.
"""

import datetime
import time
import uuid

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .importer import RunStopped, run_import
from .models import FeedSource


def _lease():
    return datetime.timedelta(seconds=settings.RAION_SYNDICATION_LEASE_SECONDS)


def _free(now):
    return Q(lease_until__isnull=True) | Q(lease_until__lte=now)


def claim(source_id, now=None):
    """A token proving this worker holds the source, or None when another worker does."""
    now = now or timezone.now()
    token = uuid.uuid4().hex
    try:
        with transaction.atomic():
            free = FeedSource.objects.filter(_free(now), pk=source_id)
            if connection.features.has_select_for_update_skip_locked:
                free = free.select_for_update(skip_locked=True)
            if not list(free.values_list("pk", flat=True)):
                return None
            won = free.model.objects.filter(_free(now), pk=source_id).update(
                lease_until=now + _lease(), lease_token=token
            )
    except OperationalError as error:
        if "locked" in str(error):
            return None  # another worker is writing that row right now
        raise
    return token if won else None


def renew(source_id, token):
    """Extend a held lease; False if it was lost (expired and taken by another worker)."""
    return bool(
        FeedSource.objects.filter(pk=source_id, lease_token=token).update(
            lease_until=timezone.now() + _lease()
        )
    )


def release(source_id, token):
    FeedSource.objects.filter(pk=source_id, lease_token=token).update(
        lease_until=None, lease_token=""
    )


def due_source_ids(now=None):
    now = now or timezone.now()
    due = Q(next_run_at__isnull=True) | Q(next_run_at__lte=now)
    return list(FeedSource.objects.filter(due, enabled=True).values_list("pk", flat=True))


def import_source(source_id, *, dry_run=False, on_item=None, fetched=None):
    """Run an import of the source if this worker can claim it; None if another holds it.

    A dry run writes nothing, so it needs no claim.
    """
    if dry_run:
        return run_import(_load(source_id), dry_run=True, on_item=on_item, fetched=fetched)
    token = claim(source_id)
    if token is None:
        return None
    renewed_at = time.monotonic()

    def keep_lease():
        # Called between steps, each shorter than a third of the lease (a download's
        # deadline is at most that, FeedSource.deadline_seconds), so the lease never lapses.
        nonlocal renewed_at
        if time.monotonic() - renewed_at > settings.RAION_SYNDICATION_LEASE_SECONDS / 3:
            if not renew(source_id, token):
                raise RunStopped(_("Another worker took over the source; this run stopped."))
            renewed_at = time.monotonic()

    try:
        return run_import(_load(source_id), on_item=on_item, heartbeat=keep_lease, fetched=fetched)
    finally:
        release(source_id, token)


def _load(source_id):
    return FeedSource.objects.select_related("target", "target__locale", "collection").get(
        pk=source_id
    )
