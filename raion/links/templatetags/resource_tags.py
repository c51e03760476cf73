from django import template
from wagtail.models import Site

from raion.links.models import ResourceList

register = template.Library()


@register.inclusion_tag("links/resources.html", takes_context=True)
def internet_resources(context):
    resources = ResourceList.for_site(
        Site.find_for_request(context["request"]), prefetch=("items__banner__renditions",)
    )
    return {"resources": list(resources.items.all()) if resources else []}
