"""The restore drill of docs/deploy.md on PostgreSQL: an installation with a demo
district is backed up, its database and media are destroyed, the backup is restored, and
every live page of every site renders the same HTML as before and every media file has
the same SHA-256.

The installation is this test's own (a copy of the integration topology's database, media
and static files, with no server processes): destroying it leaves the topology alone.
Pages are rendered by the application without any cache (no Redis), so each one comes
from the restored database.
"""

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from .conftest import restore_drill_installation

RENDER = """
import hashlib, json
from urllib.parse import urlsplit
from django.conf import settings
from django.test import Client
from wagtail.models import Page, Site
settings.ALLOWED_HOSTS = ["*"]  # every site of the network, whatever its hostname
client, rendered = Client(), {}
targets = [(s.hostname, s.port, "/sitemap.xml") for s in Site.objects.all()]
for page in Page.objects.live().filter(depth__gt=1).specific():
    parts = page.get_url_parts()
    if parts:
        root = urlsplit(parts[1])
        targets.append((root.hostname, root.port or 80, parts[2]))
for host, port, path in targets:
    response = client.get(path, HTTP_HOST=f"{host}:{port}", secure=True)
    rendered[f"{host}:{port}{path}"] = [response.status_code, response.content.decode()]
print(json.dumps(rendered))
"""


@pytest.fixture
def installation(topology):
    """A copy of the integration topology's installation (one demo district, in its three
    languages: every kind of page and media file), made before the topology served."""
    local = restore_drill_installation()
    yield local
    shutil.rmtree(local.path(), ignore_errors=True)


def render_every_page(local) -> dict:
    output = local.manage("shell", "--no-imports", "-c", RENDER, refresh_cache=False).stdout
    return json.loads(output.strip().splitlines()[-1])


def media_hashes(local) -> dict:
    root = local.path("media")
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_a_restored_backup_renders_every_page_and_holds_every_media_file(installation):
    pages_before = render_every_page(installation)  # also makes the pages' renditions
    media_before = media_hashes(installation)
    assert len(pages_before) > 50
    assert {status for status, _html in pages_before.values()} == {200}
    assert any(name.startswith("original_images/") for name in media_before)

    backup = Path(
        installation.manage(
            "backup", "--to", str(installation.path("backups")), refresh_cache=False
        ).stdout.strip()
    )
    assert (backup / "database.dump").is_file()

    # The disaster: an empty database of the same name, no media.
    installation.create_database(fresh=True)
    shutil.rmtree(installation.path("media"))
    assert installation.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]

    installation.manage("restore_backup", str(backup), refresh_cache=False)

    assert media_hashes(installation) == media_before
    pages_after = render_every_page(installation)
    assert pages_after.keys() == pages_before.keys()
    different = [url for url in pages_before if pages_after[url] != pages_before[url]]
    assert different == []
