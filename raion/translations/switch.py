"""The language switch: for each language, the same view the reader is on.

A page's own URL leads to its translation (`alternates`). Below a page, the routable
sub-path (an archive, a feed) and the place in the query string (`?page=2`) follow it to an exact
translation, so the reader keeps their place; a stand-in ancestor gets neither, since
the sub-path belongs to another page. A view that is not a page (the display settings)
leads to the same named view under the other language's prefix. An error page leads to
each language's home.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from raion.network import content_version
from raion.network.sites import site_id_for_path

from . import alternates

# The URL name of Wagtail's page serving (raion.urls): its paths are pages, not views.
PAGE_VIEW_NAME = "wagtail_serve"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    label: str  # in that language
    name: str
    url: str
    current: bool  # the link leads to the view the reader is on


# The query parameters that are part of the reader's place (a listing's page number, where
# the display settings return to); any other parameter stays behind, so odd query strings
# neither reach the links nor make pages that differ from their cached copies.
PLACE_PARAMETERS = ("page", "next")


def _query(request):
    kept = QueryDict(mutable=True)
    for name in PLACE_PARAMETERS:
        if name in request.GET:
            kept[name] = request.GET[name]
    return f"?{kept.urlencode(safe='/')}" if kept else ""


def _page_urls(request, page):
    """{language: URL} of `page` (and the reader's place below it) in each language."""
    versions = alternates.language_versions(page, request)
    own_url = page.get_url(request) or ""
    below = request.path[len(own_url) :] if request.path.startswith(own_url) else ""
    place = below + _query(request)
    if not place:
        return {code: version.url for code, version in versions.items()}
    # A translation may lack the place (fewer pages of news, a month without any): ask
    # each, once per content version.
    version = content_version.current(site_id_for_path(page.path))
    key = f"raion:language-switch:{page.pk}:{hashlib.sha256(place.encode()).hexdigest()}:{version}"
    urls = cache.get(key)
    if urls is None:
        urls = _places_in_translations(request, page, versions, below, place)
        cache.set(key, urls, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return urls


def _places_in_translations(request, page, versions, below, place):
    exact_ids = [version.page_id for version in versions.values() if version.exact]
    targets = {other.pk: other for other in Page.objects.filter(pk__in=exact_ids).specific()}
    urls = {}
    for code, version in versions.items():
        target = page if version.page_id == page.pk else targets.get(version.page_id)
        shows_it = version.exact and target is not None
        if shows_it and hasattr(target, "has_view"):
            shows_it = target.has_view(below, request.GET)
        urls[code] = version.url + place if shows_it else version.url
    return urls


def _view_urls(request):
    """{language: URL} of a named view that is not a page, or None for anything else."""
    match = request.resolver_match
    if match is None or not match.url_name or match.url_name == PAGE_VIEW_NAME:
        return None
    path = request.path
    urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    if urls[translation.get_language()] != path:
        return None  # not under a language prefix: there is nothing to switch
    return {code: url + _query(request) for code, url in urls.items()}


def _home_urls(request):
    site = Site.find_for_request(request)
    root = site and site.root_page
    versions = alternates.language_versions(root, request) if root else {}
    return {code: version.url for code, version in versions.items()}


def language_links(request, page=None) -> list[LanguageLink]:
    """One link per language that has somewhere to go, in `LANGUAGES` order."""
    urls = None
    if getattr(page, "pk", None) is not None:
        urls = _page_urls(request, page)
    else:
        urls = _view_urls(request)
    on_the_view = urls is not None
    if urls is None:
        urls = _home_urls(request)
    current = translation.get_language()
    return [
        LanguageLink(
            code=code,
            label=alternates.SHORT_LABELS.get(code, code),
            name=name,
            url=urls[code],
            current=on_the_view and code == current,
        )
        for code, name in settings.LANGUAGES
        if code in urls
    ]
