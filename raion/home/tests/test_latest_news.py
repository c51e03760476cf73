"""The home page's news blocks show current news in every language."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def news_block(client, home, section):
    html = BeautifulSoup(client.get(home.url).content, "html.parser")
    return html.find("section", attrs={"aria-labelledby": f"section-{section.pk}"})


def test_a_section_with_older_news_in_its_language_shows_newer_russian_news(client, demo):
    newest_russian = demo.republic["ru"].specific.articles().first()
    belarusian = demo.republic["be"].specific
    assert belarusian.articles().first().date < newest_russian.date  # the demo's case
    block = news_block(client, demo.homes["be"], belarusian)
    first = block.find(class_="card")
    assert first.find("time")["datetime"] == f"{newest_russian.date:%Y-%m-%d}"
    link = first.find(class_="card__title").a
    assert (link.get_text(), link["lang"]) == (newest_russian.title, "ru")
    assert first.find(class_="card__language").span["lang"] == "ru"


def test_news_in_the_pages_own_language_are_not_marked(client, demo):
    block = news_block(client, demo.homes["ru"], demo.republic["ru"])
    assert block.find_all(class_="card")
    assert block.find(class_="card__language") is None
    district = news_block(client, demo.homes["be"], demo.district["be"])
    newest = demo.district["be"].specific.articles().first()
    assert district.find(class_="card__title").a.get_text() == newest.title
