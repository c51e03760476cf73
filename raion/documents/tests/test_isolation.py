"""An editor of one district neither sees nor edits another district's documents, in the
admin or through the public library of their own site."""

import pytest
from django.urls import reverse

from ..models import OfficialDocument

pytestmark = pytest.mark.django_db


def admin_url(name, *args):
    return reverse(OfficialDocument.snippet_viewset.get_url_name(name), args=args)


def test_the_listing_holds_only_the_editors_documents(client, districts):
    client.force_login(districts.editor)
    response = client.get(admin_url("list"))
    assert response.status_code == 200
    assert "Alpha roads" in response.content.decode()
    assert "Beta water" not in response.content.decode()


def get(client, url):
    """GET `url`; a 404 outside a language prefix comes back as LocaleMiddleware's
    redirect to the prefixed path, which is followed once."""
    response = client.get(url)
    if response.status_code == 302 and response["Location"] == f"/ru{url}":
        response = client.get(response["Location"])
    return response


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_another_districts_document_is_a_404(client, districts, view):
    client.force_login(districts.editor)
    assert get(client, admin_url(view, districts.a_document.pk)).status_code == 200
    assert get(client, admin_url(view, districts.b_document.pk)).status_code == 404


def test_editing_another_districts_document_changes_nothing(client, districts):
    client.force_login(districts.editor)
    response = client.post(admin_url("edit", districts.b_document.pk), {"title": "Taken"})
    assert response.status_code in (302, 404)
    if response.status_code == 302:  # LocaleMiddleware's answer to the 404
        assert response["Location"] == "/ru" + admin_url("edit", districts.b_document.pk)
    districts.b_document.refresh_from_db()
    assert districts.b_document.title == "Beta water"


def test_a_library_shows_only_its_sites_documents(client, districts):
    a_library = districts.a.pages["ru"]["documents"]
    host = {"HTTP_HOST": "alpha.example.by"}
    listing = client.get("/ru/documents/", **host)
    assert listing.status_code == 200
    assert "Alpha roads" in listing.content.decode()
    assert "Beta water" not in listing.content.decode()
    own = f"/ru/documents/{districts.a_document.pk}/"
    assert client.get(own, **host).status_code == 200
    other = f"/ru/documents/{districts.b_document.pk}/"
    assert client.get(other, **host).status_code == 404
    assert a_library.pk != districts.b.pages["ru"]["documents"].pk
