"""Publishing makes nginx refresh the page and every cached page that shows it.

The refresh requests go to a real HTTP server started by the test, standing in for
nginx's refresh listener; Wagtail's task runs at once (the test settings' backend).
"""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page

from raion.cache.frontend import delete_page_files
from raion.cache.invalidation import collected_refreshes, urls_showing
from raion.core.tree import ensure_child
from raion.network import content_version
from raion.network.factories import make_site
from raion.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


def paths(urls):
    return {url.split("://", 1)[1].split("/", 1)[1] for url in urls}


def test_an_article_is_shown_by_its_sections_home_feeds_and_sitemap(demo):
    article = demo.kyrgyzstan_article["ru"]
    month = f"{article.date.year}/{article.date.month:02}/"

    assert paths(urls_showing(article)) == {
        article.relative_url(demo.site).lstrip("/"),
        "ru/",
        "sitemap.xml",
        *(
            f"ru/news/{section}{suffix}"
            for section in ("", "republic/")
            for suffix in ("", "rss/", "atom/", f"{article.date.year}/", month)
        ),
    }


def test_publishing_refreshes_every_url_showing_the_article_after_commit(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    section = demo.district["ru"]
    article = section.add_child(
        instance=NewsArticlePage(
            title="Refresh me",
            slug="refresh-me",
            locale=section.locale,
            date=datetime.date(2024, 5, 9),
            lead="Lead.",
            live=False,
        )
    )
    version_before = content_version.current(demo.site.pk)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()
    assert refresh_listener == []  # nothing is refreshed before the content is committed

    for callback in callbacks:
        callback()

    host = demo.site.hostname + (f":{demo.site.port}" if demo.site.port != 80 else "")
    assert {h for h, _path in refresh_listener} == {host}
    assert {p.lstrip("/") for _h, p in refresh_listener} == paths(urls_showing(article))
    assert "/ru/news/district/2024/05/" in {p for _h, p in refresh_listener}
    assert content_version.current(demo.site.pk) != version_before


def test_the_page_files_of_each_refreshed_page_are_deleted_after_its_refresh(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    article = demo.kyrgyzstan_article["ru"]

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    requests = refresh_listener.requests
    pages = [path for method, path in requests if method == "GET" and path.endswith("/")]
    assert article.relative_url(demo.site) in pages and "/ru/" in pages
    # Each page file: the page as it is and compressed.
    deletions = {path + name: [] for path in pages for name in ("index.html", "index.html.gz")}
    for index, (method, path) in enumerate(requests):
        if method == "DELETE":
            deletions[path.removeprefix("/_page-files")].append(index)
    for page_file, indexes in deletions.items():
        assert len(indexes) == 2, page_file
        page = page_file.removesuffix(".gz").removesuffix("index.html")
        assert requests.index(("GET", page)) < indexes[0], page_file
    # The second deletions (at once with the immediate task backend of the tests) come
    # after every refresh and every first deletion.
    first_pass = [index for index, (method, _path) in enumerate(requests) if method == "GET"]
    first_pass += [first for first, _second in deletions.values()]
    assert max(first_pass) < min(second for _first, second in deletions.values())
    # The sitemap's address names no page file: it is only refreshed.
    assert sum(map(len, deletions.values())) == len([r for r in requests if r[0] == "DELETE"])


def test_where_tasks_can_wait_the_second_deletion_waits_a_second(demo, refresh_listener):
    dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    url = demo.site.root_url + "/ru/"
    with override_settings(TASKS=dummy):
        before = timezone.now()
        get_backends()["nginx"].purge_batch([url])
        (deletion,) = default_task_backend.results

    assert refresh_listener.requests == [
        ("GET", "/ru/"),
        ("DELETE", "/_page-files/ru/index.html"),
        ("DELETE", "/_page-files/ru/index.html.gz"),
    ]
    assert deletion.task.func is delete_page_files.func
    assert deletion.args[1] == [url]
    assert deletion.task.run_after - before >= datetime.timedelta(seconds=1)


def test_collected_refreshes_send_each_committed_url_once_when_leaving(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    section = demo.district["ru"]
    with collected_refreshes():
        for slug in ("collected-one", "collected-two"):
            article = section.add_child(
                instance=NewsArticlePage(
                    title=slug, slug=slug, locale=section.locale, lead="Lead.", live=False
                )
            )
            with django_capture_on_commit_callbacks(execute=True):
                article.save_revision().publish()
        assert refresh_listener == []  # collected, not sent yet

    refreshed = [path for _host, path in refresh_listener]
    assert len(refreshed) == len(set(refreshed))
    assert {"/ru/news/district/collected-one/", "/ru/news/district/collected-two/"} <= set(
        refreshed
    )
    assert refreshed.count("/ru/news/district/") == refreshed.count("/ru/") == 1


def test_a_commit_after_collecting_ended_refreshes_at_once(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    article = demo.kyrgyzstan_article["ru"]
    with django_capture_on_commit_callbacks() as callbacks, collected_refreshes():
        article.save_revision().publish()
    assert refresh_listener == []

    for callback in callbacks:  # the commit comes after collecting ended
        callback()

    assert article.relative_url(demo.site) in {path for _host, path in refresh_listener}


def test_unpublishing_refreshes_the_same_urls(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    article = demo.kyrgyzstan_article["ru"]
    expected = paths(urls_showing(article))

    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()

    assert {p.lstrip("/") for _h, p in refresh_listener} == expected


def test_moving_refreshes_the_old_url_and_the_old_sections(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    article = demo.kyrgyzstan_article["ru"]
    old_url = article.relative_url(demo.site)
    destination = demo.district["ru"]

    with django_capture_on_commit_callbacks(execute=True):
        article.move(destination, pos="last-child")

    moved = Page.objects.get(pk=article.pk).specific
    refreshed = {p for _h, p in refresh_listener}
    assert old_url in refreshed
    assert moved.relative_url(demo.site) in refreshed
    assert {"/ru/news/republic/", "/ru/news/district/", "/ru/news/"} <= refreshed


def test_without_a_front_end_cache_nothing_is_scheduled(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        demo.kyrgyzstan_article["ru"].save_revision().publish()
    assert not any("raion.cache" in getattr(callback, "__module__", "") for callback in callbacks)


def test_a_publish_on_another_hostname_refreshes_that_hostnames_pages_only(
    demo, refresh_listener, django_capture_on_commit_callbacks
):
    """nginx keeps pages and page files per hostname (deploy/nginx: `$host`): every
    refresh and deletion names the publishing site's hostname."""
    vitebsk = make_site("vitebsk")
    section = vitebsk.sections["en"]["district"]
    article = ensure_child(
        section,
        NewsArticlePage,
        "vitebsk-opens",
        locale=section.locale,
        publish=False,
        title="Vitebsk opens",
        date=datetime.date(2026, 1, 15),
        lead="The first news of Vitebsk.",
    )
    listings = [
        page.full_url.removeprefix("http://vitebsk.example.by")
        for page in (vitebsk.sections["en"]["news"], section)
    ]

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert {host for host, _path in refresh_listener} == {"vitebsk.example.by"}
    assert refresh_listener.deletion_hosts == {"vitebsk.example.by"}
    assert {path for _host, path in refresh_listener} == {
        "/sitemap.xml",
        "/en/",
        *(
            f"{listing}{sub}"
            for listing in listings
            for sub in ("", "rss/", "atom/", "2026/", "2026/01/")
        ),
        f"{listings[1]}{article.slug}/",
    }
    assert ("DELETE", "/_page-files/en/index.html") in refresh_listener.requests
