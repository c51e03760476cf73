"""Display preferences in a real browser: by keyboard alone, without JavaScript, applied
live on the panel, and from old `/special/` links."""

import re

import pytest
from playwright.sync_api import expect

from .waiting import wait_until

pytestmark = pytest.mark.browser

BLACK, WHITE = "rgb(0, 0, 0)", "rgb(255, 255, 255)"


def focused(page, selector):
    return page.evaluate("s => document.activeElement.matches(s)", selector)


def tab_until(page, selector, limit):
    """Press Tab until `selector` has the focus; the elements passed on the way."""
    passed = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, selector):
            return passed
        passed.append(page.evaluate("document.activeElement.outerHTML.slice(0, 80)"))
    raise AssertionError(f"{selector} not reached in {limit} presses of Tab: {passed}")


def look(page):
    return page.evaluate(
        """() => {
          const root = getComputedStyle(document.documentElement);
          const body = getComputedStyle(document.body);
          return {fontSize: root.fontSize, background: body.backgroundColor, color: body.color,
                  fontFamily: body.fontFamily, letterSpacing: body.letterSpacing,
                  lineHeight: body.lineHeight};
        }"""
    )


def test_keyboard_alone_reaches_the_control_and_changes_the_colours(page, site_server, demo):
    page.goto(f"{site_server}/en/")
    page.keyboard.press("Tab")
    assert focused(page, ".skip-link")
    passed = tab_until(page, "[data-display-settings]", limit=5)
    assert not any("<main" in element for element in passed)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "the focused control shows no focus ring"

    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/accessibility/preferences/\?next=%2Fen%2F$"))
    tab_until(page, "input[name=scheme]", limit=40)
    assert focused(page, "input[value=default]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert focused(page, "input[value=white-on-black]:checked")
    # With JavaScript the panel itself turns white on black at once.
    expect(page.locator("body")).to_have_css("background-color", BLACK)

    tab_until(page, "button[type=submit]:not([name])", limit=20)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_server}/en/")
    assert (look(page)["background"], look(page)["color"]) == (BLACK, WHITE)
    page.goto(site_server + demo.kyrgyzstan_article["en"].relative_url(demo.site))
    assert look(page)["background"] == BLACK


def test_without_javascript_the_form_sets_the_preferences(
    page_without_javascript, site_server, demo
):
    page = page_without_javascript
    page.goto(f"{site_server}/ru/news/")
    page.click("[data-display-settings]")
    page.wait_for_url(f"{site_server}/ru/accessibility/preferences/")
    for name, value in [
        ("font", "serif"),
        ("size", "200"),
        ("spacing", "large"),
        ("line_height", "large"),
        ("scheme", "brown-on-beige"),
        ("images", "hidden"),
    ]:
        page.check(f"input[name={name}][value='{value}']")
    page.click("[data-preferences-form] button[type=submit]:not([name])")
    page.wait_for_url(f"{site_server}/ru/news/")  # back where the reader was, from Referer
    chosen = {
        "fontSize": "32px",
        "background": "rgb(247, 243, 214)",
        "color": "rgb(77, 75, 67)",
        "letterSpacing": "3.84px",  # 0.12em of 32px
        "lineHeight": "67.2px",  # 2.1 times 32px
    }
    for url in ("/ru/news/", "/ru/about/"):
        page.goto(site_server + url)
        found = look(page)
        assert {key: found[key] for key in chosen} == chosen, url
        assert found["fontFamily"].startswith('"Times New Roman"')
    page.goto(f"{site_server}/ru/")
    assert page.locator(".carousel img").first.is_hidden()

    page.goto(f"{site_server}/ru/accessibility/preferences/")
    assert page.is_checked("input[name=scheme][value=brown-on-beige]")
    page.click("button[name=reset]")
    assert look(page)["background"] == WHITE
    assert look(page)["fontSize"] == "16px"


def test_hidden_images_leave_their_descriptions_with_javascript(page, site_server, demo):
    page.goto(f"{site_server}/en/accessibility/preferences/?next=/en/")
    page.check("input[name=images][value=hidden]")
    # The script stores the choice at once, and the server's stylesheet follows it.
    wait_until(
        page,
        "() => getComputedStyle(document.documentElement)"
        ".getPropertyValue('--display-images').trim() === 'hidden'",
    )
    expect(page.locator("link[data-display-preferences]")).to_have_count(1)
    page.goto(f"{site_server}/en/")
    assert page.locator(".carousel img").first.is_hidden()
    descriptions = page.locator(".carousel .image-alt").all_inner_texts()
    alts = page.eval_on_selector_all(".carousel img", "images => images.map(i => i.alt)")
    assert descriptions == alts
    assert descriptions[0].startswith("The Liozno railway station building")
    assert page.locator(".carousel .image-alt").first.is_visible()


def test_an_old_special_link_opens_the_page_in_the_visually_impaired_preset(
    page, site_server, demo
):
    page.goto(f"{site_server}/special/en/about/")
    assert page.url == f"{site_server}/en/about/"
    found = look(page)
    assert (found["fontSize"], found["background"], found["color"]) == ("24px", WHITE, BLACK)


STYLESHEET_TRANSFERS = """() => performance.getEntriesByType("resource")
    .filter(entry => entry.name.includes("/accessibility/preferences.css"))
    .map(entry => entry.transferSize)"""


def test_a_returning_reader_fetches_the_stylesheet_only_when_the_preferences_change(
    page, site_server, demo
):
    """A page view takes the visitor's stylesheet from the browser's cache (no request, not
    even a revalidation: transfer size 0); a change of the settings shows at once."""
    page.goto(f"{site_server}/en/")
    assert page.evaluate(STYLESHEET_TRANSFERS)[0] > 0  # the first view fetches it
    page.goto(f"{site_server}/en/about/")
    assert page.evaluate(STYLESHEET_TRANSFERS) == [0]

    page.goto(f"{site_server}/en/accessibility/preferences/?next=/en/about/")
    page.check("input[name=scheme][value=white-on-black]")
    expect(page.locator("body")).to_have_css("background-color", BLACK)  # before saving
    page.goto(f"{site_server}/en/news/")  # leaving the panel without saving keeps it
    assert look(page)["background"] == BLACK
    page.goto(f"{site_server}/en/about/")
    assert look(page)["background"] == BLACK
    assert page.evaluate(STYLESHEET_TRANSFERS) == [0]
