from django import template
from django.utils import translation
from wagtail.models import Page, Site

from raion.core.routing import language_root_path

register = template.Library()

# The accessibility statement is the page with this slug directly under a language home.
STATEMENT_SLUG = "accessibility"


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The live accessibility statement of the request's site in the active language."""
    site = Site.find_for_request(context["request"])
    root_path = site and language_root_path(site, translation.get_language())
    if not root_path:
        return None
    return Page.objects.live().filter(url_path=f"{root_path}{STATEMENT_SLUG}/").first()
