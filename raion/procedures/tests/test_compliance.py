"""The compliance check "required-fields" finds procedures a site carries out that do not
say who accepts them, what to submit or how long it takes."""

import pytest

from raion.compliance.registry import FAILED, PASSED, get_check, run_check
from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure

pytestmark = pytest.mark.django_db


def gaps(site):
    outcome = run_check(get_check("required-fields"), site)
    return outcome["status"], [
        (finding["params"]["row"], finding["params"]["field"]) for finding in outcome["findings"]
    ]


def test_a_procedure_without_department_official_documents_or_term_is_found():
    site = make_site("complete").site
    procedure = make_procedure("1.1.5", name="Housing list")
    details = make_local(site, procedure)
    assert gaps(site) == (PASSED, [])

    details.department = ""
    details.save()
    assert gaps(site) == (PASSED, [])  # the responsible official still says who accepts it
    details.officials.all().delete()
    procedure.documents = ""
    procedure.term = " "
    procedure.save()
    status, found = gaps(site)
    assert status == FAILED
    assert found == [
        ("1.1.5 Housing list", "department"),
        ("1.1.5 Housing list", "documents and information to submit"),
        ("1.1.5 Housing list", "maximum term"),
    ]


def test_only_the_sites_live_procedures_count():
    site, other = make_site("own").site, make_site("other").site
    procedure = make_procedure("1.1.6", documents="")
    make_local(other, procedure)
    make_local(site, make_procedure("1.1.7"), live=False, department="")
    assert gaps(site) == (PASSED, [])
    assert gaps(other)[0] == FAILED
