"""`CacheLookups` counts what a round of requests found in the cache: the measure of one
site's fragments outliving another site's publish. Sites for tests come from
`raion.network.factories.make_site`.
"""

from django.core.cache import caches


class CacheLookups:
    """Counts the default cache's hits and misses in this thread while in use, with the
    keys of each: what a round of requests found cached and what it had to render."""

    _MISSING = object()

    def __init__(self):
        self.hit_keys, self.missed_keys = [], []

    @property
    def hits(self):
        return len(self.hit_keys)

    @property
    def misses(self):
        return len(self.missed_keys)

    @property
    def hit_ratio(self):
        lookups = self.hits + self.misses
        return self.hits / lookups if lookups else 1.0

    def __enter__(self):
        self.backend = caches["default"]  # the instance of this thread, as `cache` is
        original_get, original_get_many = self.backend.get, self.backend.get_many

        def get(key, default=None, version=None):
            value = original_get(key, self._MISSING, version=version)
            if value is self._MISSING:
                self.missed_keys.append(key)
                return default
            self.hit_keys.append(key)
            return value

        def get_many(keys, version=None):
            found = original_get_many(keys, version=version)
            self.hit_keys += [key for key in keys if key in found]
            self.missed_keys += [key for key in keys if key not in found]
            return found

        self.backend.get, self.backend.get_many = get, get_many
        return self

    def __exit__(self, *exc_info):
        del self.backend.get, self.backend.get_many
