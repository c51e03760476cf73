"""Making nginx's cached copy of a URL current, with nginx as Debian ships it.

Stock nginx cannot delete a cache entry (`proxy_cache_purge` is a commercial or
third-party module). Instead, nginx has a second listener, reachable only from the
application hosts, that shares the cache zone and key but always bypasses the cache
lookup (`proxy_cache_bypass 1`): a GET sent there is rendered by the application and
the response replaces the cached entry. Then DELETEs there remove the page's page
files, the copies nginx answers anonymous readers from (deploy/nginx/raion-site.conf):
index.html and its compressed twin index.html.gz, so that the next readers' requests
keep the new copy. See deploy/nginx/raion-refresh.conf.

A reader's request that read the old copy from the page cache just before the refresh
replaced it can still be keeping that copy as the page file when the DELETE arrives, and
write it after. So the page files are deleted once more a second later, by a task the
worker runs then (at once where the task backend cannot defer one), when every request
that began before the refresh has long finished.
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.utils import timezone
from django_tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)

# Refreshes of one publish run side by side; each is one page render.
PARALLEL_REFRESHES = 4
REFRESH_TIMEOUT_SECONDS = 30
# Where the refresh listener deletes page files (deploy/nginx/raion-refresh.conf).
PAGE_FILES_PREFIX = "/_page-files"
# Between the first and the second deletion of the refreshed pages' page files.
PAGE_FILES_SETTLE_SECONDS = 1.0


class NginxRefreshBackend(HTTPBackend):
    """Wagtail frontend-cache backend that refreshes URLs through nginx's refresh listener."""

    def __init__(self, params):
        self.location = params["LOCATION"]
        super().__init__(params)

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        urls = list(urls)
        self._each(self._refresh, urls)
        page_file_urls = [url for url in urls if _page_files(url)]
        if page_file_urls:
            deletion = delete_page_files
            if deletion.get_backend().supports_defer:
                run_after = timezone.now() + timedelta(seconds=PAGE_FILES_SETTLE_SECONDS)
                deletion = deletion.using(run_after=run_after)
            deletion.enqueue(self.location, page_file_urls)

    def delete_page_files(self, urls):
        self._each(self._delete_page_files, urls)

    @staticmethod
    def _each(action, urls):
        with ThreadPoolExecutor(max_workers=PARALLEL_REFRESHES) as pool:
            list(pool.map(action, urls))

    def _refresh(self, url):
        parts = urlsplit(url)
        # A page that was unpublished now answers 404, and nginx caches that answer.
        self._send(url, "GET", parts.path, parts.query, expected_errors={404})
        self._delete_page_files(url)

    def _delete_page_files(self, url):
        for page_file in _page_files(url):
            # Deleting a page file that nginx does not have answers 404.
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


def _page_files(url) -> list[str]:
    """The refresh listener's addresses of the page files nginx may keep of `url`: the
    page as it is and compressed (deploy/nginx/raion-http.conf)."""
    parts = urlsplit(url)
    if parts.path.endswith("/") and not parts.query:
        page_file = f"{PAGE_FILES_PREFIX}{parts.path}index.html"
        return [page_file, f"{page_file}.gz"]
    return []


@task()
def delete_page_files(location, urls):
    """The second deletion of the page files of `urls` (module docstring)."""
    NginxRefreshBackend({"LOCATION": location}).delete_page_files(urls)
