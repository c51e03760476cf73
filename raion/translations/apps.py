from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "raion.translations"
    label = "translations"
    verbose_name = _("Translations and bilingual compliance")

    def ready(self):
        from . import rules  # noqa: F401  (registers its system check)
