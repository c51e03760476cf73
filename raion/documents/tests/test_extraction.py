"""Text extraction: every format, in a child process within limits; a failure is
recorded on the file and never loses the document."""

import pytest
from django.core.files.base import ContentFile

from raion.compliance.registry import PASSED, get_check, run_check

from ..extraction import extract_file_text
from ..factories import make_document
from ..models import DocumentFile
from ..text import document_text
from . import files

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(districts):
    return districts.a.site


def stored(site, name, content):
    document = make_document(site, title="Extraction", summary="Summary words")
    # Stored without the upload checks: what extraction meets if a file is damaged later.
    return DocumentFile.objects.create(document=document, file=ContentFile(content, name=name))


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("a.pdf", files.pdf("Road repair plan"), "Road repair plan"),
        ("a.docx", files.docx_file("Harvest order"), "Harvest order"),
        ("a.odt", files.odt_file("Sports events"), "Sports events"),
    ],
)
def test_text_is_extracted_and_searchable(site, name, content, words):
    file = stored(site, name, content)
    assert extract_file_text(file.pk) == DocumentFile.Extraction.DONE
    text = document_text(file.document)
    assert words in text
    assert "Summary words" in text


def test_a_file_without_a_text_layer_is_a_compliance_finding(site):
    check = get_check("document-text")
    assert run_check(check, site)["status"] == PASSED
    scan = stored(site, "scan.pdf", files.scanned_pdf())
    assert extract_file_text(scan.pk) == DocumentFile.Extraction.DONE
    (finding,) = run_check(check, site)["findings"]
    assert finding["params"] == {"title": "Extraction"}
    assert finding["url"] == f"/admin/snippets/documents/officialdocument/edit/{scan.document.pk}/"
    text = stored(site, "text.pdf", files.pdf("Road repair plan"))
    extract_file_text(text.pk)
    assert len(run_check(check, site)["findings"]) == 1


def test_saving_a_new_file_queues_its_extraction(site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        file = stored(site, "b.docx", files.docx_file("Queued text"))
    assert callbacks  # the task is enqueued after the commit, not run in the request
    file.refresh_from_db()
    assert "Queued text" in file.text


def test_a_damaged_file_fails_and_is_recorded(site):
    file = stored(site, "broken.pdf", b"%PDF-1.4\nnot really a pdf")
    assert extract_file_text(file.pk) == DocumentFile.Extraction.FAILED
    file.refresh_from_db()
    assert file.extraction_error
    assert file.document.pk  # the document is still there
    assert "broken.pdf" in file.document.text_extraction()


def test_extraction_past_its_time_limit_fails_and_is_recorded(site, settings):
    settings.RAION_DOCUMENT_EXTRACT_SECONDS = 0.01
    file = stored(site, "slow.pdf", files.pdf())
    assert extract_file_text(file.pk) == DocumentFile.Extraction.FAILED
    file.refresh_from_db()
    assert "limits" in file.extraction_error and "within" in file.extraction_error


def test_extraction_past_its_memory_limit_fails_and_is_recorded(site, settings):
    settings.RAION_DOCUMENT_MEMORY_MB = 8
    file = stored(site, "big.pdf", files.pdf())
    assert extract_file_text(file.pk) == DocumentFile.Extraction.FAILED
    file.refresh_from_db()
    assert file.extraction_error.startswith("limits") or "memory" in file.extraction_error
