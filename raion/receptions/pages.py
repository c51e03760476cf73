"""The receptions page (a month of occurrences, the schedules in words, the iCalendar
feeds) and the appeals page, both generated from the site's schedules."""

import datetime
import functools
import operator

from django.db import models
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField

from raion.core.blocks import BodyBlock
from raion.core.pages import SitePage
from raion.network.sites import home_paths_by_site
from raion.pages.models import SectionNavigationMixin

from . import ical, queries
from .calendar import OfficialCalendar, minsk_now
from .models import Schedule
from .occurrences import occurrences

FIRST_YEAR, LAST_YEAR = 2000, 2100
PERSONAL_KINDS = (Schedule.Kind.PERSONAL, Schedule.Kind.OUTREACH)


def month_bounds(year, month):
    first = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first, following


def by_day(found):
    days = {}
    for occurrence in found:
        days.setdefault(occurrence.date, []).append(occurrence)
    return list(days.items())


class ReceptionsPage(SectionNavigationMixin, RoutablePageMixin, SitePage):
    """Every reception and direct line of the site, a month at a time, with its feeds."""

    bilingual_required = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "pages.StandardPage", "receptions.AppealsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("receptions page")

    @classmethod
    def for_site_language(cls, site_id, language_code):
        """The live receptions page of the site in the language, or None."""
        homes = [path for path, owner in home_paths_by_site().items() if owner == site_id]
        if not homes:
            return None
        in_site = functools.reduce(operator.or_, (Q(path__startswith=home) for home in homes))
        pages = cls.objects.live().filter(in_site, locale__language_code=language_code)
        return pages.order_by("path").first()

    def schedules(self, official=None):
        return queries.schedules(self.owner_site_id, self.locale.language_code, official)

    def has_view(self, below, query):
        try:
            _view, _args, kwargs = self.resolve_subpage(f"/{below}")
            if kwargs.get("month"):
                self._month(kwargs["year"], kwargs["month"])
        except Http404:
            return False
        return True

    def _month(self, year, month):
        year, month = int(year), int(month)
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404
        return year, month

    def _render_month(self, request, year, month):
        first, following = month_bounds(year, month)
        rows = self.schedules()
        previous = first - datetime.timedelta(days=1)
        return self.render(
            request,
            context_overrides={
                "month": (year, month),
                "days": by_day(occurrences(rows, first, following, OfficialCalendar())),
                "previous_month": (previous.year, previous.month)
                if previous.year >= FIRST_YEAR
                else None,
                "next_month": (following.year, following.month)
                if following.year <= LAST_YEAR
                else None,
                "schedules": [row for row in rows if row.date is None],
                "officials": sorted(
                    {row.official for row in rows if row.official_id}, key=lambda o: o.sort_order
                ),
            },
        )

    @path("")
    def current_month(self, request):
        today = minsk_now().date()
        return self._render_month(request, today.year, today.month)

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_view(self, request, year, month):
        return self._render_month(request, *self._month(year, month))

    # Wagtail's routing ends every sub-path with a slash, hence no ".ics" names.
    @path("ical/", name="feed")
    def site_feed(self, request):
        return self._feed(request, self.schedules(), self.title)

    @re_path(r"^ical/(?P<pk>\d+)/$", name="official_feed")
    def official_feed(self, request, pk):
        rows = [row for row in self.schedules() if str(row.official_id) == pk]
        if not rows:
            raise Http404
        return self._feed(request, rows, f"{self.title}: {rows[0].official.name}")

    def _feed(self, request, rows, name):
        text = ical.feed(
            rows,
            name=name,
            hostname=request.get_host().split(":")[0],
            today=minsk_now().date(),
            calendar=OfficialCalendar(),
        )
        response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="calendar.ics"'
        return response


class AppealsPage(SectionNavigationMixin, SitePage):
    """How to appeal to the body: the e-appeals portal, written appeals, deadlines, the
    book of comments and suggestions and how to book a personal reception; everything
    but the free texts comes from the site's identity and schedules."""

    bilingual_required = True  # the procedure for appeals (Resolution No. 645)

    intro = models.TextField(_("introduction"), blank=True)
    postal_address = models.TextField(
        _("address for written appeals"),
        blank=True,
        help_text=_("Leave empty to use the postal address of the site identity."),
    )
    comments_book = models.TextField(
        _("book of comments and suggestions"),
        blank=True,
        help_text=_("Where the book is kept and when it may be asked for."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = SitePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("postal_address"),
        FieldPanel("comments_book"),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage", "pages.StandardPage"]
    subpage_types = ["receptions.ReceptionsPage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("appeals page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rows = queries.schedules(self.owner_site_id, self.locale.language_code)
        context["personal_schedules"] = [
            row for row in rows if row.kind in PERSONAL_KINDS and row.date is None
        ]
        context["receptions_page"] = ReceptionsPage.for_site_language(
            self.owner_site_id, self.locale.language_code
        )
        return context
