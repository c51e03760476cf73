"""The sites of the network: finding the request's site, a site's language trees, and the
site a page belongs to.

A site's root page is its home page in the default language; its homes in the other
languages are the pages with the same `translation_key` directly under Wagtail's root.
Everything that needs "this site in that language" asks here.
"""

import functools
import operator

from django.core.cache import cache
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from . import content_version

HOME_DEPTH = 2  # language homes are direct children of Wagtail's root
_STEPLEN = Page.steplen


def find_site(request):
    """Wagtail's site lookup for `request`, cached until a site or language home changes."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"raion:site:{hostname}:{port}:{content_version.current()}"
    site = cache.get(key)
    if site is None:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = False
        cache.set(key, site, timeout=3600)
    return site or None


class SiteMiddleware:
    """Puts the cached site where Wagtail looks for it (`Site.find_for_request`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        return self.get_response(request)


def language_homes(site: Site, live_only=True):
    """The site's home pages, one per language tree (not specific)."""
    homes = Page.objects.filter(
        translation_key=site.root_page.translation_key, depth=HOME_DEPTH
    ).select_related("locale")
    return homes.filter(live=True) if live_only else homes


def language_root_paths(site: Site) -> dict[str, str]:
    """{language code: `url_path` of the site's live home in that language}, cached."""
    key = f"raion:language-roots:{site.pk}:{content_version.current(site.pk)}"
    paths = cache.get(key)
    if paths is None:
        paths = dict(language_homes(site).values_list("locale__language_code", "url_path"))
        cache.set(key, paths, timeout=3600)
    return paths


def language_root_path(site: Site, language_code: str) -> str | None:
    """`url_path` of the live home of `site` in `language_code`, or None if there is none."""
    return language_root_paths(site).get(language_code) if site else None


def language_home(site: Site, language_code: str | None = None):
    """The live home page (specific) of `site` in the active language, or None."""
    root_path = language_root_path(site, language_code or translation.get_language())
    if not root_path:
        return None
    return Page.objects.filter(url_path=root_path).specific().first()


def page_under_home(site: Site, slug: str, language_code: str | None = None):
    """The live page with `slug` directly under the site's home in the active language."""
    root_path = language_root_path(site, language_code or translation.get_language())
    if not root_path:
        return None
    return Page.objects.live().filter(url_path=f"{root_path}{slug}/").first()


def home_paths_by_site() -> dict[str, int]:
    """{tree path of a language home: id of its site} for every site, cached."""
    key = f"raion:home-paths:{content_version.current()}"
    paths = cache.get(key)
    if paths is None:
        sites = {
            key: site_id
            for site_id, key in Site.objects.values_list("pk", "root_page__translation_key")
        }
        paths = {
            path: sites[translation_key]
            for path, translation_key in Page.objects.filter(
                depth=HOME_DEPTH, translation_key__in=sites
            ).values_list("path", "translation_key")
        }
        cache.set(key, paths, timeout=3600)
    return paths


def site_id_for_path(tree_path: str) -> int | None:
    """The id of the site whose language trees hold the page at `tree_path`."""
    return home_paths_by_site().get(tree_path[: _STEPLEN * HOME_DEPTH])


def site_for_page(page) -> Site | None:
    site_id = site_id_for_path(page.path)
    return Site.objects.select_related("root_page").filter(pk=site_id).first() if site_id else None


def pages_of_site(site: Site):
    """Every page of every language tree of `site` (live or not), homes included."""
    home_paths = list(language_homes(site, live_only=False).values_list("path", flat=True))
    if not home_paths:
        return Page.objects.none()
    return Page.objects.filter(
        functools.reduce(operator.or_, (Q(path__startswith=path) for path in home_paths))
    )


def live_page_of_type(site: Site, model, language_code: str):
    """The first live page of `model` in the site's tree of `language_code` (specific), or
    None: where a section's rows are shown, for links to them from outside the page."""
    root_path = language_root_path(site, language_code)
    if not root_path:
        return None
    return model.objects.live().filter(url_path__startswith=root_path).order_by("path").first()
