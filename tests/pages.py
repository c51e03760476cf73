"""One URL per public page type of a demo site, for suites that check every page type."""


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
        "leadership": f"/{language}/about/leadership/",
        "structure": f"/{language}/about/structure/",
        "unit": f"/{language}/about/structure/one-window/",
        "receptions": f"/{language}/appeals/receptions/",
        "appeals": f"/{language}/appeals/",
        "accessibility statement": f"/{language}/accessibility/",
        "display settings": f"/{language}/accessibility/preferences/",
        "404": f"/{language}/no-such-page/",
    }
