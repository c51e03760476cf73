"""Finding the request's Wagtail site without a query on every request."""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from . import content_version


def find_site(request):
    """Wagtail's site lookup for `request`, cached until a site or page changes."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"raion:site:{hostname}:{port}:{content_version.current()}"
    site = cache.get(key)
    if site is None:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = False
        cache.set(key, site, timeout=3600)
    return site or None


class SiteMiddleware:
    """Puts the cached site where Wagtail looks for it (`Site.find_for_request`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        return self.get_response(request)
