"""Site search in a real browser with JavaScript off: the header's box, the filters and
the pages of results are plain GET forms and links."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def page(page_without_javascript):
    return page_without_javascript


def count(page) -> int:
    return int(re.search(r"\d+", page.locator(".search-count").inner_text())[0])


def test_the_header_search_box_finds_inflected_forms(page, site_server, demo):
    page.goto(f"{site_server}/ru/")
    page.fill("#site-search-q", "района")
    page.press("#site-search-q", "Enter")
    parts = urlsplit(page.url)
    assert parts.path == "/ru/search/"
    assert parse_qs(parts.query)["q"] == ["района"]
    assert count(page) > 0
    titles = page.locator(".search-result__title").all_inner_texts()
    assert any("районе" in title.split() for title in titles), titles
    first = page.locator(".search-result__title a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").first.inner_text() == title


def test_the_type_filter(page, site_server, demo):
    page.goto(f"{site_server}/ru/search/?q=решение")
    everything = count(page)
    page.select_option("#id_kind", label="Документ")
    page.click(".search-form__actions button")
    assert parse_qs(urlsplit(page.url).query)["kind"] == ["document"]
    assert 0 < count(page) < everything
    kinds = page.locator(".search-result__kind").all_inner_texts()
    assert set(kinds) == {"Документ"}


def test_the_pages_of_results_keep_the_query(page, site_server, demo):
    page.goto(f"{site_server}/ru/search/?q=района")
    assert count(page) > 10
    first_page = page.locator(".search-result__title").all_inner_texts()
    assert len(first_page) == 10
    page.click(".pagination a[rel=next]")
    expect(page.locator(".pagination [aria-current=page]")).to_contain_text("Страница 2")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["района"], "page": ["2"]}
    second_page = page.locator(".search-result__title").all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)


def test_a_misspelt_word_is_corrected_and_nothing_found_says_what_to_try(page, site_server, demo):
    page.goto(f"{site_server}/ru/search/?q=отопителный")
    expect(page.locator(".search-correction")).to_contain_text("«отопительного»")
    assert count(page) > 0
    page.goto(f"{site_server}/ru/search/?q=жыхцщфъ")
    expect(page.locator(".search-nothing h2")).to_have_text(
        "По запросу «жыхцщфъ» ничего не найдено"
    )
    assert page.locator(".search-nothing li").count() == 4
