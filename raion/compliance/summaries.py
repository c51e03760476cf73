"""What the admin shows from stored runs: the latest run of each of a user's sites and
their trend, in a fixed number of queries whatever the number of sites."""

import datetime
from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone

from raion.network.permissions import sites_visible_to

from .models import ComplianceRun
from .registry import all_checks

TREND_RUNS = 8
TREND_PERIOD = datetime.timedelta(days=90)


@dataclass
class SiteSummary:
    site: object
    latest: ComplianceRun | None
    trend: list  # the latest TREND_RUNS runs, oldest first, without their results

    @property
    def panel_id(self):
        return f"compliance-{self.site.pk}"

    @property
    def cells(self):
        """[(check, status)] of the latest run, in the registry's order."""
        return [(check, self.latest and self.latest.status_of(check.id)) for check in all_checks()]


def site_summaries(user, with_trend=False) -> list[SiteSummary]:
    sites = sites_visible_to(user)
    runs = ComplianceRun.objects.filter(site__in=sites)
    latest = {run.site_id: run for run in runs.latest_per_site()}
    trends = {}
    if with_trend:
        recent = runs.filter(created_at__gte=timezone.now() - TREND_PERIOD)
        for run in recent.defer("results").order_by("site", "-pk"):
            site_runs = trends.setdefault(run.site_id, [])
            if len(site_runs) < TREND_RUNS:
                site_runs.append(run)
    return [SiteSummary(site, latest.get(site.pk), trends.get(site.pk, [])[::-1]) for site in sites]


def site_of_user(user, site_id):
    """The site `site_id` if `user` works on it, else 404."""
    for site in sites_visible_to(user):
        if site.pk == site_id:
            return site
    raise Http404
