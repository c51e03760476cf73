"""The canonical address of the page being shown, for `<link rel="canonical">`."""

from django import template
from django.utils.encoding import escape_uri_path
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The request's path on its site's own hostname: a site answering under another name
    (an IP address, a `www.` twin) is indexed under one. Of the query string only a
    listing's page number names different content."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return ""
    url = site.root_url + escape_uri_path(request.path)
    page_number = request.GET.get("page", "")
    if page_number.isdigit() and int(page_number) > 1:
        url += f"?page={int(page_number)}"
    return url
