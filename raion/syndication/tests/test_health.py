"""Every run is recorded; a source failing five runs in a row is flagged on the dashboard."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import escape

from raion.syndication.importer import run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("syndication-admin", "a@example.org", "pw")
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    return client


def test_a_source_failing_five_runs_in_a_row_is_flagged_until_it_succeeds(
    server, make_source, admin_client
):
    server.add("/rss.xml", b"down", status=503)
    source = make_source(name="Падающее агентство", import_images=False)
    for _ in range(4):
        run_import(source)
    assert source.consecutive_failures == 4 and not source.is_flagged
    assert "Падающее агентство" not in admin_client.get("/admin/").content.decode()

    run_import(source)

    assert source.is_flagged
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Падающее агентство" in dashboard
    assert escape(source.last_error_summary) in dashboard and "503" in source.last_error

    server.add_fixture("/rss.xml", "rss2.xml")
    run_import(source)

    assert source.consecutive_failures == 0 and source.last_success_at is not None
    assert "Падающее агентство" not in admin_client.get("/admin/").content.decode()


def test_every_run_is_recorded_with_its_counts(server, make_source):
    server.add_fixture("/rss.xml", "duplicate_guids.xml")
    source = make_source()
    run = run_import(source)
    run.refresh_from_db()
    assert run.started_at <= run.finished_at
    assert (run.http_status, run.fetched, run.created, run.skipped, run.errors) == (200, 3, 2, 1, 0)
    assert source.last_run == run


def test_the_source_list_shows_last_success_last_error_and_counts(
    server, make_source, admin_client
):
    server.add_fixture("/rss.xml", "rss2.xml")
    healthy = make_source(name="Здоровый источник", import_images=False)
    run_import(healthy)
    server.add("/broken.xml", b"", status=404)
    broken = make_source("/broken.xml", name="Сломанный источник")
    run_import(broken)

    html = admin_client.get(reverse("syndication_sources:index")).content.decode()

    assert "Здоровый источник" in html and "Сломанный источник" in html
    assert "3 new, 0 updated, 0 skipped, 0 errors" in html
    assert "The server answered 404" in html


def test_runs_and_conflicts_can_be_viewed_but_runs_not_edited(server, make_source, admin_client):
    server.add("/rss.xml", b"", status=500)
    run = run_import(make_source())

    assert admin_client.get(reverse("syndication_runs:index")).status_code == 200
    assert admin_client.get(reverse("syndication_runs:inspect", args=[run.pk])).status_code == 200
    edit = admin_client.get(reverse("syndication_runs:edit", args=[run.pk]))
    assert (edit.status_code, edit.url) == (302, reverse("wagtailadmin_home"))  # not permitted
    conflicts = admin_client.get(reverse("syndication_conflicts:index"))
    assert conflicts.status_code == 200


def test_a_conflict_is_listed_with_its_article(server, make_source, admin_client, section):
    from raion.news.models import NewsArticlePage

    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    run_import(source)
    article = NewsArticlePage.objects.child_of(section).get(title="Синоптики обещают снег")
    article.save_revision()  # an editor's edit
    server.add("/rss.xml", server.fixture("rss2.xml").replace("снега".encode(), "града".encode()))
    assert run_import(source).conflicts == 1

    html = admin_client.get(reverse("syndication_conflicts:index")).content.decode()

    assert "Синоптики обещают снег" in html and "Агентство" in html


def test_a_target_section_of_another_site_or_a_bad_network_is_refused(make_source, demo):
    from django.core.exceptions import ValidationError
    from wagtail.models import Site

    source = make_source(allowed_networks="127.0.0.1\nnot-a-network")
    with pytest.raises(ValidationError, match="not-a-network"):
        source.full_clean()
    other_site = Site.objects.create(hostname="other.example", root_page=demo.homes["be"])
    source.allowed_networks, source.site = "", other_site
    with pytest.raises(ValidationError, match="news section of this site"):
        source.full_clean()
