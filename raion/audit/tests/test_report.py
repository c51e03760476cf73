"""Reports → Audit log: filters, CSV export, retention, and each district's own entries."""

import copy
import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from raion.audit import actions
from raion.audit.models import AuditEntry
from raion.audit.record import record
from raion.audit.views import AuditLogView
from raion.network.factories import make_site

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_districts(module_db):
    borisov, orsha = make_site("borisov"), make_site("orsha")
    AuditEntry.objects.all().delete()
    record(actions.LOGIN, username="anna", site=borisov.site, object_label="borisov-entry")
    record(actions.LOGOUT, username="oleg", site=orsha.site, object_label="orsha-entry")
    record(actions.USER_CREATED, username="root", object_label="network-entry")
    return borisov, orsha


@pytest.fixture
def districts(db, module_districts):
    """Made once per module; each test gets a copy, and its changes (the entries it
    records, logging in included) are rolled back."""
    return copy.deepcopy(module_districts)


def district_editor(district):
    """An editor of `district` who may read the audit log."""
    user = get_user_model().objects.create_user(f"{district.site.site_name}-admin")
    user.groups.add(district.editors)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_auditentry"),
    )
    client = Client()
    client.force_login(user)
    return client


def export(client, query=""):
    response = client.get(f"/admin/audit-log/?export=csv{query}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    _headings, *rows = csv.reader(io.StringIO(content))
    return [dict(zip(AuditLogView.list_export, row, strict=True)) for row in rows]


def objects(rows):
    """The test's own entries among `rows` (logging the admin in writes entries too)."""
    return sorted(row["object_label"] for row in rows if row["object_label"].endswith("-entry"))


def test_a_district_administrator_reads_only_their_sites_entries(districts):
    borisov, _orsha = districts
    client = district_editor(borisov)

    page = client.get("/admin/audit-log/").content.decode()
    assert "borisov-entry" in page
    assert "orsha-entry" not in page
    assert "network-entry" not in page
    assert objects(export(client)) == ["borisov-entry"]


def test_asking_for_another_districts_entries_shows_none_of_them(districts):
    borisov, orsha = districts
    client = district_editor(borisov)
    assert "orsha-entry" not in objects(export(client, f"&site={orsha.site.pk}"))


def test_a_network_administrator_reads_every_entry(districts, admin_client):
    assert objects(export(admin_client)) == ["borisov-entry", "network-entry", "orsha-entry"]


def test_without_the_permission_the_report_is_refused(districts):
    user = get_user_model().objects.create_user("someone")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    response = client.get("/admin/audit-log/")
    assert (response.status_code, response.url) == (302, "/admin/")


def test_filters_by_site_user_action_and_date(districts, admin_client):
    borisov, _orsha = districts
    old = record(actions.LOGIN, username="anna", site=borisov.site, object_label="old-entry")
    AuditEntry.objects.filter(pk=old.pk).update(
        timestamp=timezone.now() - datetime.timedelta(days=40)
    )
    since = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()

    assert objects(export(admin_client, f"&site={borisov.site.pk}")) == [
        "borisov-entry",
        "old-entry",
    ]
    assert objects(export(admin_client, "&username=oleg")) == ["orsha-entry"]
    assert objects(export(admin_client, f"&action={actions.USER_CREATED}")) == ["network-entry"]
    assert "old-entry" not in objects(export(admin_client, f"&timestamp_from={since}"))


def test_the_csv_names_the_action_the_user_and_the_site(districts, admin_client):
    row = next(r for r in export(admin_client) if r["object_label"] == "borisov-entry")
    assert (row["action"], row["username"], row["site"]) == (
        actions.LOGIN,
        "anna",
        str(districts[0].site),
    )


@override_settings(RAION_AUDIT_RETENTION_DAYS=30)
def test_entries_older_than_the_retention_are_pruned(districts):
    AuditEntry.objects.filter(object_label="orsha-entry").update(
        timestamp=timezone.now() - datetime.timedelta(days=31)
    )
    call_command("prune_audit_log", stdout=io.StringIO())
    assert sorted(AuditEntry.objects.values_list("object_label", flat=True)) == [
        "borisov-entry",
        "network-entry",
    ]
