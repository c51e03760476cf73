"""Reports → Compliance, each site's findings and the dashboard panel: what each user sees,
and the region view's queries for 25 sites."""

import copy

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Site

from raion.compliance.models import ComplianceRun
from raion.compliance.registry import FAILED, PASSED, REQUIRED, all_checks
from raion.network.factories import make_site
from raion.network.models import GovernmentBody

pytestmark = pytest.mark.django_db


def store_run(site, failed=(), message="Something to fix on %(site)s"):
    """A stored run of `site` in which the checks `failed` failed with one finding each."""
    results = {
        check.id: {
            "severity": check.severity,
            "status": FAILED if check.id in failed else PASSED,
            "findings": [{"message": message, "params": {"site": site.hostname}, "url": "/admin/"}]
            if check.id in failed
            else [],
        }
        for check in all_checks()
    }
    run = ComplianceRun(site=site)
    run.set_results(results)
    run.save()
    return run


@pytest.fixture(scope="module")
def module_two_sites(module_db):
    a, b = make_site("alpha"), make_site("beta")
    editor = get_user_model().objects.create_user("alpha-editor", password="x")
    editor.groups.add(a.editors)
    store_run(a.site, failed=("sections",))
    store_run(b.site, failed=("news", "sections"))
    return a, b, editor


@pytest.fixture
def two_sites(db, module_two_sites):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_two_sites)


def test_an_editor_sees_only_own_sites_findings(client, two_sites):
    a, b, editor = two_sites
    client.force_login(editor)
    region = client.get(reverse("compliance_region")).content.decode()
    assert "alpha.example.by" in region and "beta.example.by" not in region
    own = client.get(reverse("compliance_site", args=[a.site.pk]))
    assert own.status_code == 200
    assert "Something to fix on alpha.example.by" in own.content.decode()
    # A 404, which LocaleMiddleware answers with a redirect to /ru/admin/…, a 404 too.
    response = client.get(reverse("compliance_site", args=[b.site.pk]), follow=True)
    assert response.status_code == 404
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"compliance-{a.site.pk}" in dashboard
    assert f"compliance-{b.site.pk}" not in dashboard


def test_a_network_administrator_sees_every_site(client, two_sites):
    _a, b, _editor = two_sites
    client.force_login(get_user_model().objects.create_superuser("boss", password="x"))
    region = client.get(reverse("compliance_region")).content.decode()
    assert "alpha.example.by" in region and "beta.example.by" in region
    # A failed check's light leads to its findings.
    assert f'href="/admin/reports/compliance/{b.site.pk}/#check-news"' in region
    page = client.get(reverse("compliance_site", args=[b.site.pk])).content.decode()
    assert 'id="check-news"' in page and "Something to fix on beta.example.by" in page


def test_the_site_view_shows_the_trend(client, two_sites):
    a, _b, editor = two_sites
    store_run(a.site)
    store_run(a.site, failed=("sections", "bilingual"))
    client.force_login(editor)
    page = client.get(reverse("compliance_site", args=[a.site.pk])).content.decode()
    trend = [run.failed_required for run in ComplianceRun.objects.filter(site=a.site)][::-1]
    assert trend == [1, 0, 2]
    assert ">1</span> → <span" in page and ">2</span></p>" in page


def region_queries(client):
    client.get(reverse("compliance_region"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("compliance_region"))
    assert response.status_code == 200
    return len(queries)


def body_site(number):
    """A district's site as the region view reads it: the site, its body and its runs
    (its pages are not read, so none are made)."""
    site = Site.objects.create(
        hostname=f"district-{number}.example.by",
        site_name=f"District {number}",
        root_page=Page.get_first_root_node(),
    )
    GovernmentBody.objects.create(site=site)
    return site


def test_the_region_view_costs_the_same_queries_for_25_sites(client):
    client.force_login(get_user_model().objects.create_superuser("boss", password="x"))
    sites = [body_site(n) for n in range(2)]
    for site in sites:
        store_run(site, failed=("sections",))
    few = region_queries(client)
    sites += [body_site(n) for n in range(2, 25)]
    for site in sites:
        store_run(site, failed=("news",) if site.pk % 2 else ())
    many = region_queries(client)
    assert many == few
    assert sum(check.severity == REQUIRED for check in all_checks()) >= 4
