"""`make run`'s settings take the database from DATABASE_URL, as production and the tests do."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

READ_DATABASE = (
    "import json; from raion.settings import dev; "
    "db = dev.DATABASES['default']; print(json.dumps([db['ENGINE'], str(db['NAME'])]))"
)


def dev_database(environment):
    result = subprocess.run(
        [sys.executable, "-c", READ_DATABASE],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgres://raion@db.example:5432/raion_dev",
            ["django.db.backends.postgresql", "raion_dev"],
        ),
        (None, ["django.db.backends.sqlite3", str(settings.BASE_DIR / "var" / "db.sqlite3")]),
    ],
)
def test_dev_settings_honour_database_url(url, expected):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    if url:
        environment["DATABASE_URL"] = url
    assert dev_database(environment) == expected
