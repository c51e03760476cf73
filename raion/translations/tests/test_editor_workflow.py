"""Editors translate with wagtail-localize, see each page's translation status, and can
use the admin in Belarusian and Russian."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from raion.core.tree import ensure_child
from raion.demo.fixtures import liozno_page
from raion.pages.models import StandardPage
from raion.translations.status import State, status_of_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes translations when the transaction commits; tests run in
    one that never does, so run its on-commit callbacks."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    client.user = user
    return client


def new_page(demo, language, slug="tariffs"):
    return ensure_child(
        demo.homes[language],
        StandardPage,
        slug,
        locale=Locale.objects.get(language_code=language),
        title=f"Tariffs ({language})",
        intro="Prices and tariffs for housing and utility services.",
    )


def translate(page, language, commit):
    """Translate `page` with wagtail-localize and publish the translation as it stands."""
    locale = Locale.objects.get(language_code=language)
    with commit():
        translate_object(page, [locale])
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def publish(translation, commit):
    with commit():
        translation.save_target(publish=True)
    return translation.get_target_instance().specific


def test_a_new_translation_is_a_draft_until_published(demo, commit):
    page = new_page(demo, "ru")
    translation = translate(page, "be", commit)
    draft = translation.get_target_instance().specific
    assert (draft.live, draft.get_parent().pk) == (False, demo.homes["be"].pk)
    assert status_of_page(page).state("be") is State.NOT_LIVE

    title = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=translation.target_locale,
        context=title.context,
        data="Тарыфы",
    )
    translated = publish(translation, commit)
    assert (translated.live, translated.title) == (True, "Тарыфы")
    assert translated.intro == page.intro  # untranslated segments keep the source text
    group = status_of_page(page)
    assert (group.localize_source, group.state("be"), group.state("en")) == (
        "ru",
        State.UP_TO_DATE,
        State.MISSING,
    )


def test_source_change_is_out_of_date_until_the_translation_is_synced(demo, commit):
    page = new_page(demo, "ru")
    publish(translate(page, "be", commit), commit)
    page.intro = "Tariffs from 1 January."
    page.save_revision().publish()
    assert status_of_page(page).state("be") is State.OUT_OF_DATE

    TranslationSource.update_or_create_from_instance(page)
    translated = publish(Translation.objects.get(target_locale__language_code="be"), commit)
    assert translated.intro == "Tariffs from 1 January."
    assert status_of_page(page).state("be") is State.UP_TO_DATE


def test_the_language_translated_from_is_the_source(demo, commit):
    page = new_page(demo, "be", slug="taryfy")
    publish(translate(page, "ru", commit), commit)
    page.save_revision().publish()
    group = status_of_page(page)
    assert (group.source_language, group.state("be"), group.state("ru")) == (
        "be",
        State.SOURCE,
        State.OUT_OF_DATE,
    )


def test_editors_translate_and_publish_through_the_admin(demo, admin_client, commit):
    page = new_page(demo, "ru")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert admin_client.get(submit_url).status_code == 200
    en = Locale.objects.get(language_code="en")
    with commit():
        response = admin_client.post(submit_url, {"locales": [en.pk]})
    translated = page.get_translation(en)
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert (response.status_code, response["Location"], translated.live) == (302, edit_url, False)

    editor = admin_client.get(edit_url)
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]
    with commit():
        assert admin_client.post(edit_url, {"action": "publish"}).status_code == 302
    translated.refresh_from_db()
    assert translated.live


def test_page_editor_shows_each_languages_status(demo, admin_client):
    source = liozno_page("appeals", "ru")
    source.save_revision().publish()
    be = liozno_page("appeals", "be")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[be.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    panel = html[html.index('class="translation-status"') :]
    panel = panel[: panel.index("</ul>")]
    with translation.override("ru"):  # the admin speaks the site's default language
        assert gettext("out of date") in panel
    assert reverse("wagtailadmin_pages:edit", args=[source.pk]) in panel


@pytest.mark.parametrize(
    ("language", "dashboard"), [("be", "Панэль кіравання"), ("ru", "Панель управления")]
)
def test_admin_speaks_belarusian_and_russian(admin_client, demo, language, dashboard):
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = language
    profile.save()
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()
    assert dashboard in response.content.decode()
