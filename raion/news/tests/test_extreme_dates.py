"""Whatever dates articles hold (year 1, year 9999), no public page answers 5xx: the
dates are written straight into the database, as a broken import or a bad edit could."""

import datetime

import pytest

from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db

EXTREME_DATES = [datetime.date(1, 1, 1), datetime.date(999, 12, 31), datetime.date(9999, 12, 31)]


@pytest.fixture
def extreme_articles(demo):
    articles = list(NewsArticlePage.objects.live().child_of(demo.district["ru"])[:3])
    for article, date in zip(articles, EXTREME_DATES, strict=True):
        NewsArticlePage.objects.filter(pk=article.pk).update(date=date)
    return NewsArticlePage.objects.filter(pk__in=[a.pk for a in articles])


def public_paths(demo, articles):
    paths = [demo.homes["ru"].url, demo.news["ru"].url]
    for section in (demo.news["ru"], demo.district["ru"]):
        paths += [section.url + tail for tail in ("", "rss/", "atom/", "?page=2")]
        for date in EXTREME_DATES:
            paths += [section.url + f"{date.year:04}/", section.url + f"{date:%04Y/%m}/"]
    paths += [article.url for article in articles]
    return paths + ["/sitemap.xml", "/ru/search/?q=новости"]


def test_no_public_page_fails_whatever_dates_articles_hold(client, demo, extreme_articles):
    answers = {path: client.get(path).status_code for path in public_paths(demo, extreme_articles)}
    assert {path: status for path, status in answers.items() if status >= 500} == {}
    assert all(status in (200, 404) for status in answers.values()), answers


def test_archive_months_of_extreme_years_are_listed_and_reachable(client, demo, extreme_articles):
    section = client.get(demo.district["ru"].url).content.decode()
    for date in EXTREME_DATES:
        month_url = demo.district["ru"].relative_url(demo.site) + f"{date.year:04}/{date.month:02}/"
        assert f'href="{month_url}"' in section
        assert client.get(month_url).status_code == 200
