# ruff: noqa: RUF001 -- Cyrillic (ru, be) on purpose
"""The language switch and the hreflang links in the head, rendered by the real views.

The checks that hold for any site take the demo's first site and a provisioned district
in turn (`site_client`, `site_pages`); the others use Liozno's partly translated news."""

import pytest
from bs4 import BeautifulSoup

from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


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


def test_links_are_labelled_each_in_its_own_language(site_client, site_pages):
    links = switch_links(site_client, site_pages.homes["en"].relative_url(site_pages.site))
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
def test_switch_leads_to_the_same_article_in_each_language(site_client, site_pages, language):
    article = {
        code: page.relative_url(site_pages.site) for code, page in site_pages.article.items()
    }
    links = switch_links(site_client, article[language])
    assert {code: link["href"] for code, link in links.items()} == article


def test_switch_leads_to_the_nearest_translated_ancestor(client, demo):
    article = article_without_belarusian()
    links = switch_links(client, article.url)
    assert links["be"]["href"] == demo.district["be"].relative_url(demo.site)
    english = article.get_translation(demo.homes["en"].locale)
    assert links["en"]["href"] == english.relative_url(demo.site)
    assert client.get(links["be"]["href"]).status_code == 200


def test_fallback_climbs_further_when_the_section_is_unpublished(client, demo):
    demo.district["be"].unpublish()
    links = switch_links(client, article_without_belarusian().url)
    assert links["be"]["href"] == demo.news["be"].relative_url(demo.site)


def test_a_language_without_a_tree_is_left_out(site_client, site_pages):
    for page in site_pages.homes["en"].get_descendants(inclusive=True).live().specific():
        page.unpublish()
    assert set(switch_links(site_client, "/ru/")) == {"ru", "be"}


def test_error_pages_link_to_each_languages_home(site_client, site_pages):
    links = switch_links(site_client, "/be/no-such-page/")
    assert {code: link["href"] for code, link in links.items()} == {
        "ru": "/ru/",
        "be": "/be/",
        "en": "/en/",
    }
    assert all("aria-current" not in link.attrs for link in links.values())


def test_head_lists_every_live_translation_and_x_default(site_client, site_pages):
    article = site_pages.article
    expected = {code: article[code].full_url for code in ("ru", "be", "en")}
    expected["x-default"] = expected["ru"]
    assert hreflang(site_client, article["be"].relative_url(site_pages.site)) == expected


def test_head_leaves_out_missing_and_unpublished_translations(client, demo):
    article = demo.kyrgyzstan_article
    article["en"].unpublish()
    expected = {code: article[code].full_url for code in ("ru", "be")}
    assert hreflang(client, article["ru"].full_url) == {**expected, "x-default": expected["ru"]}

    ru_and_en = article_without_belarusian()
    assert set(hreflang(client, ru_and_en.url)) == {"ru", "en", "x-default"}


def test_x_default_falls_back_when_there_is_no_russian_version(site_client, site_pages):
    article = site_pages.article
    article["ru"].unpublish()
    links = hreflang(site_client, article["en"].relative_url(site_pages.site))
    assert set(links) == {"be", "en", "x-default"}
    assert links["x-default"] == links["be"]


def test_archives_below_a_section_have_no_hreflang(site_client, site_pages):
    article = site_pages.article["ru"]
    section = article.get_parent().relative_url(site_pages.site)
    assert hreflang(site_client, f"{section}{article.date:%Y/%m}/") == {}
    assert set(hreflang(site_client, section)) == {"ru", "be", "en", "x-default"}


def test_html_lang_follows_the_tree(site_client, site_pages):
    for code in ("ru", "be", "en"):
        section = site_pages.district[code].relative_url(site_pages.site)
        assert soup_of(site_client, section).html["lang"] == code


def test_archives_lead_to_the_same_archive_in_each_language(client, demo):
    links = switch_links(client, f"{path(demo.republic['ru'])}2008/10/")
    assert {code: link["href"] for code, link in links.items()} == {
        code: f"{path(demo.republic[code])}2008/10/" for code in ("ru", "be", "en")
    }
    assert links["ru"]["aria-current"] == "page"


def test_page_numbers_follow_when_the_translation_has_that_page(client, demo, settings):
    counts = {code: demo.news[code].specific.articles().count() for code in ("ru", "be", "en")}
    assert counts["be"] < min(counts["ru"], counts["en"])
    settings.RAION_NEWS_PAGE_SIZE = counts["be"]  # the Belarusian news fit on one page
    links = switch_links(client, f"{path(demo.news['ru'])}?page=2")
    assert links["ru"]["href"] == f"{path(demo.news['ru'])}?page=2"
    assert links["en"]["href"] == f"{path(demo.news['en'])}?page=2"
    # The Belarusian news fit on one page: its first page, not a 404.
    assert links["be"]["href"] == path(demo.news["be"])
    for link in links.values():
        assert client.get(link["href"]).status_code == 200


def test_an_archive_the_translation_lacks_leads_to_its_section(client, demo):
    year = article_without_belarusian().date.year
    for article in demo.district["be"].specific.articles().filter(date__year=year):
        article.unpublish()
    url = f"{path(demo.district['ru'])}{year}/"
    links = switch_links(client, url)
    assert links["ru"]["href"] == url
    assert links["be"]["href"] == path(demo.district["be"])
    assert client.get(f"{path(demo.district['be'])}{year}/").status_code == 404


def test_the_display_settings_lead_to_the_display_settings(client, demo):
    links = switch_links(client, "/be/accessibility/preferences/?next=/be/news/")
    assert {code: link["href"] for code, link in links.items()} == {
        code: f"/{code}/accessibility/preferences/?next=/be/news/" for code in ("ru", "be", "en")
    }
    assert links["be"]["aria-current"] == "page"


def test_other_query_parameters_stay_behind(client, demo):
    links = switch_links(client, f"{path(demo.news['ru'])}?nocache=1&page=2&utm_source=x")
    assert links["ru"]["href"] == f"{path(demo.news['ru'])}?page=2"
    assert "nocache" not in client.get(f"{path(demo.news['ru'])}?nocache=1").content.decode()


def path(page):
    """The page's address on its own site, as its links in its own pages give it."""
    return page.get_url_parts()[2]
