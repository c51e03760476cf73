"""On a 390 CSS px phone an inner page starts with its own heading, not the site's header."""

import pytest

from tests.pages import page_type_urls

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
INNER_PAGES = ("news section", "article", "standard page", "display settings")


def test_inner_pages_show_their_heading_within_the_first_screen(browser, site_server, demo):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    late = []
    for language in ("ru", "be", "en"):
        urls = page_type_urls(demo, language)
        for url in [*(urls[name] for name in INNER_PAGES), f"/{language}/appeals/"]:
            page.goto(site_server + url)
            bottom = page.locator("h1").evaluate("h1 => h1.getBoundingClientRect().bottom")
            if bottom > PHONE["height"]:
                late.append(f"{url}: h1 ends {bottom:.0f} px down")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "skip-link", url
    context.close()
    assert late == []


def test_the_compact_header_leads_to_the_contacts(browser, site_server, demo):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_server}/ru/about/")
    assert not page.locator(".site-header__contacts").is_visible()
    page.locator(".site-header__shortcuts a[href='#contacts']").click()
    footer_contacts = page.locator("#contacts")
    assert footer_contacts.locator('a[href^="tel:"]').count() >= 1
    assert footer_contacts.locator('a[href^="mailto:"]').is_visible()
    # The home page keeps the full header.
    page.goto(f"{site_server}/ru/")
    assert page.locator(".site-header__contacts").is_visible()
    assert not page.locator(".site-header__shortcuts").is_visible()
    context.close()
