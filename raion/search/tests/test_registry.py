# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""A source registered by another app is indexed, searched, listed and removed."""

import types

import pytest

from raion.network.factories import make_site
from raion.search import indexing, query, registry
from raion.search.forms import SearchForm
from raion.search.query import Query, search

pytestmark = pytest.mark.django_db


class DocumentSource(registry.SearchSource):
    name = "test-document"
    kinds = {"document": "Document"}
    stored: dict = {}  # object id → object, standing for a model's table

    def objects(self, site):
        return [obj for obj in self.stored.values() if obj.site_id == site.pk]

    def get(self, object_id):
        return self.stored.get(object_id)

    def object_id(self, obj):
        return obj.pk

    def entries(self, obj):
        yield registry.IndexEntry(
            site_id=obj.site_id,
            language="ru",
            kind="document",
            title=obj.title,
            body=obj.text,
            url=f"/ru/documents/{obj.pk}/",
        )


@pytest.fixture
def source(monkeypatch):
    monkeypatch.setattr(registry, "_sources", dict(registry._sources))
    item = DocumentSource()
    registry.register(item)
    return item


def test_a_registered_source_is_searchable(source):
    site = make_site("registry").site
    source.stored["7"] = types.SimpleNamespace(
        pk="7", site_id=site.pk, title="Решение № 7", text="О благоустройстве агрогородков."
    )
    indexing.update(source.name, "7")
    found = search(Query(site.pk, "ru", "благоустройства", kind="document")).matches
    assert [entry.url for entry in found] == ["/ru/documents/7/"]
    assert ("document", "Document") in SearchForm().fields["kind"].choices
    del source.stored["7"]
    indexing.update(source.name, "7")  # gone: leaves the index
    assert not search(Query(site.pk, "ru", "благоустройства")).matches


def test_a_name_registers_once(source):
    with pytest.raises(ValueError, match="registered already"):
        registry.register(DocumentSource())


def test_matches_are_paged_title_matches_first_and_counted_up_to_a_limit(source, monkeypatch):
    monkeypatch.setattr(source, "stored", {})
    site = make_site("paging").site
    titled = {"0", "3", "6", "9", "12"}
    for number in map(str, range(15)):
        title = "Благоустройство агрогородков" if number in titled else f"Решение № {number}"
        source.stored[number] = types.SimpleNamespace(
            pk=number, site_id=site.pk, title=title, text="О благоустройстве."
        )
    indexing.rebuild([site])

    def listed():
        found = search(Query(site.pk, "ru", "благоустройство")).matches
        pages = [found[start : start + 4] for start in range(0, len(found), 4)]
        return found, [entry.url.split("/")[-2] for page in pages for entry in page]

    found, ids = listed()
    assert (found.count(), found.capped) == (15, False)
    assert set(ids[:5]) == titled
    assert sorted(ids) == sorted(source.stored)
    assert ids[5:] == sorted(set(source.stored) - titled, key=int, reverse=True)  # newest first

    monkeypatch.setattr(query, "MAX_RESULTS", 11)
    found, ids = listed()
    assert (found.count(), found.capped) == (11, True)
    assert len(set(ids)) == 11
    assert set(ids[:5]) == titled
