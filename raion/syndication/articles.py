"""Writing feed items into news articles: a new page, or a new revision of an existing one."""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.signals import page_published

from raion.core.transliteration import slug_from_title
from raion.news.models import NewsArticlePage


def create_article(source, item, images, date):
    """A new article under the source's section: live or a draft, as the source's policy says.

    A live article is made the way Wagtail's own copy action makes a page that is live from
    the start (wagtail.actions.copy_page with keep_live): the page is saved and validated
    once, as live; its first revision becomes its live revision; page_published is sent.
    Saving a draft and then publishing it would save and validate it three times, which is
    most of an import's time, for a page that nobody has seen as a draft.
    """
    section = source.target
    live = source.policy == source.Policy.LIVE
    article = NewsArticlePage(
        slug=_unique_slug(section, item.title),
        locale_id=section.locale_id,
        live=live,
        has_unpublished_changes=not live,
    )
    _fill(article, source, item, images, date or timezone.localdate())
    section.add_child(instance=article)  # logs "wagtail.create"
    revision = article.save_revision(changed=False, clean=False)
    if live:
        article.live_revision = revision
        article.first_published_at = article.last_published_at = revision.created_at
        article.save(
            clean=False, update_fields=["live_revision", "first_published_at", "last_published_at"]
        )
        log(instance=article, action="wagtail.publish", revision=revision, content_changed=True)
        page_published.send(sender=NewsArticlePage, instance=article, revision=revision)
    return article, revision


def edited_since_import(article, imported_revision_id):
    return article.latest_revision_id != imported_revision_id


def update_article(source, article, item, images, date):
    """A new revision with the item's new content, published if the policy and the page say so.

    Without a `date` the article keeps its own."""
    draft = article.get_latest_revision_as_object()
    _fill(draft, source, item, images, date or draft.date)
    revision = draft.save_revision(log_action=True)
    if source.policy == source.Policy.LIVE and article.live:
        revision.publish(log_action=True)
    return revision


def _fill(article, source, item, images, date):
    article.title = item.title
    article.draft_title = item.title
    article.date = date
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
    base = slug_from_title(title, section.locale.language_code) or "news"
    siblings = section.get_children()
    # An exact match uses the slug index; the numbered variants are looked for only when
    # the base is taken, as a prefix match reads many siblings in a large section.
    if not siblings.filter(slug=base).exists():
        return base
    taken = set(siblings.filter(slug__startswith=f"{base}-").values_list("slug", flat=True))
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
