"""The admin's page search uses our index: body text and inflected forms."""

import pytest
from django.contrib.auth import get_user_model

from raion.network.factories import make_site

from .factories import article

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("searcher", "s@example.by", "x" * 16)
    client.force_login(user)
    return client


def test_admin_search_finds_inflected_forms_in_the_body(admin_client):
    site = make_site("admin-search")
    found = article(site, "ru", "kyrgyz", "Делегация гостей", "Делегация из Кыргызстана.")
    draft = article(site, "ru", "draft", "Черновик про Кыргызстан", "Текст.")
    draft.unpublish()
    response = admin_client.get("/admin/pages/search/", {"q": "Кыргызстаном"})
    assert response.status_code == 200
    assert f"/admin/pages/{found.pk}/edit/" in response.content.decode()
    titles = admin_client.get("/admin/pages/search/", {"q": "Черновик"}).content.decode()
    assert f"/admin/pages/{draft.pk}/edit/" in titles  # drafts by title, as before
    be = admin_client.get("/admin/pages/search/", {"q": "Кыргызстанам"}).content.decode()
    assert f"/admin/pages/{found.pk}/edit/" in be
