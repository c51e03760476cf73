from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from raion.network import content_version


class CachedCountPaginator(Paginator):
    """A paginator whose total is counted once per content version of `site_id`.

    Counting every article of a large section is the slowest query of a listing page,
    and its result only changes when something is published or unpublished.
    """

    def __init__(self, object_list, per_page, count_key, site_id, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = f"raion:count:{count_key}:{content_version.current(site_id)}"

    @cached_property
    def count(self):
        return cache.get_or_set(self.count_key, lambda: Paginator.count.func(self), 3600)
