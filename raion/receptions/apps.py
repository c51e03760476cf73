from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReceptionsConfig(AppConfig):
    name = "raion.receptions"
    label = "receptions"
    verbose_name = _("Receptions and direct lines")

    def ready(self):
        from raion.network import editorial, sections

        from .sections import APPEALS, RECEPTIONS

        sections.register(APPEALS)
        sections.register(RECEPTIONS)
        editorial.grant("receptions", editors=editorial.crud("schedule"))
