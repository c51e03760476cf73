"""Extracting the text of a stored document file for search, in the worker.

The file is copied out of storage (which may be remote) and read by `probe` in a
confined child process. Whatever happens, the outcome is recorded on the file: its text,
or "failed" and why, which the operator sees in the documents' admin and in the log. A
failed extraction never touches the document or the upload.
"""

import logging
import os
import tempfile

from django.conf import settings

from . import sandbox
from .models import DocumentFile

logger = logging.getLogger(__name__)


def extract_file_text(file_id: int) -> str | None:
    """Extract and store the text of DocumentFile `file_id`; its new extraction status."""
    stored = DocumentFile.objects.filter(pk=file_id).first()
    if stored is None:
        return None  # deleted since it was queued
    try:
        answer = _probe(stored)
    except (sandbox.SandboxError, OSError) as error:
        answer = {"error": "limits", "detail": str(error)}
    if "error" in answer:
        stored.text = ""
        stored.extraction = DocumentFile.Extraction.FAILED
        stored.extraction_error = " ".join(
            part for part in (answer["error"], answer.get("detail", "")) if part
        )
        logger.warning(
            "Text of document file %s not extracted: %s", file_id, stored.extraction_error
        )
    else:
        stored.text = answer["text"].replace("\x00", "").strip()
        stored.extraction = DocumentFile.Extraction.DONE
        stored.extraction_error = ""
    # Only these fields: an editor may have saved the document meanwhile.
    DocumentFile.objects.filter(pk=file_id).update(
        text=stored.text, extraction=stored.extraction, extraction_error=stored.extraction_error
    )
    return stored.extraction


def _probe(stored):
    suffix = os.path.splitext(stored.file.name)[1]
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        with stored.file.open("rb") as source:
            for chunk in source.chunks():
                copy.write(chunk)
        copy.flush()
        return sandbox.run(
            "extract", stored.format, copy.name, settings.RAION_DOCUMENT_EXTRACT_SECONDS
        )
