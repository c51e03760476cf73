from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .admin_provisioning import AddSiteView
from .permissions import is_network_admin


class NetworkAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_network_admin(request.user)


@hooks.register("register_admin_urls")
def register_provisioning_url():
    return [path("network/sites/add/", AddSiteView.as_view(), name="network_add_site")]


@hooks.register("register_admin_menu_item")
def register_network_menu():
    add_site = NetworkAdminMenuItem(
        _("Add a site"), reverse("network_add_site"), name="add-site", icon_name="plus"
    )
    return SubmenuMenuItem(
        _("Network"), Menu(items=[add_site]), name="network", icon_name="site", order=900
    )
