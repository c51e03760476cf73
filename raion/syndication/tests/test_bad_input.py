# ruff: noqa: RUF001 -- Cyrillic texts on purpose
"""Every kind of bad input from the issue, served by a real local HTTP server: each run ends
as specified, with a clear message on the run, and leaves the other sources alone."""

import gzip

import pytest

from raion.news.models import NewsArticlePage
from raion.syndication.importer import run_import
from raion.syndication.models import ImportedItem

from .conftest import huge_png_bytes

pytestmark = pytest.mark.django_db

FIFTY_MB = 50 * 1024 * 1024


def slow(server):
    def respond(handler):
        server.release.wait(30)  # answers only when the test is over

    return respond


def streamed_zeros(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()  # no Content-Length: the size is only known by reading
    chunk = b"\0" * (1024 * 1024)
    for _ in range(FIFTY_MB // len(chunk)):
        handler.wfile.write(chunk)


def redirect_to(location):
    def respond(handler):
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.end_headers()

    return respond


def serve(server, path, status=200, body=b"", headers=None):
    def setup():
        server.add(path, body, status=status, headers=headers)

    return setup


CASES = {
    "malformed XML": (
        lambda s: s.add_fixture("/feed", "malformed.xml"),
        "failed",
        "not well-formed XML",
    ),
    "HTML page": (
        lambda s: s.add_fixture("/feed", "not_a_feed.html", headers={"Content-Type": "text/html"}),
        "failed",
        "HTML page, not an RSS or Atom feed",
    ),
    "304 without a prior ETag": (lambda s: s.add("/feed", status=304), "not_modified", ""),
    "404": (lambda s: s.add("/feed", b"gone", status=404), "failed", "answered 404"),
    "500": (lambda s: s.add("/feed", b"oops", status=500), "failed", "answered 500"),
    "slower than the timeout": (
        lambda s: s.routes.__setitem__("/feed", slow(s)),
        "failed",
        "within 0.3 s",
    ),
    "50 MB body with its length": (
        lambda s: s.add("/feed", b"\0" * FIFTY_MB),
        "failed",
        "larger than the limit of 10485760 bytes",
    ),
    "50 MB body without its length": (
        lambda s: s.routes.__setitem__("/feed", streamed_zeros),
        "failed",
        "larger than the limit of 10485760 bytes",
    ),
    "50 MB gzip bomb": (
        lambda s: s.add(
            "/feed", gzip.compress(b"\0" * FIFTY_MB), headers={"Content-Encoding": "gzip"}
        ),
        "failed",
        "larger than the limit of 10485760 bytes",
    ),
    "redirect loop": (
        lambda s: s.routes.__setitem__("/feed", redirect_to("/feed")),
        "failed",
        "Redirect loop",
    ),
    "too many redirects": (
        lambda s: [
            s.routes.__setitem__(f"/feed{'' if n == 0 else n}", redirect_to(f"/feed{n + 1}"))
            for n in range(7)
        ],
        "failed",
        "More than 5 redirects",
    ),
    "redirect to a private address": (
        lambda s: s.routes.__setitem__("/feed", redirect_to("http://10.20.30.40/internal")),
        "failed",
        "10.20.30.40, a private, loopback or link-local address",
    ),
    "redirect to a link-local address": (
        lambda s: s.routes.__setitem__("/feed", redirect_to("http://169.254.169.254/latest/")),
        "failed",
        "169.254.169.254, a private, loopback or link-local address",
    ),
    "redirect to another scheme": (
        lambda s: s.routes.__setitem__("/feed", redirect_to("file:///etc/passwd")),
        "failed",
        "Only http and https",
    ),
    "XXE": (lambda s: s.add_fixture("/feed", "xxe.xml"), "failed", "declares XML entities"),
    "billion laughs": (
        lambda s: s.add_fixture("/feed", "billion_laughs.xml"),
        "failed",
        "declares XML entities",
    ),
}


@pytest.fixture
def other_source(server, make_source, demo):
    """A healthy source that has imported its items before the bad one runs."""
    server.add_fixture("/atom.xml", "atom.xml")
    other = make_source("/atom.xml", name="Соседний источник")
    run_import(other)
    return other


def state_of(source):
    source.refresh_from_db()
    return (
        source.consecutive_failures,
        source.last_error,
        source.runs.count(),
        sorted(ImportedItem.objects.filter(source=source).values_list("guid", "content_hash")),
        NewsArticlePage.objects.filter(source_name=source.credit).count(),
    )


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_feed_ends_with_a_clear_error_and_leaves_others_alone(
    case, server, make_source, section, other_source
):
    setup, status, message = CASES[case]
    setup(server)
    bad = make_source("/feed", name="Плохой источник", timeout=0.3)
    articles_before = NewsArticlePage.objects.count()
    other_before = state_of(other_source)

    run = run_import(bad)

    assert run.status == status
    assert message in run.error
    assert run.created == 0 and NewsArticlePage.objects.count() == articles_before
    assert state_of(other_source) == other_before
    bad.refresh_from_db()
    assert bad.last_run == run
    assert bad.consecutive_failures == (1 if status == "failed" else 0)
    assert bad.last_error == run.error


def test_a_source_not_allowed_private_addresses_cannot_reach_this_machine(server, make_source):
    server.add_fixture("/rss.xml", "rss2.xml")
    run = run_import(make_source(allowed_networks=""))
    assert run.status == "failed"
    assert "127.0.0.1, a private, loopback or link-local address" in run.error
    assert server.requests == []  # refused before connecting


def test_a_gzip_compressed_feed_is_imported(server, make_source):
    feed = gzip.compress(server.fixture("rss2.xml"))
    server.add("/rss.xml", feed, headers={"Content-Encoding": "gzip"})
    run = run_import(make_source(import_images=False))
    assert (run.status, run.created) == ("succeeded", 3)
    assert "gzip" in server.requests[0][1]["Accept-Encoding"]


CYRILLIC_TITLE = "Жители области получили ключи от новых квартир"


@pytest.mark.parametrize("encoding", ["windows-1251", "koi8-r"])
@pytest.mark.parametrize("declared", ["in the XML declaration", "in HTTP", "nowhere"])
def test_legacy_cyrillic_encodings_are_decoded(encoding, declared, server, make_source, section):
    text = server.fixture("cyrillic.rss.xml").decode("utf-8")
    content_type = "application/rss+xml"
    if declared == "in the XML declaration":
        text = text.replace('encoding="utf-8"', f'encoding="{encoding}"')
    else:
        text = text.replace(' encoding="utf-8"', "")
        if declared == "in HTTP":
            content_type += f"; charset={encoding}"
    server.add("/rss.xml", text.encode(encoding), headers={"Content-Type": content_type})

    run = run_import(make_source())

    assert (run.status, run.created) == ("succeeded", 1)
    article = NewsArticlePage.objects.child_of(section).get()
    assert article.title == CYRILLIC_TITLE
    assert article.lead.startswith("Сорок семей справили новоселье")


def image_feed(server, image_path):
    return server.fixture("rss2.xml").replace(b"/images/field.png", image_path.encode())


def test_an_image_url_returning_html_leaves_the_article_without_image(server, make_source, section):
    server.add("/rss.xml", image_feed(server, "/images/page.html"))
    server.add(
        "/images/page.html",
        b"<html><body>Not found</body></html>",
        headers={"Content-Type": "image/png"},
    )

    run = run_import(make_source())

    assert (run.status, run.created, run.errors) == ("succeeded", 3, 0)
    article = NewsArticlePage.objects.child_of(section).get(
        title="В республике завершился сев озимых"
    )
    assert article.image is None
    assert any("/images/page.html is not a readable image" in m for m in run.messages)


# 20,000 x 20,000 is refused by Pillow's own bomb check from the header; 9,000 x 9,000 is
# under Pillow's threshold and refused by ours (Wagtail's WAGTAILIMAGES_MAX_IMAGE_PIXELS).
@pytest.mark.parametrize("side", [20_000, 9_000])
def test_an_image_with_too_many_pixels_is_refused(side, server, make_source, section):
    from wagtail.images import get_image_model

    huge = huge_png_bytes(side, side)
    assert len(huge) < 200_000  # small on the wire: only its header tells
    server.add("/rss.xml", image_feed(server, "/images/huge.png"))
    server.add("/images/huge.png", huge, headers={"Content-Type": "image/png"})
    images_before = get_image_model().objects.count()

    run = run_import(make_source())

    assert (run.status, run.created) == ("succeeded", 3)
    [message] = [m for m in run.messages if "/images/huge.png" in m]
    assert "more than the limit of 64000000" in message
    assert get_image_model().objects.count() == images_before
    article = NewsArticlePage.objects.child_of(section).get(
        title="В республике завершился сев озимых"
    )
    assert article.image is None
