"""Checks of what pages say: links to pages and documents that are gone or not live, and
images without alt text."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.documents import get_document_model
from wagtail.models import Page

from .. import admin_urls
from ..content import site_content
from ..registry import RECOMMENDED, REQUIRED, Check, Finding, register


@register
class BrokenLinksCheck(Check):
    id = "internal-links"
    title = _("Links to pages and documents that exist")
    severity = REQUIRED
    order = 40

    def run(self, site):
        contents = site_content(site)
        page_ids = set().union(*(c.page_links for c in contents))
        document_ids = set().union(*(c.document_links for c in contents))
        live_pages = set(
            Page.objects.filter(pk__in=page_ids, live=True).values_list("pk", flat=True)
        )
        documents = set(
            get_document_model().objects.filter(pk__in=document_ids).values_list("pk", flat=True)
        )
        findings = []
        for content in contents:
            broken = len(content.page_links - live_pages) + len(content.document_links - documents)
            if broken:
                findings.append(
                    Finding(
                        gettext_noop(
                            "“%(page)s” links to %(count)s page(s) or document(s) that do not "
                            "exist or are not published."
                        ),
                        {"page": content.page.title, "count": broken},
                        admin_urls.edit_page(content.page.pk),
                    )
                )
        return findings


@register
class ImageAltTextCheck(Check):
    id = "image-alt"
    title = _("Images with alt text")
    severity = RECOMMENDED
    order = 50

    def run(self, site):
        return [
            Finding(
                gettext_noop("“%(page)s” has %(count)s image(s) without alt text."),
                {"page": content.page.title, "count": content.images_without_alt},
                admin_urls.edit_page(content.page.pk),
            )
            for content in site_content(site)
            if content.images_without_alt
        ]
