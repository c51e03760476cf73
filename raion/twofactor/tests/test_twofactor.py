"""The code after the password: an authenticator app, recovery codes, enrolment and reset."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from raion.twofactor import factors
from raion.twofactor.models import RecoveryCode

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def code_for(device, seconds_from_now=0):
    """What the authenticator app shows for `device`, now or a step later."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + seconds_from_now
    return f"{totp.token():06d}"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.by", PASSWORD, is_superuser=True
    )


@pytest.fixture
def enrolled(editor):
    """The editor with a confirmed authenticator; its recovery codes ride along."""
    device = factors.pending_totp_device(editor)
    editor.recovery_codes = factors.confirm_totp(device, code_for(device))
    editor.device = device
    return editor


def signed_in_with_password(user):
    client = Client()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_after_the_password_the_admin_asks_for_the_code(enrolled):
    client = signed_in_with_password(enrolled)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/admin/two-factor/verify/?next=%2Fadmin%2Fpages%2F"


def test_the_right_code_opens_the_admin_and_a_wrong_one_does_not(enrolled):
    client = signed_in_with_password(enrolled)
    wrong = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302

    time.sleep(1.1)  # django-otp makes a device wait a second after one wrong code
    right = client.post(
        "/admin/two-factor/verify/",
        {"code": code_for(enrolled.device, 30), "next": "/admin/pages/"},
    )
    assert (right.status_code, right.url) == (302, "/admin/pages/")
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(enrolled):
    code = enrolled.recovery_codes[0]
    first = signed_in_with_password(enrolled)
    assert first.post("/admin/two-factor/verify/", {"code": code.upper()}).status_code == 302
    assert first.get("/admin/").status_code == 200

    second = signed_in_with_password(enrolled)
    assert second.post("/admin/two-factor/verify/", {"code": code}).status_code == 200
    assert second.get("/admin/").status_code == 302


def test_recovery_codes_are_ten_and_stored_only_as_digests(enrolled):
    stored = list(RecoveryCode.objects.values_list("digest", flat=True))
    assert len(enrolled.recovery_codes) == len(stored) == 10
    assert not set(enrolled.recovery_codes) & set(stored)
    assert all(len(digest) == 64 for digest in stored)


def test_a_next_address_on_another_host_is_not_followed(enrolled):
    client = signed_in_with_password(enrolled)
    response = client.post(
        "/admin/two-factor/verify/",
        {"code": code_for(enrolled.device, 30), "next": "https://evil.example/"},
    )
    assert response.url == "/admin/"


def test_enrolment_shows_a_qr_code_drawn_locally_and_confirms_with_a_code(editor):
    client = Client()
    client.force_login(editor)
    page = client.get("/admin/two-factor/enrol/")
    html = page.content.decode()
    assert "<svg" in html
    assert "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )

    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = client.post("/admin/two-factor/enrol/", {"code": code_for(device)})
    assert response.status_code == 200
    assert len(response.context["codes"]) == 10
    assert factors.has_second_factor(editor)
    assert client.get("/admin/").status_code == 200  # this session is verified


def test_the_demo_and_development_need_no_second_factor(editor):
    client = signed_in_with_password(editor)
    assert client.get("/admin/").status_code == 200


@override_settings(RAION_REQUIRE_SECOND_FACTOR=True)
def test_where_required_a_user_without_a_factor_is_sent_to_set_one_up(editor):
    client = signed_in_with_password(editor)
    response = client.get("/admin/")
    assert response.url == "/admin/two-factor/enrol/?next=%2Fadmin%2F"
    assert client.get("/admin/two-factor/enrol/").status_code == 200


@override_settings(RAION_REQUIRE_SECOND_FACTOR=True)
def test_the_public_site_is_not_affected(editor, demo):
    client = signed_in_with_password(editor)
    assert client.get("/ru/").status_code == 200


def test_a_network_administrator_resets_a_users_factors(enrolled, admin_client):
    assert admin_client.get(f"/admin/two-factor/reset/{enrolled.pk}/").status_code == 200
    admin_client.post(f"/admin/two-factor/reset/{enrolled.pk}/")

    assert not factors.has_second_factor(enrolled)
    assert not RecoveryCode.objects.filter(device__user=enrolled).exists()
    assert signed_in_with_password(enrolled).get("/admin/").status_code == 200


def test_nobody_else_resets_factors(enrolled, client):
    other = get_user_model().objects.create_user("other", password=PASSWORD)
    other.user_permissions.add(*_admin_access())
    client.force_login(other)
    client.post(f"/admin/two-factor/reset/{enrolled.pk}/")
    assert factors.has_second_factor(enrolled)


def test_new_recovery_codes_replace_the_old_ones(enrolled):
    client = signed_in_with_password(enrolled)
    client.post("/admin/two-factor/verify/", {"code": code_for(enrolled.device, 30)})
    response = client.post("/admin/two-factor/recovery-codes/")
    new_codes = response.context["codes"]

    assert factors.verified_device(enrolled, new_codes[0]) is not None
    assert factors.verified_device(enrolled, enrolled.recovery_codes[1]) is None


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")
