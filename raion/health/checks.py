"""Whether the services a request needs can be reached."""

import logging
import secrets

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import connection

logger = logging.getLogger(__name__)


def database_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Readiness: database unreachable")
        return False


def cache_reachable() -> bool:
    """A round trip through the cache. Our Redis cache turns errors into misses, so a
    value that does not come back is what an unreachable cache looks like."""
    cache = caches["default"]
    if isinstance(cache, DummyCache):
        return True  # an installation without Redis caches nothing: nothing to reach
    key = "raion:readiness-probe"
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, timeout=10)
        return cache.get(key) == token
    except Exception:
        logger.exception("Readiness: cache unreachable")
        return False
