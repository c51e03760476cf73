"""Words of the public interface as the glossary and the language review want them."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

BREADCRUMBS = {"ru": "Навигационная цепочка", "be": "Навігацыйны ланцужок", "en": "Breadcrumbs"}
VKONTAKTE = {"ru": "ВКонтакте", "be": "ВКонтакте", "en": "VKontakte"}


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_breadcrumbs_and_social_networks_are_named_in_the_pages_language(client, demo, language):
    html = BeautifulSoup(client.get(f"/{language}/about/").content, "html.parser")
    assert html.find("nav", class_="breadcrumbs")["aria-label"] == BREADCRUMBS[language]
    networks = [link.get_text() for link in html.select(".social-links a")]
    assert VKONTAKTE[language] in networks


def test_colour_schemes_are_spelt_with_yo(client, demo):
    html = client.get("/ru/accessibility/preferences/").content.decode()
    for label in ("Чёрным по белому", "Белым по чёрному", "Зелёным по тёмно-коричневому"):
        assert label in html
