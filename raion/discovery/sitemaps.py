import functools
from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site, get_page_models

from raion.network.sites import pages_of_site
from raion.translations.alternates import LanguageVersion, default_version


class AllLanguagesSitemap(Sitemap):
    """Every live public page of the request's site, in every language tree, each with
    `xhtml:link` alternates to its translations.

    Wagtail's own sitemap lists only the tree of the site's root page: the default
    language's. Aliases (a region's news in its districts) are left out: their original,
    the canonical page, is listed on its own site.
    """

    def live_pages(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return pages_of_site(site).live().public().filter(alias_of__isnull=True)

    def items(self):
        return self.live_pages().order_by("path").specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            url_info["alternates"] = self._alternates_by_location.get(url_info["location"], [])
        return urls

    @functools.cached_property
    def _alternates_by_location(self):
        """{page URL: its xhtml:link alternates} for pages that exist in several languages.

        Built from one query over the whole site, so alternates are complete on every
        page of a paginated sitemap.
        """
        translations = defaultdict(dict)
        for page in self.live_pages().select_related("locale").order_by("path"):
            url = page.get_full_url(self.request)
            if url:
                code = page.locale.language_code
                version = LanguageVersion(code, page.pk, url, url, exact=True)
                translations[page.translation_key][code] = version
        # Sub-pages of routable pages (a catalogue's procedures), by the page type's
        # `sitemap_subpages(request)`: [(a key the same in every language, full URL)].
        models = [model for model in get_page_models() if hasattr(model, "sitemap_subpages")]
        pages = self.live_pages().type(*models).specific() if models else []
        for page in pages:
            code = page.locale.language_code
            for key, url in page.sitemap_subpages(self.request):
                version = LanguageVersion(code, page.pk, url, url, exact=True)
                translations[(page.translation_key, key)][code] = version
        by_location = {}
        for versions in translations.values():
            if len(versions) < 2:
                continue
            links = [
                {"lang_code": version.language_code, "location": version.full_url}
                for version in versions.values()
            ]
            links.append({"lang_code": "x-default", "location": default_version(versions).full_url})
            for version in versions.values():
                by_location[version.full_url] = links
        return by_location
