# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""Documents, procedures, officials and units are found by the site search, on the page
that shows them, on their own site only, and leave the index with their row."""

import pytest

from raion.documents.factories import make_document
from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure
from raion.receptions.factories import make_official
from raion.search.query import Query, search

pytestmark = pytest.mark.django_db


def found(site, words, kind=None):
    matches = search(Query(site.pk, "ru", words, kind=kind)).matches
    return [(entry.kind, entry.url) for entry in matches]


def test_rows_of_the_government_sections_are_searchable_on_their_site_only():
    site, other = make_site("sources").site, make_site("elsewhere").site
    document = make_document(site, title="О благоустройстве агрогородков")
    official = make_official(site, "Ковалёв Пётр Сергеевич", position="Председатель")
    procedure = make_procedure("1.1.5", name="Принятие решения о постановке на учёт")
    make_local(site, procedure)

    assert found(site, "благоустройство", "document") == [
        ("document", f"/ru/documents/{document.pk}/")
    ]
    assert found(site, "Ковалёва", "official") == [
        ("official", f"/ru/about/leadership/#official-{official.pk}")
    ]
    assert found(site, "постановки на учёт", "procedure") == [
        ("procedure", "/ru/procedures/1-1-5/")
    ]
    assert found(other, "благоустройство") == found(other, "Ковалёва") == []

    document.delete()
    assert found(site, "благоустройство", "document") == []
