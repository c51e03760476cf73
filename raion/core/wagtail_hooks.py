from wagtail.snippets.models import register_snippet

from .models import SiteIdentity
from .viewsets import SiteOwnedViewSet


class SiteIdentityViewSet(SiteOwnedViewSet):
    model = SiteIdentity
    icon = "site"
    menu_order = 200


register_snippet(SiteIdentityViewSet)
