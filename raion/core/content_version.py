"""A single number that changes whenever published content or site settings change.

Cached fragments (header, navigation, carousel, footer, home listings) include it in their
keys, so a publish makes every stale fragment unreachable at once without having to know
which fragments showed the changed content.
"""

import time

from django.core.cache import cache

CACHE_KEY = "raion:content-version"


def current() -> int:
    return cache.get_or_set(CACHE_KEY, time.time_ns, timeout=None)


def bump() -> int:
    version = time.time_ns()
    cache.set(CACHE_KEY, version, timeout=None)
    return version
