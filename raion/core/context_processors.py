from django.conf import settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from raion.network import content_version


def site_chrome(request):
    """What every page's header and footer show, fetched only when a fragment is not cached."""
    site = SimpleLazyObject(lambda: Site.find_for_request(request))

    def identity():
        from .models import SiteIdentity

        return SiteIdentity.for_site(
            Site.find_for_request(request), prefetch=("phones", "social_links")
        )

    def site_version():
        return content_version.current(getattr(site, "pk", None))

    return {
        "current_site": site,
        "site_identity": SimpleLazyObject(identity),
        "content_version": SimpleLazyObject(site_version),
        "fragment_cache_seconds": settings.RAION_FRAGMENT_CACHE_SECONDS,
    }
