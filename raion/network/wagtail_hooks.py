from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
)
from wagtail.models import Site

from .admin_provisioning import AddSiteView
from .admin_scope import SiteScopedDeleteBulkAction, SiteScopedModerationPanel
from .page_scope import narrow_pages, tasks_of_users_sites, workflows_of_users_sites
from .permissions import is_network_admin
from .policy import scope_for_user

# --- Provisioning: Network → Add a site, for network administrators --------------------------


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


# --- Per-site isolation of the admin ------------------------------------------------------

# After Wagtail's own delete action (order 0), so that this one serves site-owned snippets.
hooks.register("register_bulk_action", SiteScopedDeleteBulkAction, order=1)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages_of_users_sites(pages, request):
    return narrow_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_of_users_sites(parent_page, pages, request):
    return narrow_pages(pages, request.user)


@hooks.register("construct_homepage_panels")
def moderation_of_users_sites(request, panels):
    panels[:] = [
        SiteScopedModerationPanel() if panel.name == SiteScopedModerationPanel.name else panel
        for panel in panels
    ]


# The "Site" filter of the page explorer and page search offers the user's sites only
# (django-filter calls a callable queryset with the request).
PageFilterSet.base_filters["site"].queryset = lambda request: scope_for_user(
    Site.objects.all(), request.user
)

# The workflow reports' filters offer the workflows and tasks of the user's sites only.
WorkflowReportFilterSet.base_filters["workflow"].queryset = workflows_of_users_sites
WorkflowTasksReportFilterSet.base_filters["workflow"].queryset = workflows_of_users_sites
WorkflowTasksReportFilterSet.base_filters["task"].queryset = tasks_of_users_sites
