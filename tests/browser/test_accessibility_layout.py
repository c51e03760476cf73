"""Text at 200% and a 320 CSS px viewport: nothing scrolls sideways, no text is clipped."""

import pytest

from raion.accessibility.preferences import COOKIE_NAME, SIZE
from tests.pages import page_type_urls

pytestmark = pytest.mark.browser

# The document's widths, and every element that hides overflowing text (overflow hidden
# or clip) while its content is larger than its box. Boxes of a pixel or less are
# visually hidden text meant for screen readers, not clipped text.
MEASURE = """() => {
  const root = document.documentElement;
  const clipped = [];
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    const clips = axis => ["hidden", "clip"].includes(style["overflow" + axis]);
    if (!element.textContent.trim() || (!clips("X") && !clips("Y"))) continue;
    if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
    if ((clips("X") && element.scrollWidth > element.clientWidth + 1) ||
        (clips("Y") && element.scrollHeight > element.clientHeight + 1)) {
      clipped.push(element.outerHTML.slice(0, 120));
    }
  }
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    fontSize: getComputedStyle(root).fontSize,
    clipped,
  };
}"""


def layout_problems(page, url):
    page.goto(url)
    measured = page.evaluate(MEASURE)
    problems = [f"{url}: clips {element}" for element in measured["clipped"]]
    if measured["scrollWidth"] > measured["clientWidth"]:
        problems.append(
            f"{url}: {measured['scrollWidth']} px wide in a {measured['clientWidth']} px window"
        )
    return measured, problems


def test_the_measurement_sees_sideways_scrolling_and_clipped_text(page, site_server, demo):
    page.goto(f"{site_server}/en/")
    # Styled through the DOM: the site's CSP refuses style attributes in markup.
    page.evaluate(
        """() => {
          const main = document.querySelector("main");
          const wide = main.appendChild(document.createElement("p"));
          wide.textContent = "Wide";
          wide.style.width = "3000px";
          const clipped = main.appendChild(document.createElement("p"));
          clipped.textContent = "Clipped text";
          clipped.id = "clipped";
          Object.assign(clipped.style, {width: "4rem", overflow: "hidden", whiteSpace: "nowrap"});
        }"""
    )
    measured = page.evaluate(MEASURE)
    assert measured["scrollWidth"] > measured["clientWidth"]
    assert [element[:15] for element in measured["clipped"]] == ['<p id="clipped"']


def test_text_at_200_percent_fits_a_1280_px_window_without_clipping(browser, site_server, demo):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # The largest text with the widest spacing and a serif font: the hardest case to fit.
    largest = "size:200|spacing:large|line_height:large|font:serif"
    context.add_cookies([{"name": COOKIE_NAME, "value": largest, "url": site_server}])
    page = context.new_page()
    problems = []
    for language in ("ru", "be", "en"):
        for url in (
            demo.homes[language].relative_url(demo.site),
            demo.kyrgyzstan_article[language].relative_url(demo.site),
        ):
            measured, found = layout_problems(page, site_server + url)
            assert measured["fontSize"] == "32px"
            problems += found
    context.close()
    assert problems == []


def test_every_page_type_reflows_into_320_css_px(browser, site_server, demo):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    problems = []
    for language in ("ru", "be", "en"):
        for url in page_type_urls(demo, language).values():
            problems += layout_problems(page, site_server + url)[1]
    context.close()
    assert problems == []


def test_no_page_scrolls_sideways_on_phones_at_any_text_size(browser, site_server, demo):
    """Every text size the panel offers, at 320 and 390 CSS px (WCAG 1.4.4 and 1.4.10)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    problems = []
    for size in [choice.value for choice in SIZE.choices]:
        context.clear_cookies()
        context.add_cookies([{"name": COOKIE_NAME, "value": f"size:{size}", "url": site_server}])
        for language in ("ru", "be", "en"):
            urls = page_type_urls(demo, language)
            names = ("home", "news section", "article", "standard page", "display settings")
            for url in [*(urls[name] for name in names), f"/{language}/appeals/"]:
                page.set_viewport_size({"width": 390, "height": 844})
                page.goto(site_server + url)
                for width in (390, 320):
                    page.set_viewport_size({"width": width, "height": 844})
                    scroll_width = page.evaluate("document.documentElement.scrollWidth")
                    if scroll_width != width:
                        problems.append(f"{url} at {size}%, {width} px: {scroll_width} px")
    context.close()
    assert problems == []
