"""Backups of an installation, and their restore: the database and the media files.

A backup is a directory named after its UTC time, made under a hidden name and renamed
only once complete, so a half-made backup is never taken for one:

    raion-20261203T021700Z/
        database.dump       PostgreSQL: pg_dump's custom format
        database.sqlite3    or SQLite: the online backup API's copy
        media.tar           every file of MEDIA_ROOT
        manifest.json       SHA-256 of both, and of every media file

PostgreSQL is dumped with pg_dump, which reads one snapshot in one transaction: the dump
is consistent while the sites keep serving and editors keep publishing. (A base backup
with WAL archiving would also restore to any moment, but needs a WAL archive beside the
server; a site whose content changes a few times an hour needs no more than nightly
snapshots, restorable on any PostgreSQL of the same or a later major version.) Media
files are archived after the dump: a file is only ever added before the row that names
it commits, so every file the dump names is there.

A restore verifies every checksum before it touches anything, refuses a database or
media directory that is not empty unless told to replace them, and makes every cached
fragment stale afterwards.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils.translation import gettext as _

from raion.network import content_version

FORMAT = 1
PREFIX = "raion-"
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """Why a backup or a restore cannot be made, worded for the administrator."""


def create(directory, now=None):
    """Back the installation up into a new directory under `directory`; return its path."""
    now = now or datetime.datetime.now(datetime.UTC)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / f"{PREFIX}{now:%Y%m%dT%H%M%SZ}"
    if final.exists():
        raise BackupError(_("%(path)s already exists.") % {"path": final})
    partial = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=directory))
    try:
        database_file = partial / DATABASE_FILES[_engine()]
        _dump_database(database_file)
        media_files = _archive_media(partial / MEDIA_ARCHIVE)
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(),
            "engine": _engine(),
            "migrations": sorted(
                f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
            ),
            "files": {
                database_file.name: _sha256(database_file),
                MEDIA_ARCHIVE: _sha256(partial / MEDIA_ARCHIVE),
            },
            "media": media_files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        partial.chmod(0o700)
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def backups(directory):
    """Complete backups under `directory`, oldest first."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob(f"{PREFIX}*") if (p / MANIFEST).is_file())


def prune(directory, keep):
    """Delete all but the newest `keep` backups; return the deleted ones."""
    if keep < 1:
        raise BackupError(_("At least one backup must be kept."))
    old = backups(directory)[:-keep]
    for backup in old:
        shutil.rmtree(backup)
    return old


def verify(backup):
    """The backup's manifest, once every file matches its checksum."""
    backup = Path(backup)
    try:
        manifest = json.loads((backup / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(
            _("%(path)s is not a backup: %(error)s") % {"path": backup, "error": error}
        ) from error
    if manifest.get("format") != FORMAT:
        raise BackupError(_("%(path)s is in an unknown format.") % {"path": backup})
    for name, checksum in manifest["files"].items():
        if not (backup / name).is_file() or _sha256(backup / name) != checksum:
            raise BackupError(_("%(file)s is missing or damaged.") % {"file": backup / name})
    return manifest


def restore(backup, *, replace=False):
    """Restore the database and the media files of `backup` into this installation."""
    backup = Path(backup)
    manifest = verify(backup)
    if manifest["engine"] != _engine():
        raise BackupError(
            _("The backup is of a %(theirs)s database, this installation uses %(ours)s.")
            % {"theirs": manifest["engine"], "ours": _engine()}
        )
    media_root = _media_root()
    if not replace:
        if connection.introspection.table_names():
            raise BackupError(_("The database is not empty; restore with --replace to replace it."))
        if media_root.exists() and any(p.is_file() for p in media_root.rglob("*")):
            raise BackupError(
                _("%(path)s is not empty; restore with --replace to replace it.")
                % {"path": media_root}
            )
    _restore_database(backup / DATABASE_FILES[manifest["engine"]])
    _restore_media(backup / MEDIA_ARCHIVE, manifest["media"], media_root)
    content_version.bump()  # fragments cached before the restore show other content


# Database.


def _engine():
    return "sqlite" if connection.vendor == "sqlite" else connection.vendor


def _pg_environment():
    params = connection.settings_dict
    variables = {
        "PGHOST": params.get("HOST"),
        "PGPORT": params.get("PORT"),
        "PGUSER": params.get("USER"),
        "PGPASSWORD": params.get("PASSWORD"),
        "PGDATABASE": params.get("NAME"),
    }
    return {**os.environ, **{k: str(v) for k, v in variables.items() if v}}


def _run(argv):
    try:
        subprocess.run(argv, env=_pg_environment(), check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(_("%(program)s is not installed.") % {"program": argv[0]}) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{argv[0]}: {error.stderr.strip()[-2000:]}") from error


def _dump_database(target):
    if _engine() == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"])
    elif _engine() == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        raise BackupError(_("Backups of %(engine)s are not supported.") % {"engine": _engine()})


def _restore_database(source):
    connection.close()
    if _engine() == "postgresql":
        # An emptied schema, then the dump in one transaction: all of it or nothing.
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
        connection.close()
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={connection.settings_dict['NAME']}",
                str(source),
            ]
        )
    else:
        name = Path(connection.settings_dict["NAME"])
        copy = name.with_name(f".{name.name}.restoring")
        shutil.copyfile(source, copy)
        for leftover in (f"{name}-wal", f"{name}-shm"):
            Path(leftover).unlink(missing_ok=True)
        os.replace(copy, name)


# Media.


def _media_root():
    if not isinstance(default_storage, FileSystemStorage):
        raise BackupError(
            _("Media files are on object storage: back them up with its own versioning.")
        )
    return Path(settings.MEDIA_ROOT)


def _archive_media(target):
    """Write MEDIA_ROOT into the tar `target`; return {relative path: SHA-256}."""
    root = _media_root()
    checksums = {}
    with tarfile.open(target, "w") as archive:
        for path in sorted(root.rglob("*")) if root.exists() else []:
            if path.is_file() and not path.is_symlink():
                relative = path.relative_to(root).as_posix()
                data = path.read_bytes()
                checksums[relative] = hashlib.sha256(data).hexdigest()
                info = archive.gettarinfo(str(path), arcname=relative)
                archive.addfile(info, io.BytesIO(data))
    return checksums


def _restore_media(source, checksums, media_root):
    """Unpack into a new directory beside MEDIA_ROOT, check every file, then swap it in."""
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(
        tempfile.mkdtemp(prefix=f".{media_root.name}.restoring.", dir=media_root.parent)
    )
    try:
        with tarfile.open(source) as archive:
            archive.extractall(unpacked, filter="data")  # no absolute paths, links or ../
        found = {
            p.relative_to(unpacked).as_posix(): _sha256(p)
            for p in unpacked.rglob("*")
            if p.is_file()
        }
        if found != checksums:
            raise BackupError(_("The media archive does not match its manifest."))
        unpacked.chmod(0o755)
        old = media_root.with_name(f".{media_root.name}.replaced")
        if media_root.exists():
            shutil.rmtree(old, ignore_errors=True)
            media_root.rename(old)
        unpacked.rename(media_root)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(unpacked, ignore_errors=True)
        raise


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
