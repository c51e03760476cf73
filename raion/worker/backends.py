"""Task backends (settings.TASKS) that can coalesce the tasks a bulk build enqueues.

Making a site or the demo saves each page several times (created, revision, publish), and
every save enqueues the same index updates: Raion's search, Wagtail's search and its
reference index. Within `coalesced()` a task enqueued again with the same arguments is
enqueued once, when the block ends, so each object is indexed once, in its final state.
Outside such a block the backends behave as django-tasks' own.
"""

import json
import threading
from contextlib import contextmanager

from django_tasks.backends.immediate import ImmediateBackend as BaseImmediateBackend
from django_tasks.utils import normalize_json
from django_tasks_db import DatabaseBackend as BaseDatabaseBackend

_local = threading.local()


@contextmanager
def coalesced():
    """Enqueue each (task, arguments) once, at the end of the block, in first-enqueued
    order. Nested blocks join the outermost one. If the block raises, nothing is enqueued:
    the work it did is being rolled back."""
    if getattr(_local, "pending", None) is not None:
        yield
        return
    _local.pending = pending = {}
    try:
        yield
    except BaseException:
        _local.pending = None
        raise
    _local.pending = None
    for task, args, kwargs in pending.values():
        task.enqueue(*args, **kwargs)


class CoalescingMixin:
    def enqueue(self, task, args, kwargs):
        pending = getattr(_local, "pending", None)
        if pending is None:
            return super().enqueue(task, args, kwargs)
        key = (task.module_path, json.dumps(normalize_json([args, kwargs]), sort_keys=True))
        pending.setdefault(key, (task, args, kwargs))
        # The task has no result yet: callers inside a coalesced block do not wait for one.
        return None


class ImmediateBackend(CoalescingMixin, BaseImmediateBackend):
    """Runs each task at once (development and tests)."""


class DatabaseBackend(CoalescingMixin, BaseDatabaseBackend):
    """Queues each task in the database for `manage.py db_worker` (production)."""
