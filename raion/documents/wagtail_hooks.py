from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import OfficialDocument


class OfficialDocumentViewSet(SiteOwnedViewSet):
    model = OfficialDocument
    icon = "doc-full"
    menu_label = _("Documents")
    menu_order = 230
    list_display = ["__str__", "title", "adopted", "status", "site", "locale", "text_extraction"]
    list_filter = ["site", "locale", "kind", "status", "files__extraction"]
    search_fields = ["title", "number"]


register_snippet(OfficialDocumentViewSet)
