"""Queue the extraction of a file's text when a new file is stored (after the commit, so
the worker finds it)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save

from .models import DocumentFile
from .tasks import extract_text


def _on_file_saved(instance, **_kwargs):
    if instance.extraction == DocumentFile.Extraction.PENDING:
        transaction.on_commit(partial(extract_text.enqueue, instance.pk))


def connect():
    post_save.connect(_on_file_saved, sender=DocumentFile, dispatch_uid="raion-document-text")
