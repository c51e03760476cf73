"""Queries behind news listings, each a fixed number of SQL statements at any volume."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# Rendition specs that listings ask for; prefetched so thumbnails cost no extra queries.
THUMBNAIL_SPECS = ("fill-320x200|format-webp", "fill-640x400|format-webp")


def articles_under(page):
    """Live articles below `page`, newest first, without their bodies (listings and feeds
    show only titles and leads; carrying bodies through the sort slows deep pages)."""
    from .models import NewsArticlePage

    return (
        NewsArticlePage.objects.live()
        .descendant_of(page)
        .defer("body", "search_description")
        .order_by("-date", "-pk")
    )


def with_listing_images(articles):
    """Attach main images and their thumbnail renditions to a page of articles."""
    if hasattr(articles, "select_related"):
        return articles.select_related("image").prefetch_related(_rendition_prefetch())
    return articles


def _rendition_prefetch():
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=THUMBNAIL_SPECS)
    )
    return Prefetch("image__renditions", queryset=renditions)


def archive_months(section):
    """(year, month) pairs that have articles, newest first."""
    return [
        (d.year, d.month)
        for d in articles_under(section).order_by().dates("date", "month", order="DESC")
    ]


def latest_by_section(sections, per_section, fallback_locale=None):
    """{section: [articles]} with the newest `per_section` of each section.

    A section in another language than `fallback_locale` may have few or old articles
    (syndicated news arrive in Russian only): the same section's newer articles in
    `fallback_locale` fill in, each with `fallback_language` set so the listing can say
    so, and a reader sees current news in every language.
    """
    return {
        section: _latest_with_fallback(section, per_section, fallback_locale)
        for section in sections
    }


def _latest_with_fallback(section, per_section, fallback_locale):
    own = list(with_listing_images(articles_under(section)[:per_section]))
    if fallback_locale is None or section.locale_id == fallback_locale.pk:
        return own
    source = section.get_translation_or_none(fallback_locale)
    if source is None or not source.live:
        return own
    newer = articles_under(source)
    if own:
        newer = newer.filter(date__gt=own[0].date)
    filling = list(with_listing_images(newer[:per_section]))
    for article in filling:
        article.fallback_language = fallback_locale.language_code
    newest_first = sorted([*own, *filling], key=lambda article: article.date, reverse=True)
    return newest_first[:per_section]


def related_articles(article):
    from .models import NewsArticlePage

    ids = [link.related_id for link in article.related_links.all()]
    if not ids:
        return []
    return list(NewsArticlePage.objects.live().filter(pk__in=ids).order_by("-date"))
