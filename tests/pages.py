"""One URL per public page type of a demo site, for suites that check every page type."""

# A word of every site's news sections, so the search page shows results with snippets.
SEARCH_WORDS = {"ru": "новости", "be": "навіны", "en": "news"}


def page_type_urls(pages, language):
    """{page type: path} on the site of `pages` (a DemoPages) in `language`."""
    article = pages.article[language]
    section = article.get_parent()

    def path(page):
        return page.relative_url(pages.site)

    return {
        "home": path(pages.homes[language]),
        "news section": path(pages.district[language]),
        "month archive": f"{path(section)}{article.date:%Y/%m}/",
        "article": path(article),
        "standard page": f"/{language}/about/",
        "accessibility statement": f"/{language}/accessibility/",
        "display settings": f"/{language}/accessibility/preferences/",
        "404": f"/{language}/no-such-page/",
        "search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
    }
