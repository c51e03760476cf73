from django import template
from django.urls import reverse
from wagtail.models import Site

from raion.network.sites import page_under_home

from .. import stylesheet
from ..preferences import COOKIE_NAME

register = template.Library()

# The accessibility statement is the page with this slug directly under a language home.
STATEMENT_SLUG = "accessibility"


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The live accessibility statement of the request's site in the active language."""
    site = Site.find_for_request(context["request"])
    return site and page_under_home(site, STATEMENT_SLUG)


@register.inclusion_tag("accessibility/stylesheet_links.html")
def display_stylesheet_links():
    """The visitor's stylesheet, under the release of its CSS (see `stylesheet`)."""
    return {
        "url": f"{reverse('display_stylesheet')}?r={stylesheet.release()}",
        "cookie_name": COOKIE_NAME,
    }
