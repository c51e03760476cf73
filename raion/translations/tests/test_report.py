"""The bilingual compliance report: the command and the admin view."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission

from raion.core.models import SiteIdentity
from raion.demo.fixtures import liozno_page
from raion.home.models import HomePage
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage
from raion.translations import rules
from raion.translations.report import gaps_for_site

pytestmark = pytest.mark.django_db


def run_report():
    """(exit status, output) of `manage.py translation_report`."""
    out = io.StringIO()
    try:
        call_command("translation_report", stdout=out)
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def appeals(language):
    return liozno_page("appeals", language)


def test_rules_cover_basic_information_but_not_news():
    assert StandardPage in rules.required_page_models()
    assert HomePage in rules.required_page_models()
    assert NewsArticlePage not in rules.required_page_models()
    assert SiteIdentity in rules.required_snippet_models()
    assert rules.required_snippets_belong_to_a_site() == []


def test_demo_is_compliant(demo):
    status, output = run_report()
    assert status == 0, output
    assert "nothing missing" in output
    assert gaps_for_site(demo.site) == []


def test_deleted_belarusian_page_is_listed_and_fails_the_command(demo):
    title = appeals("ru").title
    appeals("be").delete()
    status, output = run_report()
    assert status == 1
    (line,) = [line for line in output.splitlines() if title in line]
    assert line.split()[:4] == ["be", "missing", "appeals", "page:"]


def test_stale_and_unpublished_versions_are_listed(demo):
    appeals("ru").save_revision().publish()
    liozno_page("about/history", "be").unpublish()
    gaps = {(gap.title, gap.language_code, gap.state.value) for gap in gaps_for_site(demo.site)}
    assert gaps == {
        (appeals("ru").title, "be", "out-of-date"),
        (liozno_page("about/history", "ru").title, "be", "not-live"),
    }


def test_news_and_english_are_not_required(demo):
    demo.kyrgyzstan_article["be"].delete()
    appeals("en").delete()
    assert run_report()[0] == 0


def test_missing_russian_identity_is_listed(demo):
    SiteIdentity.objects.filter(site=demo.site, locale__language_code="ru").delete()
    with translation.override("en"):
        (gap,) = gaps_for_site(demo.site)
        assert (gap.kind, gap.language_code, gap.state.value) == ("site identity", "ru", "missing")


def test_admin_report_lists_the_gaps(client, demo, django_user_model):
    appeals("be").delete()
    admin = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    response = client.get(reverse("bilingual_compliance_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert appeals("ru").title in html
    assert reverse("wagtailadmin_pages:edit", args=[appeals("ru").pk]) in html


def editor(django_user_model, name, pages=()):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    group = Group.objects.create(name=f"Editors of {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in pages:
        GroupPagePermission.objects.create(group=group, page=page, permission_type="change")
    user.groups.add(group)
    return user


def test_editors_see_only_the_sites_they_edit(client, demo, django_user_model):
    appeals("be").delete()
    client.force_login(editor(django_user_model, "outsider"))
    html = client.get(reverse("bilingual_compliance_report")).content.decode()
    assert appeals("ru").title not in html

    client.force_login(editor(django_user_model, "liozno", [demo.homes["be"]]))
    html = client.get(reverse("bilingual_compliance_report")).content.decode()
    assert appeals("ru").title in html
