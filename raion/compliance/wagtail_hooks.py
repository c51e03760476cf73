from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .summaries import site_summaries
from .views import RegionView, SiteView

# A network administrator's dashboard shows this many sites; the region view has them all.
DASHBOARD_SITES = 6


@hooks.register("register_admin_urls")
def register_compliance_urls():
    return [
        path("reports/compliance/", RegionView.as_view(), name="compliance_region"),
        path("reports/compliance/<int:site_id>/", SiteView.as_view(), name="compliance_site"),
    ]


@hooks.register("register_reports_menu_item")
def register_compliance_menu_item():
    return MenuItem(
        _("Compliance"),
        reverse("compliance_region"),
        name="compliance",
        icon_name="tasks",
        order=940,
    )


class CompliancePanel(Component):
    """A panel per site of the user: the latest run's failures and their trend."""

    name = "compliance"
    template_name = "compliance/dashboard_panel.html"
    order = 80

    def __init__(self, summaries):
        self.summaries = summaries

    def get_context_data(self, parent_context):
        return {
            "summaries": self.summaries[:DASHBOARD_SITES],
            "more": len(self.summaries) > DASHBOARD_SITES,
        }


@hooks.register("construct_homepage_panels")
def add_compliance_panel(request, panels):
    summaries = site_summaries(request.user, with_trend=True)
    if summaries:
        panels.append(CompliancePanel(summaries))
