"""Reports → Compliance: one row per site of the user with a light per check, and each
site's findings with its trend. Both read stored runs; neither runs a check."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import ComplianceRun
from .registry import all_checks
from .summaries import TREND_RUNS, site_of_user, site_summaries


class RegionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/region.html"
    page_title = _("Compliance")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["checks"] = all_checks()
        context["summaries"] = site_summaries(self.request.user)
        return context


class SiteView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/site.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, site_id, **kwargs):
        self.site = site_of_user(request.user, site_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Compliance: %(site)s") % {"site": self.site.site_name or self.site.hostname}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("compliance_region"), "label": _("Compliance")},
            {"url": "", "label": self.site.site_name or self.site.hostname},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        runs = list(ComplianceRun.objects.filter(site=self.site)[:TREND_RUNS])
        context["site"] = self.site
        context["run"] = runs[0] if runs else None
        context["trend"] = runs[::-1]
        return context
