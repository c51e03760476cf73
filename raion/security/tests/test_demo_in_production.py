"""The demo (its app, /demo/ URLs, sample feed and `ensure_admin`) exists only where asked."""

import importlib

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import clear_url_caches

from raion.accounts import checks

from .test_check_deploy import manage

OWN_PASSWORD = "a-password-of-our-own-2026"


def reload_urls():
    import raion.urls

    importlib.reload(raion.urls)
    clear_url_caches()


@pytest.fixture
def without_demo():
    with override_settings(RAION_DEMO_ENABLED=False):
        reload_urls()
        yield
    reload_urls()


@pytest.mark.django_db
def test_without_the_demo_its_feed_is_not_found(client, without_demo):
    assert client.get("/demo/feeds/agency.rss.xml").status_code == 404


@pytest.mark.django_db
def test_with_the_demo_its_feed_is_served(client):
    assert client.get("/demo/feeds/agency.rss.xml").status_code == 200


def test_production_settings_have_no_demo_urls_and_no_ensure_admin():
    resolves = manage(
        "shell",
        "-c",
        "from django.urls import resolve, Resolver404\n"
        "try:\n    resolve('/demo/feeds/agency.rss.xml'); print('found')\n"
        "except Resolver404:\n    print('not found')",
    )
    ensure_admin = manage("ensure_admin")

    assert resolves.stdout.split("\n")[-2] == "not found", resolves.stderr
    assert ensure_admin.returncode != 0
    assert "Unknown command: 'ensure_admin'" in ensure_admin.stderr


def test_production_with_the_demo_needs_a_password_of_its_own():
    refused = manage("check", RAION_DEMO_ENABLED="1")
    published = manage("check", RAION_DEMO_ENABLED="1", RAION_ADMIN_PASSWORD="raion-demo")
    enabled = manage(
        "help", "ensure_admin", RAION_DEMO_ENABLED="1", RAION_ADMIN_PASSWORD=OWN_PASSWORD
    )

    assert refused.returncode != 0
    assert "RAION_DEMO_ENABLED=1 needs RAION_ADMIN_PASSWORD" in refused.stderr
    assert published.returncode != 0
    assert enabled.returncode == 0, enabled.stderr


def test_production_refuses_the_demo_password_even_without_the_demo():
    result = manage("check", RAION_ADMIN_PASSWORD="raion-demo")
    assert result.returncode != 0
    assert "the demo's published password" in result.stderr


def test_the_demo_app_installed_without_the_setting_is_an_error():
    with override_settings(RAION_DEMO_ENABLED=False):
        errors = checks.demo_only_when_asked(None)
    assert [error.id for error in errors] == ["raion.E001"]


@pytest.mark.django_db
def test_a_staff_account_with_the_demo_password_is_an_error():
    get_user_model().objects.create_superuser("admin", "admin@example.by", "raion-demo")
    with override_settings(RAION_DEMO_ENABLED=False):
        errors = checks.no_staff_account_has_the_demo_password(None, databases=["default"])
        unchecked = checks.no_staff_account_has_the_demo_password(None, databases=None)
    assert [error.id for error in errors] == ["raion.E002"]
    assert "admin" in errors[0].msg
    assert unchecked == []
