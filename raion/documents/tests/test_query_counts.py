"""The library, a filtered listing, a document page and the feed cost the same number of
queries with 10 or 1,000 documents."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from raion.network import content_version
from raion.network.factories import make_site

from ..factories import make_document
from ..models import DocumentFile, OfficialDocument
from . import files

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "alpha.example.by"}


@pytest.fixture
def alpha(db, settings, tmp_path):
    """District A as the package's `districts` fixture makes it, with its one document,
    without the second district and the editor this test has no use for."""
    settings.MEDIA_ROOT = str(tmp_path)
    site = make_site("alpha").site
    make_document(site, title="Alpha roads", file=("roads.pdf", files.pdf("Alpha roads")))
    return site


def add_documents(site, count, first=0):
    locale = Locale.objects.get(language_code="ru")
    start = datetime.date(2020, 1, 1)
    documents = OfficialDocument.objects.bulk_create(
        OfficialDocument(
            site=site,
            locale=locale,
            kind=OfficialDocument.Kind.values[n % 5],
            number=str(n),
            adopted=start + datetime.timedelta(days=n),
            title=f"Load document {n}",
        )
        for n in range(first, first + count)
    )
    DocumentFile.objects.bulk_create(
        DocumentFile(
            document=document,
            file=f"documents/load-{document.pk}.pdf",
            format="pdf",
            size=1000 + n,
            extraction="done",
        )
        for n, document in enumerate(documents)
    )
    content_version.bump(site.pk)  # bulk_create sends no signals


def queries_for(client, url):
    client.get(url, **HOST)  # warm the cache, as a visited site has it
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **HOST)
    assert response.status_code == 200, url
    return len(queries)


def measure(client, document):
    return {
        "library": queries_for(client, "/ru/documents/"),
        "filtered": queries_for(client, "/ru/documents/?kind=plan&year=2020&status=in_force"),
        "last page": queries_for(client, "/ru/documents/?page=2"),
        "document": queries_for(client, f"/ru/documents/{document.pk}/"),
        "feed": queries_for(client, "/ru/documents/rss/"),
    }


def test_query_counts_do_not_grow_with_the_number_of_documents(client, alpha, settings):
    settings.RAION_DOCUMENTS_PAGE_SIZE = 5  # so that ten documents make two pages
    site = alpha
    add_documents(site, 9)  # and the fixture's one: ten
    first = OfficialDocument.objects.filter(site=site, title="Load document 0").get()
    with_ten = measure(client, first)
    add_documents(site, 990, first=9)
    with_thousand = measure(client, first)
    print(with_ten, with_thousand)
    assert with_thousand == with_ten
