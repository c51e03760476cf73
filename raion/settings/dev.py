"""Embedded default for `make run`: SQLite, local-memory cache, Django's development server."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
