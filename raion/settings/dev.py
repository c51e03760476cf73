"""Embedded default for `make run`: SQLite, local-memory cache, Django's development server."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo network and its admin login; no second factor asked (raion.twofactor).
RAION_DEMO_ENABLED = True
INSTALLED_APPS = [*INSTALLED_APPS, "raion.demo"]
