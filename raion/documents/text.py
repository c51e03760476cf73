"""What search indexes read of a document."""

from django.db.models import Prefetch

from .models import DocumentFile


def document_text(document) -> str:
    """The title, number, summary and the extracted text of every file of `document`,
    one block a line: what a search index stores for it."""
    parts = [document.title, document.number, document.summary]
    parts += [file.text for file in document.files.all()]
    return "\n".join(part for part in parts if part)


def with_text(documents):
    """`documents` (a queryset) with what `document_text` reads prefetched."""
    return documents.prefetch_related(
        Prefetch("files", queryset=DocumentFile.objects.only("document_id", "text", "sort_order"))
    )
