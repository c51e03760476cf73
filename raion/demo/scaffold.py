"""A demo site's frame, made by provisioning as for any body's site.

The demo's own homes, news sections and standard pages are made first, with their texts;
provisioning then finds them and adds what every site has beyond them: the Site row and
government body, identity rows, collection, editors' and moderators' groups and workflow.
"""

from wagtail.models import Site

from raion.core.tree import ensure_child, ensure_root_child
from raion.home.models import HomePage
from raion.network.provisioning import ProvisionedSite, provision_site
from raion.news.models import NewsIndexPage

from .content.common import NEWS_INDEX
from .page_trees import build_standard_pages
from .sitecontent import LANGUAGES, PORT


def scaffold_site(content, locales, region=None) -> ProvisionedSite:
    """The frame of `content`'s site; `region` is the GovernmentBody of its region."""
    homes = build_homes(content, locales)
    build_news_sections(content, homes, locales)
    build_standard_pages(content.pages, homes, locales)
    if content.is_default:
        retire_installer_site()
    return provision_site(
        slug=content.slug,
        hostname=content.hostname,
        port=PORT,
        names=content.names,
        kind=content.kind,
        region=region,
        is_default=content.is_default,
    )


def retire_installer_site():
    """Wagtail's installer makes a default site showing a "Welcome" page: the demo's
    default site takes its place."""
    for site in Site.objects.filter(is_default_site=True).select_related("root_page"):
        if site.root_page.specific_class is not HomePage:
            welcome = site.root_page
            site.delete()
            if welcome.depth == 2:
                welcome.delete()


def build_homes(content, locales):
    homes = {}
    for language in LANGUAGES:
        slug = content.slug if language == "ru" else f"{content.slug}-{language}"
        homes[language] = ensure_root_child(
            HomePage,
            slug,
            locale=locales[language],
            translation_of=homes.get("ru"),
            **content.home[language],
        )
    return homes


def build_news_sections(content, homes, locales):
    sections = {}
    for language in LANGUAGES:
        source = sections.get("ru", {})
        news = ensure_child(
            homes[language],
            NewsIndexPage,
            "news",
            locale=locales[language],
            translation_of=source.get("news"),
            title=NEWS_INDEX[language],
            show_on_home=False,
            show_in_menus=True,
        )
        sections[language] = {"news": news}
        for slug, texts in content.sections.items():
            sections[language][slug] = ensure_child(
                news,
                NewsIndexPage,
                slug,
                locale=locales[language],
                translation_of=source.get(slug),
                title=texts[language],
                intro=texts["intro"][language],
            )
