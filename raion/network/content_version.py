"""Numbers that change whenever published content or settings change: one per site, and
one for the network (sites, hostnames, language homes, network-wide content).

Cached fragments include the version of the site they belong to in their keys, so a
publish makes every stale fragment of that site unreachable at once, without having to
know which fragments showed the changed content, and leaves other sites' fragments alone.
A change of the network version makes every site's fragments stale.
"""

import time

from django.core.cache import cache

NETWORK = "network"


def _key(scope) -> str:
    return f"raion:content-version:{scope}"


def current(site_id=None) -> str:
    """The version fragments of `site_id` are cached under; without a site, the network's."""
    network_key = _key(NETWORK)
    if site_id is None:
        return str(cache.get_or_set(network_key, time.time_ns, timeout=None))
    site_key = _key(site_id)
    versions = cache.get_many([network_key, site_key])
    for key in (network_key, site_key):
        if key not in versions:
            versions[key] = cache.get_or_set(key, time.time_ns, timeout=None)
    return f"{versions[network_key]}.{versions[site_key]}"


def bump(site_id=None) -> None:
    """Make the fragments of `site_id` stale; without a site, every site's."""
    cache.set(_key(NETWORK if site_id is None else site_id), time.time_ns(), timeout=None)
