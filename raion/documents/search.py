"""Documents in the site search (raion.search): each document of a site in its language,
with the text of its files, on its page in the site's library."""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from raion.search.registry import SiteRowSource

from .models import DocumentFile, OfficialDocument
from .text import document_text, with_text


class DocumentSource(SiteRowSource):
    name = kind = "document"
    kinds = {"document": _("Document")}
    model = OfficialDocument

    def queryset(self):
        return with_text(super().queryset())

    def title(self, document):
        return document.title

    def body(self, document):
        return document_text(document)

    def date(self, document):
        return document.adopted

    def on_file_saved(self, instance, **_kwargs):
        # The worker saves a file with its extracted text: the document's entry takes it.
        self.on_save(instance.document)

    def connect(self):
        super().connect()
        post_save.connect(
            self.on_file_saved, sender=DocumentFile, weak=False, dispatch_uid="search-document-file"
        )
