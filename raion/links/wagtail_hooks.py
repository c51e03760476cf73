from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import ResourceList


class ResourceListViewSet(SiteOwnedViewSet):
    model = ResourceList
    icon = "link"
    menu_order = 220


register_snippet(ResourceListViewSet)
