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


def latest_by_section(sections, per_section):
    """{section: [articles]} with the newest `per_section` of each section."""
    return {
        section: list(with_listing_images(articles_under(section)[:per_section]))
        for section in sections
    }


def related_articles(article):
    from .models import NewsArticlePage

    ids = [link.related_id for link in article.related_links.all()]
    if not ids:
        return []
    return list(NewsArticlePage.objects.live().filter(pk__in=ids).order_by("-date"))
