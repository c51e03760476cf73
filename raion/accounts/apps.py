from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "raion.accounts"
    label = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
