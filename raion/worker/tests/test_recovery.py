"""A task whose worker died while running it is run again, or recorded as failed."""

import os
import subprocess
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from raion.worker import recovery

from .tasks import append_line

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "raion.worker.backends.DatabaseBackend"}}


@pytest.fixture
def dead_pid():
    """The pid of a process that has ended."""
    process = subprocess.Popen(["true"])  # noqa: S607
    process.wait()
    return process.pid


@pytest.fixture
def queued(tmp_path):
    """Enqueue append_line in the database queue; returns (row, output file)."""
    output = tmp_path / "runs.txt"
    with override_settings(TASKS=DATABASE_TASKS):
        result = append_line.enqueue(str(output), "ran")
    return DBTaskResult.objects.get(pk=result.id), output


def claimed_by(row, *worker_ids, started=None):
    row.status = TaskResultStatus.RUNNING
    row.worker_ids = list(worker_ids)
    row.started_at = started or timezone.now()
    row.save()
    return row


def dead_worker(pid):
    return f"{recovery.this_host()}:{pid}:abcd1234"


def test_worker_ids_name_host_and_process():
    host, pid, _nonce = recovery.new_worker_id().split(":")
    assert host == recovery.this_host()
    assert pid == str(os.getpid())
    assert len(recovery.new_worker_id()) <= 64


def test_a_task_of_a_dead_worker_on_this_host_is_queued_again(queued, dead_pid):
    row, _output = queued
    claimed_by(row, dead_worker(dead_pid))

    assert recovery.recover_lost_tasks() == {"requeued": 1, "failed": 0}
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY


def test_a_task_of_a_live_worker_is_left_alone(queued):
    row, _output = queued
    claimed_by(row, recovery.new_worker_id())  # this very process

    assert recovery.recover_lost_tasks() == {"requeued": 0, "failed": 0}
    row.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING


def test_a_task_lost_too_often_is_recorded_as_failed(queued, dead_pid):
    row, _output = queued
    claimed_by(row, *[dead_worker(dead_pid)] * recovery.MAX_ATTEMPTS)

    assert recovery.recover_lost_tasks() == {"requeued": 0, "failed": 1}
    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED
    assert row.exception_class_path == recovery.LOST_EXCEPTION
    assert row.task_result.errors[0].traceback.startswith(recovery.LOST_EXCEPTION)


def test_tasks_of_other_hosts_are_recovered_only_when_overdue(queued):
    row, _output = queued
    claimed_by(row, "another-host:1:abcd1234", started=timezone.now() - timedelta(hours=2))

    assert recovery.recover_lost_tasks() == {"requeued": 0, "failed": 0}
    counts = recovery.recover_lost_tasks(running_longer_than=timedelta(hours=1))
    assert counts == {"requeued": 1, "failed": 0}


def test_db_worker_is_ours_and_names_itself_after_host_and_process():
    """Running the whole worker loop needs real transactions: tests/integration kills a
    worker mid-task and checks that the next one runs the task to the end."""
    from django.core.management import get_commands, load_command_class

    assert get_commands()["db_worker"] == "raion.worker"
    command = load_command_class("raion.worker", "db_worker")
    with override_settings(TASKS=DATABASE_TASKS):
        worker_id = command.create_parser("manage.py", "db_worker").parse_args([]).worker_id
    assert worker_id.startswith(f"{recovery.this_host()}:{os.getpid()}:")
