"""The region's directory of its districts and every district's link back to its region."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from raion.core.models import IdentityPhone, SiteIdentity
from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.network.models import GovernmentBody
from raion.regional import directory
from raion.regional.models import DirectoryPage

from .conftest import REGION_NAME, get

pytestmark = pytest.mark.django_db


def fill_identity(site, code, head, street, phone):
    identity = SiteIdentity.objects.get(site=site, locale__language_code=code)
    identity.head, identity.street, identity.locality = head, street, "Orsha"
    identity.save()
    IdentityPhone.objects.create(identity=identity, label="Reception", number=phone)


def test_the_directory_lists_the_districts_from_their_identity_rows(client, network):
    orsha = network.districts["orsha"].site
    fill_identity(orsha, "en", "Chairman Ivan Petrov", "1 Lenin St", "+375 216 51 00 00")
    directory_page = ensure_child(
        network.region.homes["en"],
        DirectoryPage,
        "districts",
        locale=network.region.homes["en"].locale,
        title="Districts",
    )
    html = get(client, directory_page).content.decode()
    for slug in ("orsha", "polotsk", "glubokoe"):
        assert f"{slug.capitalize()} District Executive Committee (en)" in html
        assert f'href="http://{slug}.example.by/en/"' in html
    for text in ("Chairman Ivan Petrov", "Orsha, 1 Lenin St", 'href="tel:+375216510000"'):
        assert text in html
    assert "Minsk" not in html


def test_the_directory_costs_the_same_queries_for_any_number_of_districts(network):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            listed = directory.districts_of(network.region.site.pk, "ru")
        return len(listed), len(captured)

    three, queries_for_three = queries()
    for slug in ("vitebsk-district", "lepel"):
        make_site(slug, region=network.region_body)
    five, queries_for_five = queries()
    assert (three, five) == (3, 5)
    assert queries_for_five == queries_for_three <= 4


def test_every_district_links_back_to_its_region_and_follows_its_identity(client, network):
    orsha = network.districts["orsha"]
    html = get(client, orsha.homes["be"]).content.decode()
    assert f'href="http://vitebsk.example.by/be/">{REGION_NAME} (be)</a>' in html
    identity = SiteIdentity.objects.get(site=network.region.site, locale__language_code="be")
    identity.full_name = "Віцебскі абласны выканаўчы камітэт"
    identity.save()  # the region's version changes; the district's cached link follows
    html = get(client, orsha.homes["be"]).content.decode()
    assert ">Віцебскі абласны выканаўчы камітэт</a>" in html
    # The region's own pages link to no region.
    assert 'class="region-link"' not in get(client, network.region.homes["be"]).content.decode()


def test_a_district_moved_to_another_region_links_to_the_new_one(client, network):
    orsha = network.districts["orsha"]
    assert "vitebsk.example.by" in get(client, orsha.homes["ru"]).content.decode()
    minsk = make_site("minsk", "minsk.example.by", kind=GovernmentBody.Kind.REGION)
    network.bodies["orsha"].region = minsk.body
    network.bodies["orsha"].save()
    html = get(client, orsha.homes["ru"]).content.decode()
    assert 'href="http://minsk.example.by/ru/"' in html
    assert "vitebsk.example.by" not in html
