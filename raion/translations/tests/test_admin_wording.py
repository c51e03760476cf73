"""The translation and syndication screens editors see read as proper Russian and
Belarusian: the packages' own wrong or missing translations are overridden by ours
(raion.translations.package_strings, locale/*/LC_MESSAGES/djangojs.po)."""

import copy
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.operations import translate_object

from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.pages.models import StandardPage

pytestmark = pytest.mark.django_db

# Seen on these screens before our catalogue overrode the packages' translations.
KNOWN_BAD = [
    "Локали",
    "Почему бы не",
    "Нет конфликты",
    "Нет запуски",
    "There are no",
    "to display",
    "Why not",
    "No %(model_name)s",
]
SCREENS = [
    "/admin/locales/",
    "/admin/syndication/sources/",
    "/admin/syndication/runs/",
    "/admin/syndication/conflicts/",
    "/admin/syndication/conflicts/?resolved=true",
]
# The translation editor's JavaScript strings: {msgid: {language: msgstr}}.
EDITOR_STRINGS = {
    "Publish in ": {"ru": "Опубликовать перевод: ", "be": "Апублікаваць пераклад: "},
    "Download PO file": {"ru": "Скачать PO-файл", "be": "Спампаваць PO-файл"},
    "Upload PO file": {"ru": "Загрузить PO-файл", "be": "Загрузіць PO-файл"},
    # The editor's heading (raion/translations/static/translations/js/editor-heading.js).
    "%(source)s to %(target)s translation": {
        "ru": "Перевод: %(source)s → %(target)s",
        "be": "Пераклад: %(source)s → %(target)s",
    },
}


@pytest.fixture(scope="module")
def module_lozna(module_db):
    return make_site("lozna")


@pytest.fixture
def lozna(db, module_lozna):
    """The site of Lozna, made once per module; each test gets a copy, and its changes
    are rolled back."""
    return copy.deepcopy(module_lozna)


@pytest.fixture(params=["ru", "be"])
def editor(request):
    """A logged-in administrator whose admin speaks the language of the test."""
    user = get_user_model().objects.create_superuser("chief", "chief@example.by", "x" * 16)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = request.param
    profile.save()
    client = Client()
    client.force_login(user)
    client.language = request.param
    return client


def assert_well_worded(html):
    for phrase in KNOWN_BAD:  # as a whole word: "Локализация" is right
        assert not re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", html), phrase


@pytest.mark.parametrize("url", SCREENS)
def test_listings_read_well(editor, lozna, url):
    response = editor.get(url)
    assert response.status_code == 200
    assert f'lang="{editor.language}"' in response.text
    assert_well_worded(response.text)


def test_the_locales_screen_says_languages(editor):
    response = editor.get("/admin/locales/")
    assert {"ru": "Языки", "be": "Мовы"}[editor.language] in response.text


def test_import_conflicts_cannot_be_added(editor):
    """Conflicts are found by the importer only: no "Add" on the empty listing."""
    response = editor.get("/admin/syndication/conflicts/")
    assert "/admin/syndication/conflicts/new/" not in response.text
    assert editor.get("/admin/syndication/conflicts/new/").status_code in (302, 403)


def test_the_translation_editor_reads_well(editor, lozna, django_capture_on_commit_callbacks):
    page = ensure_child(
        lozna.homes["ru"],
        StandardPage,
        "tariffs",
        locale=Locale.objects.get(language_code="ru"),
        title="Тарифы",
        intro="Цены и тарифы на жилищно-коммунальные услуги.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(page, [Locale.objects.get(language_code="be")])
    translated = page.get_translation(Locale.objects.get(language_code="be"))
    response = editor.get(f"/admin/pages/{translated.pk}/edit/")
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert_well_worded(response.text)


def test_the_translation_editors_script_strings_are_ours(editor):
    script = editor.get("/admin/jsi18n/").text
    start = script.index("const newcatalog = ") + len("const newcatalog = ")
    catalogue, _ = json.JSONDecoder().raw_decode(script, start)
    for msgid, msgstrs in EDITOR_STRINGS.items():
        assert catalogue[msgid] == msgstrs[editor.language]
    assert not any("вБеларуская" in str(text) for text in catalogue.values())
