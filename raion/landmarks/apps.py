from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandmarksConfig(AppConfig):
    name = "raion.landmarks"
    label = "landmarks"
    verbose_name = _("Landmark carousel")
