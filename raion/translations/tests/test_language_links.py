# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
"""The language switch and the hreflang links in the head, rendered by the real views."""

import pytest
from bs4 import BeautifulSoup

from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db

ORIGIN = "http://127.0.0.1:8000"  # the demo site's root URL, as full URLs carry it


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    return BeautifulSoup(response.content, "html.parser")


def switch_links(client, url):
    """{language: link element} of the language switch on `url`."""
    nav = soup_of(client, url).find("nav", class_="language-switch")
    return {link["lang"]: link for link in nav.find_all("a")}


def hreflang(client, url):
    head = soup_of(client, url).head
    return {link["hreflang"]: link["href"] for link in head.find_all("link", hreflang=True)}


def article_without_belarusian():
    belarusian = NewsArticlePage.objects.filter(locale__language_code="be")
    return (
        NewsArticlePage.objects.filter(locale__language_code="ru", slug="lenina-street-resurfacing")
        .exclude(translation_key__in=belarusian.values("translation_key"))
        .get()
    )


def test_links_are_labelled_each_in_its_own_language(client, demo):
    links = switch_links(client, demo.homes["en"].url)
    assert {code: link.get_text() for code, link in links.items()} == {
        "ru": "Рус",
        "be": "Бел",
        "en": "Eng",
    }
    for code, link in links.items():
        assert link["hreflang"] == code
    assert links["en"]["aria-current"] == "page"
    assert "aria-current" not in links["ru"].attrs


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_switch_leads_to_the_same_article_in_each_language(client, demo, language):
    links = switch_links(client, demo.kyrgyzstan_article[language].url)
    assert {code: link["href"] for code, link in links.items()} == {
        code: demo.kyrgyzstan_article[code].url for code in ("ru", "be", "en")
    }


def test_switch_leads_to_the_nearest_translated_ancestor(client, demo):
    article = article_without_belarusian()
    links = switch_links(client, article.url)
    assert links["be"]["href"] == demo.district["be"].url
    assert links["en"]["href"] == article.get_translation(demo.homes["en"].locale).url
    assert client.get(links["be"]["href"]).status_code == 200


def test_fallback_climbs_further_when_the_section_is_unpublished(client, demo):
    demo.district["be"].unpublish()
    links = switch_links(client, article_without_belarusian().url)
    assert links["be"]["href"] == demo.news["be"].url


def test_a_language_without_a_tree_is_left_out(client, demo):
    for page in demo.homes["en"].get_descendants(inclusive=True).live().specific():
        page.unpublish()
    assert set(switch_links(client, "/ru/")) == {"ru", "be"}


def test_error_pages_link_to_each_languages_home(client, demo):
    links = switch_links(client, "/be/no-such-page/")
    assert {code: link["href"] for code, link in links.items()} == {
        "ru": "/ru/",
        "be": "/be/",
        "en": "/en/",
    }
    assert all("aria-current" not in link.attrs for link in links.values())


def test_head_lists_every_live_translation_and_x_default(client, demo):
    article = demo.kyrgyzstan_article
    expected = {code: f"{ORIGIN}{article[code].url}" for code in ("ru", "be", "en")}
    expected["x-default"] = expected["ru"]
    assert hreflang(client, article["be"].url) == expected


def test_head_leaves_out_missing_and_unpublished_translations(client, demo):
    article = demo.kyrgyzstan_article
    article["en"].unpublish()
    expected = {code: f"{ORIGIN}{article[code].url}" for code in ("ru", "be")}
    assert hreflang(client, article["ru"].url) == {**expected, "x-default": expected["ru"]}

    ru_and_en = article_without_belarusian()
    assert set(hreflang(client, ru_and_en.url)) == {"ru", "en", "x-default"}


def test_x_default_falls_back_when_there_is_no_russian_version(client, demo):
    article = demo.kyrgyzstan_article
    article["ru"].unpublish()
    links = hreflang(client, article["en"].url)
    assert set(links) == {"be", "en", "x-default"}
    assert links["x-default"] == links["be"]


def test_archives_below_a_section_have_no_hreflang(client, demo):
    assert hreflang(client, f"{demo.republic['ru'].url}2008/10/") == {}
    assert set(hreflang(client, demo.republic["ru"].url)) == {"ru", "be", "en", "x-default"}


def test_html_lang_follows_the_tree(client, demo):
    for code in ("ru", "be", "en"):
        assert soup_of(client, demo.district[code].url).html["lang"] == code


def test_archives_lead_to_the_same_archive_in_each_language(client, demo):
    links = switch_links(client, f"{demo.republic['ru'].url}2008/10/")
    assert {code: link["href"] for code, link in links.items()} == {
        code: f"{demo.republic[code].url}2008/10/" for code in ("ru", "be", "en")
    }
    assert links["ru"]["aria-current"] == "page"


def test_page_numbers_follow_when_the_translation_has_that_page(client, demo):
    links = switch_links(client, f"{demo.news['ru'].url}?page=2")
    assert links["ru"]["href"] == f"{demo.news['ru'].url}?page=2"
    assert links["en"]["href"] == f"{demo.news['en'].url}?page=2"
    # The Belarusian news fit on one page: its first page, not a 404.
    assert links["be"]["href"] == demo.news["be"].url
    for link in links.values():
        assert client.get(link["href"]).status_code == 200


def test_an_archive_the_translation_lacks_leads_to_its_section(client, demo):
    year = article_without_belarusian().date.year
    for article in demo.district["be"].specific.articles().filter(date__year=year):
        article.unpublish()
    url = f"{demo.district['ru'].url}{year}/"
    links = switch_links(client, url)
    assert links["ru"]["href"] == url
    assert links["be"]["href"] == demo.district["be"].url
    assert client.get(f"{demo.district['be'].url}{year}/").status_code == 404


def test_the_display_settings_lead_to_the_display_settings(client, demo):
    links = switch_links(client, "/be/accessibility/preferences/?next=/be/news/")
    assert {code: link["href"] for code, link in links.items()} == {
        code: f"/{code}/accessibility/preferences/?next=/be/news/" for code in ("ru", "be", "en")
    }
    assert links["be"]["aria-current"] == "page"
