"""The demo's dashboard has something to show: a stored run per site, and Senno's gap."""

import pytest
from django.utils import translation
from wagtail.models import Site

from raion.compliance.models import ComplianceRun

pytestmark = pytest.mark.django_db


def test_every_demo_site_has_a_run_and_senno_lacks_belarusian_hours(demo):
    latest = {run.site.hostname: run for run in ComplianceRun.objects.latest_per_site()}
    assert set(latest) == set(Site.objects.values_list("hostname", flat=True))
    with translation.override("en"):
        senno = [finding.text() for finding in latest["senno.localhost"].findings_of("sections")]
        gorodok = [
            finding.text() for finding in latest["gorodok.localhost"].findings_of("sections")
        ]
    assert "The site identity in Belarusian has no working hours." in senno
    assert not any("working hours" in text for text in gorodok)
