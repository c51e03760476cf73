from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "raion.feedback"
    label = "feedback"
    verbose_name = _("Page feedback")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from raion.network import editorial

        editorial.grant("feedback", editors=("view_pagefeedback",))
