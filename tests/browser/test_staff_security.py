"""Staff security in Chromium: two-factor login, lockout without naming usernames, unlock,
and the new admin pages under the admin's Content-Security-Policy.

The server thread sees only committed rows, so these tests create their accounts from a
thread of their own, outside the test's transaction, and remove them (and the failed logins
they caused) afterwards.
"""

import base64
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "correct-horse-battery"

LISTEN_FOR_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def in_own_thread(function, *args):
    """Run `function` on a connection of its own, which commits at once."""
    from django.db import connection

    def run():
        try:
            return function(*args)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run).result()


@pytest.fixture
def committed():
    """Creates committed superusers; removes them and every failed-login record after."""
    created = []

    def superuser(username):
        user = in_own_thread(
            get_user_model().objects.create_superuser, username, f"{username}@example.by", PASSWORD
        )
        created.append(user)
        return user

    yield superuser

    def clean_up():
        AccessAttempt.objects.all().delete()
        for user in created:
            user.delete()

    in_own_thread(clean_up)


def code_from_key(key_text, seconds_from_now=0):
    """What an authenticator app shows for the key printed on the enrolment page."""
    totp = TOTP(base64.b32decode(key_text.replace(" ", "")))
    totp.time = time.time() + seconds_from_now
    return f"{totp.token():06d}"


def sign_in(page, site_server, username, password=PASSWORD):
    page.goto(f"{site_server}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation() as navigation:
        page.click("form.login-form button[type=submit]")
    return navigation.value


def sign_out(page, site_server):
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{site_server}/admin/logout/",
        headers={"X-CSRFToken": csrf, "Referer": f"{site_server}/admin/"},
    )
    assert response.ok


def enter_code(page, code):
    page.fill("input[name=code]", code)
    with page.expect_navigation() as navigation:
        page.click("main form.login-form button[type=submit]")
    return navigation.value


def test_enrol_then_sign_in_with_a_code_and_a_recovery_code_once(page, site_server, committed):
    committed("totp-editor")
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    sign_in(page, site_server, "totp-editor")
    page.goto(f"{site_server}/admin/two-factor/enrol/")
    assert page.locator(".twofactor-qr svg").is_visible()
    key = page.inner_text("[data-twofactor-key]")
    page.fill("input[name=code]", code_from_key(key))
    with page.expect_navigation():
        page.click("form[action$='/two-factor/enrol/'] button[type=submit]")
    codes = page.locator(".twofactor-recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    assert page.evaluate("window.cspViolations") == []

    sign_out(page, site_server)
    sign_in(page, site_server, "totp-editor")
    assert "/admin/two-factor/verify/" in page.url
    enter_code(page, "000000")
    assert "/admin/two-factor/verify/" in page.url
    assert page.locator(".w-field__errors .error-message").count() == 1, page.content()[-3000:]
    time.sleep(1.1)  # one wrong code makes the device wait a second
    enter_code(page, code_from_key(key, 30))
    assert page.url == f"{site_server}/admin/"
    assert page.evaluate("window.cspViolations") == []

    sign_out(page, site_server)
    sign_in(page, site_server, "totp-editor")
    enter_code(page, codes[0])
    assert page.url == f"{site_server}/admin/"

    sign_out(page, site_server)
    sign_in(page, site_server, "totp-editor")
    enter_code(page, codes[0])
    assert "/admin/two-factor/verify/" in page.url


def failed_attempt(page, site_server, username, address):
    page.set_extra_http_headers({"X-Forwarded-For": address})
    response = sign_in(page, site_server, username, "wrong-password-123")
    return response.status, page.inner_text("main")


def test_lockout_answers_the_same_for_a_real_and_an_unknown_username_then_unlock(
    browser, site_server, committed
):
    committed("locked-editor")
    committed("network-admin")
    real, unknown, admin = (browser.new_context() for _ in range(3))
    real_page, unknown_page, admin_page = real.new_page(), unknown.new_page(), admin.new_page()

    answers = []
    for i in range(5):
        answers.append(
            (
                failed_attempt(real_page, site_server, "locked-editor", f"198.51.100.{i}"),
                failed_attempt(unknown_page, site_server, "no-such-editor", f"192.0.2.{i}"),
            )
        )
    for real_answer, unknown_answer in answers:
        assert real_answer == unknown_answer
    assert [real_answer[0] for real_answer, _ in answers] == [200, 200, 200, 200, 429]

    real_page.set_extra_http_headers({"X-Forwarded-For": "198.51.100.77"})
    assert sign_in(real_page, site_server, "locked-editor").status == 429

    admin_page.add_init_script(LISTEN_FOR_VIOLATIONS)
    admin_page.set_extra_http_headers({"X-Forwarded-For": "203.0.113.9"})
    sign_in(admin_page, site_server, "network-admin")
    admin_page.goto(f"{site_server}/admin/locked-accounts/")
    row = admin_page.locator("tr", has_text="locked-editor")
    row.locator("button[type=submit]").click()
    admin_page.wait_for_load_state()
    assert admin_page.locator("tr", has_text="locked-editor").count() == 0
    assert admin_page.evaluate("window.cspViolations") == []

    assert sign_in(real_page, site_server, "locked-editor").status == 200
    assert real_page.url == f"{site_server}/admin/"
    for context in (real, unknown, admin):
        context.close()


@pytest.mark.parametrize(
    "path", ["/admin/audit-log/", "/admin/two-factor/", "/admin/locked-accounts/"]
)
def test_the_new_admin_pages_run_under_the_admin_policy(page, site_server, committed, path):
    committed("policy-admin")
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    sign_in(page, site_server, "policy-admin")
    response = page.goto(f"{site_server}{path}")
    page.wait_for_load_state("load")

    assert response.status == 200
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    assert page.evaluate("window.cspViolations") == []
