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
        "procedure catalogue": f"/{language}/procedures/",
        "procedure listing, filtered": f"/{language}/procedures/?procedure_list=citizens&online=on",
        "procedure": f"/{language}/procedures/2-1/",
        "accessibility statement": f"/{language}/accessibility/",
        "display settings": f"/{language}/accessibility/preferences/",
        "404": f"/{language}/no-such-page/",
    }
