import pytest

from raion.landmarks.models import LandmarkCarousel

pytestmark = pytest.mark.django_db


def has_carousel(client, url):
    return "data-carousel" in client.get(url).content.decode()


def test_carousel_stands_under_the_header_on_every_page_by_default(client, demo):
    assert has_carousel(client, "/en/")
    assert has_carousel(client, demo.kyrgyzstan_article["en"].url)


def test_editors_can_keep_the_carousel_to_the_home_page(client, demo):
    carousel = LandmarkCarousel.objects.get(site=demo.site, locale__language_code="en")
    carousel.show_on_inner_pages = False
    carousel.save()
    assert has_carousel(client, "/en/")
    assert not has_carousel(client, demo.kyrgyzstan_article["en"].url)
    assert not has_carousel(client, "/en/news/")
