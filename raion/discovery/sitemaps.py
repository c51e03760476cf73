import functools
import operator

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLanguagesSitemap(Sitemap):
    """Every live public page of the request's site, in every language tree.

    Wagtail's own sitemap lists only the tree of the site's root page: the default
    language's.
    """

    def items(self):
        site = Site.find_for_request(self.request)
        roots = (
            Page.objects.filter(translation_key=site.root_page.translation_key, live=True)
            if site
            else []
        )
        if not roots:
            return Page.objects.none()
        under_a_root = functools.reduce(operator.or_, (Q(path__startswith=r.path) for r in roots))
        return Page.objects.live().public().filter(under_a_root).order_by("path").specific()
