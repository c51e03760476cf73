"""News sections ("District news", "Republic news") and their articles."""

import datetime

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from raion.core.blocks import BodyBlock
from raion.core.pages import SitePage

from . import feeds, queries
from .forms import NewsArticleForm, RegionSharingPanel
from .pagination import CachedCountPaginator


class NewsIndexPage(RoutablePageMixin, SitePage):
    """A news section. It lists every article below it, so a "News" section holding
    "District news" and "Republic news" lists all news."""

    intro = models.TextField(_("introduction"), blank=True)
    show_on_home = models.BooleanField(_("show latest items on the home page"), default=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro"), FieldPanel("show_on_home")]
    subpage_types = ["news.NewsIndexPage", "news.NewsArticlePage"]
    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]

    class Meta:
        verbose_name = _("news section")
        verbose_name_plural = _("news sections")

    @property
    def lists_all_news(self):
        """Whether no news section holds this one: its feeds are the site's news feeds,
        which every page declares, so its page must not declare them twice."""
        return not any(
            issubclass(ancestor.specific_class, NewsIndexPage)
            for ancestor in self.breadcrumb_ancestors()
        )

    def articles(self):
        return queries.articles_under(self)

    def archive_months(self):
        """(year, month) pairs with news; the template caches it with the content version."""
        return queries.archive_months(self)

    def urls_showing(self, page):
        """The section's first page and feeds, and the archives of `page`'s month and year."""
        url = self.get_full_url()
        if url is None:
            return set()
        subpages = [("rss", {}), ("atom", {})]
        date = getattr(page.specific_deferred, "date", None)
        if date is not None and page.pk != self.pk:
            subpages += [
                ("year", {"year": f"{date.year:04}"}),
                ("month", {"year": f"{date.year:04}", "month": f"{date.month:02}"}),
            ]
        return {url} | {url + self.reverse_subpage(name, kwargs=kw) for name, kw in subpages}

    def _listing_page(self, articles, query, archive=None):
        """The page of `articles` that `query` asks for; Http404 when there is none.

        A section may be empty; an archive of a period without news does not exist.
        """
        paginator = CachedCountPaginator(
            articles,
            settings.RAION_NEWS_PAGE_SIZE,
            count_key="-".join(str(part) for part in (self.pk, *(archive or {}).values())),
            site_id=self.owner_site_id,
            allow_empty_first_page=archive is None,
        )
        try:
            return paginator.page(int(query.get("page", "1")))
        except (ValueError, PageNotAnInteger, EmptyPage) as error:
            raise Http404 from error

    def _archive_articles(self, year, month=None):
        articles = self.articles().filter(date__year=int(year))
        if month is None:
            return articles, {"year": int(year)}
        if not 1 <= int(month) <= 12:
            raise Http404
        return articles.filter(date__month=int(month)), {"year": int(year), "month": int(month)}

    def has_view(self, below, query):
        """The listing, an archive or a page number this section has (feeds always)."""
        try:
            view, _args, kwargs = self.resolve_subpage(f"/{below}")
            if view.__name__ in ("rss_feed", "atom_feed"):
                return True
            archive = None
            articles = self.articles()
            if kwargs:
                articles, archive = self._archive_articles(**kwargs)
            self._listing_page(articles, query, archive)
        except Http404:
            return False
        return True

    def _render_listing(self, request, articles, archive=None):
        listing = self._listing_page(articles, request.GET, archive)
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "articles": queries.with_listing_images(listing.object_list),
                "archive": archive,
            },
        )

    @path("")
    def index(self, request):
        return self._render_listing(request, self.articles())

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_archive(self, request, year):
        return self._render_listing(request, *self._archive_articles(year))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def month_archive(self, request, year, month):
        return self._render_listing(request, *self._archive_articles(year, month))

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return feeds.SectionRssFeed()(request, section=self)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return feeds.SectionAtomFeed()(request, section=self)


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(SitePage):
    search_kind = "news"  # what the site search (raion.search) calls it
    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        db_index=True,
        help_text=_("The date readers see; it may differ from when the page went live."),
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("link to the original"), max_length=500, blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))
    # Regional news (raion.regional): on the regional committee's site, the districts
    # whose "Region news" sections show this article.
    share_with_all_districts = models.BooleanField(
        _("show in every district"),
        default=False,
        help_text=_('Show this article in the "Region news" section of every district\'s site.'),
    )
    shared_with = ParentalManyToManyField(
        "network.GovernmentBody",
        verbose_name=_("show in these districts"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "district"},
    )

    base_form_class = NewsArticleForm
    content_panels = SitePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Attribution")
        ),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Related articles")),
        RegionSharingPanel(
            [
                FieldPanel("share_with_all_districts"),
                FieldPanel("shared_with", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Districts' sites"),
        ),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = queries.related_articles(self)
        return context


class RelatedArticle(Orderable):
    article = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        NewsArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("related")]
