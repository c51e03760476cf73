"""Embedded default for `make run`: SQLite (or DATABASE_URL), a file cache, Django's
development server."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Every process of the installation (the server, `import_feeds` and any other management
# command) must see one content version, or a publish by one leaves the others' cached
# fragments stale: the cache is a directory they all share, not each process's memory.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / "var" / "cache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
}

# As in production and the tests: a database named in the environment wins.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}

# A missing page shows the site's own 404 page, not Django's technical one.
MIDDLEWARE = [*MIDDLEWARE, "raion.core.not_found.SiteNotFoundMiddleware"]  # noqa: F405

# The demo network and its admin login; no second factor asked (raion.twofactor).
RAION_DEMO_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "raion.demo"]
