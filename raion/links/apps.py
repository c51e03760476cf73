from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinksConfig(AppConfig):
    name = "raion.links"
    label = "links"
    verbose_name = _("Internet resources")

    def ready(self):
        from raion.core.signals import bump_on_change_of

        from .models import Resource, ResourceList

        bump_on_change_of(ResourceList, Resource)
