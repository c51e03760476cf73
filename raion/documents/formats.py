"""The file formats a document may have, and how a link names a file's format and size
("PDF, 240 KB"), as accessibility guidance asks of links to files."""

import os

from django.utils.formats import number_format
from django.utils.translation import gettext as _

# Extension -> (what the link calls it, the magic bytes the content starts with).
FORMATS = {
    "pdf": ("PDF", b"%PDF-"),
    "docx": ("DOCX", b"PK\x03\x04"),
    "odt": ("ODT", b"PK\x03\x04"),
}


def format_of(name: str) -> str:
    """ "pdf", "docx" or "odt" for a file name with that extension, else ""."""
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    return extension if extension in FORMATS else ""


def human_size(size: int) -> str:
    """A size in the active language: "240 KB", "1,5 MB"."""
    if size < 1024 * 1024:
        return _("%(size)s KB") % {"size": max(1, round(size / 1024))}
    return _("%(size)s MB") % {"size": number_format(round(size / 1024 / 1024, 1), 1)}


def describe(file_format: str, size: int) -> str:
    label = FORMATS.get(file_format, (file_format.upper(),))[0]
    return f"{label}, {human_size(size)}"
