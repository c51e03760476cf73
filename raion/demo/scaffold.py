"""A demo site's frame: its Site row and government body, its language homes, the news hub
with its sections, and its collection. Everything else of the demo is filled in on top."""

from dataclasses import dataclass

from wagtail.models import Collection, Page, Site

from raion.core.tree import ensure_child, ensure_root_child
from raion.home.models import HomePage
from raion.network.models import GovernmentBody
from raion.news.models import NewsIndexPage

from .content.common import NEWS_INDEX
from .sitecontent import LANGUAGES, PORT


@dataclass
class Scaffold:
    site: Site
    body: GovernmentBody
    homes: dict  # {language: HomePage}
    sections: dict  # {language: {"hub": the News page, slug of a section: its page}}
    collection: Collection


def scaffold_site(content, locales, region=None):
    """The frame of `content`'s site; `region` is the GovernmentBody of its region."""
    homes = build_homes(content, locales)
    site = build_site(content, homes["ru"])
    body, _ = GovernmentBody.objects.get_or_create(
        site=site, defaults={"kind": content.kind, "region": region}
    )
    return Scaffold(
        site=site,
        body=body,
        homes=homes,
        sections=build_news_sections(content, homes, locales),
        collection=build_collection(content.identity["ru"]["short_name"]),
    )


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


def build_site(content, home):
    site = Site.objects.filter(root_page=home).first()
    if site is None and content.is_default:
        # Wagtail's installer makes a default site showing a "Welcome" page: it becomes this one.
        site = Site.objects.filter(is_default_site=True).first()
    site = site or Site()
    old_root = Page.objects.filter(pk=site.root_page_id).first() if site.pk else None
    wanted = {
        "hostname": content.hostname,
        "port": PORT,
        "root_page_id": home.pk,
        "is_default_site": content.is_default,
        "site_name": content.identity["ru"]["short_name"],
    }
    if any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
    if old_root is not None and old_root.depth == 2 and old_root.specific_class is not HomePage:
        old_root.delete()
    return site


def build_news_sections(content, homes, locales):
    sections = {}
    for language in LANGUAGES:
        source = sections.get("ru", {})
        hub = ensure_child(
            homes[language],
            NewsIndexPage,
            "news",
            locale=locales[language],
            translation_of=source.get("hub"),
            title=NEWS_INDEX[language],
            show_on_home=False,
            show_in_menus=True,
        )
        sections[language] = {"hub": hub}
        for slug, texts in content.sections.items():
            sections[language][slug] = ensure_child(
                hub,
                NewsIndexPage,
                slug,
                locale=locales[language],
                translation_of=source.get(slug),
                title=texts[language],
                intro=texts["intro"][language],
            )
    return sections


def build_collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)
