"""The app's models: the registry, the local details and the public catalogue page."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Site

from raion.core.pages import SitePage

from . import queries
from .forms import FilterForm
from .local import LocalProcedure, Official, OneWindowService
from .registry import Chapter, Procedure, ProcedureList

__all__ = [
    "Chapter",
    "LocalProcedure",
    "Official",
    "OneWindowService",
    "Procedure",
    "ProcedureCatalogPage",
    "ProcedureList",
]

SLUG_PATTERN = r"(?P<slug>(?:business-)?\d{1,3}(?:-\d{1,3}){0,4})"


class ProcedureCatalogPage(RoutablePageMixin, SitePage):
    """A site's catalogue of administrative procedures in one language: the listing with
    its filters, each procedure at `<number>/`, and the "one window" service."""

    bilingual_required = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogue of administrative procedures")
        verbose_name_plural = _("catalogues of administrative procedures")

    @property
    def language_code(self):
        return self.locale.language_code

    def _site(self, request):
        site = Site.find_for_request(request)
        if site is None or site.pk != self.owner_site_id:
            site = Site.objects.get(pk=self.owner_site_id)
        return site

    def has_view(self, below, query):
        if below in ("", "one-window/"):
            return True
        try:
            _view, _args, kwargs = self.resolve_subpage(f"/{below}")
        except Http404:
            return False
        found = kwargs and queries.procedure(self.owner_site_id, self.language_code, kwargs["slug"])
        return bool(found)

    def sitemap_subpages(self, request):
        """[(key, full URL)] of every procedure the site carries out in this language and
        of the "one window" page: the sitemap lists them with their translations."""
        site = Site.objects.filter(pk=self.owner_site_id).first()
        url = self.get_full_url(request)
        if site is None or url is None:
            return []
        slugs = [
            details.procedure.slug
            for details in queries.live_details(site.pk, self.language_code).order_by(
                "procedure__procedure_list", "procedure__sort_key"
            )
        ]
        subpages = [(slug, url + self.reverse_subpage("procedure", args=[slug])) for slug in slugs]
        if OneWindowService.for_site(site, self.language_code) is not None:
            subpages.append(("one-window", url + self.reverse_subpage("one_window")))
        return subpages

    def get_sitemap_urls(self, request=None):
        lastmod = self.last_published_at or self.latest_revision_created_at
        return super().get_sitemap_urls(request) + [
            {"location": url, "lastmod": lastmod} for _key, url in self.sitemap_subpages(request)
        ]

    @path("")
    def index(self, request):
        site = self._site(request)
        choices = queries.filter_choices(site.pk, self.language_code)
        form = FilterForm(request.GET, choices)
        filters = form.filters()
        page_number = request.GET.get("page", "1")
        listing = queries.listing(site.pk, self.language_code, filters, page_number)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "filters": filters,
                "listing": listing,
                "one_window": OneWindowService.for_site(site, self.language_code),
                "query_without_page": _query_without_page(request),
                "listing_key": queries.key_of(filters.key(), listing["number"]),
                "form_key": queries.key_of(sorted(request.GET.lists())),
            },
        )

    @re_path(rf"^{SLUG_PATTERN}/$", name="procedure")
    def procedure(self, request, slug):
        site = self._site(request)
        details = queries.procedure(site.pk, self.language_code, slug)
        if details is None:
            raise Http404
        return self.render(
            request,
            template="procedures/procedure_page.html",
            context_overrides={
                "details": details,
                "procedure": details.procedure,
                "one_window": OneWindowService.for_site(site, self.language_code),
            },
        )

    @path("one-window/", name="one_window")
    def one_window(self, request):
        one_window = OneWindowService.for_site(self._site(request), self.language_code)
        if one_window is None:
            raise Http404
        return self.render(
            request,
            template="procedures/one_window_page.html",
            context_overrides={"one_window": one_window},
        )


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
