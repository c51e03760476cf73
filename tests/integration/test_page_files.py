"""Through the real nginx: anonymous readers' pages are answered from page files, which
carry the same body and headers as the application's answer, and nothing personal or
non-HTML is ever kept as one. requests, like a browser, accepts gzip: it gets a page's
compressed page file unless a test asks for `identity`."""

import gzip

import requests

# Headers the application sets on a page that nginx must set on a page file too.
SAME_HEADERS = [
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Permissions-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
]


# What a client accepts, and the page file it is answered from.
PAGE_FILE_OF = {
    "gzip, deflate, br": "index.html.gz",
    "identity": "index.html",
    "gzip;q=0, deflate": "index.html",
}


def page_file(topology, path, name="index.html.gz"):
    return topology.path("nginx", "pages", "127.0.0.1", path.lstrip("/"), name)


def page_files(topology, path) -> list:
    return [f for name in PAGE_FILE_OF.values() if (f := page_file(topology, path, name)).exists()]


def page(file) -> bytes:
    """The page a page file holds."""
    return gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()


def vary(response):
    return {value.strip() for value in response.headers.get("Vary", "").split(",")}


def test_a_page_read_twice_is_answered_from_its_page_file_like_the_application(site, topology):
    for path in ("/be/", "/en/news/", "/ru/news/district/"):
        from_application = site.uncached(path)
        for accepted, name in PAGE_FILE_OF.items():
            headers = {"Accept-Encoding": accepted}
            first = site.get(path, headers=headers)
            from_file = site.get(path, headers=headers)
            file = page_file(topology, path, name)

            assert first.content == from_file.content == from_application.content, path
            assert page(file) == from_file.content, file
            assert from_file.headers["Content-Length"] == str(file.stat().st_size), file
            compressed = "gzip" if name.endswith(".gz") else None
            assert first.headers.get("Content-Encoding") == compressed, file
            assert from_file.headers.get("Content-Encoding") == compressed, file
            assert "ETag" in from_file.headers  # nginx's static file handler answered
            assert from_file.headers["X-Cache"] == "HIT"
            for header in SAME_HEADERS:
                assert from_file.headers.get(header) == from_application.headers.get(header)
            assert vary(from_application) | {"Accept-Encoding"} <= vary(from_file)


def test_editors_query_strings_feeds_and_other_addresses_never_use_page_files(site, topology):
    signed_in = {"Cookie": "sessionid=abc"}
    site.get("/ru/news/republic/", headers=signed_in)
    site.get("/ru/news/republic/", headers=signed_in)
    assert not page_files(topology, "/ru/news/republic/")

    site.get("/ru/news/")
    site.get("/ru/news/")
    assert page_file(topology, "/ru/news/").exists()
    response = site.get("/ru/news/", headers=signed_in)
    assert response.headers["X-Cache"] == "BYPASS" and "ETag" not in response.headers
    # A reader's display preferences or CSRF cookie changes nothing in a page.
    reader = {"Cookie": "raion_display=font-size:large; csrftoken=abc"}
    assert "ETag" in site.get("/ru/news/", headers=reader).headers

    for path in ("/ru/news/district/rss/", "/ru/news/district/atom/", "/ru/news/?page=1"):
        site.get(path)
        response = site.get(path)
        assert response.status_code == 200, path
        assert response.headers["X-Cache"] == "HIT" and "ETag" not in response.headers, path
    assert not page_files(topology, "/ru/news/district/rss/")
    assert not page_files(topology, "/ru/news/district/atom/")

    missing = "/ru/no-such-page/"
    assert site.get(missing).status_code == site.get(missing).status_code == 404
    assert not page_files(topology, missing)


def test_other_methods_reach_the_application_where_a_page_file_exists(site, topology):
    path = "/ru/news/"
    site.get(path)
    site.get(path)
    assert page_file(topology, path).exists()
    for method in ("POST", "PUT"):
        response = site.session.request(method, site.base + path, data={"q": "1"}, timeout=10)
        # Django's CSRF check answered, not nginx's static file handler (405).
        assert response.status_code == 403, method
        assert "CSRF" in response.text and "ETag" not in response.headers, method
    options = site.session.options(site.base + path, timeout=10)
    assert options.status_code == 200 and "POST" in options.headers["Allow"]


def test_a_head_request_leaves_no_page_file(site, topology):
    path = "/en/"
    for file in page_files(topology, path):
        file.unlink()
    for accepted in PAGE_FILE_OF:
        response = site.session.head(
            site.base + path, headers={"Accept-Encoding": accepted}, timeout=10
        )
        assert response.status_code == 200
    assert not page_files(topology, path)
    site.get(path)
    assert page_file(topology, path).stat().st_size > 0


def test_deleting_page_files_leaves_no_error_in_nginx_log(site, topology):
    path = "/en/news/"
    site.get(path)
    site.get(path)
    log = topology.path("logs", "nginx-error.log")
    logged_before = log.stat().st_size
    refresh = f"http://127.0.0.1:{topology.refresh_port}/_page-files"
    host = {"Host": f"127.0.0.1:{topology.port}"}

    deleted = requests.delete(f"{refresh}{path}index.html.gz", headers=host, timeout=10)
    assert deleted.status_code == 204 and not page_file(topology, path).exists()
    missing = requests.delete(f"{refresh}/en/no-such-page/index.html", headers=host, timeout=10)
    assert missing.status_code == 404
    with log.open() as lines:
        lines.seek(logged_before)
        assert "[error]" not in lines.read()
    # Other methods stay forbidden there (and nginx logs that).
    assert requests.get(f"{refresh}{path}index.html", headers=host, timeout=10).status_code == 403
