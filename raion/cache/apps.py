from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CacheConfig(AppConfig):
    name = "raion.cache"
    label = "raion_cache"
    verbose_name = _("Caching")

    def ready(self):
        from . import invalidation

        invalidation.connect()
