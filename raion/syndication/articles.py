"""Writing feed items into news articles: a new page, or a new revision of an existing one."""

from anyascii import anyascii
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from raion.news.models import NewsArticlePage

SLUG_LENGTH = 60


def create_article(source, item, images):
    section = source.target
    article = NewsArticlePage(
        slug=_unique_slug(section, item.title),
        locale_id=section.locale_id,
        live=False,
    )
    _fill(article, source, item, images)
    section.add_child(instance=article)
    revision = article.save_revision(log_action=True)
    if source.policy == source.Policy.LIVE:
        revision.publish(log_action=True)
    return article, revision


def edited_since_import(article, imported_revision_id):
    return article.latest_revision_id != imported_revision_id


def update_article(source, article, item, images):
    """A new revision with the item's new content, published if the policy and the page say so."""
    draft = article.get_latest_revision_as_object()
    _fill(draft, source, item, images)
    revision = draft.save_revision(log_action=True)
    if source.policy == source.Policy.LIVE and article.live:
        revision.publish(log_action=True)
    return revision


def _fill(article, source, item, images):
    article.title = item.title
    article.draft_title = item.title
    article.date = item.date or timezone.localdate()
    article.lead = item.lead or item.title
    article.source_name = source.credit
    article.source_url = item.link
    article.image = images[0] if images else None
    article.body = _body(item, images[1:], source.credit)


def _body(item, more_images, credit):
    blocks = [{"type": "paragraph", "value": item.body}] if item.body else []
    blocks += [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": image.description},
                "caption": credit,
            },
        }
        for image in more_images
    ]
    blocks += [{"type": "embed", "value": url} for url in item.embeds]
    return blocks


def _unique_slug(section, title):
    base = slugify(anyascii(title))[:SLUG_LENGTH].strip("-") or "news"
    # Only the base and its numbered variants matter, not every slug that starts alike.
    similar = Q(slug=base) | Q(slug__startswith=f"{base}-")
    taken = set(section.get_children().filter(similar).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
