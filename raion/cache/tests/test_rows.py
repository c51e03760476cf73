# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""A site-owned row refreshes the cached pages its model is shown on, after commit."""

import pytest

from raion.documents.factories import make_document
from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure
from raion.receptions.factories import make_official, make_schedule

pytestmark = pytest.mark.django_db


@pytest.fixture
def district():
    return make_site("row-refresh")


def refreshed(listener, action, capture):
    listener.clear()
    with capture(execute=True):
        result = action()
    return result, {path for _host, path in listener}


def test_a_document_refreshes_its_library_feeds_and_own_page(
    district, refresh_listener, django_capture_on_commit_callbacks
):
    document, paths = refreshed(
        refresh_listener,
        lambda: make_document(district.site, title="О бюджете района"),
        django_capture_on_commit_callbacks,
    )
    library = document.place()
    url = library.relative_url(district.site)
    own_page = url + document.shown_at(library)
    assert {url, url + "rss/", url + "atom/", own_page, "/ru/", "/sitemap.xml"} <= paths
    assert not any(path.startswith("/be/") for path in paths)  # its language's pages only

    _, paths = refreshed(refresh_listener, document.delete, django_capture_on_commit_callbacks)
    assert {url, own_page} <= paths


def test_a_procedure_refreshes_the_catalogue_and_its_page(
    district, refresh_listener, django_capture_on_commit_callbacks
):
    procedure = make_procedure("1.1.5", name="Постановка на учёт")
    local, paths = refreshed(
        refresh_listener,
        lambda: make_local(district.site, procedure),
        django_capture_on_commit_callbacks,
    )
    catalogue = local.place()
    assert catalogue.relative_url(district.site) + "1-1-5/" in paths


def test_a_schedule_refreshes_every_page_that_shows_it(
    district, refresh_listener, django_capture_on_commit_callbacks
):
    official = make_official(district.site, "Ковалёв Пётр Сергеевич")
    schedule, paths = refreshed(
        refresh_listener,
        lambda: make_schedule(district.site, official, weekdays="WE"),
        django_capture_on_commit_callbacks,
    )
    pages = schedule.showing_pages()
    assert [page._meta.label for page in pages] == list(schedule.shown_on)
    assert {page.relative_url(district.site) for page in pages} <= paths


def test_an_official_refreshes_the_leadership_page(
    district, refresh_listener, django_capture_on_commit_callbacks
):
    official, paths = refreshed(
        refresh_listener,
        lambda: make_official(district.site, "Ковалёв Пётр Сергеевич"),
        django_capture_on_commit_callbacks,
    )
    assert official.shown_at(official.place()).startswith("#")  # the page itself
    assert official.place().relative_url(district.site) in paths
