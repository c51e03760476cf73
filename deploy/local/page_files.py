"""Deleting nginx's page files older than five minutes, every minute: what cron does in a
deployment (deploy/cron/raion), run by the local topology as a process of its own.

    python -m deploy.local.page_files DIRECTORY
"""

import sys
import time
from pathlib import Path

MAX_AGE_SECONDS = 5 * 60
INTERVAL_SECONDS = 60


def sweep(directory: Path, max_age: float = MAX_AGE_SECONDS, now: float | None = None) -> int:
    """Delete the files under `directory` last written more than `max_age` seconds ago."""
    cutoff = (time.time() if now is None else now) - max_age
    deleted = 0
    for path in directory.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                deleted += 1
        except FileNotFoundError:  # nginx or a publish deleted it meanwhile
            continue
    return deleted


def main(argv):
    directory = Path(argv[1])
    while True:
        if directory.exists():
            sweep(directory)
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    main(sys.argv)
