"""A real HTTP server on 127.0.0.1 playing news agencies, good and bad, and sources
pointed at it (explicitly allowed to reach 127.0.0.1)."""

import contextlib
import io
import struct
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import PIL.Image
import pytest
from django.utils import translation

from raion.news.models import NewsIndexPage
from raion.syndication.models import FeedSource

FIXTURES = Path(__file__).parent / "fixtures"
# Fixture feeds name this host; the server puts its own address in its place.
FIXTURE_HOST = b"http://feed.test"


class FeedServer:
    def __init__(self):
        self.routes = {}
        self.requests = []
        self.release = threading.Event()  # what a deliberately slow answer waits for
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    return self.send_error(404)
                # The client hangs up on oversized answers, as it should.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return self.base + path

    def add(self, path, body=b"", status=200, headers=None):
        """Answer GET `path` with a fixed response."""
        headers = {"Content-Type": "application/rss+xml", **(headers or {})}

        def respond(handler):
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = respond

    def add_fixture(self, path, name, **kwargs):
        self.add(path, self.fixture(name), **kwargs)

    def fixture(self, name):
        return (FIXTURES / name).read_bytes().replace(FIXTURE_HOST, self.base.encode())

    def stop(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(autouse=True)
def _messages_in_english():
    """Runs record their messages in the active language; the tests read them in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def server():
    feed_server = FeedServer()
    yield feed_server
    feed_server.stop()


@pytest.fixture
def section(demo):
    """An empty news section of the demo site, in Russian."""
    section = NewsIndexPage(title="Новости агентства", slug="agency-test")
    demo.republic["ru"].add_child(instance=section)
    section.save_revision().publish()
    return section


@pytest.fixture
def make_source(demo, section, server):
    def make(path="/rss.xml", **fields):
        fields = {
            "site": demo.site,
            "name": "Агентство",
            "url": server.url(path),
            "target": section,
            "allowed_networks": "127.0.0.1",
            "policy": FeedSource.Policy.LIVE,
            "timeout": 5,
            # The fixture feeds' dates stay plausible for years (raion.syndication.dates).
            "oldest_item_days": 36_500,
            **fields,
        }
        return FeedSource.objects.create(**fields)

    return make


def png_bytes(width=64, height=48, color=(200, 30, 30)):
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def huge_png_bytes(width, height):
    """A valid PNG of width x height black pixels that is only a few kilobytes on the wire."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" + bytes((width + 7) // 8)  # filter byte + one bit per pixel
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
