"""axe-core finds no WCAG 2.2 A/AA violation with emergency alerts of every severity
showing, in every language and (on the demo's first site) every colour scheme, checked as
test_accessibility checks pages; the banner is a labelled region, not a live region; the
page feedback form and its thanks pass too."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.utils import timezone

from raion.accessibility.preferences import SCHEME
from raion.alerts.models import Alert, Severity
from tests.tools import AXE_JS, require_file

from .test_accessibility import LANGUAGES, SCHEMES, axe_violations, use_scheme, views

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def in_own_thread(function):
    """Run `function` on a connection of its own, which commits at once: the server
    thread sees only committed rows."""
    from django.db import connection

    def run():
        try:
            return function()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run).result()


@pytest.fixture
def alerts_everywhere():
    now = timezone.now()

    def create():
        return [
            Alert.objects.create(
                severity=severity,
                all_sites=True,
                text_ru=f"Проверка оповещения: {severity}",
                text_be=f"Праверка апавяшчэння: {severity}",
                text_en=f"Alert check: {severity}" if severity != Severity.INFORMATION else "",
                starts_at=now - timedelta(minutes=1),
                ends_at=now + timedelta(hours=1),
            ).pk
            for severity in Severity.values
        ]

    ids = in_own_thread(create)
    yield ids
    in_own_thread(lambda: Alert.objects.filter(pk__in=ids).delete())


def test_pages_with_alerts_pass_axe_in_every_language_and_scheme(
    browser, site_url, site_pages, alerts_everywhere
):
    axe = str(require_file(AXE_JS, "npm ci installs axe-core"))
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, reduced_motion="reduce", bypass_csp=True
    )
    page = context.new_page()
    # The schemes are the same CSS on every site, as in test_accessibility.
    schemes = SCHEMES if site_pages.site.is_default_site else [SCHEME.default]
    problems, checked = [], 0
    urls = {}
    for language in LANGUAGES:
        article = site_pages.article[language].relative_url(site_pages.site)
        home = site_pages.homes[language].relative_url(site_pages.site)
        urls[language] = {"home": home, "article": article, "thanks": f"{article}?feedback=thanks"}
    for name, language, scheme in views(list(urls["ru"]), schemes):
        url = urls[language][name]
        use_scheme(context, site_url, scheme)
        page.goto(site_url + url)
        banner = page.locator("section.alert-banner")
        assert banner.count() == 1, url
        assert banner.get_attribute("role") is None
        assert banner.get_attribute("aria-live") is None
        assert page.locator(".alert-banner__alert").count() == len(alerts_everywhere)
        violations = axe_violations(page, axe, scheme)
        checked += 1
        problems += [
            f"{url} {scheme}: {v['id']} {[n['target'] for n in v['nodes'][:3]]}" for v in violations
        ]
    context.close()
    print(f"{checked} page views with alerts, {len(problems)} violations")
    assert not problems, "\n".join(problems)
