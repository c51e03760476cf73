"""Requests per client address and minute, counted in the cache (Redis in production).
When the cache does not count (Redis down: every call a miss), nobody is limited: the
API is read-only and cached, so failing open costs less than refusing every reader."""

import time

from django.conf import settings
from django.core.cache import cache

from raion.security.client import client_address


def over_limit(request) -> bool:
    address = client_address(request) or "unknown"
    key = f"raion:api-rate:{address}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # the key is gone: no cache to count in
        return False
    return count > settings.RAION_API_REQUESTS_PER_MINUTE
