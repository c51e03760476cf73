"""Django's Redis cache, where an unreachable Redis is a cache miss instead of an error.

Pages are rendered from the database; Redis only saves work. When it is down every
cache call returns what an empty cache would (a miss, a failed add), and after a
failure Redis is not tried again for RETRY_AFTER seconds (a setting of the cache), so
that a host that does not answer costs one connection timeout per interval instead of
one per cache call.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 5.0


def _key_missing(key, *_args):
    raise ValueError(f"Key '{key}' not found.")


# What each client method returns when Redis cannot be reached: what an empty cache would.
_FALLBACKS = {
    "add": lambda *_args: False,
    "get": lambda _key, default: default,
    "set": lambda *_args: None,
    "touch": lambda *_args: False,
    "delete": lambda *_args: False,
    "get_many": lambda *_args: {},
    "has_key": lambda *_args: False,
    "incr": _key_missing,
    "set_many": lambda *_args: None,
    "delete_many": lambda *_args: None,
    "clear": lambda *_args: False,
}


def _fail_soft(name):
    method = getattr(RedisCacheClient, name)
    fallback = _FALLBACKS[name]

    @functools.wraps(method)
    def call(self, *args):
        if time.monotonic() < self.unavailable_until:
            return fallback(*args)
        try:
            return method(self, *args)
        except RedisError as error:
            self.unavailable_until = time.monotonic() + self.retry_after
            logger.warning("Redis unavailable, caching paused for %ss: %s", self.retry_after, error)
            return fallback(*args)

    return call


class FailSoftRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, retry_after=DEFAULT_RETRY_AFTER, **options):
        super().__init__(servers, **options)
        self.retry_after = retry_after
        self.unavailable_until = 0.0


for _name in _FALLBACKS:
    setattr(FailSoftRedisCacheClient, _name, _fail_soft(_name))


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailSoftRedisCacheClient
        retry_after = float(params.get("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        self._options = {**self._options, "retry_after": retry_after}
