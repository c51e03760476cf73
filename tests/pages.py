"""One URL per public page type of a demo site, for suites that check every page type."""

from raion.documents.models import OfficialDocument

# A word of every site's news sections, so the search page shows results with snippets.
SEARCH_WORDS = {"ru": "новости", "be": "навіны", "en": "news"}


def page_type_urls(pages, language):
    """{page type: path} on the site of `pages` (a DemoPages) in `language`."""
    article = pages.article[language]
    section = article.get_parent()

    # A regulation of the second year: it has a file and a link to the edition it replaces.
    document = (
        OfficialDocument.objects.filter(
            site=pages.site, locale__language_code=language, kind="regulation"
        )
        .order_by("-adopted", "pk")
        .first()
    )

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
        "procedure catalogue": f"/{language}/procedures/",
        "procedure listing, filtered": f"/{language}/procedures/?procedure_list=citizens&online=on",
        "procedure": f"/{language}/procedures/2-1/",
        "accessibility statement": f"/{language}/accessibility/",
        "display settings": f"/{language}/accessibility/preferences/",
        "documents library": f"/{language}/documents/",
        "documents filtered": f"/{language}/documents/?kind=regulation&year=2026&status=in_force",
        "document": f"/{language}/documents/{document.pk}/",
        "404": f"/{language}/no-such-page/",
        "search": f"/{language}/search/?q={SEARCH_WORDS[language]}",
    }
