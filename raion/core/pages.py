"""What every public page type has in common."""

from django.utils.functional import cached_property
from wagtail.models import Page, PageViewRestriction

from raion.core.page_form import SitePageForm
from raion.network.sites import site_id_for_path
from raion.translations.panels import TranslationStatusPanel


class SitePage(Page):
    """Abstract base of our page types: breadcrumbs and metadata for sharing."""

    # Whether the law requires this page type in both Russian and Belarusian
    # (raion.translations.rules); news need not be.
    bilingual_required = False
    # Editors see at once which translations exist and which are out of date.
    content_panels = Page.content_panels + [TranslationStatusPanel()]
    base_form_class = SitePageForm

    class Meta:
        abstract = True

    @cached_property
    def owner_site_id(self):
        """The id of the site whose language trees hold this page (cached fragments' scope)."""
        return site_id_for_path(self.path)

    def urls_showing(self, page) -> set[str]:
        """Full URLs of this page and its sub-pages that show `page` (this page or a
        descendant), besides `page`'s own URL: what the front-end cache refreshes when
        `page` changes. A page type that lists its descendants says so here."""
        return set()

    def has_view(self, below: str, query) -> bool:
        """Whether this page shows something at `below` (the path after its URL) with the
        query `query` (a QueryDict): the language switch leads a reader who is there on
        the page's translation here when it does, else to this page itself."""
        return not below

    def breadcrumb_ancestors(self):
        """Ancestors from the language home down to the parent; empty on the home page.

        Routing leaves them on the page (see raion.core.routing); previews and other
        entry points fall back to a query.
        """
        ancestors = getattr(self, "route_ancestors", None)
        if ancestors is None:
            ancestors = list(self.get_ancestors().filter(depth__gt=1))
        return ancestors

    def get_view_restrictions(self):
        """Restrictions on this page or an ancestor, in one query when routing found them."""
        if not hasattr(self, "route_ancestors"):
            return super().get_view_restrictions()
        chain = [*self.route_ancestors, self]
        if any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()  # aliases take their source's restrictions
        return PageViewRestriction.objects.filter(page_id__in=[page.pk for page in chain])

    @property
    def seo_description(self):
        return self.search_description or getattr(self, "lead", "") or getattr(self, "intro", "")
