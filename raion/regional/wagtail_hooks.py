"""Regional copies in the admin: read-only for districts, which may only hide them."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import sharing, views


@hooks.register("register_admin_urls")
def urls():
    return [
        path("regional/hide/<int:page_id>/", views.hide, name="regional_hide"),
        path("regional/hidden/", views.hidden_items, name="regional_hidden_items"),
        path("regional/hidden/<int:item_id>/show/", views.show_again, name="regional_show_again"),
    ]


@hooks.register("before_convert_alias_page")
def refuse_converting_copies(request, page):
    """Converting a copy would let a district rewrite the region's text under its name;
    only those who may edit the original may do it."""
    if sharing.is_copy(page) and not page.alias_of.permissions_for_user(request.user).can_edit():
        raise PermissionDenied


class HideButton(PageMenuItem):
    label = _("Hide on this site")
    icon_name = "view"
    url_name = "regional_hide"
    priority = 55

    def is_shown(self, user):
        return sharing.is_copy(self.page) and views.can_hide(user, self.page)


@hooks.register("register_page_header_buttons")
def hide_button(page, user, view_name, next_url=None):
    if page.alias_of_id:
        yield HideButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def hide_listing_button(page, user, next_url=None):
    if page.alias_of_id:
        yield HideButton(page=page)


@hooks.register("register_reports_menu_item")
def hidden_items_menu_item():
    return MenuItem(
        _("Hidden regional news"),
        reverse("regional_hidden_items"),
        icon_name="view",
        order=900,
    )
