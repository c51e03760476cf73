"""A task the worker resilience test can interrupt: it records each attempt, then waits
until the test releases it."""

import time
from pathlib import Path

from django_tasks import task

RELEASE_TIMEOUT_SECONDS = 60


@task()
def wait_for_release(directory: str) -> int:
    folder = Path(directory)
    attempt = len(list(folder.glob("attempt-*"))) + 1
    (folder / f"attempt-{attempt}").touch()
    deadline = time.monotonic() + RELEASE_TIMEOUT_SECONDS
    while not (folder / "release").exists():
        if time.monotonic() > deadline:
            raise TimeoutError("never released")
        time.sleep(0.05)
    return attempt
