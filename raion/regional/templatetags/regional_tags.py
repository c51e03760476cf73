from django import template
from django.utils import translation

from raion.core.models import SiteIdentity
from raion.network.sites import site_for_page

from .. import directory, sharing

register = template.Library()


@register.simple_tag(takes_context=True)
def region_link(context):
    """{"name", "url"} of the region of the page's site in its language, or None."""
    site = context.get("current_site")
    if not getattr(site, "pk", None):
        return None
    return directory.region_link(site.pk, translation.get_language())


@register.simple_tag
def copy_origin(page):
    """{"name", "url"} of the site and page a regional copy comes from, or None.
    Kept on the page, as the head and the article both ask."""
    if not hasattr(page, "_regional_origin"):
        page._regional_origin = None
        if page.alias_of_id and sharing.is_copy(page):
            original = page.alias_of
            identity = SiteIdentity.for_site(site_for_page(original))
            page._regional_origin = {
                "name": identity.full_name if identity else "",
                "url": original.get_full_url(),
            }
    return page._regional_origin
