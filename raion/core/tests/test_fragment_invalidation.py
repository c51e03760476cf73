"""Cached fragments never show stale content: every change reaches the next page view."""

import datetime

import pytest
from wagtail.models import Locale

from raion.core.models import SiteIdentity
from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


def test_an_identity_change_shows_on_the_next_view(client, demo):
    assert "Liozno District Executive Committee" in client.get("/en/").content.decode()
    identity = SiteIdentity.objects.get(site=demo.site, locale__language_code="en")
    identity.full_name = "Liozno District Executive Committee (renamed)"
    identity.save()
    assert "(renamed)" in client.get("/en/").content.decode()


def test_a_published_article_shows_on_home_section_and_feed_at_once(client, demo):
    section = demo.district["en"]
    for url in ("/en/", section.url, section.url + "rss/"):
        client.get(url)  # fill the caches
    article = NewsArticlePage(
        title="Snow clearing starts on Lenina Street",
        slug="snow-clearing-lenina",
        locale=Locale.objects.get(language_code="en"),
        date=datetime.date(2026, 11, 27),
        lead="Road crews begin their winter work.",
        live=False,
    )
    section.add_child(instance=article)
    article.save_revision().publish()
    for url in ("/en/", section.url, section.url + "rss/"):
        assert article.title in client.get(url).content.decode(), url


def test_an_unpublished_article_disappears_from_listings(client, demo):
    article = demo.kyrgyzstan_article["en"]
    section_url = demo.republic["en"].url + "2008/10/"
    assert article.title in client.get(section_url).content.decode()
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert client.get(section_url).status_code == 404  # the month has no news any more
