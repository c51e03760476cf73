"""The demo carries both national lists and each demo district's details of them."""

import pytest
from wagtail.models import Site

from raion.network.models import GovernmentBody
from raion.procedures.local import LocalProcedure
from raion.procedures.registry import Procedure, ProcedureList

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ru", "be"])
def test_the_registry_holds_both_lists_in_several_chapters(demo, language):
    procedures = Procedure.objects.filter(locale__language_code=language)
    citizens = procedures.filter(procedure_list=ProcedureList.CITIZENS)
    businesses = procedures.filter(procedure_list=ProcedureList.BUSINESSES)
    assert citizens.count() >= 40
    assert businesses.count() >= 10
    assert citizens.values("chapter").distinct().count() >= 4
    assert businesses.values("chapter").distinct().count() >= 3


def test_every_demo_district_carries_every_procedure(demo):
    registry = Procedure.objects.count()
    districts = Site.objects.filter(body__kind=GovernmentBody.Kind.DISTRICT)
    assert districts.count() >= 3
    for site in districts:
        details = LocalProcedure.objects.filter(site=site, live=True)
        assert details.count() == registry, site
        assert not details.filter(department="").exists()
