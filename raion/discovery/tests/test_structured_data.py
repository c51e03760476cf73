import json

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def json_ld(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        data["@type"]: data
        for data in (
            json.loads(script.string)
            for script in soup.find_all("script", type="application/ld+json")
        )
    }


def open_graph(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {meta["property"]: meta["content"] for meta in soup.find_all("meta", property=True)}


def test_home_describes_the_government_organization(client, demo):
    data = json_ld(client, "/en/")["GovernmentOrganization"]
    assert data["name"] == "Liozno District Executive Committee"
    assert data["address"]["postalCode"] == "211220"
    assert data["address"]["addressCountry"] == "BY"
    assert data["telephone"]


def test_article_is_a_news_article_with_breadcrumbs(client, demo):
    article = demo.kyrgyzstan_article["en"]
    data = json_ld(client, article.url)
    assert data["NewsArticle"]["datePublished"] == "2008-10-13"
    assert data["NewsArticle"]["headline"] == article.title
    names = [item["name"] for item in data["BreadcrumbList"]["itemListElement"]]
    assert names[-2:] == ["Republic news", article.title]


def test_article_has_open_graph_tags(client, demo):
    article = demo.kyrgyzstan_article["ru"]
    tags = open_graph(client, article.url)
    assert tags["og:type"] == "article"
    assert tags["og:title"] == article.title
    assert tags["og:url"].endswith(article.url)
