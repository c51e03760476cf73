"""Through the real nginx: what is cached, what is not, and how static files are served."""

import re


def test_anonymous_pages_are_cached(site):
    site.get("/ru/news/")
    assert site.get("/ru/news/").headers["X-Cache"] == "HIT"


def sign_in(site) -> str:
    """Sign in through nginx as the demo's administrator; the session cookie Django set.

    The cookies are Secure (the application sits behind TLS in production), so they are
    sent by hand over this plain HTTP connection."""
    login = site.get("/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    response = site.session.post(
        site.base + "/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": "admin", "password": site.admin_password},
        headers={
            "Cookie": f"csrftoken={login.cookies['csrftoken']}",
            "Referer": f"https://{site.base.removeprefix('http://')}/admin/login/",
        },
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text
    return response.cookies["sessionid"]


def test_signed_in_editors_bypass_the_cache(site):
    site.get("/ru/")
    session = f"sessionid={sign_in(site)}"
    for path in ("/ru/", "/ru/news/"):
        response = site.get(path, headers={"Cookie": session})
        assert response.headers["X-Cache"] == "BYPASS", path
        assert "ETag" not in response.headers, path  # not a page file either
    # Other cookies do not make a page personal: display preferences, or the CSRF
    # cookie a reader keeps after opening a form.
    for cookie in ("raion_display=size:150", "theme=dark; csrftoken=abc"):
        assert site.get("/ru/", headers={"Cookie": cookie}).headers["X-Cache"] == "HIT", cookie


def test_the_admin_and_the_probes_are_never_cached(site):
    for path in ("/admin/login/", "/healthz", "/readyz"):
        site.get(path)
        response = site.get(path)
        assert response.status_code == 200, path
        assert "X-Cache" not in response.headers, path


def test_static_files_have_hashed_names_and_are_kept_for_a_year(site):
    html = site.get("/ru/").text
    stylesheet = re.search(r'href="(/static/raion/css/site\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the stylesheet's name carries its content hash"
    response = site.get(stylesheet.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Encoding"] == "gzip"


def test_pages_are_compressed_for_clients_that_accept_it(site):
    response = site.get("/ru/", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "<html" in response.text


def test_readers_without_display_preferences_get_their_empty_stylesheet_from_nginx(site, topology):
    path = "/accessibility/preferences.css"
    from_nginx = site.get(path)
    from_application = site.session.get(
        f"http://127.0.0.1:{topology.app_ports[0]}{path}",
        headers={"X-Forwarded-Proto": "https", "Host": f"127.0.0.1:{topology.port}"},
        timeout=10,
    )
    assert from_application.status_code == from_nginx.status_code == 200
    assert from_nginx.content == from_application.content == b""
    assert from_nginx.headers["Content-Type"] == from_application.headers["Content-Type"]
    assert from_nginx.headers["Cache-Control"] == from_application.headers["Cache-Control"]
    assert "ETag" not in from_nginx.headers  # answered by nginx, not by the application

    standard = site.get(f"{path}?r=1&v=", headers={"Cookie": "raion_display=size:150"})
    assert (standard.status_code, standard.content) == (200, b"")
    assert standard.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    named = site.get(f"{path}?r=1&v=size:150")
    assert named.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert b"font-size: 150%" in named.content  # from the application

    with_preferences = site.get(path, headers={"Cookie": "raion_display=size:150"})
    assert with_preferences.status_code == 200
    assert "ETag" in with_preferences.headers
    assert with_preferences.content != b""
