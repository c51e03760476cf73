"""How many answers one address may send: RATE_LIMIT per RATE_WINDOW_SECONDS.

Counted in the cache (Redis in production), under a keyed hash of the address rather than
the address itself. When the cache cannot count (Redis down: the fail-soft cache answers
like an empty one, so `incr` finds no key; or no cache configured) the count goes to the
database, under the same hash. The hash's key is derived from SECRET_KEY and the window,
so it rotates with every window: yesterday's digests cannot be matched to anything.
"""

import time

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.crypto import salted_hmac

from .models import RateCount

RATE_LIMIT = 10
RATE_WINDOW_SECONDS = 600


def current_window(now=None) -> int:
    return int((now or time.time()) // RATE_WINDOW_SECONDS)


def address_digest(address: str, window: int) -> str:
    return salted_hmac(
        f"raion.feedback.rate.{window}", address or "", algorithm="sha256"
    ).hexdigest()


def _count_in_cache(digest) -> int | None:
    key = f"raion:feedback-rate:{digest}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # the key is missing right after add: the cache cannot count
        return None


def _count_in_database(digest, window) -> int:
    rows = RateCount.objects.filter(digest=digest, window=window)
    if not rows.update(count=F("count") + 1):
        try:
            with transaction.atomic():
                RateCount.objects.create(digest=digest, window=window, count=1)
        except IntegrityError:  # another request created it first
            rows.update(count=F("count") + 1)
        RateCount.objects.filter(window__lt=window).delete()
    return rows.values_list("count", flat=True).first() or 0


def allow(address) -> bool:
    """Count one post from `address`; whether it is within the limit."""
    window = current_window()
    digest = address_digest(address, window)
    count = _count_in_cache(digest)
    if count is None:
        count = _count_in_database(digest, window)
    return count <= RATE_LIMIT
