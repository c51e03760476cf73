"""Where a page is in each language: for the language switch, hreflang and the sitemap.

A page's version in another language is its live page with the same `translation_key`.
When there is none, the switch leads to the nearest ancestor that has one, so switching
language never ends in a 404. The answer is cached per page until the content version
of its site changes, so rendering it costs no query on a warm cache.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page

from raion.network import content_version
from raion.network.sites import site_id_for_path

# Each language's link is labelled in that language.
SHORT_LABELS = {"ru": "Рус", "be": "Бел", "en": "Eng"}  # noqa: RUF001 (Cyrillic on purpose)


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    page_id: int
    url: str
    full_url: str
    exact: bool  # the page itself in that language, not an ancestor standing in for it


def language_versions(page, request) -> dict[str, LanguageVersion]:
    """{language: LanguageVersion} for every language that has the page or an ancestor.

    `translation_key` and locale identify the page; its ancestors decide the fallbacks.
    """
    key = (
        f"raion:language-versions:v2:{page.translation_key}:{page.locale_id}:"
        f"{content_version.current(site_id_for_path(page.path))}"
    )
    versions = cache.get(key)
    if versions is None:
        versions = _find_language_versions(page, request)
        cache.set(key, versions, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return versions


def _ancestors(page):
    """Ancestors from the language root down to the parent, without a query when routed."""
    if hasattr(page, "breadcrumb_ancestors"):
        return list(page.breadcrumb_ancestors())
    return list(page.get_ancestors().filter(depth__gt=1))


def _find_language_versions(page, request):
    nearest_first = [page, *reversed(_ancestors(page))]
    live = Page.objects.filter(
        translation_key__in=[candidate.translation_key for candidate in nearest_first],
        live=True,
    ).select_related("locale")
    by_key_and_language = {
        (other.translation_key, other.locale.language_code): other for other in live
    }
    versions = {}
    for code, _name in settings.LANGUAGES:
        for distance, candidate in enumerate(nearest_first):
            target = by_key_and_language.get((candidate.translation_key, code))
            url = target and target.get_url(request)
            if url:
                versions[code] = LanguageVersion(
                    language_code=code,
                    page_id=target.pk,
                    url=url,
                    full_url=target.get_full_url(request),
                    exact=distance == 0,
                )
                break
    return versions


def default_version(versions: dict[str, LanguageVersion]) -> LanguageVersion | None:
    """The exact version for readers of no listed language (hreflang `x-default`):
    the default language's when the page has one, else the first in LANGUAGES order."""
    order = [settings.LANGUAGE_CODE, *(code for code, _name in settings.LANGUAGES)]
    exact = [versions[code] for code in order if code in versions and versions[code].exact]
    return exact[0] if exact else None
