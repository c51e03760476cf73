"""The demo's documents: thirty per district, with PDFs the project draws itself whose
Cyrillic text reads back, and a second load that adds nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from ..extraction import extract_file_text
from ..models import DocumentFile, OfficialDocument

pytestmark = pytest.mark.django_db
DISTRICTS = ("liozno", "gorodok", "senno")


@pytest.mark.parametrize("slug", DISTRICTS)
def test_every_district_has_thirty_documents_with_pdfs(slug):
    site = Site.objects.get(root_page__slug=slug)
    documents = OfficialDocument.objects.filter(site=site, locale__language_code="ru")
    assert documents.count() >= 30
    assert DocumentFile.objects.filter(document__in=documents, format="pdf").count() >= 30
    assert documents.filter(status="lapsed").exists()
    assert documents.filter(relations__kind="lapses").exists()


def test_a_demo_pdf_reads_back_in_belarusian():
    demo_file = DocumentFile.objects.filter(document__locale__language_code="be").first()
    expected = demo_file.text
    assert extract_file_text(demo_file.pk) == DocumentFile.Extraction.DONE
    demo_file.refresh_from_db()
    read_back = " ".join(demo_file.text.split())  # the PDF wraps its lines
    assert "Юрыдычнай сілы не мае" in read_back
    assert read_back == " ".join(expected.split())


def test_loading_the_demo_again_adds_no_document():
    before = (OfficialDocument.objects.count(), DocumentFile.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (OfficialDocument.objects.count(), DocumentFile.objects.count()) == before
