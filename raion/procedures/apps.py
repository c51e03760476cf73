from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "raion.procedures"
    label = "procedures"
    verbose_name = _("Administrative procedures")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from raion.network import editorial, sections
        from raion.network.signals import bump
        from raion.search import registry as search

        from .registry import Chapter, Procedure
        from .search import ProcedureSource
        from .sections import CATALOGUE

        # The registry is the network's: a change makes every site's catalogue stale.
        def registry_changed(**_kwargs):
            bump()

        for model in (Chapter, Procedure):
            uid = f"raion-bump-{model._meta.label_lower}"
            post_save.connect(
                registry_changed, sender=model, dispatch_uid=f"{uid}-save", weak=False
            )
            post_delete.connect(
                registry_changed, sender=model, dispatch_uid=f"{uid}-delete", weak=False
            )

        sections.register(CATALOGUE)
        # Local details wait as drafts until a moderator publishes them.
        editorial.grant(
            "procedures",
            editors=editorial.crud(
                "localprocedure", "onewindowservice", actions=("add", "change", "view")
            ),
            moderators=("publish_localprocedure",),
        )
        editorial.review("procedures.LocalProcedure")
        search.register(ProcedureSource())
