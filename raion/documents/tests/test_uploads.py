"""Hostile uploads get a clear error and nothing is stored."""

import os

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from ..models import DocumentFile, OfficialDocument
from ..validation import REASONS, validate_upload
from . import files

pytestmark = pytest.mark.django_db


def refusal(name, content):
    with pytest.raises(ValidationError) as caught:
        validate_upload(SimpleUploadedFile(name, content))
    return caught.value.code


@pytest.mark.parametrize(
    "name, build",
    [("decision.pdf", files.pdf), ("order.docx", files.docx_file), ("plan.odt", files.odt_file)],
)
def test_good_files_pass(name, build):
    validate_upload(SimpleUploadedFile(name, build()))


@pytest.mark.parametrize(
    "name, build, code",
    [
        ("word.pdf", files.docx_file, "mismatch"),
        ("pdf.docx", files.pdf, "mismatch"),
        ("pdf.odt", files.pdf, "mismatch"),
        ("docx.odt", files.docx_file, "mismatch"),
        ("odt.docx", files.odt_file, "mismatch"),
        ("secret.pdf", files.encrypted_pdf, "encrypted"),
        ("billion-pages.pdf", files.page_count_bomb, "pages"),
        ("nested.pdf", files.nesting_bomb, "nesting"),
        ("zeros.docx", files.zip_bomb_docx, "bomb"),
        ("notes.txt", lambda: b"plain text", "extension"),
    ],
)
def test_hostile_files_are_refused(name, build, code):
    assert refusal(name, build()) == code


def test_more_real_pages_than_allowed_are_refused(settings):
    settings.RAION_DOCUMENT_MAX_PAGES = 3
    assert refusal("long.pdf", files.pdf(pages=5)) == "pages"
    validate_upload(SimpleUploadedFile("short.pdf", files.pdf(pages=3)))


def test_a_100_mb_file_is_refused_against_the_limit(settings):
    settings.RAION_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
    size = 100 * 1024 * 1024
    upload = TemporaryUploadedFile("huge.pdf", "application/pdf", size, None)
    upload.write(b"%PDF-1.4\n")
    upload.file.truncate(size)  # sparse: no 100 MB written to disk
    with pytest.raises(ValidationError) as caught:
        validate_upload(upload)
    assert caught.value.code == "size"
    assert "20" in caught.value.messages[0]
    upload.close()


def form_data(site, file_name, content):
    return {
        "site": site.pk,
        "kind": "decision",
        "number": "12",
        "adopted": "2026-03-02",
        "title": "Uploaded decision",
        "summary": "",
        "status": "in_force",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-file": SimpleUploadedFile(file_name, content),
        "files-0-label": "",
        "files-0-ORDER": "1",
        "files-0-id": "",
        "files-0-DELETE": "",
        "relations-TOTAL_FORMS": "0",
        "relations-INITIAL_FORMS": "0",
        "relations-MIN_NUM_FORMS": "0",
        "relations-MAX_NUM_FORMS": "1000",
    }


def add_url():
    return reverse(OfficialDocument.snippet_viewset.get_url_name("add")) + "?locale=ru"


def stored_files(media_root):
    return [name for _dir, _dirs, names in os.walk(media_root) for name in names]


def test_a_hostile_upload_in_the_admin_is_a_form_error_and_nothing_is_stored(
    client, districts, settings, django_capture_on_commit_callbacks
):
    client.force_login(districts.editor)
    before = stored_files(settings.MEDIA_ROOT)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            add_url(), form_data(districts.a.site, "secret.pdf", files.encrypted_pdf())
        )
    assert response.status_code == 200
    with translation.override("ru"):  # the admin speaks the installation's language
        message = str(REASONS["encrypted"])
    assert escape(message) in response.content.decode()
    assert not OfficialDocument.objects.filter(title="Uploaded decision").exists()
    assert stored_files(settings.MEDIA_ROOT) == before


def test_a_good_upload_in_the_admin_is_stored_and_its_text_extracted(
    client, districts, django_capture_on_commit_callbacks
):
    client.force_login(districts.editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            add_url(), form_data(districts.a.site, "decision.pdf", files.pdf("Bridge repair"))
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    stored = DocumentFile.objects.get(document__title="Uploaded decision")
    assert (stored.format, stored.size > 0) == ("pdf", True)
    assert stored.extraction == DocumentFile.Extraction.DONE
    assert "Bridge repair" in stored.text
