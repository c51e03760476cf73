"""Embedded default for `make run`: SQLite (or DATABASE_URL), local-memory cache, Django's
development server."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# As in production and the tests: a database named in the environment wins.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}

# A missing page shows the site's own 404 page, not Django's technical one.
MIDDLEWARE = [*MIDDLEWARE, "raion.core.not_found.SiteNotFoundMiddleware"]  # noqa: F405
