"""The admin's defaults: the server's language until a user picks one, a demo admin who
can save preferences, and no "None" for publishes without a user."""

import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    user = get_user_model().objects.create_superuser(
        "chief", "chief@example.by", "long-enough-password", first_name="Anna", last_name="Chief"
    )
    client = Client()
    client.force_login(user)
    return client, user


def test_the_admin_speaks_the_server_language_not_the_browsers(admin_client):
    client, _ = admin_client
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.headers["Content-Language"] == "ru"
    assert 'lang="ru"' in response.text


def test_a_chosen_admin_language_wins(admin_client):
    client, user = admin_client
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "be"
    profile.save()
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'lang="be"' in response.text


def test_the_demo_admin_can_save_its_preferences():
    call_command("ensure_admin", stdout=io.StringIO())
    admin = get_user_model().objects.get(username="admin")
    client = Client()
    client.force_login(admin)
    page = client.get("/admin/account/")
    form = {
        "name_email-first_name": admin.first_name,
        "name_email-last_name": admin.last_name,
        "name_email-email": admin.email,
        "locale-preferred_language": "be",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
        "notifications-submitted_notifications": "on",
    }
    assert page.status_code == 200
    response = client.post("/admin/account/", form)
    assert response.status_code == 302, response.context and [
        panel.get_form().errors for panel in response.context["panels_by_tab"].values()
    ]
    assert UserProfile.objects.get(user=admin).preferred_language == "be"


def test_aging_pages_show_a_dash_for_a_publish_without_a_user():
    """The report's publisher cell, for a page whose last publish log entry has no user
    (loaders and the importer publish without one): Wagtail's own template says "None"."""
    cell = render_to_string(
        "wagtailadmin/shared/user_avatar.html", {"user": None, "username": ""}
    ).strip()
    assert cell.endswith("—")
    assert "None" not in cell


def test_aging_pages_name_a_publishing_user(admin_client):
    _, user = admin_client
    cell = render_to_string(
        "wagtailadmin/shared/user_avatar.html", {"user": user.pk, "username": "chief"}
    )
    assert cell.strip().endswith("chief")


def test_the_avatar_is_an_image_the_installation_serves(admin_client):
    """No Gravatar (no outside requests, and the admin's policy would block it): the
    default avatar is one of our static files."""
    client, _ = admin_client
    html = client.get("/admin/account/").content.decode()
    sources = [src for src in re.findall(r'<img[^>]*src="([^"]+)"', html) if "avatar" in src]
    assert sources
    for source in sources:
        assert source.startswith(settings.STATIC_URL), source
        assert finders.find(source.removeprefix(settings.STATIC_URL).split("?")[0]), source
