from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "raion.compliance"
    label = "compliance"
    verbose_name = _("Compliance with the law's requirements")

    def ready(self):
        from . import checks  # noqa: F401  (registers the checks)
