"""The leadership and structure pages: standard sections of every site (provisioning),
listing the site's officials and units in the page's language."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from raion.core.pages import SitePage
from raion.pages.models import SectionNavigationMixin

from . import queries


class LeadershipPage(SectionNavigationMixin, SitePage):
    """The body's leadership: each official with contacts, biography and next receptions."""

    bilingual_required = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "pages.StandardPage", "receptions.AppealsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leadership page")

    def get_context(self, request, *args, **kwargs):
        # Imported here: receptions builds on people, not the other way round.
        from raion.receptions import queries as reception_queries
        from raion.receptions.pages import ReceptionsPage

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        officials = queries.officials(self.owner_site_id, language)
        schedules = reception_queries.schedules(self.owner_site_id, language)
        upcoming = reception_queries.next_by_official(schedules, 3)
        context["officials"] = [
            (
                official,
                [row for row in schedules if row.official_id == official.pk],
                upcoming.get(official.pk, []),
            )
            for official in officials
        ]
        context["receptions_page"] = ReceptionsPage.for_site_language(self.owner_site_id, language)
        return context


class StructurePage(SectionNavigationMixin, RoutablePageMixin, SitePage):
    """The body's structure as a tree, and one view per unit (`<slug>/`)."""

    bilingual_required = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "pages.StandardPage", "receptions.AppealsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("structure page")

    def units(self):
        return queries.units(self.owner_site_id, self.locale.language_code)

    def has_view(self, below, query):
        slug = below.strip("/")
        return not slug or any(unit.slug == slug for unit in self.units())

    @path("")
    def tree(self, request):
        units = self.units()
        Kind = queries.Unit.Kind
        return self.render(
            request,
            context_overrides={
                "tree": queries.unit_tree([u for u in units if u.kind != Kind.SUBORDINATE]),
                "subordinates": queries.unit_tree([u for u in units if u.kind == Kind.SUBORDINATE]),
                "units": units,
            },
        )

    @path("<slug:slug>/", name="unit")
    def unit_view(self, request, slug):
        units = self.units()
        unit = next((u for u in units if u.slug == slug), None)
        if unit is None:
            raise Http404
        return self.render(
            request,
            template="people/unit_page.html",
            context_overrides={
                "unit": unit,
                "parent_unit": next((u for u in units if u.pk == unit.parent_id), None),
                "children": [u for u in units if u.parent_id == unit.pk],
            },
        )
