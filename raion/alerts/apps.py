from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "raion.alerts"
    label = "alerts"
    verbose_name = _("Emergency alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import schedule

        schedule.connect()
