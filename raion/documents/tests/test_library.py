"""The public library: filters, pagination, a page per document, links between
documents, file links with format and size, feeds."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ..factories import make_document
from ..formats import describe
from ..models import DocumentRelation, OfficialDocument
from . import files

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "alpha.example.by"}


def page(client, url):
    response = client.get(url, **HOST)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def library(districts):
    site = districts.a.site
    make_document(site, title="Old plan", kind="plan", adopted=datetime.date(2024, 5, 1))
    make_document(site, title="Lapsed order", kind="order", status="lapsed")
    make_document(site, "be", title="Рашэнне па-беларуску")
    return districts


def test_filters_by_kind_year_and_status(client, library):
    assert "Old plan" in page(client, "/ru/documents/?kind=plan")
    assert "Alpha roads" not in page(client, "/ru/documents/?kind=plan")
    assert "Old plan" in page(client, "/ru/documents/?year=2024")
    assert "Old plan" not in page(client, "/ru/documents/?year=2026")
    lapsed = page(client, "/ru/documents/?status=lapsed")
    assert "Lapsed order" in lapsed and "Alpha roads" not in lapsed


def test_each_language_lists_its_own_versions(client, library):
    assert "Рашэнне па-беларуску" in page(client, "/be/documents/")
    assert "Рашэнне па-беларуску" not in page(client, "/ru/documents/")


@pytest.mark.parametrize(
    "query", ["?kind=nonsense", "?year=abc", "?year=1", "?status=%00", "?year=99999&page=1"]
)
def test_filters_it_does_not_understand_are_named_not_failed(client, library, query):
    assert "Alpha roads" in page(client, f"/ru/documents/{query}")


@pytest.mark.parametrize("query", ["?page=0", "?page=99", "?page=x"])
def test_pages_that_do_not_exist_are_404(client, library, query):
    assert client.get(f"/ru/documents/{query}", **HOST).status_code == 404


def test_pagination_keeps_the_filters(client, library, settings):
    settings.RAION_DOCUMENTS_PAGE_SIZE = 1
    for n in range(3):
        make_document(library.a.site, title=f"Plan {n}", kind="plan")
    first = page(client, "/ru/documents/?kind=plan")
    assert "?kind=plan&amp;page=2" in first


def test_a_document_page_shows_links_and_files(client, library):
    newer = make_document(library.a.site, title="Amending decision", number="20")
    DocumentRelation.objects.create(document=newer, kind="amends", target=library.a_document)
    OfficialDocument.objects.filter(pk=library.a_document.pk).update(status="amended")
    original = page(client, f"/ru/documents/{library.a_document.pk}/")
    assert "Amending decision" in original
    assert "PDF, 1 КБ" in original
    assert "Alpha roads" in page(client, f"/ru/documents/{newer.pk}/")


def test_file_descriptions_are_in_the_readers_language():
    with translation.override("ru"):
        assert describe("pdf", 240 * 1024) == "PDF, 240 КБ"
    with translation.override("be"):
        assert describe("docx", 3 * 1024 * 1024) == "DOCX, 3,0 МБ"
    with translation.override("en"):
        assert describe("odt", 1500) == "ODT, 1 KB"


def test_feeds_list_new_documents(client, library):
    rss = page(client, "/ru/documents/rss/")
    assert "Alpha roads" in rss and "<rss" in rss
    atom = page(client, "/ru/documents/atom/")
    assert "Alpha roads" in atom and "Beta water" not in atom


def test_document_files_from_other_sites_never_show(client, library):
    make_document(library.b.site, title="Beta file", file=("b.pdf", files.pdf()))
    assert "Beta file" not in page(client, "/ru/documents/")


def test_provisioning_makes_a_library_in_every_language(districts):
    libraries = {
        language: districts.a.pages[language]["documents"] for language in ("ru", "be", "en")
    }
    assert {library.slug for library in libraries.values()} == {"documents"}
    assert len({library.translation_key for library in libraries.values()}) == 1
    assert all(library.live and library.show_in_menus for library in libraries.values())
    assert libraries["be"].title == "Дакументы"


@pytest.mark.parametrize("other", ["site", "language"])
def test_links_only_to_documents_of_the_same_site_and_language(districts, other):
    target = (
        districts.b_document
        if other == "site"
        else make_document(districts.a.site, "be", title="Belarusian version")
    )
    with pytest.raises(ValidationError):
        DocumentRelation(document=districts.a_document, kind="amends", target=target).full_clean()
