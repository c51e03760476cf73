"""The panel (no JavaScript), the visitor's stylesheet, old `/special/` links, and pages
that stay the same for every visitor whatever their preferences (on the demo's first site
and on a provisioned district)."""

import pytest

from raion.accessibility import stylesheet
from raion.accessibility.preferences import COOKIE_NAME, VISUALLY_IMPAIRED, decode

pytestmark = pytest.mark.django_db

PANEL = "/ru/accessibility/preferences/"
STYLESHEET = "/accessibility/preferences.css"
EVERY_SETTING = {
    "font": "serif",
    "size": "175",
    "spacing": "large",
    "line_height": "increased",
    "scheme": "dark-blue-on-light-blue",
    "images": "hidden",
}


def assert_private(response):
    assert "private" in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_the_stylesheet_follows_the_cookie_and_is_cached_per_visitor(client):
    standard = client.get(STYLESHEET)
    assert standard.status_code == 200
    assert standard["Content-Type"] == "text/css; charset=utf-8"
    assert standard.content == b""
    assert_private(standard)

    client.cookies[COOKIE_NAME] = "scheme:white-on-black|size:200"
    chosen = client.get(STYLESHEET)
    assert b"--background: #000000;" in chosen.content
    assert b"font-size: 200%;" in chosen.content
    assert_private(chosen)
    assert chosen["ETag"] != standard["ETag"]

    unchanged = client.get(STYLESHEET, headers={"if-none-match": chosen["ETag"]})
    assert unchanged.status_code == 304
    assert_private(unchanged)


def test_a_garbage_cookie_gets_the_standard_look(client):
    client.cookies[COOKIE_NAME] = "scheme:white-on-black|size:9000"
    assert client.get(STYLESHEET).content == b""


def test_pages_are_the_same_for_every_visitor(site_client, site_pages):
    for url in ("/ru/", site_pages.article["en"].relative_url(site_pages.site)):
        site_client.cookies.pop(COOKIE_NAME, None)
        plain = site_client.get(url)
        site_client.cookies[COOKIE_NAME] = "scheme:white-on-black|images:hidden"
        with_preferences = site_client.get(url)
        assert plain.content == with_preferences.content
        html, url = plain.content.decode(), f"{STYLESHEET}?r={stylesheet.release()}"
        assert f'data-stylesheet="{url}" data-cookie-name="{COOKIE_NAME}"' in html
        assert f'<noscript><link rel="stylesheet" href="{url}"></noscript>' in html


def test_the_stylesheet_named_by_its_url_is_the_same_for_everybody_for_a_year(client):
    client.cookies[COOKIE_NAME] = "scheme:white-on-black"
    named = client.get(STYLESHEET, {"r": stylesheet.release(), "v": "size:200"})
    assert b"font-size: 200%;" in named.content
    assert b"--background" not in named.content  # the URL's preferences, not the cookie's
    assert named["Cache-Control"] == "public, max-age=31536000, immutable"
    assert client.get(STYLESHEET, {"v": ""}).content == b""
    assert client.get(STYLESHEET, {"v": "size:9000|<script>"}).content == b""


def test_every_page_has_the_labelled_control_and_the_footer_links(site_client, site_pages):
    html = site_client.get("/en/").content.decode()
    assert (
        '<a class="display-settings-link" href="/en/accessibility/preferences/" '
        "data-display-settings>Version for the visually impaired</a>"
    ) in html
    assert '<a href="/en/accessibility/">Accessibility statement</a>' in html
    # One name for one feature: the footer link reads as the header's.
    footer = html[html.index('<footer class="site-footer') :]
    assert (
        '<a href="/en/accessibility/preferences/">Version for the visually impaired</a>' in footer
    )


def test_the_panel_shows_the_current_settings(client, demo):
    client.cookies[COOKIE_NAME] = "scheme:brown-on-beige"
    response = client.get(
        "/en/accessibility/preferences/", headers={"referer": "http://testserver/en/news/?page=2"}
    )
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert '<h1 class="page-title">Display settings</h1>' in html
    assert 'name="scheme" value="brown-on-beige" id="id_scheme_4" required checked' in html
    assert 'name="size" value="100" id="id_size_0" required checked' in html
    assert '<input type="hidden" name="next" value="/en/news/?page=2">' in html


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/ru/news/district/", "/ru/news/district/"),
        ("http://testserver/en/about/?x=1", "/en/about/?x=1"),
        ("https://elsewhere.example/ru/", "/ru/"),
        ("//elsewhere.example/", "/ru/"),
        ("/\\elsewhere.example/", "/ru/"),
        ("javascript:alert(1)", "/ru/"),
        ("", "/ru/"),
    ],
)
def test_the_panel_saves_and_returns_to_a_page_of_this_site_only(client, next_url, expected):
    response = client.post(PANEL, {**EVERY_SETTING, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == expected
    cookie = response.cookies[COOKIE_NAME]
    assert decode(cookie.value).as_dict() == EVERY_SETTING
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert not cookie["httponly"]


@pytest.mark.parametrize(
    ("origin", "status"),
    [("http://testserver", 302), ("https://elsewhere.example", 403), ("null", 403)],
)
def test_only_forms_sent_from_this_site_change_the_preferences(client, origin, status):
    response = client.post(PANEL, EVERY_SETTING, headers={"origin": origin})
    assert response.status_code == status
    assert (COOKIE_NAME in response.cookies) == (status == 302)


def test_the_panel_sets_no_csrf_cookie_that_would_bypass_the_page_cache(site_client, site_pages):
    assert site_client.get(PANEL).cookies == {}


def test_restoring_the_standard_look_drops_the_cookie(client):
    client.cookies[COOKIE_NAME] = "scheme:white-on-black"
    response = client.post(PANEL, {**EVERY_SETTING, "reset": "1", "next": "/ru/about/"})
    assert response["Location"] == "/ru/about/"
    assert response.cookies[COOKIE_NAME].value == ""
    assert response.cookies[COOKIE_NAME]["max-age"] == 0


def test_a_wrong_value_is_explained_next_to_its_group(client, demo):
    response = client.post("/en/accessibility/preferences/", {**EVERY_SETTING, "size": "900"})
    assert response.status_code == 400
    assert COOKIE_NAME not in response.cookies
    html = response.content.decode()
    message = "Choose one of the options for “Text size”."
    assert '<div class="error-summary" role="alert">' in html
    assert f'<li><a href="#size-group">{message}</a></li>' in html
    assert 'id="size-group" aria-describedby="size-error">' in html
    assert f'<p class="field-error" id="size-error">{message}</p>' in html


@pytest.mark.parametrize(
    ("old_link", "target"),
    [
        ("/special/", "/"),
        ("/special/ru/news/", "/ru/news/"),
        ("/special/be/news/district/?page=2", "/be/news/district/?page=2"),
        ("/special//elsewhere.example/", "/elsewhere.example/"),
        ("/special/\\elsewhere.example/", "/elsewhere.example/"),
    ],
)
def test_old_special_links_open_the_same_page_in_the_visually_impaired_preset(
    client, old_link, target
):
    response = client.get(old_link)
    assert response.status_code == 302
    assert response["Location"] == target
    assert decode(response.cookies[COOKIE_NAME].value) == VISUALLY_IMPAIRED


@pytest.mark.parametrize(
    "url", ["/accessibility/preferences.css", "/en/accessibility/preferences/"]
)
def test_head_answers_like_get_without_a_body(client, demo, url):
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""
