from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .forms import SiteIdentityForm
from .models import SiteIdentity


class SiteIdentityViewSet(SiteOwnedViewSet):
    model = SiteIdentity
    icon = "site"
    menu_order = 200
    admin_form_class = SiteIdentityForm


register_snippet(SiteIdentityViewSet)
