"""A second embedded installation beside the test database: a copy of it in a directory
of its own, with its own cache and media, for tests that run `manage.py` in other
processes (the server, a backup and its restore)."""

import os
import sqlite3
import sys

from django.db import connection

from tests.tools import ROOT

SETTINGS = """
from raion.settings.dev import *
DATABASES = {{"default": {{**DATABASES["default"], "NAME": {database!r}}}}}
CACHES["default"]["LOCATION"] = {cache!r}
MEDIA_ROOT = {media!r}
"""


def embedded_installation(directory) -> dict:
    """Copy the (SQLite) test database to `directory`/db.sqlite3, with `directory`/cache
    and `directory`/media; the environment its `manage.py` processes run in."""
    connection.ensure_connection()
    with sqlite3.connect(directory / "db.sqlite3") as copy:
        connection.connection.backup(copy)
    copy.close()
    (directory / "installation_settings.py").write_text(
        SETTINGS.format(
            database=str(directory / "db.sqlite3"),
            cache=str(directory / "cache"),
            media=str(directory / "media"),
        )
    )
    return {
        **os.environ,
        "PYTHONPATH": f"{directory}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "installation_settings",
    }


def manage_command(*args) -> list:
    return [sys.executable, str(ROOT / "manage.py"), *args]
