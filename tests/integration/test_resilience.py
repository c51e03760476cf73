"""Through the real nginx: the site keeps serving readers when a part fails."""

import signal
import time

import pytest

from .content import wait_until

PAGES = ["/ru/", "/ru/news/", "/ru/news/district/", "/ru/news/district/rss/", "/sitemap.xml"]


def task_row(topology, task_id):
    rows = topology.query(
        "SELECT status, worker_ids, return_value FROM django_tasks_database_dbtaskresult "
        "WHERE id = %s",
        [task_id],
    )
    return rows[0]


@pytest.fixture
def markers(topology):
    folder = topology.path("task-markers")
    folder.mkdir(exist_ok=True)
    for marker in folder.iterdir():
        marker.unlink()
    return folder


def test_with_redis_stopped_pages_are_still_served(site, topology):
    assert topology.pid("redis")
    topology.stop_process("redis")
    assert topology.pid("redis") is None
    try:
        for path in PAGES * 2:
            assert site.uncached(path).status_code == 200, path
        assert site.get("/healthz").status_code == 200
        readiness = site.get("/readyz")
        assert readiness.status_code == 503
        assert readiness.json()["checks"] == {"database": True, "cache": False}
    finally:
        topology.start_redis()
    assert wait_until(lambda: site.get("/readyz").status_code == 200, time.time(), 15) is not None


def test_after_the_database_drops_every_connection_the_application_reconnects(
    site, topology, markers
):
    # Give every gunicorn worker a database connection.
    for path in PAGES * 2:
        assert site.uncached(path).status_code == 200

    assert topology.terminate_database_connections() >= 3  # what a PostgreSQL restart does

    for path in PAGES * 2:
        assert site.uncached(path).status_code == 200, path
    assert site.get("/readyz").json()["checks"]["database"] is True
    assert topology.pid("app-1") and topology.pid("app-2")
    # The background worker reconnects too.
    (markers / "release").touch()
    task_id = enqueue_wait_for_release(topology, markers)
    assert wait_until(lambda: task_row(topology, task_id)[0] == "SUCCESSFUL", time.time(), 20)


def test_with_every_application_instance_stopped_nginx_serves_cached_pages(site, topology):
    cached = {}
    for path in PAGES:
        site.get(path)
        response = site.get(path)
        assert response.headers["X-Cache"] == "HIT", path
        cached[path] = response.text

    topology.stop_process("app-1")
    topology.stop_process("app-2")
    try:
        assert site.uncached("/ru/").status_code == 502  # the application is really gone
        for path, body in cached.items():
            response = site.get(path)
            assert response.status_code == 200, path
            assert response.text == body
    finally:
        topology.start_app(0)
        topology.start_app(1)


def enqueue_wait_for_release(topology, markers) -> str:
    script = (
        "from tests.integration.tasks import wait_for_release;"
        f"print(wait_for_release.enqueue({str(markers)!r}).id)"
    )
    return topology.manage("shell", "--no-imports", "-c", script).stdout.strip()


def test_a_task_whose_worker_is_killed_is_run_again(topology, markers):
    task_id = enqueue_wait_for_release(topology, markers)

    started = time.time()
    assert wait_until(lambda: (markers / "attempt-1").exists(), started, 20) is not None
    topology.stop_process("worker", signal.SIGKILL)
    status, worker_ids, _ = task_row(topology, task_id)
    assert status == "RUNNING"  # django-tasks-db alone would leave it so for ever

    topology.start_worker()  # as systemd restarts it
    assert wait_until(lambda: (markers / "attempt-2").exists(), time.time(), 20) is not None
    (markers / "release").touch()

    assert wait_until(lambda: task_row(topology, task_id)[0] == "SUCCESSFUL", time.time(), 20), (
        task_row(topology, task_id)
    )
    status, worker_ids, return_value = task_row(topology, task_id)
    assert len(worker_ids) == 2
    assert return_value == 2
