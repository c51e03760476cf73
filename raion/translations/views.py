from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from raion.network.permissions import sites_visible_to
from raion.network.sites import language_root_path

from . import rules
from .report import compliance_gaps


def choose_language(request):
    """The site root: the visitor's language from the django_language cookie, then
    Accept-Language, else the default; a language the site has no tree in gives way
    to the default.

    Django's negotiation ignores unknown codes, over-long values and malformed q-values.
    The answer depends on the visitor, so it is never cached for everyone.
    """
    site = Site.find_for_request(request)
    wanted = translation.get_language_from_request(request)
    available = [
        code for code in (wanted, settings.LANGUAGE_CODE) if site and language_root_path(site, code)
    ]
    response = HttpResponseRedirect(f"/{available[0] if available else wanted}/")
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
    add_never_cache_headers(response)
    return response


class BilingualComplianceReportView(WagtailAdminTemplateMixin, TemplateView):
    """Per site, every item the law requires in ru and be that lacks a live, up-to-date
    version in either language."""

    template_name = "translations/bilingual_report.html"
    page_title = _("Bilingual compliance")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        finder = AdminURLFinder(self.request.user)
        context["report"] = [
            (site, [(gap, finder.get_edit_url(gap.item_to_fix)) for gap in gaps])
            for site, gaps in compliance_gaps(sites_visible_to(self.request.user))
        ]
        context["required_languages"] = rules.REQUIRED_LANGUAGES
        context["required_models"] = [
            model._meta.verbose_name
            for model in rules.required_page_models() + rules.required_snippet_models()
        ]
        return context
