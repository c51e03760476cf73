"""The outbound link checker: run by the worker on a schedule, never from a request.

Every http(s) address in a site's live pages is fetched with the syndication fetcher and
its guards (timeouts and a deadline, a size limit, five redirects, no private, loopback or
link-local address), and the answer stored in `OutboundLink`, which the check reads.
"""

import logging

from django.utils import timezone

from raion.syndication.fetch import FetchError, FetchPolicy, fetch

from .content import site_content
from .models import OutboundLink

logger = logging.getLogger(__name__)

# A link only needs to answer: a small body limit, and an answer too large counts as one.
POLICY = FetchPolicy(timeout=10, max_bytes=256 * 1024, deadline=20)
ACCEPT = "text/html, application/xhtml+xml, */*;q=0.8"


def probe(url, fetcher=None) -> str:
    """ "" if `url` answers with a success, else why not."""
    try:
        (fetcher or fetch)(url, POLICY, accept=ACCEPT)
    except FetchError as error:
        return "" if error.status and 200 <= error.status < 300 else str(error)[:500]
    except Exception as error:  # a broken address must not stop the other checks
        logger.warning("Outbound link %s: %r", url, error)
        return str(error)[:500] or type(error).__name__
    return ""


def check_outbound_links(site, fetcher=None) -> list[OutboundLink]:
    """Fetches every outbound link of `site` once and stores the answers."""
    pages_by_url = {}
    for content in site_content(site):
        for url in sorted(content.external_links):
            pages_by_url.setdefault(url, content.page)
    links = []
    for url, page in pages_by_url.items():
        error = probe(url, fetcher)
        link, _new = OutboundLink.objects.update_or_create(
            site=site,
            url=url,
            defaults={"page": page, "ok": not error, "error": error, "checked_at": timezone.now()},
        )
        links.append(link)
    OutboundLink.objects.filter(site=site).exclude(url__in=pages_by_url).delete()
    return links
