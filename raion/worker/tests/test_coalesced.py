"""Within a bulk build, a task enqueued again with the same arguments runs once, at the end."""

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from raion.worker.backends import coalesced

from .tasks import append_line


def lines(path):
    return path.read_text().splitlines() if path.exists() else []


def test_the_same_task_and_arguments_run_once_when_the_block_ends(tmp_path):
    output = tmp_path / "runs.txt"
    with coalesced():
        for _ in range(3):
            append_line.enqueue(str(output), "a")
        append_line.enqueue(str(output), "b")
        append_line.enqueue(str(output), "a")
        assert lines(output) == []  # nothing has run inside the block
    assert lines(output) == ["a", "b"]


def test_outside_a_block_every_enqueue_runs(tmp_path):
    output = tmp_path / "runs.txt"
    append_line.enqueue(str(output), "a")
    append_line.enqueue(str(output), "a")
    assert lines(output) == ["a", "a"]


def test_a_nested_block_joins_the_outer_one(tmp_path):
    output = tmp_path / "runs.txt"
    with coalesced():
        with coalesced():
            append_line.enqueue(str(output), "a")
        assert lines(output) == []
        append_line.enqueue(str(output), "a")
    assert lines(output) == ["a"]


def test_a_block_that_fails_enqueues_nothing(tmp_path):
    output = tmp_path / "runs.txt"
    with pytest.raises(RuntimeError), coalesced():
        append_line.enqueue(str(output), "a")
        raise RuntimeError("rolled back")
    assert lines(output) == []
    append_line.enqueue(str(output), "b")  # and the next enqueue is not held back
    assert lines(output) == ["b"]


@pytest.mark.django_db
def test_the_database_queue_gets_one_row_per_task_and_arguments(tmp_path):
    database_tasks = {"default": {"BACKEND": "raion.worker.backends.DatabaseBackend"}}
    with override_settings(TASKS=database_tasks), coalesced():
        for line in ("a", "b", "a", "b"):
            append_line.enqueue(str(tmp_path / "runs.txt"), line)
    assert sorted(row.args_kwargs["args"][1] for row in DBTaskResult.objects.all()) == ["a", "b"]
