"""The compliance check "required-fields" finds receptions without a place and telephone
lines without a number."""

import pytest

from raion.compliance.registry import FAILED, PASSED, get_check, run_check
from raion.network.factories import make_site
from raion.receptions.factories import make_schedule
from raion.receptions.models import Schedule

pytestmark = pytest.mark.django_db


def test_a_reception_needs_a_place_and_a_line_its_number():
    site = make_site("schedules").site
    check = get_check("required-fields")
    reception = make_schedule(site, title="Chairman", weekdays="MO", place="Room 1")
    line = make_schedule(
        site, kind=Schedule.Kind.DIRECT_LINE, title="Direct line", weekdays="TU", phone="80213"
    )
    assert run_check(check, site) == {"status": PASSED, "findings": []}

    reception.place = ""
    reception.save()
    line.phone = ""
    line.save()
    outcome = run_check(check, site)
    assert outcome["status"] == FAILED
    assert [(f["params"]["field"], f["url"]) for f in outcome["findings"]] == [
        ("place", f"/admin/snippets/receptions/schedule/edit/{reception.pk}/"),
        ("phone", f"/admin/snippets/receptions/schedule/edit/{line.pk}/"),
    ]
