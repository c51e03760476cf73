"""Provisioning a body's site: what it creates, that a second run changes nothing, and the
errors that leave everything as it was."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    WorkflowPage,
)

from raion.core.models import SiteIdentity
from raion.home.models import HomePage
from raion.network.editorial import group_names
from raion.network.factories import make_site, names_for
from raion.network.models import GovernmentBody
from raion.network.permissions import site_ids_of
from raion.network.provisioning import ProvisioningError, provision_site
from raion.network.site_defaults import NEWS_SECTIONS
from raion.network.sites import language_homes, pages_of_site
from raion.news.models import NewsIndexPage
from raion.pages.models import StandardPage
from raion.receptions.pages import AppealsPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Errors are matched by their English text."""
    with translation.override("en"):
        yield


LANGUAGES = ("ru", "be", "en")


def provision(slug="rossony", hostname="rossony.localhost", port=8000, **overrides):
    arguments = {"names": names_for(slug), **overrides}
    return provision_site(slug=slug, hostname=hostname, port=port, **arguments)


def test_a_site_gets_its_homes_sections_pages_and_rows():
    provisioned = provision()
    site = provisioned.site
    assert (site.hostname, site.port, site.site_name) == ("rossony.localhost", 8000, "Rossony (ru)")
    assert provisioned.body.site == site and provisioned.body.kind == "district"

    homes = provisioned.homes
    assert [homes[code].slug for code in LANGUAGES] == ["rossony", "rossony-be", "rossony-en"]
    assert {home.pk for home in language_homes(site)} == {home.pk for home in homes.values()}
    assert len({home.translation_key for home in homes.values()}) == 1
    assert homes["be"].title == "Rossony District Executive Committee (be)"
    assert all(isinstance(home, HomePage) and home.live for home in homes.values())

    for code in LANGUAGES:
        news = provisioned.sections[code]["news"]
        assert news.get_parent().pk == homes[code].pk and news.show_in_menus
        assert news.locale.language_code == code
        for slug, texts in NEWS_SECTIONS.items():
            section = provisioned.sections[code][slug]
            assert isinstance(section, NewsIndexPage) and section.get_parent().pk == news.pk
            with translation.override(code):
                assert section.title == str(texts["title"])
        for slug, model in (("about", StandardPage), ("appeals", AppealsPage)):
            page = provisioned.pages[code][slug]
            assert isinstance(page, model) and page.live and page.show_in_menus
            assert page.get_parent().pk == homes[code].pk
    for slug in ("news", "district", "region", "republic"):
        keys = {provisioned.sections[code][slug].translation_key for code in LANGUAGES}
        assert len(keys) == 1, slug
    # A home, four news sections, "About", "Appeals", "Procedures", "Documents", and
    # "Leadership", "Structure" and "Receptions" under them, in each language.
    assert pages_of_site(site).count() == 3 * (1 + 4 + 4 + 3)

    identities = {row.locale.language_code: row for row in SiteIdentity.objects.filter(site=site)}
    assert set(identities) == set(LANGUAGES)
    assert identities["en"].full_name == "Rossony District Executive Committee (en)"
    assert identities["be"].short_name == "Rossony (be)"
    assert len({row.translation_key for row in identities.values()}) == 1

    assert provisioned.collection.name == "Rossony (ru)"
    assert provisioned.collection.get_parent() == Collection.get_first_root_node()
    assert provisioned.editors.name.startswith("Rossony (ru): ")
    assert provisioned.moderators.name.startswith("Rossony (ru): ")
    assert provisioned.editors != provisioned.moderators
    assert len(provisioned.changes) > 20


def test_the_section_titles_are_the_glossarys_terms():
    provisioned = provision()
    titles = {
        code: {slug: page.title for slug, page in provisioned.sections[code].items()}
        for code in LANGUAGES
    }
    assert titles["en"] == {
        "news": "News",
        "district": "District news",
        "region": "Region news",
        "republic": "Republic news",
    }
    assert provisioned.pages["en"]["appeals"].title == "Appeals of citizens and legal entities"
    assert provisioned.pages["en"]["about"].title == "About the district"


def count_everything():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            Site,
            GovernmentBody,
            SiteIdentity,
            Collection,
            Group,
            GroupPagePermission,
            GroupCollectionPermission,
            WorkflowPage,
        )
    }


def test_a_second_run_changes_nothing_and_keeps_editors_changes():
    first = provision()
    first.homes["en"].title = "Edited by an editor"
    first.homes["en"].save_revision().publish()
    identity = SiteIdentity.objects.get(site=first.site, locale__language_code="ru")
    identity.short_name = "Городок"
    identity.save()
    first.editors.permissions.remove(Permission.objects.get(codename="change_resourcelist"))
    before = count_everything()

    second = provision()

    assert second.changes == []
    assert count_everything() == before
    assert second.site == first.site and second.editors == first.editors
    assert Page.objects.get(pk=first.homes["en"].pk).title == "Edited by an editor"
    assert SiteIdentity.objects.get(pk=identity.pk).short_name == "Городок"
    assert not second.editors.permissions.filter(codename="change_resourcelist").exists()


def test_a_district_belongs_to_its_region():
    region = make_site("test-region", kind="region")
    district = make_site("rossony", region=region.body)
    assert region.body.kind == "region"
    assert district.body.region == region.body
    assert list(region.body.districts.all()) == [district.body]
    assert region.pages["en"]["about"].title == "About the region"


def in_group(django_user_model, group, username="editor"):
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(group)
    return user


def test_the_groups_rights_reach_that_site_only(django_user_model):
    rossony = provision()
    make_site("vitebsk")
    editor = in_group(django_user_model, rossony.editors)
    moderator = in_group(django_user_model, rossony.moderators, "moderator")
    assert site_ids_of(editor) == site_ids_of(moderator) == {rossony.site.pk}

    home_ids = {home.pk for home in rossony.homes.values()}
    for group, expected in (
        (rossony.editors, {"add_page", "change_page"}),
        (
            rossony.moderators,
            {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        ),
    ):
        rows = GroupPagePermission.objects.filter(group=group)
        assert {row.page_id for row in rows} == home_ids
        assert {row.permission.codename for row in rows} == expected
        collections = GroupCollectionPermission.objects.filter(group=group)
        assert {row.collection_id for row in collections} == {rossony.collection.pk}
        assert {row.permission.codename for row in collections} == {
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        }
    assert editor.has_perm("core.change_siteidentity")
    assert editor.has_perm("syndication.change_feedsource")
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not editor.has_perm("core.add_siteidentity")
    # Rights other apps grant: the feedback report to editors, alerts to moderators only.
    assert editor.has_perm("feedback.view_pagefeedback")
    assert editor.has_perm("documents.change_officialdocument")
    assert not editor.has_perm("alerts.add_alert")
    assert moderator.has_perm("alerts.add_alert")
    assert moderator.has_perm("procedures.publish_localprocedure")
    assert not editor.has_perm("procedures.publish_localprocedure")


def test_the_sites_homes_go_through_the_moderators_workflow():
    rossony = provision()
    for home in rossony.homes.values():
        workflow = home.get_workflow()
        assert workflow.name == group_names("Rossony (ru)")["moderation"]
        tasks = [task.specific for task in workflow.tasks]
        assert len(tasks) == 1
        assert list(tasks[0].groups.all()) == [rossony.moderators]
    article_parent = rossony.sections["ru"]["district"]
    assert article_parent.get_workflow() == rossony.homes["ru"].get_workflow()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"hostname": "127.0.0.1", "port": 8000}, "already the address"),
        ({"hostname": "bad_host name"}, "not a valid hostname"),
        ({"hostname": "-rossony.by"}, "not a valid hostname"),
        ({"hostname": ""}, "not a valid hostname"),
        ({"slug": "liozno"}, "taken by the home page of another site"),
        ({"slug": "Городок"}, "not a valid slug"),
        ({"port": 70000}, "not a valid port"),
        ({"names": {"ru": {"full_name": "Городокский райисполком"}}}, "missing"),
        ({"kind": "village"}, "not a kind of body"),
        ({"is_default": True}, "already the default site"),
    ],
)
def test_bad_input_and_conflicts_are_refused_and_change_nothing(demo, overrides, message):
    before = count_everything()
    with pytest.raises(ProvisioningError, match=message):
        provision(**overrides)
    assert count_everything() == before


def test_a_region_must_be_a_region(demo):
    district = make_site("vitebsk")
    with pytest.raises(ProvisioningError, match="is not a region"):
        provision(region=district.body)
    with pytest.raises(ProvisioningError, match="is not a region"):
        provision(region="region.localhost")


def test_a_slug_of_one_site_is_refused_on_another_hostname():
    provision()
    with pytest.raises(ProvisioningError, match="taken by the home page"):
        provision(hostname="other.localhost")
    with pytest.raises(ProvisioningError, match="already the address"):
        provision(slug="other")


def test_an_internationalised_hostname_is_stored_in_punycode():
    provisioned = provision(hostname="Городок.бел")
    assert provisioned.site.hostname == "xn--c1acsoabl.xn--90ais"


def create_site(*arguments):
    output = io.StringIO()
    call_command("create_site", *arguments, stdout=output)
    return output.getvalue()


def name_options(slug):
    return [
        option
        for code, names in names_for(slug).items()
        for option in (
            f"--name-{code}",
            names["full_name"],
            f"--short-name-{code}",
            names["short_name"],
        )
    ]


def test_the_command_creates_a_site_then_has_nothing_to_change():
    region = make_site("test-region", "region.localhost", kind="region")
    arguments = [
        *("--slug", "rossony", "--hostname", "rossony.localhost", "--port", "8000"),
        *("--kind", "district", "--region", "region.localhost"),
        *name_options("rossony"),
    ]
    output = create_site(*arguments)
    assert "created site: rossony.localhost:8000" in output
    assert "created page: /rossony-be/news/region/" in output
    assert "Rossony (ru): http://rossony.localhost:8000/" in output
    body = GovernmentBody.objects.get(site__hostname="rossony.localhost")
    assert body.region == region.body
    assert SiteIdentity.objects.filter(site=body.site).count() == 3

    before = count_everything()
    output = create_site(*arguments)
    assert "nothing to change" in output
    assert "created" not in output
    assert count_everything() == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--hostname", "127.0.0.1", "--port", "8000"], "already the address"),
        (["--hostname", "rossony..by"], "not a valid hostname"),
        (["--hostname", "rossony.by", "--region", "nowhere.by"], "No body's site"),
        (["--hostname", "rossony.by", "--name-be", ""], "missing"),
    ],
)
def test_the_command_fails_clearly_on_bad_input(demo, arguments, message):
    before = count_everything()
    with pytest.raises(CommandError, match=message):
        create_site("--slug", "rossony", *name_options("rossony"), *arguments)
    assert count_everything() == before


ADD_SITE = "/admin/network/sites/add/"


def form_data(slug="rossony", **fields):
    data = {"slug": slug, "hostname": f"{slug}.localhost", "port": 8000, "kind": "district"}
    for code, names in names_for(slug).items():
        data |= {f"{name}_{code}": value for name, value in names.items()}
    return data | fields


def logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def network_admin(client, django_user_model):
    user = django_user_model.objects.create_user("network-admin")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="administer_network"),
    )
    return logged_in(client, user)


def test_a_network_admin_adds_a_site_from_the_admin(network_admin):
    region = make_site("test-region", kind="region")
    page = network_admin.get("/admin/")
    assert ADD_SITE in page.content.decode()
    assert network_admin.get(ADD_SITE).status_code == 200

    response = network_admin.post(ADD_SITE, form_data(region=region.body.pk), follow=True)

    site = Site.objects.get(hostname="rossony.localhost", port=8000)
    assert response.redirect_chain == [(ADD_SITE, 302)]
    assert site.body.region == region.body
    assert pages_of_site(site).count() == 36
    [message] = response.context["messages"]
    assert message.level_tag == "success" and "http://rossony.localhost:8000" in str(message)

    again = network_admin.post(ADD_SITE, form_data(), follow=True)
    [message] = again.context["messages"]
    assert message.level_tag == "info" and "http://rossony.localhost:8000" in str(message)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"hostname": "127.0.0.1"}, "__all__"),
        ({"slug": "liozno"}, "__all__"),
        ({"hostname": "rossony_by"}, "hostname"),
        ({"slug": "rossony/", "hostname": "rossony.by"}, "slug"),
        ({"short_name_be": ""}, "short_name_be"),
        ({"region": 999999}, "region"),
    ],
)
def test_the_admin_form_shows_what_is_wrong(demo, network_admin, fields, field):
    before = count_everything()
    response = network_admin.post(ADD_SITE, form_data(**fields))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert str(errors[field][0]) in response.content.decode()
    assert count_everything() == before


def test_a_district_editor_gets_403_and_no_menu_item(client, django_user_model):
    rossony = provision()
    editor = logged_in(client, in_group(django_user_model, rossony.editors))
    assert editor.get("/admin/").status_code == 200
    assert ADD_SITE not in editor.get("/admin/").content.decode()
    assert editor.get(ADD_SITE).status_code == 403
    assert editor.post(ADD_SITE, form_data("other")).status_code == 403
    assert not Site.objects.filter(hostname="other.localhost").exists()
