from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "raion.documents"
    label = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from raion.network import sections
        from raion.search import registry

        from . import signals
        from .search import DocumentSource
        from .sections import LIBRARY

        signals.connect()
        sections.register(LIBRARY)
        registry.register(DocumentSource())
