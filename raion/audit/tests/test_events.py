"""Each event the issue lists produces exactly one audit entry."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page, Site

from raion.audit import actions
from raion.audit.models import AuditEntry
from raion.core.models import SiteIdentity
from raion.network.factories import make_articles, make_site
from raion.twofactor import factors
from raion.twofactor.tests.test_twofactor import code_for

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _no_earlier_entries():
    """Building the demo for the session wrote entries of its own."""
    AuditEntry.objects.all().delete()


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.by", PASSWORD, is_superuser=True
    )


@pytest.fixture
def borisov():
    return make_site("borisov")


def entries(action):
    return list(AuditEntry.objects.filter(action=action))


def only_entry(action):
    found = entries(action)
    assert len(found) == 1, found
    return found[0]


def login(username, password=PASSWORD, address="203.0.113.7"):
    client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=address)
    client.post("/admin/login/", {"username": username, "password": password})
    return client


def test_a_login(editor):
    AuditEntry.objects.all().delete()  # creating the editor was an entry
    login("editor")
    entry = only_entry(actions.LOGIN)
    assert (entry.user, entry.address) == (editor, "203.0.113.7")
    assert AuditEntry.objects.count() == 1  # saving last_login is no account change


def test_a_failed_login(editor):
    login("editor", "wrong-password-123")
    entry = only_entry(actions.LOGIN_FAILED)
    assert (entry.username, entry.user) == ("editor", None)


def test_a_logout(editor):
    login("editor").post("/admin/logout/")
    assert only_entry(actions.LOGOUT).user == editor


def test_a_lockout(editor):
    for i in range(5):
        login("editor", "wrong-password-123", address=f"198.51.100.{i}")
    assert only_entry(actions.LOCKOUT).username == "editor"
    assert len(entries(actions.LOGIN_FAILED)) == 5


def test_an_unlock(editor, admin_client):
    admin_client.post("/admin/locked-accounts/unlock/", {"kind": "username", "value": "editor"})
    assert only_entry(actions.UNLOCK).object_label == "editor"


def test_a_second_factor_enrolment(editor):
    client = Client()
    client.force_login(editor)
    client.get("/admin/two-factor/enrol/")
    device = factors.pending_totp_device(editor)
    client.post("/admin/two-factor/enrol/", {"code": code_for(device)})
    assert only_entry(actions.SECOND_FACTOR_ENROLLED).user == editor


def test_a_second_factor_reset(editor, admin_client):
    admin_client.post(f"/admin/two-factor/reset/{editor.pk}/")
    assert only_entry(actions.SECOND_FACTOR_RESET).object_label == "editor"


def test_a_password_change(editor):
    editor.set_password("larch-ferry-ninety")
    editor.save()
    assert only_entry(actions.PASSWORD_CHANGED).object_label == "editor"
    assert entries(actions.USER_CHANGED) == []


def test_a_user_created_changed_and_deleted():
    user = get_user_model().objects.create_user("newcomer", password=PASSWORD)
    user.email = "newcomer@example.by"
    user.save()
    user.delete()
    assert only_entry(actions.USER_CREATED).object_label == "newcomer"
    assert only_entry(actions.USER_CHANGED).details == {"fields": ["email"]}
    assert only_entry(actions.USER_DELETED).object_label == "newcomer"


def test_a_users_groups_and_permissions(editor):
    group = Group.objects.create(name="Reviewers")
    editor.groups.add(group)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert only_entry(actions.USER_GROUPS_CHANGED).details == {"add": ["Reviewers"]}
    assert only_entry(actions.USER_PERMISSIONS_CHANGED).object_label == "editor"


def test_a_group_created_changed_and_deleted():
    group = Group.objects.create(name="Reviewers")
    group.name = "Senior reviewers"
    group.save()
    group.delete()
    assert only_entry(actions.GROUP_CREATED).object_label == "Reviewers"
    assert only_entry(actions.GROUP_CHANGED).object_label == "Senior reviewers"
    assert only_entry(actions.GROUP_DELETED).object_label == "Senior reviewers"


def test_a_groups_permissions(borisov):
    AuditEntry.objects.all().delete()
    borisov.editors.permissions.add(Permission.objects.get(codename="view_auditentry"))
    assert only_entry(actions.GROUP_PERMISSIONS_CHANGED).object_label == borisov.editors.name


def test_a_page_permission_on_a_site_is_that_sites_entry(borisov):
    AuditEntry.objects.all().delete()
    GroupPagePermission.objects.create(
        group=Group.objects.create(name="Borisov reviewers"),
        page=borisov.homes["ru"],
        permission=Permission.objects.get(codename="publish_page"),
    )
    assert only_entry(actions.GROUP_PERMISSIONS_CHANGED).site == borisov.site


def test_a_site_created_and_changed(borisov):
    created = only_entry(actions.SITE_CREATED)
    AuditEntry.objects.exclude(pk=created.pk).delete()
    borisov.site.site_name = "Borisov District"
    borisov.site.save()
    assert created.site == borisov.site
    assert only_entry(actions.SITE_CHANGED).site == borisov.site


def test_a_site_deleted_with_its_pages_leaves_entries_without_it(borisov, editor):
    """Deleting a site's home deletes the Site in the same cascade; entries recorded on the
    way (its pages' permissions, Wagtail's deletions) must let go of it like SET_NULL."""
    site_pk = borisov.site.pk
    for home in borisov.homes.values():
        Page.objects.get(pk=home.pk).delete(user=editor)
    connection.check_constraints()
    assert only_entry(actions.SITE_DELETED).object_label == str(borisov.site)
    assert AuditEntry.objects.filter(action="wagtail.delete").exists()
    assert not AuditEntry.objects.filter(site_id=site_pk).exists()


def test_a_site_settings_change_is_wagtails_edit_on_that_site(borisov, editor):
    identity = SiteIdentity.objects.filter(site=borisov.site).first()
    log(identity, "wagtail.edit", user=editor)
    entry = only_entry("wagtail.edit")
    assert (entry.site, entry.user) == (borisov.site, editor)


def test_a_page_publish_is_wagtails_publish_on_that_site(borisov, editor):
    article = make_articles(borisov, "borisov-opens", "Borisov opens")["ru"]
    AuditEntry.objects.all().delete()  # building the site published its pages
    article.save_revision(user=editor).publish(user=editor)
    entry = only_entry("wagtail.publish")
    assert (entry.site, entry.user, entry.object_label) == (
        borisov.site,
        editor,
        article.title,
    )


def test_wagtails_own_entries_for_users_groups_and_sites_are_not_doubled(editor):
    log(editor, "wagtail.edit", user=editor)
    log(Site.objects.first(), "wagtail.edit", user=editor)
    assert entries("wagtail.edit") == []
