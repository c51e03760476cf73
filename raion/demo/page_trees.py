"""A demo site's pages below its frame: dated news items and standard pages, each in the
languages its texts have, linked as translations of each other."""

import datetime

from raion.core.tree import ensure_child
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage

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
            )
            source = source or page


def build_standard_pages(entries, parents, locales):
    """The tree `entries` ({slug, language: texts, children}) under `parents` by language."""
    for entry in entries:
        pages = {}
        for language in LANGUAGES:
            texts = entry[language]
            pages[language] = ensure_child(
                parents[language],
                StandardPage,
                entry["slug"],
                locale=locales[language],
                translation_of=pages.get("ru"),
                title=texts["title"],
                intro=texts.get("intro", ""),
                body=paragraphs_to_body(texts["body"]),
                show_in_menus=entry.get("in_menu", parents[language].depth == 2),
            )
        build_standard_pages(entry.get("children", []), pages, locales)
