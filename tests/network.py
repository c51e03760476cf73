"""Another district's site beside the demo's, for tests and the network benchmark.

A Site on its own hostname, its three language homes, a news section with one article
in each language, its identity rows and an editors group with rights on its homes: the
least a test of "two districts" needs. The provisioning command builds complete sites;
this stays small and fast. `CacheLookups` counts what a round of requests found in
the cache: the measure of one site's fragments outliving another site's publish.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from wagtail.models import GroupPagePermission, Locale, Site

from raion.core.models import SiteIdentity
from raion.core.tree import ensure_child, ensure_root_child
from raion.home.models import HomePage
from raion.news.models import NewsArticlePage, NewsIndexPage

LANGUAGES = ("ru", "be", "en")


@dataclass
class NetworkSite:
    site: Site
    homes: dict
    sections: dict
    articles: dict
    editors: Group


def build_site(
    slug: str, hostname: str, port: int = 80, name: str = "", region_section: bool = False
) -> NetworkSite:
    """The site `slug` on `hostname`; its pages and rows are named after `name`. With
    `region_section`, each home also has "news" with a "region" section (a district's
    "Region news"), in `sections` under "region-<language>"."""
    name = name or slug.capitalize()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    homes, sections, articles = {}, {}, {}
    for code in LANGUAGES:
        homes[code] = ensure_root_child(
            HomePage,
            slug if code == "ru" else f"{slug}-{code}",
            locale=locales[code],
            translation_of=homes.get("ru"),
            title=f"{name} ({code})",
        )
        sections[code] = ensure_child(
            homes[code],
            NewsIndexPage,
            "district",
            locale=locales[code],
            translation_of=sections.get("ru"),
            title=f"{name} news ({code})",
            show_in_menus=True,
        )
        articles[code] = ensure_child(
            sections[code],
            NewsArticlePage,
            f"{slug}-opens",
            locale=locales[code],
            translation_of=articles.get("ru"),
            title=f"{name} opens ({code})",
            date=datetime.date(2026, 1, 15),
            lead=f"The first news of {name}.",
        )
        if region_section:
            hub = ensure_child(
                homes[code],
                NewsIndexPage,
                "news",
                locale=locales[code],
                translation_of=sections.get("news-ru"),
                title=f"News ({code})",
                show_on_home=False,
            )
            sections[f"news-{code}"] = hub
            sections[f"region-{code}"] = ensure_child(
                hub,
                NewsIndexPage,
                "region",
                locale=locales[code],
                translation_of=sections.get("region-ru"),
                title=f"Region news ({code})",
            )
    site, _ = Site.objects.update_or_create(
        hostname=hostname,
        port=port,
        defaults={"root_page": homes["ru"], "site_name": name},
    )
    source = None
    for code in LANGUAGES:
        identity, _ = SiteIdentity.objects.get_or_create(
            site=site,
            locale=locales[code],
            defaults={
                "full_name": f"{name} District Executive Committee ({code})",
                "short_name": f"{name} ({code})",
                "appeals_label": "Appeals",
                **({"translation_key": source.translation_key} if source else {}),
            },
        )
        source = source or identity
    editors, _ = Group.objects.get_or_create(name=f"{name} editors")
    for home in homes.values():
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=["add_page", "change_page", "publish_page"],
        ):
            GroupPagePermission.objects.get_or_create(
                group=editors, page=home, permission=permission
            )
    return NetworkSite(site, homes, sections, articles, editors)


class CacheLookups:
    """Counts the default cache's hits and misses in this thread while in use, with the
    keys of each: what a round of requests found cached and what it had to render."""

    _MISSING = object()

    def __init__(self):
        self.hit_keys, self.missed_keys = [], []

    @property
    def hits(self):
        return len(self.hit_keys)

    @property
    def misses(self):
        return len(self.missed_keys)

    @property
    def hit_ratio(self):
        lookups = self.hits + self.misses
        return self.hits / lookups if lookups else 1.0

    def __enter__(self):
        self.backend = caches["default"]  # the instance of this thread, as `cache` is
        original_get, original_get_many = self.backend.get, self.backend.get_many

        def get(key, default=None, version=None):
            value = original_get(key, self._MISSING, version=version)
            if value is self._MISSING:
                self.missed_keys.append(key)
                return default
            self.hit_keys.append(key)
            return value

        def get_many(keys, version=None):
            found = original_get_many(keys, version=version)
            self.hit_keys += [key for key in keys if key in found]
            self.missed_keys += [key for key in keys if key not in found]
            return found

        self.backend.get, self.backend.get_many = get, get_many
        return self

    def __exit__(self, *exc_info):
        del self.backend.get, self.backend.get_many
