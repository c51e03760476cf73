"""Which cached URLs show a page, and refreshing them in the front-end cache on change.

A published, unpublished, moved or renamed page changes more than its own URL: every
ancestor may show it (a news section lists it in its feeds and archives, a home page its
latest news), and the sitemap lists it. Each page type says which of its URLs show a
descendant (`urls_showing`); this module knows no page type. Deeper listing pages and
other languages' pages catch up when their cache entries expire.

A site-owned row (a document, a procedure's local details, an official, a schedule)
changes the pages its model declares it is shown on (`shown_on`), and its own sub-page.
"""

import copy

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from raion.core.batching import ThreadBatch
from raion.network.signals import site_owned_models


def urls_showing(page) -> set[str]:
    """Full URLs of the cached pages that show `page`, `page` included."""
    _site, root_url, page_path = page.get_url_parts() or (None, None, None)
    if page_path is None:  # not under any site's root
        return set()
    urls = {root_url + page_path, root_url + reverse("sitemap")}
    for ancestor in page.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        declared = getattr(ancestor, "urls_showing", None)
        if declared is not None:
            urls |= declared(page)
    return urls


def urls_showing_row(row) -> set[str]:
    """Full URLs of the cached pages that show a site-owned row."""
    urls = set()
    for page in row.showing_pages():
        urls |= urls_showing(page)
        below = row.shown_at(page) if page._meta.label == row.shown_on[0] else ""
        if below and not below.startswith("#"):
            urls.add(page.get_full_url() + below)
    return urls


def url_at(page, url_path: str) -> str | None:
    """The full URL `page` had when its url_path was `url_path`."""
    old = copy.copy(page)
    old.url_path = url_path
    return old.get_full_url()


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _refresh(urls):
    PurgeBatch(urls).purge()


_collected = ThreadBatch(_refresh)


def refresh_after_commit(urls):
    """Refresh `urls` once the current transaction has committed, so they render new content.

    A commit within collected_refreshes() gathers them instead, to be refreshed once.
    """
    if urls:
        transaction.on_commit(lambda: _refresh_unless_gathered(urls))


def _refresh_unless_gathered(urls):
    if not _collected.add(urls):
        _refresh(urls)


def collected_refreshes():
    """Within, this thread's refreshes are sent by send_collected() or on leaving, each URL
    once: a run that publishes many articles of one section refreshes that section, its
    feeds, the home page and the sitemap once, not once per article."""
    return _collected.gathering()


send_collected = _collected.flush


def _on_published_or_unpublished(instance, **_kwargs):
    if enabled():
        refresh_after_commit(urls_showing(instance))


def _on_moved(instance, parent_page_before, url_path_before, **_kwargs):
    if not enabled():
        return
    urls = urls_showing(instance) | urls_showing(parent_page_before)
    urls.add(url_at(instance, url_path_before))
    refresh_after_commit(urls - {None})


def _on_slug_changed(instance, instance_before, **_kwargs):
    if enabled():
        refresh_after_commit({instance_before.get_full_url()} - {None})


def _on_row_change(instance, **_kwargs):
    if enabled():
        refresh_after_commit(urls_showing_row(instance))


def connect():
    page_published.connect(_on_published_or_unpublished, dispatch_uid="raion-cache-published")
    page_unpublished.connect(_on_published_or_unpublished, dispatch_uid="raion-cache-unpublished")
    post_page_move.connect(_on_moved, dispatch_uid="raion-cache-moved")
    page_slug_changed.connect(_on_slug_changed, dispatch_uid="raion-cache-slug-changed")
    for model in site_owned_models():
        if getattr(model, "shown_on", ()):
            uid = f"raion-cache-{model._meta.label_lower}"
            post_save.connect(_on_row_change, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(_on_row_change, sender=model, dispatch_uid=f"{uid}-delete")
