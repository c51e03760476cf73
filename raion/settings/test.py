"""Test settings: SQLite by default, PostgreSQL when DATABASE_URL is set (as in CI)."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The demo network and its admin login; no second factor asked (raion.twofactor).
RAION_DEMO_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "raion.demo"]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "var" / "test.sqlite3",
        }
    }

# One media folder per database, so that CI's passes on SQLite and PostgreSQL can run at once.
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
