"""Production settings: everything that differs between installations comes from the environment.

Required: SECRET_KEY, DATABASE_URL (PostgreSQL), ALLOWED_HOSTS. Optional: REDIS_URL (cache
and sessions), RAION_CACHE_REFRESH_URL (nginx's cache refresh listener),
AWS_STORAGE_BUCKET_NAME and friends (media on S3-compatible storage), STATIC_ROOT,
MEDIA_ROOT, WAGTAILADMIN_BASE_URL, staff security (RAION_REQUIRE_SECOND_FACTOR,
RAION_SESSION_IDLE_MINUTES, RAION_LOGIN_FAILURE_LIMIT, RAION_LOCKOUT_MINUTES,
RAION_TRUSTED_PROXIES, RAION_AUDIT_RETENTION_DAYS), RAION_DEMO_ENABLED with
RAION_ADMIN_PASSWORD, and RAION_BACKUP_DIR. docs/deploy.md describes each.
"""

import datetime
import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, RAION_DEMO_ADMIN_PASSWORD

env = os.environ.get

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", "").split(",") if h.strip()]

# Database: PostgreSQL. Connections are kept for a minute and checked before reuse, so a
# restarted database server costs one failed check, not a failed request.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
    )
}
INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]
RAION_BACKUP_DIR = env("RAION_BACKUP_DIR", "/var/backups/raion")

# Search on PostgreSQL: Russian stemming for full-text queries, trigram similarity for
# fuzzy ones (`manage.py enable_trigram` creates the extension and indexes).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "raion.search.backend",
        "SEARCH_CONFIG": env("RAION_SEARCH_CONFIG", "russian"),
        "FUZZY_ALGORITHM": "trigram",
    }
}

# Cache and sessions. Redis errors are cache misses (raion.cache.redis), so pages are
# still served when Redis is down; sessions live in the database and are cached in
# Redis, so logins survive a Redis outage too. Without Redis nothing is cached: caches
# of each process would disagree about the content version and serve stale fragments.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "raion.cache.redis.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": env("RAION_CACHE_PREFIX", "raion"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work: a database queue run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "raion.worker.backends.DatabaseBackend"}}

# nginx's page cache: publishing refreshes the affected URLs (raion.cache).
if env("RAION_CACHE_REFRESH_URL"):
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "raion.cache.frontend.NginxRefreshBackend",
            "LOCATION": os.environ["RAION_CACHE_REFRESH_URL"],
        }
    }
    # Our URLs are not the same path in every language: refresh exactly what we name.
    WAGTAILFRONTENDCACHE_LANGUAGES = []

# Static files with content hashes in their names, so nginx can let browsers keep them.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
if env("STATIC_ROOT"):
    STATIC_ROOT = os.environ["STATIC_ROOT"]
if env("MEDIA_ROOT"):
    MEDIA_ROOT = os.environ["MEDIA_ROOT"]

# Media on S3-compatible storage when there is more than one application host.
# Credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables.
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
    AWS_QUERYSTRING_AUTH = False  # public images and documents have stable URLs
    AWS_S3_FILE_OVERWRITE = False
    media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else "{0.scheme}://{0.netloc}".format(
            urlsplit(AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com")
        )
    )
    RAION_CSP_EXTRA_SOURCES = {"img-src": [media_origin]}

WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "https://localhost")

# HTTPS everywhere. nginx terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # probes talk plain HTTP to the app
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Staff security: a second factor for every staff account, short idle sessions, lockout.
RAION_REQUIRE_SECOND_FACTOR = env("RAION_REQUIRE_SECOND_FACTOR", "1") == "1"
RAION_SESSION_IDLE_MINUTES = int(env("RAION_SESSION_IDLE_MINUTES", "30"))
AXES_FAILURE_LIMIT = int(env("RAION_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env("RAION_LOCKOUT_MINUTES", "15")))
if env("RAION_TRUSTED_PROXIES"):
    RAION_TRUSTED_PROXIES = [a.strip() for a in os.environ["RAION_TRUSTED_PROXIES"].split(",")]
RAION_AUDIT_RETENTION_DAYS = int(env("RAION_AUDIT_RETENTION_DAYS", str(3 * 365)))

# The demo only when asked for, and never with its well-known admin password.
RAION_DEMO_ENABLED = env("RAION_DEMO_ENABLED") == "1"
if RAION_DEMO_ENABLED:
    if env("RAION_ADMIN_PASSWORD", RAION_DEMO_ADMIN_PASSWORD) == RAION_DEMO_ADMIN_PASSWORD:
        raise ImproperlyConfigured(
            "RAION_DEMO_ENABLED=1 needs RAION_ADMIN_PASSWORD set to a password of your own"
        )
    INSTALLED_APPS = [*INSTALLED_APPS, "raion.demo"]
elif env("RAION_ADMIN_PASSWORD") == RAION_DEMO_ADMIN_PASSWORD:
    raise ImproperlyConfigured("RAION_ADMIN_PASSWORD is the demo's published password")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("RAION_LOG_LEVEL", "WARNING")},
}
