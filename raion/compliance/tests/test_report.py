"""`compliance_report`: stored runs, text and JSON output, exit codes."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from raion.compliance.factories import make_compliant_site
from raion.compliance.models import ComplianceRun
from raion.pages.models import StandardPage

pytestmark = pytest.mark.django_db


def report(*args):
    """(exit status, output) of `manage.py compliance_report`."""
    out = io.StringIO()
    try:
        call_command("compliance_report", *args, stdout=out)
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def test_exit_codes_follow_required_checks_and_each_run_is_stored():
    provisioned = make_compliant_site("reported")
    status, output = report("--site", "reported.example.by")
    assert status == 0, output
    assert "passed" in output and "failed" not in output

    # A recommended check failing does not fail the command.
    # (In English, which has no bilingual duty, so only this check fails.)
    about = StandardPage.objects.get(url_path=f"{provisioned.homes['en'].url_path}about/")
    about.body = [{"type": "paragraph", "value": '<p><embed embedtype="image" id="1" alt=""/></p>'}]
    about.save_revision().publish()
    status, output = report("--site", "reported.example.by", "--format", "json")
    assert status == 0, output
    (site,) = json.loads(output)
    statuses = {check["id"]: check["status"] for check in site["checks"]}
    assert statuses["image-alt"] == "failed" and site["failed_recommended"] == 1

    # A required one does.
    provisioned.pages["be"]["structure"].unpublish()
    status, output = report("--site", "reported.example.by", "--format", "json")
    assert status == 1
    (site,) = json.loads(output)
    sections = next(check for check in site["checks"] if check["id"] == "sections")
    assert sections["status"] == "failed"
    assert sections["findings"][0]["message"] == (
        "The section “Structure” is not published in Belarusian."
    )
    runs = ComplianceRun.objects.filter(site=provisioned.site)
    # Both "sections" and "bilingual" see the unpublished Belarusian page.
    assert [run.failed_required for run in runs] == [2, 0, 0]


def test_an_unknown_site_is_an_error():
    status, _output = report("--site", "nowhere.example.by")
    assert status == 2


def test_enqueue_runs_the_checks_through_the_task_queue(demo):
    status, output = report("--enqueue")
    assert status == 0 and output.startswith("Queued")
    # The test settings run tasks at once: every site has a stored run.
    assert ComplianceRun.objects.values("site").distinct().count() == 4
