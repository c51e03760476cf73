"""Procedures in the site search (raion.search): each procedure a site carries out (its
published local details), in its language, on its page of the site's catalogue."""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from raion.search.registry import SiteRowSource

from .local import LocalProcedure
from .registry import Procedure


class ProcedureSource(SiteRowSource):
    name = kind = "procedure"
    kinds = {"procedure": _("Administrative procedure")}
    model = LocalProcedure

    def queryset(self):
        return super().queryset().select_related("procedure__chapter")

    def shown(self, local):
        return local.live

    def title(self, local):
        return f"{local.procedure.number}. {local.procedure.name}"

    def body(self, local):
        procedure = local.procedure
        parts = (procedure.chapter.title, procedure.documents, local.department, local.notes)
        return "\n".join(filter(None, parts))

    def on_registry_saved(self, instance, **_kwargs):
        # The registry's text is part of every site's entry for the procedure.
        for local in instance.local_details.all():
            self.on_save(local)

    def connect(self):
        super().connect()
        post_save.connect(
            self.on_registry_saved, sender=Procedure, weak=False, dispatch_uid="search-registry"
        )
