"""A regional article is published once and shows in the chosen districts' "Region news"."""

import logging

import pytest

from raion.network.provisioning import LANGUAGES
from raion.news.models import NewsArticlePage
from raion.regional import sharing
from raion.regional.models import HiddenRegionalItem

from .conftest import get, reload

pytestmark = pytest.mark.django_db


def regional_article(network, languages=("ru", "en"), *, everywhere=False, districts=()):
    """An article of the region's news in `languages`, shared as asked, published."""
    from raion.core.tree import ensure_child

    pages = {}
    for code in languages:
        page = ensure_child(
            network.region.sections[code],
            NewsArticlePage,
            "regional-forum",
            locale=network.region.homes[code].locale,
            translation_of=pages.get(languages[0]),
            title=f"Regional forum ({code})",
            lead="The region's forum opens.",
        )
        share(page, network, everywhere=everywhere, districts=districts)
        pages[code] = page
    return pages


def share(page, network, *, everywhere=False, districts=()):
    page.share_with_all_districts = everywhere
    page.shared_with.set([network.bodies[slug] for slug in districts])
    page.save_revision().publish()


def copy_in(network, slug, article):
    copies = sharing.copies_by_site(article).get(network.districts[slug].site.pk, [])
    assert len(copies) <= 1
    return copies[0] if copies else None


def test_a_published_item_shows_in_every_chosen_district_and_language(client, network):
    articles = regional_article(network, districts=["orsha", "polotsk"])
    for slug in ("orsha", "polotsk"):
        district = network.districts[slug]
        for code in ("ru", "en"):
            copy = copy_in(network, slug, articles[code])
            assert copy is not None and copy.live
            assert copy.get_parent().pk == district.sections[f"region-{code}"].pk
            assert get(client, copy).status_code == 200
            listing = get(client, district.sections[f"region-{code}"]).content.decode()
            assert f"Regional forum ({code})" in listing
            assert f"Regional forum ({code})" in get(client, district.homes[code]).content.decode()
        # The item has no Belarusian version: nothing in the district's Belarusian tree.
        be_listing = get(client, district.sections["region-be"]).content.decode()
        assert "Regional forum" not in be_listing
        # The district's language switch links its copies as translations.
        assert copy_in(network, slug, articles["ru"]).translation_key == (
            copy_in(network, slug, articles["en"]).translation_key
        )
    assert copy_in(network, "glubokoe", articles["ru"]) is None


def test_every_district_and_a_district_without_the_section_is_skipped(network, caplog):
    with caplog.at_level(logging.WARNING, logger="raion.regional.sharing"):
        articles = regional_article(network, languages=("ru",), everywhere=True)
    assert copy_in(network, "orsha", articles["ru"]) is not None
    assert copy_in(network, "polotsk", articles["ru"]) is not None
    assert copy_in(network, "glubokoe", articles["ru"]) is None
    assert "Glubokoe" in caplog.text


def test_editing_the_original_updates_every_copy_in_the_same_publish(client, network):
    article = regional_article(network, languages=("ru",), everywhere=True)["ru"]
    article.title = "Regional forum moved to June"
    article.lead = "New dates."
    article.save_revision().publish()
    for slug in ("orsha", "polotsk"):
        copy = copy_in(network, slug, article)
        assert (copy.title, copy.lead, copy.live) == (
            "Regional forum moved to June",
            "New dates.",
            True,
        )
        assert "Regional forum moved to June" in get(client, copy).content.decode()
        section = network.districts[slug].sections["region-ru"]
        assert "Regional forum moved to June" in get(client, section).content.decode()


def test_unpublishing_the_original_takes_the_copies_off_and_republishing_brings_them(
    client, network
):
    article = regional_article(network, languages=("ru",), districts=["orsha"])["ru"]
    copy = copy_in(network, "orsha", article)
    url_response = get(client, copy)
    assert url_response.status_code == 200
    reload(article).unpublish()
    assert not reload(copy).live
    assert get(client, copy).status_code == 404
    section = network.districts["orsha"].sections["region-ru"]
    assert "Regional forum" not in get(client, section).content.decode()
    reload(article).save_revision().publish()
    assert get(client, copy).status_code == 200


def test_unsharing_a_district_removes_its_copy(network):
    article = regional_article(network, languages=("ru",), districts=["orsha", "polotsk"])["ru"]
    share(reload(article), network, districts=["polotsk"])
    assert copy_in(network, "orsha", article) is None
    assert copy_in(network, "polotsk", article) is not None


def test_deleting_the_original_deletes_its_copies(network):
    article = regional_article(network, languages=("ru",), everywhere=True)["ru"]
    copy_ids = [copy_in(network, slug, article).pk for slug in ("orsha", "polotsk")]
    reload(article).delete()
    assert not NewsArticlePage.objects.filter(pk__in=copy_ids).exists()


def test_an_article_of_a_district_is_never_shared(network):
    district = network.districts["orsha"]
    article = district.articles["ru"]
    article.share_with_all_districts = True
    article.save_revision().publish()
    assert sharing.copies_by_site(article) == {}


def test_the_copy_names_the_region_and_is_canonical_at_the_original(client, network):
    article = regional_article(network, languages=("ru",), districts=["orsha"])["ru"]
    html = get(client, copy_in(network, "orsha", article)).content.decode()
    original_url = reload(article).get_full_url()
    assert original_url.startswith("http://vitebsk.example.by/ru/")
    assert f'<link rel="canonical" href="{original_url}">' in html
    assert html.count('rel="canonical"') == 1
    assert f'<a href="{original_url}">Vitebsk Regional Executive Committee (ru)</a>' in html
    # The original is its own canonical page and names no origin.
    original_html = get(client, article).content.decode()
    assert f'<link rel="canonical" href="{original_url}">' in original_html
    assert "article__origin" not in original_html


def test_hiding_survives_later_edits_and_can_be_undone(network):
    articles = regional_article(network, everywhere=True)
    hidden = sharing.hide(copy_in(network, "orsha", articles["ru"]))
    for code in ("ru", "en"):  # hidden in every language
        assert copy_in(network, "orsha", articles[code]) is None
    article = reload(articles["ru"])
    article.title = "Regional forum, new programme"
    article.save_revision().publish()
    assert copy_in(network, "orsha", article) is None
    assert copy_in(network, "polotsk", article).title == "Regional forum, new programme"
    sharing.show_again(hidden)
    assert not HiddenRegionalItem.objects.exists()
    for code in LANGUAGES[:1] + ("en",):
        assert copy_in(network, "orsha", articles[code]).live


def test_a_districts_cached_home_and_section_show_the_copy_at_once(client, network):
    orsha = network.districts["orsha"]
    pages = [orsha.homes["ru"], orsha.sections["region-ru"]]
    for page in pages:  # fragments cached under Orsha's content version
        assert "Regional forum" not in get(client, page).content.decode()
    article = regional_article(network, languages=("ru",), districts=["orsha"])["ru"]
    for page in pages:
        assert "Regional forum (ru)" in get(client, page).content.decode()
    sharing.hide(copy_in(network, "orsha", article))
    for page in pages:
        assert "Regional forum" not in get(client, page).content.decode()
