"""Backups and restores of an installation on SQLite (the PostgreSQL round trip, with
every page rendered, is tests/integration/test_backup.py)."""

import datetime
import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from django.db import connection
from django.utils import translation

from raion.backup import archive
from tests.installation import embedded_installation, manage_command
from tests.tools import ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _messages_in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    files = {"original_images/a.png": b"\x89PNG one", "documents/report.pdf": b"%PDF two"}
    for name, content in files.items():
        (settings.MEDIA_ROOT / name).parent.mkdir(parents=True, exist_ok=True)
        (settings.MEDIA_ROOT / name).write_bytes(content)
    return settings.MEDIA_ROOT


def hashes(directory):
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in Path(directory).rglob("*")
        if p.is_file()
    }


def test_a_backup_holds_the_database_and_every_media_file_with_checksums(tmp_path, media):
    backup = archive.create(tmp_path / "backups")

    manifest = archive.verify(backup)
    assert backup.name.startswith("raion-")
    assert manifest["media"] == hashes(media)
    if connection.vendor == "sqlite":
        assert set(manifest["files"]) == {"database.sqlite3", "media.tar"}
        with sqlite3.connect(backup / "database.sqlite3") as copy:
            pages = copy.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0]
        assert pages > 10
    else:
        assert set(manifest["files"]) == {"database.dump", "media.tar"}
        listing = subprocess.run(
            [shutil.which("pg_restore"), "--list", str(backup / "database.dump")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert "TABLE DATA public wagtailcore_page" in listing
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [backup.name]  # no leftovers


def test_a_damaged_backup_is_refused_before_anything_is_touched(tmp_path, media):
    backup = archive.create(tmp_path / "backups")
    before = hashes(media)
    with open(backup / "media.tar", "r+b") as tar:
        tar.seek(600)
        tar.write(b"X")

    with pytest.raises(archive.BackupError, match=r"media\.tar is missing or damaged"):
        archive.restore(backup, replace=True)
    assert hashes(media) == before


def test_a_database_with_content_is_not_replaced_unless_asked(tmp_path, media):
    backup = archive.create(tmp_path / "backups")
    with pytest.raises(archive.BackupError, match="The database is not empty"):
        archive.restore(backup)


def test_retention_keeps_the_newest_backups(tmp_path, media):
    start = datetime.datetime(2026, 12, 1, 2, 0, tzinfo=datetime.UTC)
    made = [archive.create(tmp_path, start + datetime.timedelta(days=n)) for n in range(4)]

    deleted = archive.prune(tmp_path, keep=2)

    assert deleted == made[:2]
    assert archive.backups(tmp_path) == made[2:]
    with pytest.raises(archive.BackupError):
        archive.prune(tmp_path, keep=0)


def test_backup_and_restore_commands_bring_an_installation_back(tmp_path, settings):
    """An installation of its own (a copy of the test database, its media), backed up,
    destroyed and restored by the management commands, as docs/deploy.md's drill does."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite installations; PostgreSQL: tests/integration/test_backup.py")
    database, media = tmp_path / "db.sqlite3", tmp_path / "media"
    env = embedded_installation(tmp_path)
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "photo.jpg").write_bytes(os.urandom(5000))

    def manage(*args):
        return subprocess.run(
            manage_command(*args),
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def content():
        with sqlite3.connect(database) as db:
            return list(db.iterdump())

    before_db, before_media = content(), hashes(media)
    backup = manage("backup", "--to", str(tmp_path / "backups")).strip()

    database.unlink()
    for leftover in tmp_path.glob("db.sqlite3-*"):
        leftover.unlink()
    (media / "original_images" / "photo.jpg").unlink()
    assert "restored" in manage("restore_backup", backup)

    assert content() == before_db
    assert hashes(media) == before_media
