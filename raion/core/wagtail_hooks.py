from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import SiteIdentity


class SiteIdentityViewSet(SiteOwnedViewSet):
    model = SiteIdentity
    icon = "site"
    menu_order = 200


register_snippet(SiteIdentityViewSet)
