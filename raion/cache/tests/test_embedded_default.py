"""The embedded default (`make run`) shares its cache between processes: an article
published by another process (`import_feeds`, any management command) shows on the
running server's pages at once, its home page, listing and archive months included.

The server is Django's development server, as `make run` starts it, with the embedded
settings (raion.settings.dev) on a copy of the test database. The embedded default is
SQLite, so this runs in the SQLite pass; the PostgreSQL pass skips it.
"""

import datetime
import socket
import subprocess
import time

import pytest
import requests
from django.db import connection

from raion.core.dates import format_month
from tests.installation import embedded_installation, manage_command
from tests.tools import ROOT

pytestmark = pytest.mark.django_db


PUBLISH = """
import datetime
from raion.news.models import NewsArticlePage, NewsIndexPage
section = NewsIndexPage.objects.get(pk={section})
for title, date in {articles!r}:
    article = NewsArticlePage(title=title, slug=title.lower().replace(" ", "-"),
        date=datetime.date.fromisoformat(date), lead="Published by another process.")
    section.add_child(instance=article)
    article.save_revision().publish()
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def installation(tmp_path):
    """An embedded installation in tmp_path: its settings module, database and cache."""
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default is SQLite: this runs in the SQLite pass")
    return embedded_installation(tmp_path)


@pytest.fixture
def server(installation):
    port = free_port()
    process = subprocess.Popen(
        manage_command("runserver", f"127.0.0.1:{port}", "--noreload"),
        cwd=ROOT,
        env=installation,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(base + "/healthz", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("the development server did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_an_article_published_by_another_process_shows_on_the_running_server(
    installation, server, demo
):
    home, section = (
        demo.homes["ru"].relative_url(demo.site),
        demo.district["ru"].relative_url(demo.site),
    )
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    new_month = datetime.date(2001, 2, 14)
    articles = [
        ("Embedded fresh news", tomorrow.isoformat()),
        ("Embedded old news", new_month.isoformat()),
    ]
    month_name = format_month(new_month.year, new_month.month, "ru")

    def pages():
        return {url: requests.get(server + url, timeout=30).text for url in (home, section)}

    before = pages()
    assert pages() == before  # rendered from the warm cache from now on
    assert "Embedded fresh news" not in before[home]
    assert month_name not in before[section]

    subprocess.run(
        manage_command(
            "shell",
            "--no-imports",
            "-c",
            PUBLISH.format(section=demo.district["ru"].pk, articles=articles),
        ),
        cwd=ROOT,
        env=installation,
        check=True,
        capture_output=True,
    )

    after = pages()
    assert "Embedded fresh news" in after[home]
    assert "Embedded fresh news" in after[section]
    assert month_name in after[section]  # the cached archive months are current too
