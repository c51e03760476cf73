"""Finding tasks whose worker died while running them, and running them again.

django-tasks-db marks a task RUNNING when a worker claims it and SUCCESSFUL or FAILED
when it ends. A worker killed in between (SIGKILL, out of memory, a host lost) leaves
the task RUNNING for ever. Our workers name themselves `host:pid:nonce`, so a worker
starting on a host can tell which RUNNING tasks belong to workers of that host that are
gone; tasks running far longer than any task should (their host may be gone) are
recovered by a periodic sweep. A recovered task runs again until it has been attempted
MAX_ATTEMPTS times; after that it is recorded as failed. Tasks must therefore be
idempotent, as Wagtail's (search index, reference index, cache refresh) are.
"""

import logging
import os
import secrets
import socket
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
LOST_EXCEPTION = "raion.worker.recovery.WorkerLost"


class WorkerLost(Exception):
    """The worker running the task ended before recording how the task ended."""


def this_host() -> str:
    return socket.gethostname()[:40]


def new_worker_id() -> str:
    """An id that says which process on which host runs the worker (at most 64 chars)."""
    return f"{this_host()}:{os.getpid()}:{secrets.token_hex(4)}"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _lost_here(worker_id: str, host: str) -> bool:
    """Whether `worker_id` names a worker of `host` whose process has ended."""
    worker_host, _, rest = worker_id.partition(":")
    pid = rest.partition(":")[0]
    return worker_host == host and pid.isdigit() and not _process_alive(int(pid))


def recover(result: DBTaskResult) -> str:
    """Run a lost task again, or record it as failed when it has had its attempts."""
    if len(result.worker_ids) >= MAX_ATTEMPTS:
        result.status = TaskResultStatus.FAILED
        result.finished_at = timezone.now()
        result.exception_class_path = LOST_EXCEPTION
        result.traceback = (
            f"{LOST_EXCEPTION}: worker {result.worker_ids[-1]} ended during attempt "
            f"{len(result.worker_ids)} of {MAX_ATTEMPTS}\n"
        )
        result.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
        logger.error("Task %s lost %s times; recorded as failed", result.id, MAX_ATTEMPTS)
        return "failed"
    result.status = TaskResultStatus.READY
    result.started_at = None
    result.save(update_fields=["status", "started_at"])
    logger.warning("Task %s lost by worker %s; queued again", result.id, result.worker_ids[-1])
    return "requeued"


def recover_lost_tasks(*, host: str | None = None, running_longer_than: timedelta | None = None):
    """Recover RUNNING tasks whose worker on `host` has ended and, if given, tasks running
    longer than `running_longer_than` on any host. Returns {"requeued": n, "failed": n}."""
    host = host or this_host()
    counts = {"requeued": 0, "failed": 0}
    with transaction.atomic():
        running = DBTaskResult.objects.running().select_for_update(skip_locked=True)
        for result in running:
            overdue = running_longer_than is not None and (
                result.started_at is None
                or result.started_at < timezone.now() - running_longer_than
            )
            if overdue or (result.worker_ids and _lost_here(result.worker_ids[-1], host)):
                counts[recover(result)] += 1
    return counts
