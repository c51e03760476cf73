"""Which language versions exist and which are out of date, for pages and snippets."""

import uuid

import pytest
from wagtail.log_actions import log

from raion.core.models import SiteIdentity
from raion.demo.fixtures import liozno_page
from raion.translations.status import State, snippet_groups, status_of_page

pytestmark = pytest.mark.django_db


def appeals(language):
    return liozno_page("appeals", language)


def test_the_demo_is_up_to_date_in_every_language(demo):
    group = status_of_page(appeals("be"))
    assert group.source_language == "ru"
    assert [state for _code, _name, state in group.states()] == [
        State.SOURCE,
        State.UP_TO_DATE,
        State.UP_TO_DATE,
    ]


def test_republishing_the_source_makes_translations_out_of_date(demo):
    appeals("ru").save_revision().publish()
    group = status_of_page(appeals("ru"))
    assert group.state("be") is State.OUT_OF_DATE
    assert group.state("en") is State.OUT_OF_DATE

    appeals("be").save_revision().publish()
    group = status_of_page(appeals("en"))
    assert group.state("be") is State.UP_TO_DATE
    assert group.state("en") is State.OUT_OF_DATE


def test_a_newer_translation_does_not_make_the_source_stale(demo):
    appeals("en").save_revision().publish()
    group = status_of_page(appeals("ru"))
    assert group.state("ru") is State.SOURCE
    assert group.state("en") is State.UP_TO_DATE


def test_unpublished_and_missing_versions(demo):
    appeals("be").unpublish()
    appeals("en").delete()
    group = status_of_page(appeals("ru"))
    assert group.state("be") is State.NOT_LIVE
    assert group.state("en") is State.MISSING
    assert not group.state("be").is_compliant


def test_without_a_russian_version_the_first_language_is_the_source(demo):
    appeals("ru").delete()
    group = status_of_page(appeals("be"))
    assert group.source_language == "be"
    assert group.state("ru") is State.MISSING


def identities(site):
    return SiteIdentity.objects.filter(site=site).select_related("locale")


def test_site_identity_is_one_item_per_site_whatever_its_keys(demo):
    be_identity = identities(demo.site).get(locale__language_code="be")
    # Created in the admin on its own, a translation gets a key of its own.
    SiteIdentity.objects.filter(pk=be_identity.pk).update(translation_key=uuid.uuid4())
    groups = snippet_groups(SiteIdentity, identities(demo.site))
    assert len(groups) == 1
    assert set(groups[0].versions) == {"ru", "be", "en"}


def test_an_edited_source_identity_makes_the_others_out_of_date(demo):
    by_language = {row.locale.language_code: row for row in identities(demo.site)}
    (group,) = snippet_groups(SiteIdentity, identities(demo.site))
    assert group.state("be") is State.UP_TO_DATE  # never edited since the demo was built

    log(by_language["ru"], "wagtail.edit")
    (group,) = snippet_groups(SiteIdentity, identities(demo.site))
    assert group.state("be") is State.OUT_OF_DATE

    log(by_language["be"], "wagtail.edit")
    (group,) = snippet_groups(SiteIdentity, identities(demo.site))
    assert group.state("be") is State.UP_TO_DATE
    assert group.state("en") is State.OUT_OF_DATE
