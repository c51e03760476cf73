"""Work that one thread gathers for a while and then does once per batch: the search
indexing of imported articles (raion.syndication.indexing) and the cache refreshes of
what a feed import publishes (raion.cache.invalidation)."""

import threading
from contextlib import contextmanager


class ThreadBatch:
    """Items this thread gathers within gathering(); `send` gets them, each once, at
    flush() and on leaving. Outside gathering(), add() returns False: do the work now."""

    def __init__(self, send):
        self._send = send
        self._local = threading.local()

    def add(self, items) -> bool:
        gathered = getattr(self._local, "items", None)
        if gathered is None:
            return False
        gathered.update(items)
        return True

    @contextmanager
    def gathering(self):
        self._local.items = set()
        try:
            yield
        finally:
            try:
                self.flush()
            finally:
                del self._local.items

    def flush(self):
        gathered = getattr(self._local, "items", None)
        if gathered:
            items = set(gathered)
            gathered.clear()
            self._send(items)
