"""A real HTTP server for browser tests, serving the test database's demo site."""

import os

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread


@pytest.fixture(scope="session")
def site_server(django_db_setup):
    """Base URL of the demo site served over HTTP on 127.0.0.1.

    Unlike pytest-django's live_server this does not flush the database after each
    test, so the demo built once per session stays in place. Tests that use it take the
    `demo` (or `db`) fixture, which lets the server thread reach the database. It depends
    on `django_db_setup` so that it stops before the test database is dropped.
    """
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture
def site_url(site_server, site_host):
    """Base URL of the site on `site_host`, served by the same server: a browser takes
    every *.localhost name for this machine."""
    return site_server.replace("127.0.0.1", site_host)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from tests.tools import require_chromium

    executable = require_chromium()
    # Playwright's sync API keeps an event loop running in this thread, which makes
    # Django refuse database access from the test code; the tests themselves are sync.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def page_without_javascript(browser):
    """A page of a browser with JavaScript turned off, as some readers have it."""
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()
