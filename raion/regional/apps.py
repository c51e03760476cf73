from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionalConfig(AppConfig):
    name = "raion.regional"
    label = "regional"
    verbose_name = _("Region")

    def ready(self):
        from . import signals

        signals.connect()
