from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale

from raion.core.blocks import BodyBlock
from raion.core.pages import SitePage
from raion.news import queries as news_queries
from raion.news.models import NewsIndexPage


class HomePage(SitePage):
    """The root of a site in one language: latest news of each section, and whatever
    else the editors place in the body."""

    bilingual_required = True  # the entry to a site's basic information

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def news_sections(self):
        return (
            NewsIndexPage.objects.live()
            .descendant_of(self)
            .filter(show_on_home=True)
            .order_by("path")
        )

    def urls_showing(self, page):
        # The home page lists the latest news of the sections below it.
        return {self.get_full_url()} - {None}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_home"] = True  # the carousel shows here even when kept off inner pages
        return context

    def latest_news(self):
        """{section: [newest articles]}, filled with newer ones in the default language
        where this language has fewer; the template caches it with the content version."""
        return news_queries.latest_by_section(
            self.news_sections(),
            settings.RAION_HOME_NEWS_PER_SECTION,
            fallback_locale=Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first(),
        )
