"""Idle staff sessions end; passwords are long and uncommon; a new password ends the
user's other sessions."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.test import Client, override_settings

from raion.accounts.sessions import LAST_SEEN_KEY

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor",
        "editor@example.by",
        PASSWORD,
        first_name="Anna",
        last_name="Editor",
        is_superuser=True,
    )


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@override_settings(RAION_SESSION_IDLE_MINUTES=30)
def test_a_session_idle_longer_than_the_setting_ends(editor):
    client = logged_in(editor)
    assert client.get("/admin/").status_code == 200

    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 31 * 60
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


@override_settings(RAION_SESSION_IDLE_MINUTES=30)
def test_a_session_used_within_the_idle_time_goes_on(editor):
    client = logged_in(editor)
    client.get("/admin/")
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 29 * 60
    session.save()
    assert client.get("/admin/").status_code == 200
    assert client.session[LAST_SEEN_KEY] >= int(time.time()) - 5


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("short-pass1", False),  # 11 characters
        ("password1234", False),  # on the common-password list
        ("qwertyuiop123", False),
        ("larch-ferry-ninety", True),
    ],
)
def test_passwords_are_twelve_characters_and_not_common(password, accepted):
    try:
        validate_password(password)
    except ValidationError:
        assert not accepted
    else:
        assert accepted


def test_changing_the_password_ends_the_users_other_sessions(editor):
    mine, other = logged_in(editor), logged_in(editor)
    response = mine.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "larch-ferry-ninety",
            "password-new_password2": "larch-ferry-ninety",
            **_unchanged_account_fields(mine),
        },
    )
    assert response.status_code == 302, [
        (panel.name, panel.get_form().errors)
        for panels in response.context["panels_by_tab"].values()
        for panel in panels
    ]

    assert mine.get("/admin/").status_code == 200  # the session that changed it goes on
    assert other.get("/admin/").url.startswith("/admin/login/")


def _unchanged_account_fields(client):
    """The other panels of the account page, posted back as they are."""
    form_fields = {}
    for panel in client.get("/admin/account/").context["panels_by_tab"].values():
        for item in panel:
            form = item.get_form()
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                unchanged = value is not None and not isinstance(value, FieldFile)
                if unchanged and "password" not in name:
                    form_fields[form.add_prefix(name)] = value
    return form_fields
