# ruff: noqa: RUF001 -- the texts are Cyrillic (ru, be) on purpose
"""The demo's official documents for a district: thirty per site in ru, be and en, the ru
and be versions each with a small PDF drawn here with fpdf2.

fpdf2's built-in fonts have no Cyrillic, and a production host need not have any font
installed, so the demo carries its own: DejaVu Sans (free licence, `fonts/LICENSE-DejaVu.txt`)
cut down to the Latin and Cyrillic letters, 33 KB instead of 740, which also makes every
PDF quicker to write. A PDF is written once: a later build finds it in the media storage.
The text is known here, so it is stored with the file rather than extracted again.
"""

import datetime
import hashlib
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from fpdf import FPDF

from raion.core import dates
from raion.documents.models import DocumentFile, DocumentRelation, OfficialDocument

from .content.documents import (
    DOCUMENT_BODY,
    DOCUMENT_SUBJECTS,
    DOCUMENT_SUMMARY,
    DOCUMENT_YEARS,
)

FONT = Path(__file__).parent / "fonts" / "DejaVuSans-subset.ttf"
KIND_NAMES = {
    "ru": {
        "decision": "Решение",
        "order": "Распоряжение председателя",
        "regulation": "Положение",
        "plan": "План",
        "report": "Отчёт",
    },
    "be": {
        "decision": "Рашэнне",
        "order": "Распараджэнне старшыні",
        "regulation": "Палажэнне",
        "plan": "План",
        "report": "Справаздача",
    },
}


def build_documents(content, site, locales):
    """Thirty documents of `site` (from its `SiteContent`), made only when missing."""
    if OfficialDocument.objects.filter(site=site).exists():
        return
    made = {}
    for index, (kind, titles) in enumerate(DOCUMENT_SUBJECTS):
        for year in DOCUMENT_YEARS:
            adopted = datetime.date(year, 1 + (index * 5) % 11, 1 + (index * 7) % 27)
            number = f"{index * 10 + year % 100}" + ("-р" if kind == "order" else "")
            versions = {}
            for language, locale in locales.items():
                versions[language] = document = OfficialDocument(
                    site=site,
                    locale=locale,
                    kind=kind,
                    number=number,
                    adopted=adopted,
                    title=titles[language].format(year=year, next=year + 1),
                    summary=DOCUMENT_SUMMARY[language],
                )
                if "ru" in versions and language != "ru":
                    document.translation_key = versions["ru"].translation_key
                document.save()
                if language in KIND_NAMES:
                    attach_pdf(document, content.identity[language]["full_name"], language)
            made[(index, year)] = versions
    link_new_editions(made)


def link_new_editions(made):
    """A regulation's second edition lapses (or amends) its first, in every language."""
    first, second = DOCUMENT_YEARS
    regulations = [
        index for index, (kind, _) in enumerate(DOCUMENT_SUBJECTS) if kind == "regulation"
    ]
    for step, index in enumerate(regulations):
        relation = "amends" if step % 2 else "lapses"
        status = "amended" if step % 2 else "lapsed"
        for language, newer in made[(index, second)].items():
            older = made[(index, first)][language]
            DocumentRelation.objects.create(document=newer, kind=relation, target=older)
            OfficialDocument.objects.filter(pk=older.pk).update(status=status)


def attach_pdf(document, body_name, language):
    heading = f"{KIND_NAMES[language][document.kind]} № {document.number}"
    with_date = f"{heading}, {dates.format_date(document.adopted, language)}"
    text = "\n".join([body_name, with_date, document.title, DOCUMENT_BODY[language]])
    # Named after its text, so a file found in the storage is always this text's.
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    name = f"documents/{document.site_id}/demo-{document.adopted:%Y}-{digest}.pdf"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(pdf_of(text)))
    # Stored as written: the upload checks and the extraction are for editors' files.
    DocumentFile(
        document=document,
        file=name,
        format="pdf",
        size=default_storage.size(name),
        text=text,
        extraction=DocumentFile.Extraction.DONE,
    ).save()


def pdf_of(text):
    pdf = FPDF(format="A4")
    pdf.set_title(text.splitlines()[2])
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 7, text=text.replace("\n", "\n\n"))
    return bytes(pdf.output())
