# ruff: noqa: RUF001 -- Cyrillic letters on purpose
"""The page editor fills the slug from a Cyrillic title in Latin letters, by the page's
language; the editor may still type another slug."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from raion.network.factories import make_site
from raion.pages.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    user = get_user_model().objects.create_superuser("chief", "chief@example.by", "x" * 16)
    client = Client()
    client.force_login(user)
    return client


def slug_formatters_in(html):
    """The slug field's formatters as {pattern: replacement}, as the browser gets them."""
    start = html.index('data-w-slug-formatters-value="') + len('data-w-slug-formatters-value="')
    value = html[start : html.index('"', start)].replace("&quot;", '"')
    return {pattern[0]: latin for pattern, latin in json.loads(value)}


@pytest.mark.parametrize(("language", "g"), [("ru", "g"), ("be", "h")])
def test_a_new_page_gets_the_transliteration_of_its_language(admin_client, language, g):
    about = make_site("lozna").pages[language]["about"]
    response = admin_client.get(f"/admin/pages/add/pages/standardpage/{about.pk}/")
    assert response.status_code == 200
    formatters = slug_formatters_in(response.text)
    assert formatters["г"] == g
    assert formatters["щ"] == "shch"
    assert formatters["ё"] == "io"


def test_an_editor_can_still_choose_the_slug(admin_client):
    about = make_site("lozna").pages["ru"]["about"]
    response = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    assert response.status_code == 200
    assert f'value="{about.slug}"' in response.text
    assert "data-w-slug-formatters-value" in response.text


@pytest.mark.parametrize(
    ("language", "slug"), [("ru", "glubokoe-segodnia"), ("be", "hlybokae-sionnia")]
)
def test_a_page_saved_without_a_slug_gets_a_latin_one(language, slug):
    """Without the browser's help (no script, or a page made in code)."""
    about = make_site("lozna").pages[language]["about"]
    title = {"ru": "Глубокое сегодня", "be": "Глыбокае сёння"}[language]
    page = about.add_child(instance=StandardPage(title=title, locale=about.locale))
    assert page.slug == slug
