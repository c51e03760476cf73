"""Template helpers used by every page: dates, language links, navigation."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, Site

from raion.core import content_version, dates
from raion.core.routing import language_root_path

register = template.Library()


@register.filter
def local_date(value):
    """A date as the active language writes it: «13 октября 2008»."""
    return dates.format_date(value) if value else ""


@register.simple_tag
def month_name(year, month):
    return dates.format_month(year, month)


@register.simple_tag(takes_context=True)
def language_home(context):
    """The live home page of the request's site in the active language."""
    request = context["request"]
    site = Site.find_for_request(request)
    root_path = site and language_root_path(site, translation.get_language())
    if not root_path:
        return None
    return Page.objects.filter(url_path=root_path).specific().first()


@register.simple_tag
def main_navigation(home):
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


def _translation_urls(page, request):
    """{language: url} of the live pages sharing `page`'s translation key (cached)."""
    key = f"raion:translations:{page.translation_key}:{content_version.current()}"
    urls = cache.get(key)
    if urls is None:
        translations = Page.objects.filter(
            translation_key=page.translation_key, live=True
        ).select_related("locale")
        urls = {other.locale.language_code: other.get_url(request) for other in translations}
        cache.set(key, urls, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return urls


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: to this page's live translation, else to that language's home."""
    current = translation.get_language()
    request = context["request"]
    urls = _translation_urls(page, request) if getattr(page, "pk", None) else {}
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code) or f"/{code}/",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
