"""Making nginx's cached copy of a URL current, with nginx as Debian ships it.

Stock nginx cannot delete a cache entry (`proxy_cache_purge` is a commercial or
third-party module). Instead, nginx has a second listener, reachable only from the
application hosts, that shares the cache zone and key but always bypasses the cache
lookup (`proxy_cache_bypass 1`): a GET sent there is rendered by the application and
the response replaces the cached entry. Then a DELETE there removes the page's page
file, the copy nginx answers anonymous readers from (deploy/nginx/raion-site.conf), so
that the next reader's request keeps the new copy. See deploy/nginx/raion-refresh.conf.
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
# Where the refresh listener deletes page files (deploy/nginx/raion-refresh.conf).
PAGE_FILES_PREFIX = "/_page-files"


class NginxRefreshBackend(HTTPBackend):
    """Wagtail frontend-cache backend that refreshes URLs through nginx's refresh listener."""

    def purge(self, url):
        parts = urlsplit(url)
        # A page that was unpublished now answers 404, and nginx caches that answer.
        self._send(url, "GET", parts.path, parts.query, expected_errors={404})
        if parts.path.endswith("/") and not parts.query:
            # Deleting a page file that nginx does not have yet answers 404.
            page_file = f"{PAGE_FILES_PREFIX}{parts.path}index.html"
            self._send(url, "DELETE", page_file, "", expected_errors={404})

    def _send(self, url, method, path, query, expected_errors):
        target = urlunsplit((self.cache_scheme, self.cache_netloc, path, query, ""))
        headers = {"Host": urlsplit(url).netloc, "User-Agent": "raion-refresh"}
        request = Request(target, headers=headers, method=method)  # noqa: S310 - LOCATION
        try:
            with urlopen(request, timeout=REFRESH_TIMEOUT_SECONDS) as response:  # noqa: S310
                response.read()
        except HTTPError as error:
            if error.code not in expected_errors:
                logger.error("Refreshing %s in nginx failed: %s HTTP %s", url, method, error.code)
        except (URLError, TimeoutError) as error:
            logger.error("Refreshing %s in nginx failed: %s %s", url, method, error)

    def purge_batch(self, urls):
        with ThreadPoolExecutor(max_workers=PARALLEL_REFRESHES) as pool:
            list(pool.map(self.purge, urls))
