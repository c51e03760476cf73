from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandmarksConfig(AppConfig):
    name = "raion.landmarks"
    label = "landmarks"
    verbose_name = _("Landmark carousel")

    def ready(self):
        from raion.core.signals import bump_on_change_of

        from .models import Landmark, LandmarkCarousel

        bump_on_change_of(LandmarkCarousel, Landmark)
