"""A stand-in for nginx's refresh listener: a real HTTP server started by the test."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings


class Received(list):
    """(Host, path) of each GET, in order; `requests` has (method, path) of every request,
    `deletion_hosts` the Host of every DELETE."""

    def __init__(self):
        super().__init__()
        self.requests = []
        self.deletion_hosts = set()


@pytest.fixture
def refresh_listener():
    """An HTTP server standing in for nginx's refresh listener, recording what it receives."""
    received = Received()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            received.append((self.headers["Host"], self.path))
            received.requests.append(("GET", self.path))
            self.send_response(200)
            self.end_headers()

        def do_DELETE(self):
            received.requests.append(("DELETE", self.path))
            received.deletion_hosts.add(self.headers["Host"])
            self.send_response(404)  # as nginx answers for a page file it does not have
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "nginx": {
            "BACKEND": "raion.cache.frontend.NginxRefreshBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backend, WAGTAILFRONTENDCACHE_LANGUAGES=[]):
        yield received
    server.shutdown()
    server.server_close()
