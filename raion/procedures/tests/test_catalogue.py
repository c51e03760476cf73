"""The public catalogue: listing, filters, a procedure's page, the "one window" page."""

import copy
import json
import re

import pytest
from django.test import Client

from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_one_window, make_procedure
from raion.procedures.registry import ProcedureList

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_district(module_db):
    provisioned = make_site("catalogue-a")
    site = provisioned.site
    make_local(site, make_procedure("1.1.5", name="Taking on the housing list"))
    make_local(
        site,
        make_procedure("2.1", name="Issuing a certificate of work"),
        department="Personnel",
        online_url="https://portal.gov.by/",
    )
    make_local(
        site,
        make_procedure("8.1.1", procedure_list=ProcedureList.BUSINESSES, name="A business permit"),
    )
    make_one_window(site)
    return provisioned


@pytest.fixture
def district(db, module_district):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district)


def get(path, host="catalogue-a.example.by"):
    return Client(HTTP_HOST=host).get(path)


def test_provisioning_makes_the_catalogue_in_every_language(district):
    for language in ("ru", "be", "en"):
        catalogue = district.homes[language].get_children().get(slug="procedures")
        assert catalogue.show_in_menus
        assert catalogue.specific_class.__name__ == "ProcedureCatalogPage"


def test_listing_groups_by_chapter_and_links_each_procedure(district):
    response = get("/ru/procedures/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Taking on the housing list" in html
    assert 'href="/ru/procedures/1-1-5/"' in html
    assert 'href="/ru/procedures/business-8-1-1/"' in html
    assert html.count("procedure-chapter") == 3


@pytest.mark.parametrize(
    "query, present, absent",
    [
        ("?procedure_list=businesses", "A business permit", "Taking on the housing"),
        ("?chapter=citizens-2", "certificate of work", "Taking on the housing"),
        ("?department=Personnel", "certificate of work", "A business permit"),
        ("?online=on", "certificate of work", "A business permit"),
        ("?text=housing", "Taking on the housing", "certificate of work"),
        ("?text=1.1", "Taking on the housing", "certificate of work"),
    ],
)
def test_filters(district, query, present, absent):
    html = get(f"/ru/procedures/{query}").content.decode()
    assert present in html
    assert absent not in html


@pytest.mark.parametrize(
    "query",
    [
        "?chapter=nonsense",
        "?procedure_list=%00",
        "?text=%00",
        "?text=" + "x" * 500,
        "?online=maybe",
    ],
)
def test_odd_queries_are_no_error(district, query):
    assert get(f"/ru/procedures/{query}").status_code == 200


def test_pages_that_do_not_exist(district):
    assert get("/ru/procedures/?page=99").status_code == 404
    assert get("/ru/procedures/9-9-9/").status_code == 404
    make_site("catalogue-b")  # carries out no procedure
    assert get("/ru/procedures/1-1-5/", host="catalogue-b.example.by").status_code == 404


def test_procedure_page_shows_both_parts_and_json_ld(district):
    response = get("/ru/procedures/1-1-5/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Taking on the housing list" in html
    assert "Housing department" in html and "Ivanova Anna" in html
    assert "1 Main Street" in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    services = [json.loads(b) for b in blocks if "GovernmentService" in b]
    assert services[0]["identifier"] == "1.1.5"
    assert 'aria-current="page">1.1.5<' in html


def test_one_window_page(district):
    response = get("/ru/procedures/one-window/")
    assert response.status_code == 200
    assert "Mon-Fri 8:00-17:00" in response.content.decode()


def test_drafts_are_not_public(district):
    make_local(district.site, make_procedure("3.1", name="A draft procedure"), live=False)
    assert "A draft procedure" not in get("/ru/procedures/").content.decode()
    assert get("/ru/procedures/3-1/").status_code == 404
