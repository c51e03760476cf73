"""Sites with pages whose text the search tests choose."""

from raion.core.tree import ensure_child
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage


def article(provisioned, language, slug, title, text, section="district", **fields):
    """A live article in `section` of `provisioned`'s `language` tree."""
    return ensure_child(
        provisioned.sections[language][section],
        NewsArticlePage,
        slug,
        locale=provisioned.homes[language].locale,
        title=title,
        lead=text,
        body=[("paragraph", f"<p>{text}</p>")],
        **fields,
    )


def page(provisioned, language, slug, title, text):
    """A live standard page under `provisioned`'s home in `language`."""
    return ensure_child(
        provisioned.homes[language],
        StandardPage,
        slug,
        locale=provisioned.homes[language].locale,
        title=title,
        body=[("paragraph", f"<p>{text}</p>")],
    )
