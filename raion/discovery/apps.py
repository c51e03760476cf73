from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "raion.discovery"
    label = "discovery"
    verbose_name = _("Feeds, sitemap and structured data")
