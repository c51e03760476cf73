import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def listed_dates(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [time["datetime"] for time in soup.select(".with-sidebar__main .card time")]


def test_section_lists_its_articles_newest_first_in_pages(client, demo, settings):
    settings.RAION_NEWS_PAGE_SIZE = 4
    first = client.get(demo.district["ru"].url)
    second = client.get(demo.district["ru"].url, {"page": 2})
    dates = listed_dates(first) + listed_dates(second)
    assert len(listed_dates(first)) == 4
    assert dates == sorted(dates, reverse=True)
    assert 'rel="next"' in first.content.decode()


def test_month_archive_lists_only_that_month(client, demo):
    response = client.get(demo.republic["en"].url + "2008/10/")
    assert response.status_code == 200
    dates = listed_dates(response)
    assert dates and all(date.startswith("2008-10") for date in dates)
    assert "October 2008" in response.content.decode()


def test_year_archive_lists_only_that_year(client, demo):
    response = client.get(demo.republic["ru"].url + "2008/")
    dates = listed_dates(response)
    assert dates and all(date.startswith("2008-") for date in dates)


def test_the_news_hub_lists_articles_of_every_section(client, demo, settings):
    settings.RAION_NEWS_PAGE_SIZE = 100
    hub = listed_dates(client.get(demo.news["en"].url))
    district = listed_dates(client.get(demo.district["en"].url))
    region = listed_dates(client.get(demo.region["en"].url))
    republic = listed_dates(client.get(demo.republic["en"].url))
    assert sorted(hub) == sorted(district + region + republic)
