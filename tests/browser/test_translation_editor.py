"""wagtail-localize's translation editor names the languages in the admin's language: its
heading is built in English by its script, and ours translates it (editor-heading.js)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile
from wagtail_localize.operations import translate_object

from raion.core.tree import ensure_child
from raion.network.sites import language_home
from raion.pages.models import StandardPage

from .test_staff_security import PASSWORD, in_own_thread, sign_in
from .waiting import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HEADINGS = {"ru": "Перевод: ", "be": "Пераклад: "}


@pytest.fixture
def translation():
    """A Belarusian translation of a new Russian page, and an administrator for each
    language, committed for the server thread (from a thread of their own: the test's transaction
    must not touch the pages, or SQLite locks them); all removed afterwards."""

    def create():
        home = language_home(Site.objects.get(is_default_site=True), "ru")
        page = ensure_child(
            home, StandardPage, "translated-tariffs", locale=home.locale, title="Тарифы"
        )
        belarusian = Locale.objects.get(language_code="be")
        translate_object(page, [belarusian])
        for language in HEADINGS:
            user = get_user_model().objects.create_superuser(
                f"translator-{language}", f"translator-{language}@example.by", PASSWORD
            )
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        return page.pk, page.get_translation(belarusian).pk

    source, translated = in_own_thread(create)
    yield translated

    def remove():
        StandardPage.objects.filter(pk__in=[translated, source]).delete()
        get_user_model().objects.filter(username__startswith="translator-").delete()

    in_own_thread(remove)


@pytest.mark.parametrize("language", list(HEADINGS))
def test_the_editors_heading_is_in_the_admins_language(page, site_server, translation, language):
    sign_in(page, site_server, f"translator-{language}")
    page.goto(f"{site_server}/admin/pages/{translation}/edit/")
    heading = page.locator(".js-translation-editor section h3").first
    heading.wait_for()
    wait_until(
        page,
        "prefix => document.querySelector('.js-translation-editor section h3')"
        ".textContent.startsWith(prefix)",
        arg=HEADINGS[language],
    )
    text = heading.inner_text()
    assert "translation" not in text and " to " not in text, text
    assert "→" in text, text
