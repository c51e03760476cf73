"""Benchmark settings: production-like templates and caching, a separate database."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, SQLITE_OPTIONS

DEBUG = False
SECRET_KEY = "bench-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
RAION_DEMO_ENABLED = True  # the benchmarks measure the demo network
INSTALLED_APPS = [*INSTALLED_APPS, "raion.demo"]
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'bench.sqlite3'}")
    )
}
MEDIA_ROOT = BASE_DIR / "var" / "bench-media"
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
# BENCH_TASKS=queued: tasks (search and reference index updates) queue for a worker, as in
# production, instead of running at once.
if os.environ.get("BENCH_TASKS") == "queued":
    TASKS = {"default": {"BACKEND": "raion.worker.backends.DatabaseBackend"}}
