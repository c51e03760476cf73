"""The public library of a site's documents in one language: filtered listing, a page
per document and feeds of new documents."""

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from raion.core.pages import SitePage
from raion.network import content_version
from raion.news.pagination import CachedCountPaginator

from ..feeds import LibraryAtomFeed, LibraryRssFeed
from ..filters import DocumentFilterForm
from .documents import DocumentFile, DocumentRelation, OfficialDocument


def _files():
    # Links name each file's format and size; the text stays in the database.
    return Prefetch("files", queryset=DocumentFile.objects.defer("text"))


class DocumentLibraryPage(RoutablePageMixin, SitePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("documents library")
        verbose_name_plural = _("documents libraries")

    def documents(self):
        """This site's documents in this page's language, newest first."""
        return OfficialDocument.objects.filter(
            site_id=self.owner_site_id, locale_id=self.locale_id
        ).order_by("-adopted", "-pk")

    def years(self):
        """Years with documents, newest first; once per content version."""
        key = f"raion:documents:years:{self.pk}:{content_version.current(self.owner_site_id)}"
        return cache.get_or_set(
            key,
            lambda: [date.year for date in self.documents().dates("adopted", "year", "DESC")],
            settings.RAION_FRAGMENT_CACHE_SECONDS,
        )

    def document_url(self, document, request=None):
        return self.get_url(request) + document.shown_at(self)

    def urls_showing(self, page):
        url = self.get_full_url()
        return set() if url is None else {url, url + "rss/", url + "atom/"}

    def has_view(self, below, query):
        return not below or below in ("rss/", "atom/")

    @path("")
    def index(self, request):
        filters = DocumentFilterForm(request.GET, self.years())
        paginator = CachedCountPaginator(
            filters.apply(self.documents()).prefetch_related(_files()),
            settings.RAION_DOCUMENTS_PAGE_SIZE,
            count_key=f"documents-{self.pk}-{filters.key()}",
            site_id=self.owner_site_id,
        )
        try:
            listing = paginator.page(int(request.GET.get("page", "1")))
        except (ValueError, PageNotAnInteger, EmptyPage) as error:
            raise Http404 from error
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "listing": listing,
                "filter_query": filters.query_string(),
            },
        )

    @re_path(r"^(?P<document_id>\d{1,12})/$", name="document")
    def document(self, request, document_id):
        found = (
            self.documents()
            .filter(pk=int(document_id))
            .prefetch_related(
                _files(),
                Prefetch("relations", queryset=DocumentRelation.objects.select_related("target")),
                Prefetch(
                    "incoming_relations",
                    queryset=DocumentRelation.objects.select_related("document"),
                ),
            )
            .first()
        )
        if found is None:
            raise Http404
        return self.render(
            request,
            context_overrides={"document": found},
            template="documents/official_document.html",
        )

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return LibraryRssFeed()(request, library=self)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return LibraryAtomFeed()(request, library=self)
