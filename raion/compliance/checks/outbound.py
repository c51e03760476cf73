"""Outbound links that do not answer, as the worker last found them (`outbound`): the
check itself never makes a request."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from .. import admin_urls
from ..models import OutboundLink
from ..registry import RECOMMENDED, Check, Finding, register


@register
class OutboundLinksCheck(Check):
    id = "outbound-links"
    title = _("Links to other sites that answer")
    severity = RECOMMENDED
    order = 70

    def run(self, site):
        broken = OutboundLink.objects.filter(site=site, ok=False).select_related("page")
        return [
            Finding(
                gettext_noop("“%(page)s” links to %(url)s, which does not answer: %(error)s"),
                {
                    "page": link.page.title if link.page else "",
                    "url": link.url,
                    "error": link.error,
                },
                admin_urls.edit_page(link.page_id) if link.page_id else "",
            )
            for link in broken.order_by("url")
        ]
