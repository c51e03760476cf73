from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "raion.network"
    label = "network"
    verbose_name = _("Network of sites")

    def ready(self):
        from . import signals

        signals.connect()
