"""The admin's page search on our index (body text, Russian and Belarusian forms).

`WAGTAILSEARCH_BACKENDS` names `raion.search.backend`: Wagtail's database backend for the
database in use, except that a search or autocomplete of pages (the admin's search, the
explorer's and the page chooser's) returns the pages our index finds in any language,
plus those Wagtail's own index finds (drafts and titles, which ours does not hold: it
holds what readers may find). Everything else, permissions, filters, facets, ordering
and pagination, stays Wagtail's: the matching pages are handed to it as a queryset.
"""

from django.conf import settings
from django.db.models import QuerySet
from modelsearch.backends import database
from modelsearch.query import MATCH_ALL, PlainText
from wagtail.models import Page

from .query import object_ids_matching


class PageSearchMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        queryset = (
            model_or_queryset
            if isinstance(model_or_queryset, QuerySet)
            else model_or_queryset.objects.all()
        )
        # The admin parses the query into a PlainText; a string comes from code.
        text = query.query_string if isinstance(query, PlainText) else query
        if not isinstance(text, str) or not text.strip() or not issubclass(queryset.model, Page):
            return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        languages = [code for code, _name in settings.LANGUAGES]
        ours = object_ids_matching("page", text, languages)
        theirs = super()._search(query_compiler_class, query, queryset, **kwargs)
        ids = {int(pk) for pk in ours} | {page.pk for page in theirs}
        kwargs["order_by_relevance"] = False
        return super()._search(
            query_compiler_class, MATCH_ALL, queryset.filter(pk__in=ids), **kwargs
        )


def SearchBackend(params):
    wagtails = type(database.SearchBackend(params))
    return type(f"Raion{wagtails.__name__}", (PageSearchMixin, wagtails), {})(params)
