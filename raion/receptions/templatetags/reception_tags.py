"""Schedules and occurrences in templates: the "Upcoming receptions and direct lines"
block, rules in words, phone links."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from raion.network import content_version

from .. import queries, wording
from ..calendar import minsk_now
from ..pages import ReceptionsPage

register = template.Library()

UPCOMING_COUNT = 5


@register.simple_tag(takes_context=True)
def upcoming_receptions(context):
    """The site's next receptions and direct lines, cached under the site's content version
    for a quarter of an hour (what is over leaves the list within that)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return ""
    language = translation.get_language()
    now = minsk_now()
    key = (
        f"raion:upcoming-receptions:{site.pk}:{language}:{content_version.current(site.pk)}:"
        f"{now:%Y%m%d%H}{now.minute // 15}"
    )
    html = cache.get(key)
    if html is None:
        rows = queries.schedules(site.pk, language)
        html = render_to_string(
            "receptions/includes/upcoming.html",
            {
                "occurrences": queries.next_occurrences(rows, UPCOMING_COUNT, now),
                "receptions_page": ReceptionsPage.for_site_language(site.pk, language),
            },
        )
        cache.set(key, html, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308  (rendered by our own autoescaping template)


@register.filter
def in_words(schedule):
    return wording.schedule_in_words(schedule)


@register.filter
def weekday(value):
    return wording.weekday_name(value)


@register.filter
def tel_uri(number):
    return "tel:" + "".join(ch for ch in number or "" if ch.isdigit() or ch == "+")
