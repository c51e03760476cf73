"""The bare root picks a language; odd cookies, headers and prefixes never cause a 500.

The choice itself is checked on the demo's first site and on a provisioned district."""

import pytest

pytestmark = pytest.mark.django_db


def chosen(client, **headers):
    response = client.get("/", **headers)
    assert response.status_code == 302
    return response["Location"]


def test_without_preferences_russian(site_client, site_pages):
    assert chosen(site_client) == "/ru/"


def test_cookie_comes_first(client, demo):
    client.cookies["django_language"] = "be"
    assert chosen(client, HTTP_ACCEPT_LANGUAGE="en") == "/be/"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("en", "/en/"),
        ("be-BY,be;q=0.9,ru;q=0.8", "/be/"),
        ("de,en;q=0.5,ru;q=0.3", "/en/"),
        ("ru;q=0.2,be;q=0.9", "/be/"),
        ("fr", "/ru/"),
    ],
)
def test_accept_language_when_there_is_no_cookie(site_client, site_pages, header, expected):
    assert chosen(site_client, HTTP_ACCEPT_LANGUAGE=header) == expected


@pytest.mark.parametrize(
    "cookie",
    ["xx", "", "be\x00", "../../etc/passwd", "b" * 10_000, "ru;q=1", "<script>", "zz-\u00e9"],
)
def test_garbage_cookies_fall_back(client, demo, cookie):
    client.cookies["django_language"] = cookie
    assert chosen(client, HTTP_ACCEPT_LANGUAGE="be") == "/be/"


@pytest.mark.parametrize(
    "header",
    [
        "x" * 10_000,
        ",".join(["en;q=0.1"] * 2_000),
        "be;q=2",
        "be;q=abc",
        "be;q=-1",
        "be;q=0.5.5",
        "be;q=",
        ";;;,,,",
        "\u0431\u0435",
        "*",
    ],
)
def test_odd_accept_language_headers_still_answer(client, demo, header):
    assert chosen(client, HTTP_ACCEPT_LANGUAGE=header) in ("/ru/", "/be/", "/en/")


def test_the_choice_is_never_cached_for_everyone(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="be")
    vary = {part.strip().lower() for part in response["Vary"].split(",")}
    assert {"cookie", "accept-language"} <= vary
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_language_the_site_lacks_gives_way_to_russian(site_client, site_pages):
    for page in site_pages.homes["en"].get_descendants(inclusive=True).live().specific():
        page.unpublish()
    assert chosen(site_client, HTTP_ACCEPT_LANGUAGE="en") == "/ru/"


@pytest.mark.parametrize("path", ["/xx/", "/de/news/", "/ru-xx/", "/RU/", "/b%C3%A9/", "/en-gb/"])
def test_unknown_language_prefixes_are_not_found(client, demo, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("cookie", ["be", "garbage", "x" * 5_000])
def test_pages_ignore_the_cookie_and_follow_the_prefix(site_client, site_pages, cookie):
    site_client.cookies["django_language"] = cookie
    response = site_client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en">' in response.content
