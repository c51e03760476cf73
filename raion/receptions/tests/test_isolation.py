"""An editor of one district neither sees nor edits another district's officials, units
or schedules in the admin."""

import copy

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from raion.network.factories import make_site
from raion.people.models import Official, Unit
from raion.receptions.factories import make_official, make_schedule
from raion.receptions.models import Schedule

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_world(module_db):
    a, b = make_site("orsha"), make_site("dubrovno")
    rows = {}
    for name, district in (("a", a), ("b", b)):
        official = make_official(district.site, f"{name.upper()} official")
        unit = Unit.objects.create(
            site=district.site,
            locale=Locale.objects.get(language_code="ru"),
            name=f"{name.upper()} department",
            slug="finance",
        )
        rows[name] = {
            Official: official,
            Unit: unit,
            Schedule: make_schedule(district.site, official, weekdays="WE"),
        }
    editor = get_user_model().objects.create_user("orsha-editor", password="x")
    editor.groups.add(a.editors)
    return a, b, rows, editor


@pytest.fixture
def world(db, module_world):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_world)


def get(client, address):
    """GET `address`; outside a language prefix LocaleMiddleware redirects a 404 to the
    prefixed address, which is followed once."""
    response = client.get(address)
    if response.status_code == 302 and response["Location"] == f"/ru{address}":
        response = client.get(response["Location"])
    return response


def url(model, name, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{name}", args=args
    )


@pytest.mark.parametrize("model", [Official, Unit, Schedule], ids=lambda m: m.__name__)
def test_an_editor_sees_and_edits_only_own_rows(client, world, model):
    _a, _b, rows, editor = world
    client.force_login(editor)
    own, other = rows["a"][model], rows["b"][model]
    for name in ("edit", "delete", "history", "usage"):
        assert get(client, url(model, name, other.pk)).status_code == 404, name
    assert get(client, url(model, "edit", own.pk)).status_code == 200
    listing = get(client, url(model, "list")).content.decode()
    assert str(own) in listing and str(other) not in listing
    chooser = client.get(
        reverse(f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}:choose")
    )
    assert str(other) not in chooser.content.decode()


def test_a_schedule_cannot_name_another_sites_official(client, world):
    a, _b, rows, editor = world
    client.force_login(editor)
    # The official is picked with the snippet chooser, which lists only A's (above).
    before = Schedule.objects.count()
    data = {
        "site": a.site.pk,
        "kind": "personal",
        "official": rows["b"][Official].pk,
        "weekdays": "WE",
        "start_time": "08:00",
        "end_time": "13:00",
        "on_holiday": "cancel",
        "sort_order": 0,
    }
    refused = client.post(url(Schedule, "add"), data)
    assert refused.status_code == 200 and Schedule.objects.count() == before
    accepted = client.post(url(Schedule, "add"), {**data, "official": rows["a"][Official].pk})
    assert accepted.status_code == 302 and Schedule.objects.count() == before + 1
