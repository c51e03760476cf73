"""Named handles on the demo's pages, for tests and benchmarks."""

from dataclasses import dataclass

from wagtail.models import Page, Site

from raion.news.models import NewsArticlePage, NewsIndexPage

KYRGYZSTAN_ARTICLE_SLUG = "belarus-kyrgyzstan-key-partner-central-asia"


@dataclass
class DemoPages:
    site: Site
    homes: dict
    district: dict
    republic: dict
    news: dict
    kyrgyzstan_article: dict

    @classmethod
    def load(cls):
        site = Site.objects.get(is_default_site=True)
        homes = {
            page.locale.language_code: page.specific
            for page in Page.objects.filter(translation_key=site.root_page.translation_key)
        }

        def by_language(queryset):
            return {page.locale.language_code: page for page in queryset.select_related("locale")}

        def section(slug):
            return by_language(NewsIndexPage.objects.filter(slug=slug))

        return cls(
            site=site,
            homes=homes,
            district=section("district"),
            republic=section("republic"),
            news=section("news"),
            kyrgyzstan_article=by_language(
                NewsArticlePage.objects.filter(slug=KYRGYZSTAN_ARTICLE_SLUG)
            ),
        )
