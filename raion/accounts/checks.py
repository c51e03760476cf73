"""Refuse a production configuration that carries the demo or its published password."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, register
from django.db.models import Q


@register(Tags.security)
def demo_only_when_asked(app_configs, **kwargs):
    if apps.is_installed("raion.demo") and not settings.RAION_DEMO_ENABLED:
        return [
            Error(
                "raion.demo is installed but RAION_DEMO_ENABLED is not set.",
                hint="Remove raion.demo from INSTALLED_APPS, or set RAION_DEMO_ENABLED.",
                id="raion.E001",
            )
        ]
    return []


@register(Tags.database)
def no_staff_account_has_the_demo_password(app_configs, databases=None, **kwargs):
    """Run by `migrate` and `check --database default`: deployment stops there."""
    if not databases or settings.RAION_DEMO_ENABLED:
        return []
    staff = get_user_model().objects.filter(Q(is_staff=True) | Q(is_superuser=True), is_active=True)
    password = settings.RAION_DEMO_ADMIN_PASSWORD
    exposed = [user.get_username() for user in staff if user.check_password(password)]
    if exposed:
        return [
            Error(
                f"Staff accounts with the demo's published password: {', '.join(exposed)}.",
                hint="Set their passwords with `manage.py changepassword`.",
                id="raion.E002",
            )
        ]
    return []
