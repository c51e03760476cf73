from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from raion.network.permissions import is_network_admin

from . import views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("two-factor/", views.overview, name="twofactor_overview"),
        path("two-factor/verify/", views.verify, name="twofactor_verify"),
        path("two-factor/enrol/", views.enrol, name="twofactor_enrol"),
        path(
            "two-factor/recovery-codes/",
            views.regenerate_recovery_codes,
            name="twofactor_recovery_codes",
        ),
        path("two-factor/reset/<int:user_id>/", views.reset, name="twofactor_reset"),
    ]


@hooks.register("register_account_menu_item")
def register_account_menu_item(request):
    return {
        "url": reverse("twofactor_overview"),
        "label": _("Two-factor authentication"),
        "help_text": _("An authenticator app and recovery codes protect your account."),
    }


@hooks.register("register_user_listing_buttons")
def reset_button(user, request_user):
    if is_network_admin(request_user):
        yield ListingButton(
            _("Reset two-factor"), reverse("twofactor_reset", args=[user.pk]), priority=90
        )
