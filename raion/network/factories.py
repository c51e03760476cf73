"""Sites for tests: a government body's site provisioned as `create_site` would, and news
in it."""

import datetime

from raion.core.tree import ensure_child
from raion.news.models import NewsArticlePage

from .models import GovernmentBody
from .provisioning import LANGUAGES, ProvisionedSite, provision_site

KIND_NAMES = {
    GovernmentBody.Kind.DISTRICT: "District Executive Committee",
    GovernmentBody.Kind.REGION: "Regional Executive Committee",
}


def names_for(slug, kind=GovernmentBody.Kind.DISTRICT):
    """Names derived from `slug`, each marked with its language: "Vitebsk (be)"."""
    name = slug.replace("-", " ").title()
    return {
        language: {
            "full_name": f"{name} {KIND_NAMES[kind]} ({language})",
            "short_name": f"{name} ({language})",
        }
        for language in LANGUAGES
    }


def make_site(slug, hostname=None, port=80, kind="district", region=None) -> ProvisionedSite:
    """The site of the body `slug` on `hostname` (by default `<slug>.example.by`)."""
    return provision_site(
        slug=slug,
        hostname=hostname or f"{slug}.example.by",
        port=port,
        names=names_for(slug, kind),
        kind=kind,
        region=region,
    )


def make_articles(provisioned, slug, title, section="district", date=datetime.date(2026, 1, 15)):
    """An article `slug` in `section` of each language tree of `provisioned`, linked as
    translations: {language: page}, titled "<title> (<language>)"."""
    articles = {}
    for language in LANGUAGES:
        articles[language] = ensure_child(
            provisioned.sections[language][section],
            NewsArticlePage,
            slug,
            locale=provisioned.homes[language].locale,
            translation_of=articles.get("ru"),
            title=f"{title} ({language})",
            date=date,
            lead=f"{title}: the lead.",
        )
    return articles
