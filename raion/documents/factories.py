"""Documents for tests: rows in a site's language, with a file or without."""

import datetime

from django.core.files.base import ContentFile
from wagtail.models import Locale

from .models import DocumentFile, OfficialDocument


def make_document(site, language="ru", *, title="Decision", file=None, **fields):
    """A document of `site` in `language`; `file` is (name, bytes), stored as given
    (tests of the upload checks go through the form instead)."""
    fields.setdefault("kind", OfficialDocument.Kind.DECISION)
    fields.setdefault("number", "1")
    fields.setdefault("adopted", datetime.date(2026, 3, 2))
    document = OfficialDocument.objects.create(
        site=site, locale=Locale.objects.get(language_code=language), title=title, **fields
    )
    if file is not None:
        name, content = file
        DocumentFile.objects.create(document=document, file=ContentFile(content, name=name))
    return document
