"""Guards a district's editor cannot pass even on a site of their own: the e-appeals link
stays on the national portal, and a feed source's address guard stays on; a network
administrator may do both, and nobody may open the whole internet."""

import pytest
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from raion.core.models import SiteIdentity
from raion.syndication.models import FeedSource

from .conftest import COLLECTION_PERMISSIONS, permissions, viewset_of

pytestmark = pytest.mark.django_db


def post_data(form):
    """The POST data that submits `form` (and its inline formsets) unchanged."""

    def fields(form):
        data = {}
        for name in form.fields:
            value = form[name].value()
            if value is True:
                data[form.add_prefix(name)] = "on"
            elif value not in (None, False):
                data[form.add_prefix(name)] = value
        return data

    data = fields(form)
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        data.update(
            {management.add_prefix(key): value for key, value in management.initial.items()}
        )
        for child in formset.forms:
            data.update(fields(child))
    return data


@pytest.fixture
def editor_of_liozno_too(world, demo):
    """A's editor whose group was also given rights on Liozno, the demo's district (its
    pages and its collection): Liozno's identity and feed source are theirs to edit."""

    liozno_collection = SiteIdentity.objects.get(
        site=demo.site, locale__language_code="ru"
    ).coat_of_arms.collection
    for permission in permissions(COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=world.a.net.editors, collection=liozno_collection, permission=permission
        )

    for home in demo.homes.values():
        for permission in (
            GroupPagePermission.objects.filter(group=world.a.net.editors)
            .values_list("permission", flat=True)
            .distinct()
        ):
            GroupPagePermission.objects.get_or_create(
                group=world.a.net.editors, page=home, permission_id=permission
            )
    return world.editor


def edit_form(model, instance, user, **changes):
    viewset = viewset_of(model)
    form_class = viewset.get_form_class()
    data = {**post_data(form_class(instance=instance, for_user=user)), **changes}
    return form_class(data, instance=instance, for_user=user)


def test_an_editor_of_liozno_cannot_point_its_appeals_link_outside(
    client, world, demo, editor_of_liozno_too
):
    identity = SiteIdentity.objects.get(site=demo.site, locale__language_code="ru")
    client.force_login(editor_of_liozno_too)
    url = reverse(viewset_of(SiteIdentity).get_url_name("edit"), args=[identity.pk])
    form_class = viewset_of(SiteIdentity).get_form_class()
    data = post_data(form_class(instance=identity, for_user=editor_of_liozno_too))
    # The same form saves with an address on the portal…
    accepted = client.post(url, {**data, "appeals_url": "https://обращения.бел/liozno"})
    assert accepted.status_code == 302
    identity.refresh_from_db()
    before = identity.appeals_url
    assert before == "https://обращения.бел/liozno"
    # …and not with one outside it.
    response = client.post(url, {**data, "appeals_url": "https://appeals.example.com/"})
    assert response.status_code == 200
    assert "обращения.бел" in response.content.decode()  # the form error names the portal
    identity.refresh_from_db()
    assert identity.appeals_url == before
    assert "appeals.example.com" not in client.get(demo.homes["ru"].url).content.decode()


@pytest.mark.parametrize(
    "address",
    [
        "http://обращения.бел/",
        "https://обращения.бел.example.com/",
        "https://обращения.бел@example.com/",
        "https://example.com/?next=https://обращения.бел/",
        "https://обращения.бел:8443/",
    ],
)
def test_an_editor_may_not_leave_the_portal(world, demo, editor_of_liozno_too, address):
    identity = SiteIdentity.objects.get(site=demo.site, locale__language_code="ru")
    form = edit_form(SiteIdentity, identity, editor_of_liozno_too, appeals_url=address)
    assert not form.is_valid() and "appeals_url" in form.errors


@pytest.mark.parametrize(
    "address", ["https://обращения.бел/", "https://XN--80ABNMYCP7EVC.XN--90AIS/appeal?body=1"]
)
def test_an_editor_may_point_at_the_portal(world, address):
    form = edit_form(SiteIdentity, world.a.identity, world.editor, appeals_url=address)
    assert form.is_valid(), form.errors


def test_another_sites_image_cannot_be_chosen(world):
    form = edit_form(SiteIdentity, world.a.identity, world.editor, coat_of_arms=world.b.image.pk)
    assert not form.is_valid() and "coat_of_arms" in form.errors
    form = edit_form(SiteIdentity, world.a.identity, world.editor, coat_of_arms=world.a.image.pk)
    assert form.is_valid(), form.errors


def test_a_network_administrator_may_set_any_https_address(world):
    identity = world.b.identity
    assert edit_form(
        SiteIdentity, identity, world.admin, appeals_url="https://appeals.example.by/"
    ).is_valid()
    form = edit_form(SiteIdentity, identity, world.admin, appeals_url="http://appeals.example.by/")
    assert not form.is_valid() and "appeals_url" in form.errors


def test_an_editor_of_liozno_cannot_switch_off_its_feeds_address_guard(
    client, world, demo, editor_of_liozno_too
):
    source = FeedSource.objects.filter(site=demo.site).first()
    before = source.allowed_networks
    client.force_login(editor_of_liozno_too)
    url = reverse(viewset_of(FeedSource).get_url_name("edit"), args=[source.pk])
    form_class = viewset_of(FeedSource).get_form_class()
    data = post_data(form_class(instance=source, for_user=editor_of_liozno_too))
    assert client.post(url, {**data, "name": "Renamed"}).status_code == 302  # the form saves
    for networks in ("0.0.0.0/0", "::/0", "0.0.0.0/0\n::/0"):
        response = client.post(url, {**data, "allowed_networks": networks})
        assert response.status_code == 200
        source.refresh_from_db()
        assert source.allowed_networks == before


@pytest.mark.parametrize(
    "networks", ["0.0.0.0/0", "::/0", "10.0.0.0/7", "2001::/15", "128.0.0.0/1"]
)
def test_a_whole_internet_range_is_refused_to_everybody(world, networks):
    for user in (world.editor, world.admin):
        form = edit_form(FeedSource, world.a.source, user, allowed_networks=networks)
        assert not form.is_valid() and "allowed_networks" in form.errors


@pytest.mark.parametrize(
    "networks", ["127.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "fe80::/64", "::1"]
)
def test_only_a_network_administrator_opens_private_ranges(world, networks):
    form = edit_form(FeedSource, world.a.source, world.editor, allowed_networks=networks)
    assert not form.is_valid() and "allowed_networks" in form.errors
    assert edit_form(FeedSource, world.a.source, world.admin, allowed_networks=networks).is_valid()


def test_an_editor_keeps_what_the_administrator_opened(world):
    FeedSource.objects.filter(pk=world.a.source.pk).update(allowed_networks="127.0.0.1")
    source = FeedSource.objects.get(pk=world.a.source.pk)
    form = edit_form(FeedSource, source, world.editor, name="Renamed feed")
    assert form.is_valid(), form.errors
    form = edit_form(FeedSource, source, world.editor, allowed_networks="")
    assert form.is_valid(), form.errors
