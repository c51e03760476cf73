"""Checking an uploaded document file before anything is stored: its size against the
configured limit, its extension, that its content is of that format (magic bytes), and
for what a parser would choke on (encryption, page-count and nesting bombs, zip bombs)
a look by `probe` in a confined child process. A refused file is a form error and a
warning in the log, which the operator reads."""

import logging
import tempfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from . import formats, sandbox

logger = logging.getLogger(__name__)

REASONS = {
    "encrypted": _("The file is encrypted or password-protected. Upload it without a password."),
    "pages": _("The file has too many pages."),
    "nesting": _("The file's structure is nested too deeply to be read safely."),
    "bomb": _("The file unpacks to far more than its size: it cannot be read safely."),
    "mismatch": _("The file's content does not match its extension."),
    "damaged": _("The file is damaged and cannot be read."),
    "memory": _("The file could not be checked within the time and memory allowed."),
}


def refuse(upload, code):
    logger.warning("Document upload %r refused: %s", getattr(upload, "name", ""), code)
    raise ValidationError(REASONS.get(code, REASONS["damaged"]), code=code)


def validate_upload(value):
    """The model field's validator; files already stored are not checked again."""
    if isinstance(value, FieldFile) and value._committed:
        return
    upload = value.file if isinstance(value, FieldFile) else value
    if upload.size > settings.RAION_DOCUMENT_MAX_BYTES:
        logger.warning("Document upload %r refused: %s bytes", upload.name, upload.size)
        raise ValidationError(
            _("The file is larger than %(limit)s.")
            % {"limit": filesizeformat(settings.RAION_DOCUMENT_MAX_BYTES)},
            code="size",
        )
    file_format = formats.format_of(upload.name)
    if not file_format:
        raise ValidationError(_("Upload a PDF, DOCX or ODT file."), code="extension")
    upload.seek(0)
    if upload.read(8)[: len(formats.FORMATS[file_format][1])] != formats.FORMATS[file_format][1]:
        refuse(upload, "mismatch")
    upload.seek(0)
    with tempfile.NamedTemporaryFile(suffix=f".{file_format}") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            answer = sandbox.run(
                "inspect", file_format, copy.name, settings.RAION_DOCUMENT_CHECK_SECONDS
            )
        except sandbox.SandboxError as error:
            logger.warning("Document upload %r not checked: %s", upload.name, error)
            answer = {"error": "memory"}
    upload.seek(0)
    if "error" in answer:
        refuse(upload, answer["error"])
