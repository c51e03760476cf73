"""Search and reference indexing of imported articles, once per article per batch.

Creating and publishing an article saves its page three times, and every save would
index it again (search index and reference index). During an import run those saves
only note the page; the notes are indexed together every BATCH items and when the run
ends, however it ends. Saves outside an import run, in any thread, index as before.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save

from raion.core.batching import ThreadBatch
from raion.news.models import NewsArticlePage

BATCH = 200

_installed = threading.Lock()
_handlers = {"done": False}


def _deferring(handler):
    def receiver(instance, **kwargs):
        if kwargs.get("raw", False) or not _pending.add([instance.pk]):
            handler(instance, **kwargs)

    return receiver


def _install():
    """Put deferring receivers in place of the two indexing ones, for articles only."""
    with _installed:
        if _handlers["done"]:
            return
        for handler in (post_save_signal_handler, update_reference_index_on_save):
            if post_save.disconnect(handler, sender=NewsArticlePage):
                _handlers[handler] = _deferring(handler)
                post_save.connect(_handlers[handler], sender=NewsArticlePage, weak=False)
        _handlers["done"] = True


@contextmanager
def deferred_indexing():
    """Within, article saves of this thread are indexed by flush() or on leaving."""
    _install()
    with _pending.gathering():
        yield


def _index(pages):
    articles = list(NewsArticlePage.objects.filter(pk__in=pages))
    if post_save_signal_handler in _handlers:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(NewsArticlePage, articles)
    if update_reference_index_on_save in _handlers:
        for article in articles:
            ReferenceIndex.create_or_update_for_object(article)


def index_now(pages):
    """Index the articles `pages` (primary keys) at once, as their saves would have."""
    _install()
    _index(list(pages))


_pending = ThreadBatch(_index)
flush = _pending.flush
