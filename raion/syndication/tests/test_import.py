# ruff: noqa: RUF001 -- Cyrillic texts on purpose
"""Importing items into articles: creation, idempotence, updates, conflicts, images."""

import pytest

from raion.news.models import NewsArticlePage
from raion.syndication import scheduling
from raion.syndication.importer import run_import
from raion.syndication.models import ImportedItem, ImportRun

from .conftest import png_bytes

pytestmark = pytest.mark.django_db


def articles_in(section):
    return NewsArticlePage.objects.child_of(section)


def test_a_valid_rss_feed_becomes_live_articles_with_attribution(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    server.add("/images/field.png", png_bytes(), headers={"Content-Type": "image/png"})
    source = make_source(attribution="БелТА-тест")

    run = run_import(source)

    assert (run.status, run.error, run.fetched, run.created) == ("succeeded", "", 3, 3)
    article = articles_in(section).get(title="В республике завершился сев озимых")
    assert article.live and article.locale == section.locale
    # The official (passport) transliteration, not anyascii's "zavershilsya".
    assert article.slug == "v-respublike-zavershilsia-sev-ozimykh"
    assert article.source_name == "БелТА-тест"
    assert article.source_url == server.url("/news/sowing")
    assert article.date.isoformat() == "2026-11-23"
    assert article.lead == "Аграрии засеяли озимыми более миллиона гектаров."
    assert article.image is not None and article.image.width == 64
    assert "БелТА-тест" in article.image.title or "Тестовое агентство" in article.image.title
    body = str(article.body)
    assert f'href="{server.url("/news/sowing/details")}"' in body
    for unsafe in ("script", "alert", "<style", "iframe", "onclick", "pixel.gif"):
        assert unsafe not in body
    assert "Работы выполнены в оптимальные сроки." in body


def test_a_valid_atom_feed_is_imported(server, make_source, section):
    server.add_fixture("/atom.xml", "atom.xml", headers={"Content-Type": "application/atom+xml"})
    run = run_import(make_source("/atom.xml"))
    assert (run.status, run.created) == ("succeeded", 2)
    museums = articles_in(section).get(title="Музеи страны продлят часы работы")
    assert "Вход в последний час" in str(museums.body)
    assert museums.source_url == server.url("/news/museums")


@pytest.mark.parametrize("policy", ["live", "draft"])
def test_a_new_article_is_left_as_wagtail_leaves_a_created_or_published_page(
    server, make_source, section, policy
):
    from wagtail.models import PageLogEntry
    from wagtail.signals import page_published

    server.add_fixture("/rss.xml", "rss2.xml")
    published = []

    def receiver(instance, revision, **_kwargs):
        published.append((instance.pk, revision.pk))

    page_published.connect(receiver)
    try:
        run_import(make_source(policy=policy, import_images=False))
    finally:
        page_published.disconnect(receiver)

    article = articles_in(section).get(title="В республике завершился сев озимых")
    revision = article.latest_revision
    assert revision is not None and revision.as_object().title == article.title
    actions = list(PageLogEntry.objects.filter(page=article).values_list("action", flat=True))
    if policy == "live":
        assert article.live and not article.has_unpublished_changes
        assert article.live_revision_id == revision.pk
        assert article.first_published_at == article.last_published_at == revision.created_at
        assert (article.pk, revision.pk) in published
        assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
    else:
        assert not article.live and article.has_unpublished_changes
        assert article.live_revision_id is None and article.first_published_at is None
        assert published == []
        assert actions == ["wagtail.create"]


def snapshot(section):
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    return (
        sorted(articles_in(section).values_list("pk", "title", "latest_revision_id", "live")),
        Revision.objects.count(),
        ImportedItem.objects.count(),
        get_image_model().objects.count(),
    )


def test_importing_twice_changes_nothing(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    server.add("/images/field.png", png_bytes(), headers={"Content-Type": "image/png"})
    source = make_source()
    run_import(source)
    before = snapshot(section)

    again = run_import(source)

    assert (again.status, again.created, again.updated, again.skipped) == ("succeeded", 0, 0, 3)
    assert snapshot(section) == before
    # The unchanged run did not even download the images again.
    assert [path for path, _ in server.requests].count("/images/field.png") == 1


def test_a_feed_answering_not_modified_is_not_parsed_again(server, make_source, section):
    body = server.fixture("rss2.xml")

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("ETag", '"v1"')
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.routes["/rss.xml"] = conditional
    source = make_source(import_images=False)
    assert run_import(source).created == 3
    assert source.etag == '"v1"'

    run = run_import(source)

    assert (run.status, run.http_status, run.created, run.error) == ("not_modified", 304, 0, "")
    assert articles_in(section).count() == 3


def test_a_changed_item_becomes_a_new_revision_of_its_article(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    run_import(source)
    article = articles_in(section).get(title="Синоптики обещают снег")
    first_revision = article.latest_revision_id
    changed = server.fixture("rss2.xml").replace(
        "до пяти сантиметров снега".encode(), "до десяти сантиметров снега".encode()
    )
    server.add("/rss.xml", changed)

    run = run_import(source)

    assert (run.status, run.created, run.updated, run.skipped) == ("succeeded", 0, 1, 2)
    article.refresh_from_db()
    assert article.latest_revision_id != first_revision
    assert article.live_revision_id == article.latest_revision_id
    assert article.lead == "В выходные ожидается до десяти сантиметров снега."
    item = ImportedItem.objects.get(article=article)
    assert item.imported_revision_id == article.latest_revision_id
    assert articles_in(section).count() == 3


def test_a_change_to_an_article_edited_since_import_is_a_conflict(server, make_source, section):
    from django.contrib.auth import get_user_model

    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    run_import(source)
    article = articles_in(section).get(title="Синоптики обещают снег")
    article.lead = "Редактор уточнил прогноз."
    editor = get_user_model().objects.create(username="district-editor")
    article.save_revision(user=editor).publish()
    changed = server.fixture("rss2.xml").replace("Синоптики обещают снег".encode(), "Снег".encode())
    server.add("/rss.xml", changed)

    run = run_import(source)
    rerun = run_import(source)

    assert (run.conflicts, run.updated, rerun.conflicts, rerun.skipped) == (1, 0, 0, 3)
    article.refresh_from_db()
    assert (article.title, article.lead) == ("Синоптики обещают снег", "Редактор уточнил прогноз.")
    conflict = ImportedItem.objects.get(article=article).conflicts.get()
    assert conflict.incoming["title"] == "Снег" and not conflict.resolved


def test_draft_policy_creates_drafts_and_updates_them_as_drafts(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(policy="draft", import_images=False)
    run_import(source)
    assert not articles_in(section).live().exists()
    server.add("/rss.xml", server.fixture("rss2.xml").replace("снега".encode(), "дождя".encode()))

    run = run_import(source)

    assert run.updated == 1 and not articles_in(section).live().exists()
    article = articles_in(section).get(title="Синоптики обещают снег")
    assert "дождя" in article.get_latest_revision_as_object().lead


def test_duplicate_guids_in_one_feed_import_the_first_item_only(server, make_source, section):
    server.add_fixture("/rss.xml", "duplicate_guids.xml")
    run = run_import(make_source())
    assert (run.status, run.created, run.skipped) == ("succeeded", 2, 1)
    assert sorted(articles_in(section).values_list("title", flat=True)) == [
        "Другая новость",
        "Первая версия новости",
    ]
    assert any("Вторая новость с тем же GUID" in message for message in run.messages)


def test_items_without_guid_link_or_date_are_imported_once(server, make_source, section):
    from django.utils import timezone

    server.add_fixture("/rss.xml", "missing_fields.xml")
    source = make_source()
    first = run_import(source)
    second = run_import(source)

    assert (first.status, first.created) == ("succeeded", 4)
    assert (second.created, second.updated, second.skipped) == (0, 0, 4)
    undated = articles_in(section).get(title="Новость без даты")
    assert undated.date == timezone.localdate()
    assert articles_in(section).get(title="Новость без ссылки").source_url == ""


def test_an_item_is_recognised_by_link_when_its_guid_changes(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    run_import(source)
    server.add("/rss.xml", server.fixture("rss2.xml").replace(b"agency-100", b"v2-agency-100"))

    run = run_import(source)

    assert (run.created, run.updated, run.skipped) == (0, 0, 3)
    assert articles_in(section).count() == 3


def test_filters_skip_unwanted_items(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(
        import_images=False, exclude_categories="погода", include_keywords="гектаров\nтрасс"
    )
    run = run_import(source)
    assert (run.created, run.skipped) == (2, 1)
    assert not articles_in(section).filter(title="Синоптики обещают снег").exists()


def test_at_most_the_maximum_number_of_items_is_imported_per_run(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    run = run_import(make_source(import_images=False, max_items=2))
    assert (run.created, run.skipped) == (2, 1)


def test_an_article_deleted_by_an_editor_is_not_imported_again(server, make_source, section):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    run_import(source)
    articles_in(section).get(title="Синоптики обещают снег").delete()
    server.add("/rss.xml", server.fixture("rss2.xml").replace("снега".encode(), "дождя".encode()))

    run = run_import(source)

    assert (run.created, run.updated, run.skipped) == (0, 0, 3)
    assert not articles_in(section).filter(title="Синоптики обещают снег").exists()


def test_a_failing_item_is_recorded_and_the_others_are_imported(server, make_source, section):
    # The article's link field holds 500 characters: this item cannot be saved.
    long_link = "/news/" + "x" * 600
    feed = server.fixture("rss2.xml").replace(b"/news/road", long_link.encode())
    server.add("/rss.xml", feed, headers={"ETag": '"v1"'})
    source = make_source(import_images=False)

    run = run_import(source)

    assert (run.status, run.created, run.errors) == ("partial", 2, 1)
    assert "Открыт новый участок трассы М-1" in run.messages[0]
    assert not articles_in(section).filter(title="Открыт новый участок трассы М-1").exists()
    assert not ImportedItem.objects.filter(source=source, guid="agency-1002").exists()
    # The feed's ETag is not kept, so the next run gets the whole feed again.
    source.refresh_from_db()
    assert source.etag == "" and "Открыт новый участок" in source.last_error


def test_a_run_interrupted_mid_way_keeps_what_it_committed_and_the_rerun_completes(
    server, make_source, section
):
    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)

    def crash_after_two(position, total, outcome):
        if position == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        scheduling.import_source(source.pk, on_item=crash_after_two)

    crashed = ImportRun.objects.get(source=source)
    assert crashed.status == "failed" and "Interrupted" in crashed.error
    assert articles_in(section).count() == 2
    source.refresh_from_db()
    assert source.lease_token == "" and source.consecutive_failures == 1

    rerun = scheduling.import_source(source.pk)

    assert (rerun.status, rerun.created, rerun.skipped) == ("succeeded", 1, 2)
    assert articles_in(section).count() == 3
    assert ImportedItem.objects.filter(source=source).count() == 3


def test_a_run_left_running_by_a_killed_worker_is_closed_by_the_next_run(server, make_source):
    from django.utils import timezone

    server.add_fixture("/rss.xml", "rss2.xml")
    source = make_source(import_images=False)
    killed = ImportRun.objects.create(source=source, started_at=timezone.now())

    run_import(source)

    killed.refresh_from_db()
    assert (killed.status, killed.error) == ("failed", "Interrupted before it ended.")


def test_imported_articles_are_searchable_and_referenced_after_the_run(
    server, make_source, section
):
    """Indexing is deferred during a run (raion.syndication.indexing), never skipped."""
    from wagtail.models import ReferenceIndex

    server.add_fixture("/rss.xml", "rss2.xml")
    server.add("/images/field.png", png_bytes(), headers={"Content-Type": "image/png"})
    assert run_import(make_source()).created == 3

    found = NewsArticlePage.objects.live().child_of(section).search("озимых")
    assert [page.title for page in found] == ["В республике завершился сев озимых"]
    article = articles_in(section).get(title="В республике завершился сев озимых")
    assert ReferenceIndex.get_references_for_object(article).exists()
