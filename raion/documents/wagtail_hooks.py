from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.snippets.models import register_snippet

from raion.network.viewsets import SiteOwnedViewSet

from .models import DocumentFile, OfficialDocument


class OfficialDocumentViewSet(SiteOwnedViewSet):
    model = OfficialDocument
    icon = "doc-full"
    menu_label = _("Documents")
    menu_order = 230
    list_display = ["__str__", "title", "adopted", "status", "site", "locale", "text_extraction"]
    list_filter = ["site", "locale", "kind", "status", "files__extraction"]
    search_fields = ["title", "number"]


register_snippet(OfficialDocumentViewSet)


@hooks.register("compliance_documents_without_text")
def documents_without_text(site):
    """[(title, admin URL)] of the site's documents with a file whose text came out empty
    (a scan without a text layer)."""
    finder = AdminURLFinder()
    documents = OfficialDocument.objects.filter(
        site=site,
        files__extraction=DocumentFile.Extraction.DONE,
        files__text="",
    ).distinct()
    return [(document.title, finder.get_edit_url(document) or "") for document in documents]
