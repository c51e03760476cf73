from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "raion.documents"
    label = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from raion.network import editorial, sections
        from raion.search import registry

        from . import signals
        from .search import DocumentSource
        from .sections import LIBRARY

        signals.connect()
        sections.register(LIBRARY)
        editorial.grant("documents", editors=editorial.crud("officialdocument"))
        registry.register(DocumentSource())
