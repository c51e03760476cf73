"""The read-only JSON API of one site: what its search index holds (raion.search), so
every registered source (pages and news, documents, procedures, officials, units) is in
the API with nothing more than its registration, and nothing readers may not see
(drafts, private pages) or another site's content can be. docs/api.md describes it."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from raion.network import content_version
from raion.search import registry
from raion.search.models import Entry

from .throttle import over_limit

CACHE_SECONDS = 300
SUMMARY_LENGTH = 300


class ListingForm(forms.Form):
    language = forms.ChoiceField(required=False)
    section = forms.CharField(required=False, max_length=500)
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", ""), *settings.LANGUAGES]


def _error(status, message):
    return JsonResponse({"error": message}, status=status)


def _item(entry, root_url):
    return {
        "id": f"{entry.source}:{entry.object_id}",
        "type": entry.kind,
        "language": entry.language,
        "title": entry.title,
        "url": root_url + entry.url,
        "date": entry.date.isoformat() if entry.date else None,
        "summary": entry.body[:SUMMARY_LENGTH],
    }


def _listing(site, kinds, data):
    entries = Entry.objects.filter(site=site, kind__in=kinds).newest_first()
    if data["language"]:
        entries = entries.filter(language=data["language"])
    if data["section"]:
        entries = entries.filter(url__startswith="/" + data["section"].strip("/") + "/")
    if data["date_from"]:
        entries = entries.filter(date__gte=data["date_from"])
    if data["date_to"]:
        entries = entries.filter(date__lte=data["date_to"])
    fields = ("source", "object_id", "kind", "language", "title", "url", "date", "body")
    paginator = Paginator(entries.only(*fields), data["page_size"] or 20)
    page = paginator.page(data["page"] or 1)
    root_url = site.root_url
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "items": [_item(entry, root_url) for entry in page.object_list],
    }


def _kinds(collection):
    """The kinds a collection lists: "pages" every kind of the page source, else one
    registered kind ("news", and "document" once documents register); None if unknown."""
    if collection == "pages":
        return list(registry.source("page").kinds)
    return [collection] if collection in registry.kinds() else None


@require_safe
def listing(request, collection):
    if over_limit(request):
        response = _error(429, "Too many requests; try again in a minute.")
        response["Retry-After"] = "60"
        return response
    site = Site.find_for_request(request)
    kinds = _kinds(collection)
    # 400, not 404: Django's LocaleMiddleware turns a 404 outside the language prefixes
    # into a redirect to /ru/…, which is no answer for a machine.
    if site is None or kinds is None:
        return _error(400, "No such site or type.")
    form = ListingForm(request.GET)
    if not form.is_valid():
        return _error(400, {field: list(errors) for field, errors in form.errors.items()})
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()
    key = f"raion:api:{site.pk}:{content_version.current(site.pk)}:{collection}:{query}"
    body = cache.get(key)
    if body is None:
        try:
            body = _listing(site, kinds, form.cleaned_data)
        except EmptyPage:
            return _error(400, "No such page.")
        cache.set(key, body, timeout=CACHE_SECONDS)
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response
