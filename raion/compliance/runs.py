"""Running every check on a site and storing the result."""

from wagtail.models import Site

from .models import ComplianceRun
from .registry import all_checks, run_check


def check_site(site) -> ComplianceRun:
    """Runs every registered check on `site` and stores the run."""
    results = {}
    for check in all_checks():
        results[check.id] = {"severity": check.severity, **run_check(check, site)}
    run = ComplianceRun(site=site)
    run.set_results(results)
    run.save()
    return run


def check_sites(sites=None) -> list[ComplianceRun]:
    sites = Site.objects.order_by("hostname", "port") if sites is None else sites
    return [check_site(site) for site in sites]
