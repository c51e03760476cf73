"""Regional news in the districts' sites.

An article on the regional committee's site marked for districts has a copy, a Wagtail
alias, in each chosen district's "Region news" section of the article's language. Wagtail
keeps aliases in step with their original on every publish and unpublish; here we decide
where copies exist: on publish (`sync_copies`), when a district hides or shows an item
again, and when the original is deleted.
"""

import logging
import uuid

from django.db import transaction
from wagtail.coreutils import find_available_slug
from wagtail.signals import page_published

from raion.network.models import GovernmentBody
from raion.network.sites import language_root_path, site_id_for_path
from raion.news.models import NewsArticlePage, NewsIndexPage

from .models import HiddenRegionalItem

logger = logging.getLogger(__name__)

REGION_SECTION_SLUG = "region"  # a district's "Region news" section


def is_copy(page) -> bool:
    """Whether `page` is a regional copy: an alias of a page on another site."""
    return bool(page.alias_of_id) and site_id_for_path(page.path) != site_id_for_path(
        page.alias_of.path
    )


def target_districts(article) -> list[GovernmentBody]:
    """The districts that show `article`: those it is shared with, if it is live on a
    region's site, less those that hid it."""
    region = GovernmentBody.objects.filter(
        site_id=article.owner_site_id, kind=GovernmentBody.Kind.REGION
    ).first()
    if region is None or not article.live:
        return []
    districts = region.districts.filter(kind=GovernmentBody.Kind.DISTRICT)
    if not article.share_with_all_districts:
        districts = districts.filter(pk__in=[district.pk for district in article.shared_with.all()])
    hidden = HiddenRegionalItem.objects.filter(original__translation_key=article.translation_key)
    return list(
        districts.exclude(site_id__in=hidden.values("site_id")).select_related("site__root_page")
    )


def region_section(site, language_code):
    """The live "Region news" section of `site` in `language_code`, or None."""
    root_path = language_root_path(site, language_code)
    if root_path is None:
        return None
    return (
        NewsIndexPage.objects.live()
        .filter(url_path__startswith=root_path, slug=REGION_SECTION_SLUG)
        .order_by("depth", "path")
        .first()
    )


def copies_by_site(article) -> dict[int, list]:
    """{site id: copies of `article` there} on every site but the article's own."""
    copies = {}
    for copy in NewsArticlePage.objects.filter(alias_of=article).order_by("path"):
        site_id = site_id_for_path(copy.path)
        if site_id != article.owner_site_id:
            copies.setdefault(site_id, []).append(copy)
    return copies


def copy_translation_key(article, site_id) -> uuid.UUID:
    """One key for the copies of one item on one site, so the district's language switch
    links its copies as translations of each other."""
    return uuid.uuid5(article.translation_key, f"site:{site_id}")


def create_copy(article, section, site_id):
    copy = article.create_alias(
        parent=section, update_slug=find_available_slug(section, article.slug)
    )
    copy.translation_key = copy_translation_key(article, site_id)
    NewsArticlePage.objects.filter(pk=copy.pk).update(translation_key=copy.translation_key)
    # What Wagtail sends for an alias it publishes: the district's cached fragments and
    # pages are refreshed as for any publish.
    page_published.send(sender=NewsArticlePage, instance=copy, revision=None, alias=True)
    return copy


@transaction.atomic
def sync_copies(article) -> None:
    """Make the copies of `article` (an original, in one language) match its sharing."""
    targets = {district.site_id: district for district in target_districts(article)}
    existing = copies_by_site(article)
    for site_id, copies in existing.items():
        for copy in copies if site_id not in targets else copies[1:]:
            copy.delete()
    for site_id, district in targets.items():
        if site_id in existing:
            continue
        language_code = article.locale.language_code
        section = region_section(district.site, language_code)
        if section is None:
            logger.warning(
                "Regional article %s not shown on %s: no live %r section in %s",
                article.pk,
                district,
                REGION_SECTION_SLUG,
                language_code,
            )
            continue
        create_copy(article, section, site_id)


def language_versions(page):
    """The live originals of the item `page` is (or copies) in every language."""
    original = page.alias_of.specific if page.alias_of_id else page
    return NewsArticlePage.objects.live().filter(
        translation_key=original.translation_key, alias_of__isnull=True
    )


@transaction.atomic
def hide(copy) -> HiddenRegionalItem:
    """Take the item `copy` is a copy of off the copy's site, in every language."""
    hidden, _ = HiddenRegionalItem.objects.get_or_create(
        site_id=site_id_for_path(copy.path), original_id=copy.alias_of_id
    )
    for article in language_versions(copy):
        sync_copies(article)
    return hidden


@transaction.atomic
def show_again(hidden: HiddenRegionalItem) -> None:
    """Undo `hide`: the item's copies come back on the site."""
    original = hidden.original.specific
    HiddenRegionalItem.objects.filter(
        site_id=hidden.site_id, original__translation_key=original.translation_key
    ).delete()
    for article in language_versions(original):
        sync_copies(article)


def delete_copies(article) -> None:
    """Wagtail turns the aliases of a deleted page into ordinary pages; a deleted
    regional article takes its copies with it."""
    for copies in copies_by_site(article).values():
        for copy in copies:
            copy.delete()
