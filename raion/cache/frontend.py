"""Making nginx's cached copy of a URL current, with nginx as Debian ships it.

Stock nginx cannot delete a cache entry (`proxy_cache_purge` is a commercial or
third-party module). Instead, nginx has a second listener, reachable only from the
application hosts, that shares the cache zone and key but always bypasses the cache
lookup (`proxy_cache_bypass 1`): a GET sent there is rendered by the application and
the response replaces the cached entry. See deploy/nginx/raion-refresh.conf.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)

# Refreshes of one publish run side by side; each is one page render.
PARALLEL_REFRESHES = 4
REFRESH_TIMEOUT_SECONDS = 30


class NginxRefreshBackend(HTTPBackend):
    """Wagtail frontend-cache backend that refreshes URLs through nginx's refresh listener."""

    def purge(self, url):
        parts = urlsplit(url)
        target = urlunsplit((self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""))
        headers = {"Host": parts.netloc, "User-Agent": "raion-refresh"}
        request = Request(target, headers=headers)  # noqa: S310 - the configured LOCATION
        try:
            with urlopen(request, timeout=REFRESH_TIMEOUT_SECONDS) as response:  # noqa: S310
                response.read()
        except HTTPError as error:
            # A page that was unpublished now answers 404, and nginx caches that answer.
            if error.code != 404:
                logger.error("Refreshing %s in nginx failed: HTTP %s", url, error.code)
        except (URLError, TimeoutError) as error:
            logger.error("Refreshing %s in nginx failed: %s", url, error)

    def purge_batch(self, urls):
        with ThreadPoolExecutor(max_workers=PARALLEL_REFRESHES) as pool:
            list(pool.map(self.purge, urls))
