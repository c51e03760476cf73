"""A demo site's pages below its frame: dated news items and standard pages, each in the
languages its texts have, linked as translations of each other."""

import datetime

from raion.core.tree import ensure_child
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage
from raion.regional.models import DirectoryPage
from raion.regional.sharing import sync_copies

from .sitecontent import LANGUAGES


def paragraphs_to_body(paragraphs):
    """A body of paragraphs; a ("heading", text) pair in the list is a heading block."""
    return [
        item if isinstance(item, tuple) else ("paragraph", f"<p>{item}</p>") for item in paragraphs
    ]


def build_articles(articles, sections, locales):
    """`articles` under `sections` ({language: {slug of a section: page}})."""
    for item in articles:
        source = None
        agency = item.get("source") or {}
        for language in LANGUAGES:
            texts = item.get(language)
            if not texts:
                continue
            page = ensure_child(
                sections[language][item["section"]],
                NewsArticlePage,
                item["slug"],
                locale=locales[language],
                translation_of=source,
                title=texts["title"],
                lead=texts["lead"],
                date=datetime.date.fromisoformat(item["date"]),
                body=paragraphs_to_body(texts["body"]),
                source_name=agency.get("name", ""),
                source_url=agency.get("url", ""),
                share_with_all_districts=item.get("share_with_all_districts", False),
            )
            source = source or page


def share_regional_news():
    """Copies of the regional news marked for every district, in the districts that exist."""
    originals = NewsArticlePage.objects.live().filter(
        share_with_all_districts=True, alias_of__isnull=True
    )
    for article in originals:
        sync_copies(article)


def build_directories(content, homes, locales):
    """The region's directory of its districts, in each language."""
    source = None
    for language in LANGUAGES:
        texts = content.directory[language]
        page = ensure_child(
            homes[language],
            DirectoryPage,
            "districts",
            locale=locales[language],
            translation_of=source,
            title=texts["title"],
            intro=texts["intro"],
            show_in_menus=True,
        )
        source = source or page


def build_standard_pages(entries, parents, locales):
    """The tree `entries` ({slug, language: texts, children}) under `parents` by language;
    an entry may name its page type (`model`, else StandardPage) and its texts other
    fields of it (`fields`)."""
    for entry in entries:
        pages = {}
        for language in LANGUAGES:
            texts = entry[language]
            pages[language] = ensure_child(
                parents[language],
                entry.get("model", StandardPage),
                entry["slug"],
                locale=locales[language],
                translation_of=pages.get("ru"),
                title=texts["title"],
                intro=texts.get("intro", ""),
                body=paragraphs_to_body(texts["body"]),
                show_in_menus=entry.get("in_menu", parents[language].depth == 2),
                **texts.get("fields", {}),
            )
        build_standard_pages(entry.get("children", []), pages, locales)
