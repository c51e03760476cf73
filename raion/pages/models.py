from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from raion.core.blocks import BodyBlock
from raion.core.pages import SitePage


class SectionNavigationMixin:
    """The pages of a page's section beside it (every page type of a section shows them,
    with `pages/includes/section_nav.html`)."""

    def section_root(self):
        """The top-level page of this page's section (the child of the home page)."""
        ancestors = self.breadcrumb_ancestors()
        return ancestors[1] if len(ancestors) > 1 else self

    def section_navigation(self):
        """The section's pages as a tree: every live child of the section root, and the
        children of each page on the way down to this one, so every page of a section is
        reachable from its neighbours whether or not it shows in menus.

        [(page, [(child, [...]), ...]), ...] in tree order, from one query.
        """
        root = self.section_root()
        trail = [root, *self.breadcrumb_ancestors()[2:], self]
        opened = {page.path: page for page in trail if page.depth >= root.depth}
        children_of_opened = Q()
        for page in opened.values():
            children_of_opened |= Q(path__startswith=page.path, depth=page.depth + 1)
        pages = Page.objects.live().public().filter(children_of_opened).order_by("path")
        by_parent = {}
        for page in pages:
            by_parent.setdefault(page.path[: -Page.steplen], []).append(page)

        def branch(parent_path):
            return [(page, branch(page.path)) for page in by_parent.get(parent_path, [])]

        return branch(root.path)


class StandardPage(SectionNavigationMixin, SitePage):
    """A page of a site's sections ("About the district", "Leadership", …), with the
    pages of its section listed beside it."""

    # Basic information and the procedure for appeals must be in ru and be by law.
    bilingual_required = True

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = SitePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
