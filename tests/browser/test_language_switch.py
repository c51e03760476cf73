"""Switching language in a real browser lands on the same content in the other language,
or on the nearest translated ancestor when the page has no translation."""

import pytest

from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.browser


def switch_to(page, language):
    with page.expect_navigation():
        page.locator(f'.language-switch a[lang="{language}"]').click()


def shown(page, site_server):
    """(path, <html lang>, visible h1) of the page the browser shows."""
    heading = page.locator("h1")
    assert heading.is_visible()
    return (
        page.url.removeprefix(site_server),
        page.locator("html").get_attribute("lang"),
        heading.inner_text(),
    )


@pytest.mark.parametrize("content", ["home", "section", "article"])
def test_switching_language_shows_the_same_content(page, site_url, site_pages, content):
    versions = {
        "home": site_pages.homes,
        "section": site_pages.district,
        "article": site_pages.article,
    }[content]
    paths = {code: version.relative_url(site_pages.site) for code, version in versions.items()}
    page.goto(f"{site_url}{paths['ru']}")
    assert shown(page, site_url) == (paths["ru"], "ru", versions["ru"].title)
    for language in ("be", "en", "ru"):
        switch_to(page, language)
        assert shown(page, site_url) == (paths[language], language, versions[language].title)


def test_switching_from_an_untranslated_article_lands_on_its_section(page, site_server, demo):
    article = NewsArticlePage.objects.get(
        slug="lenina-street-resurfacing", locale__language_code="ru"
    )
    assert not article.get_translations().filter(locale__language_code="be").exists()
    page.goto(f"{site_server}{article.relative_url(demo.site)}")
    switch_to(page, "be")
    section = demo.district["be"]
    assert shown(page, site_server) == (section.relative_url(demo.site), "be", section.title)


def test_the_bare_root_follows_the_browser_then_the_readers_choice(browser, site_server, demo):
    context = browser.new_context(locale="be-BY")
    page = context.new_page()
    page.goto(f"{site_server}/")
    assert shown(page, site_server) == ("/be/", "be", demo.homes["be"].title)
    switch_to(page, "en")
    page.goto(f"{site_server}/")
    assert shown(page, site_server) == ("/en/", "en", demo.homes["en"].title)
    context.close()


def test_switching_keeps_the_readers_place(page, site_server, demo):
    """From an archive, a second page of a listing and the display settings, each
    language link leads to the same view in that language."""
    places = {
        "month archive": {
            code: f"{demo.republic[code].relative_url(demo.site)}2008/10/" for code in demo.homes
        },
        "second page": {
            code: f"{demo.news[code].relative_url(demo.site)}?page=2" for code in ("ru", "en")
        },
        "display settings": {code: f"/{code}/accessibility/preferences/" for code in demo.homes},
    }
    for versions in places.values():
        for start, url in versions.items():
            for language, expected in versions.items():
                page.goto(f"{site_server}{url}")
                current = page.locator(f'.language-switch a[lang="{start}"]')
                assert current.get_attribute("aria-current") == "page"
                switch_to(page, language)
                assert page.url.removeprefix(site_server) == expected
                assert page.locator("html").get_attribute("lang") == language
