"""Under `make run`'s settings a missing page is the site's own 404 page."""

import pytest
from django.test import override_settings

from raion.settings import dev

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True, MIDDLEWARE=dev.MIDDLEWARE)
@pytest.mark.parametrize("url", ["/ru/no-such-page/", "/en/news/district/2008/13/"])
def test_a_missing_page_shows_the_sites_404_page_in_development(client, demo, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "technical_404" not in html and "Django tried these URL patterns" not in html
