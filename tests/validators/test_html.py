"""The HTML of every public page type passes the Nu HTML checker with no errors, on the
demo's first site and on a provisioned district."""

import json
import subprocess

import pytest

from tests.pages import page_type_urls
from tests.tools import VNU_JAR, require_command, require_file

pytestmark = [pytest.mark.django_db, pytest.mark.validator]


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_page_type_is_valid_html(site_client, site_pages, tmp_path, language):
    java = require_command("java", "a Java runtime runs the Nu HTML checker")
    vnu = require_file(VNU_JAR, "npm ci installs vnu-jar")
    files = {}
    for name, url in page_type_urls(site_pages, language).items():
        response = site_client.get(url)
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(response.content)
        files[str(path)] = f"{name} {url}"
    result = subprocess.run(
        [java, "-jar", str(vnu), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert errors == [], "\n".join(errors)
