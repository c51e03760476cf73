"""The header's coat of arms is sharp on high-density screens and reserves its box."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def test_coat_of_arms_offers_a_source_twice_as_dense(client, demo):
    page = BeautifulSoup(client.get("/ru/").content, "html.parser")
    arms = page.find("img", class_="site-header__arms")
    one, two = (candidate.split() for candidate in arms["srcset"].split(","))
    assert one == [arms["src"], "1x"] and two[1] == "2x"

    renditions = {r.url: r for r in get_image_model().get_rendition_model().objects.all()}
    normal, dense = renditions[one[0]], renditions[two[0]]
    assert (int(arms["width"]), int(arms["height"])) == (normal.width, normal.height)
    assert (normal.height, dense.height) == (80, 160)
    assert abs(dense.width - 2 * normal.width) <= 1  # each width is rounded
