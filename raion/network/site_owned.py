"""Base for content that belongs to one site and exists once per language."""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import Site, TranslatableMixin

from . import content_version
from .sites import live_page_of_type


class SiteOwnedTranslatable(TranslatableMixin, ClusterableModel):
    """One row per (site, language): a site's identity, carousel or link list.

    Wagtail snippets are global; carrying the site here is what keeps one district's
    content apart from another's.
    """

    NOT_FOUND = "not-found"  # cached marker: the site has no row in any language
    # False for a model with several rows per site and language (its own constraints),
    # whose rows are grouped into items by translation key.
    one_per_site = True

    # The page types that show the rows ("app_label.Model"), each found in the row's
    # language tree of its site: the first is the row's place (search results link there,
    # at `shown_at`), and the front-end cache refreshes all of them when a row changes.
    shown_on: tuple[str, ...] = ()

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale"], name="%(app_label)s_%(class)s_one_per_site_locale"
            )
        ]

    def __str__(self):
        return f"{self.site} ({self.locale})"

    def shown_at(self, page) -> str:
        """The path below `page` (a page of `shown_on[0]`) that shows this row: its
        sub-page, or an anchor on the page itself."""
        return ""

    def place(self):
        """The live page of `shown_on[0]` in the row's language tree, or None."""
        return self._live_page(self.shown_on[0]) if self.shown_on else None

    def showing_pages(self) -> list:
        """The live pages of `shown_on` that the row's site has in the row's language."""
        pages = (self._live_page(label) for label in self.shown_on)
        return [page for page in pages if page is not None]

    def _live_page(self, label):
        model = apps.get_model(label)
        return live_page_of_type(self.site, model, self.locale.language_code)

    @classmethod
    def for_site(cls, site, language_code=None, prefetch=()):
        """The row for `site` in the active language, else in the default language.

        Every page shows these rows, so they are cached (with their prefetched items)
        until the site's content version changes.
        """
        if site is None:
            return None
        language_code = language_code or translation.get_language()
        version = content_version.current(site.pk)
        key = f"raion:{cls._meta.label_lower}:{site.pk}:{language_code}:{version}"
        row = cache.get(key)
        if row is None:
            row = cls._fetch_for_site(site, language_code, prefetch) or cls.NOT_FOUND
            cache.set(key, row, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
        return None if row == cls.NOT_FOUND else row

    @classmethod
    def _fetch_for_site(cls, site, language_code, prefetch):
        rows = list(
            cls.objects.filter(site=site).select_related("locale").prefetch_related(*prefetch)
        )
        by_language = {row.locale.language_code: row for row in rows}
        fallback = by_language.get(settings.LANGUAGE_CODE) or (rows[0] if rows else None)
        return by_language.get(language_code, fallback)
