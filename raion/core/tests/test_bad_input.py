"""Odd URLs and query strings end in a 404 or a clean page, never a server error."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/ru/no-such-page/",
        "/en/news/district/no-such-article/",
        "/ru/news/district/2008/13/",
        "/ru/news/district/1999/",
        "/ru/%FF%FE/",
        "/ru/news/%C3%28/",
        "/xx/",
        "/zz/news/",
    ],
)
def test_unknown_or_malformed_paths_are_not_found(client, demo, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", "1.5", "", "%00"])
def test_bad_page_numbers_are_not_found(client, demo, page):
    response = client.get(demo.district["ru"].url, {"page": page})
    assert response.status_code == 404 if page else 200


def test_the_first_page_number_is_accepted(client, demo):
    assert client.get(demo.district["ru"].url, {"page": "1"}).status_code == 200


@pytest.mark.parametrize("path", ["/ru/", "/en/news/district/"])
def test_a_huge_query_string_is_ignored(client, demo, path):
    response = client.get(f"{path}?q={'x' * 5000}&{'y' * 200}=1")
    assert response.status_code == 200


def test_not_found_page_is_in_the_sites_style(client, demo):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="site-header"' in html
    assert '<html lang="en">' in html
