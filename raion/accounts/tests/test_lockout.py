"""Failed logins lock the account and the address; the answers name no username."""

import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings

from raion.accounts.lockout import current_locks

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.by", PASSWORD, is_superuser=True
    )


def attempt(username, password="wrong-password-123", address="203.0.113.7", proxy="127.0.0.1"):  # noqa: S107
    """A login POSTed as nginx would pass it on: from the proxy, naming the client."""
    client = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=address)
    return client.post("/admin/login/", {"username": username, "password": password})


def answer(response, username):
    """The response with what differs by nature (the CSRF token, the echoed username) masked."""
    body = response.content.decode()
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", body)
    body = re.sub(r'"CSRF_TOKEN": "[^"]+"', "CSRF", body)
    return response.status_code, body.replace(f'value="{username}"', 'value="USERNAME"')


def test_the_fifth_failure_locks_the_account_and_the_right_password_is_then_refused(editor):
    statuses = [attempt("editor", address=f"198.51.100.{i}").status_code for i in range(5)]
    assert statuses == [200, 200, 200, 200, 429]

    response = attempt("editor", PASSWORD, address="198.51.100.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in response.wsgi_request.session


def test_known_and_unknown_usernames_get_the_same_answers(editor):
    for i in range(5):
        known = attempt("editor", address=f"198.51.100.{i}")
        unknown = attempt("nobody-by-this-name", address=f"192.0.2.{i}")
        assert answer(known, "editor") == answer(unknown, "nobody-by-this-name")
    assert known.status_code == 429
    assert "editor" not in known.content.decode()


def test_failures_from_one_address_lock_that_address_whatever_the_usernames(editor):
    for i in range(5):
        attempt(f"guess-{i}", address="203.0.113.50")
    assert attempt("editor", PASSWORD, address="203.0.113.50").status_code == 429
    assert attempt("editor", PASSWORD, address="203.0.113.51").status_code == 302


def test_the_address_is_the_one_nginx_appended_and_only_behind_a_trusted_proxy(editor):
    attempt("editor", address="10.9.9.9, 203.0.113.60")
    attempt("editor", address="203.0.113.61", proxy="192.0.2.200")  # not our proxy

    addresses = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert addresses == {"203.0.113.60", "192.0.2.200"}


def test_the_lock_lapses_after_the_cool_off(editor):
    for i in range(5):
        attempt("editor", address=f"198.51.100.{i}")
    AccessAttempt.objects.update(attempt_time=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    assert attempt("editor", PASSWORD).status_code == 302


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "raion.cache.redis.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
)
def test_lockout_works_with_redis_down(editor):
    statuses = [attempt("editor", address=f"198.51.100.{i}").status_code for i in range(5)]
    assert statuses[-1] == 429
    assert attempt("editor", PASSWORD).status_code == 429


def test_the_command_lists_and_unlocks_an_account(editor, capsys):
    for i in range(5):
        attempt("editor", address=f"198.51.100.{i}")
    call_command("unlock_account", "--list")
    assert "username\teditor\t5" in capsys.readouterr().out

    call_command("unlock_account", "editor")
    assert current_locks() == []
    assert attempt("editor", PASSWORD).status_code == 302


def test_a_network_administrator_unlocks_in_the_admin(editor, admin_client):
    for i in range(5):
        attempt(f"guess-{i}", address="203.0.113.70")
    page = admin_client.get("/admin/locked-accounts/")
    assert "203.0.113.70" in page.content.decode()

    admin_client.post(
        "/admin/locked-accounts/unlock/", {"kind": "ip_address", "value": "203.0.113.70"}
    )
    assert current_locks() == []
    assert attempt("editor", PASSWORD, address="203.0.113.70").status_code == 302


def test_nobody_else_sees_or_unlocks_locks(client):
    """Wagtail answers a refused admin page with a redirect to the dashboard."""
    for i in range(5):
        attempt(f"guess-{i}", address="203.0.113.80")
    user = get_user_model().objects.create_user("district-editor", password=PASSWORD)
    user.user_permissions.add(*_admin_access())
    client.force_login(user)

    page = client.get("/admin/locked-accounts/")
    unlock = client.post(
        "/admin/locked-accounts/unlock/", {"kind": "ip_address", "value": "203.0.113.80"}
    )
    assert (page.status_code, page.url) == (302, "/admin/")
    assert (unlock.status_code, unlock.url) == (302, "/admin/")
    assert [lock.value for lock in current_locks()] == ["203.0.113.80"]


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")
