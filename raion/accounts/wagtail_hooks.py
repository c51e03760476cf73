from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from raion.network.permissions import is_network_admin

from . import views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("locked-accounts/", views.locked_accounts, name="accounts_locked"),
        path("locked-accounts/unlock/", views.unlock_view, name="accounts_unlock"),
    ]


class NetworkAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_network_admin(request.user)


@hooks.register("register_settings_menu_item")
def register_menu_item():
    return NetworkAdminMenuItem(
        _("Locked accounts"), reverse("accounts_locked"), icon_name="lock", order=900
    )
