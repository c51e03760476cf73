"""Named handles on a demo site's pages, for tests and benchmarks."""

from dataclasses import dataclass

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from raion.network.sites import language_homes
from raion.news.models import NewsArticlePage

from .content import SITES, liozno

KYRGYZSTAN_ARTICLE_SLUG = "belarus-kyrgyzstan-key-partner-central-asia"


@dataclass
class DemoPages:
    site: Site
    homes: dict
    news: dict
    district: dict
    region: dict
    republic: dict
    article: dict  # an article in every language (the site content's `sample_article`)
    kyrgyzstan_article: dict  # Liozno's article of 13 October 2008 (empty on other sites)

    @classmethod
    def load(cls, hostname=None):
        """The pages of the site answering `hostname` (the default site without one)."""
        if hostname:
            site = get_site_for_hostname(hostname, 80)
        else:
            site = Site.objects.select_related("root_page").get(is_default_site=True)
        homes = {home.locale.language_code: home.specific for home in language_homes(site)}
        news = {code: home.get_children().get(slug="news").specific for code, home in homes.items()}

        def section(slug):
            return {code: hub.get_children().get(slug=slug).specific for code, hub in news.items()}

        def article(slug):
            pages = NewsArticlePage.objects.filter(slug=slug).select_related("locale")
            return {
                code: page
                for page in pages
                for code, home in homes.items()
                if page.path.startswith(home.path)
            }

        content = next(content for content in SITES if content.hostname == site.hostname)
        return cls(
            site=site,
            homes=homes,
            news=news,
            district=section("district"),
            region=section("region"),
            republic=section("republic"),
            article=article(content.sample_article),
            kyrgyzstan_article=article(KYRGYZSTAN_ARTICLE_SLUG),
        )


def liozno_page(path, language):
    """The page at `path` (e.g. "about/history") of Liozno's tree in `language`."""
    home = liozno.SITE.slug if language == "ru" else f"{liozno.SITE.slug}-{language}"
    return Page.objects.get(url_path=f"/{home}/{path}/").specific
