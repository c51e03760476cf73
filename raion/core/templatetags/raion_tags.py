# ruff: noqa: RUF002 -- Cyrillic (ru) on purpose
"""Template helpers used by every page: dates, language links, navigation."""

from django import template
from wagtail.models import Site

from raion.core import dates, transliteration
from raion.network import sites
from raion.translations import alternates, switch

register = template.Library()


@register.filter
def local_date(value):
    """A date as the active language writes it: «13 октября 2008 г.»."""
    return dates.format_date(value) if value else ""


@register.filter
def in_reader_script(value):
    """A name (an article's source) in Latin letters on pages in a Latin-script language."""
    return transliteration.in_reader_script(value) if value else ""


@register.simple_tag
def month_name(year, month):
    return dates.format_month(year, month)


@register.simple_tag(takes_context=True)
def language_home(context):
    """The live home page of the request's site in the active language."""
    site = Site.find_for_request(context["request"])
    return site and sites.language_home(site)


@register.simple_tag
def main_navigation(home):
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language to the view the reader is on (raion.translations.switch)."""
    return switch.language_links(context["request"], page)


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context, page):
    """`<link rel="alternate" hreflang>` for every live translation, plus x-default.

    Only on the page's own URL: an archive or feed below a section has no counterpart
    at the translations' section URLs.
    """
    request = context["request"]
    if not getattr(page, "pk", None) or request.path != page.get_url(request):
        return {"alternates": [], "default": None}
    versions = alternates.language_versions(page, request)
    return {
        "alternates": [version for version in versions.values() if version.exact],
        "default": alternates.default_version(versions),
    }
