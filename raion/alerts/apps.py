from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "raion.alerts"
    label = "alerts"
    verbose_name = _("Emergency alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from raion.network import editorial

        from . import schedule

        schedule.connect()
        # An alert shows at once, unreviewed: a site's moderators issue them.
        editorial.grant("alerts", moderators=editorial.crud("alert"))
