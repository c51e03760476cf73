# ruff: noqa: RUF001 -- Cyrillic texts on purpose
"""The demo's "Republic news" is filled by syndication from a feed the demo serves itself."""

import pytest
from django.core.management import call_command

from raion.news.models import NewsArticlePage
from raion.syndication import demo as demo_agency
from raion.syndication.models import FeedSource, ImportedItem, ImportRun

pytestmark = pytest.mark.django_db


def test_the_demo_republic_news_holds_the_syndicated_items(client, demo):
    source = FeedSource.objects.get(url="http://127.0.0.1:8000/demo/feeds/agency.rss.xml")
    assert source.target_id == demo.republic["ru"].pk
    articles = NewsArticlePage.objects.live().child_of(demo.republic["ru"])
    syndicated = articles.filter(source_name=demo_agency.ATTRIBUTION)
    assert syndicated.count() == 5
    assert ImportedItem.objects.filter(source=source).count() == 5
    article = syndicated.get(title="Аграрии завершили уборку сахарной свёклы")
    assert article.source_url == "http://127.0.0.1:8000/demo/agency/sugar-beet-harvest/"

    html = client.get(demo.republic["ru"].url).content.decode()
    assert "Утверждена программа развития малых городов на 2027–2031 годы" in html
    page = client.get(article.url).content.decode()
    assert "РИА «Республика»" in page and 'href="http://127.0.0.1:8000/demo/agency/' in page


def test_loading_the_demo_again_imports_nothing_again(demo):
    before = (NewsArticlePage.objects.count(), ImportRun.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (NewsArticlePage.objects.count(), ImportRun.objects.count()) == before


def test_the_demo_serves_its_feed_and_the_originals(client):
    response = client.get("/demo/feeds/agency.rss.xml")
    assert response.status_code == 200
    assert response.content == demo_agency.feed_bytes()
    assert response["ETag"] == demo_agency.feed_etag()
    not_modified = client.get("/demo/feeds/agency.rss.xml", HTTP_IF_NONE_MATCH=response["ETag"])
    assert not_modified.status_code == 304

    original = client.get("/demo/agency/sugar-beet-harvest/")
    assert original.status_code == 200
    assert "Сахарная свёкла убрана со всех площадей" in original.content.decode()
    assert client.get("/demo/agency/no-such-item/", follow=True).status_code == 404
