from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "raion.people"
    label = "people"
    verbose_name = _("Leadership and structure")

    def ready(self):
        from raion.network import editorial, sections
        from raion.search import registry

        from .search import OfficialSource, UnitSource
        from .sections import LEADERSHIP, STRUCTURE

        sections.register(LEADERSHIP)
        sections.register(STRUCTURE)
        editorial.grant("people", editors=editorial.crud("official", "unit"))
        registry.register(OfficialSource())
        registry.register(UnitSource())
