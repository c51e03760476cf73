"""One import run of one source: fetch, parse, then each item in its own transaction.

Each item is committed on its own, so a run that dies half-way keeps every item it
finished, and the next run recognises them (raion.syndication.dedupe) instead of
importing them twice. Network work (images) happens before an item's transaction opens,
so no database lock is held while waiting on another server.
"""

import datetime
import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from raion.cache import invalidation

from . import articles, images, indexing
from .dedupe import ItemIndex
from .fetch import FetchError, FetchPolicy, fetch
from .models import FeedSource, ImportConflict, ImportedItem, ImportRun
from .parse import FeedError, parse_feed

logger = logging.getLogger(__name__)

# What became of an item; each names the run's counter it adds to.
CREATED, UPDATED, CONFLICT, SKIPPED, FAILED = "created", "updated", "conflicts", "skipped", "errors"


def run_import(source, *, fetched=None, dry_run=False, on_item=None):
    """Import `source` and return the run's record.

    `fetched` (a FetchResult) stands in for the download, for content that is already at
    hand; `on_item(position, total, outcome)` is told about every item. A dry run decides
    everything and writes nothing. Workers call this through scheduling.import_source,
    which holds the source's claim meanwhile.
    """
    run = ImportRun(source=source, started_at=timezone.now(), dry_run=dry_run)
    if not dry_run:
        source.runs.filter(status=ImportRun.Status.RUNNING).update(
            status=ImportRun.Status.FAILED, error=_("Interrupted before it ended.")
        )
        run.save()
    result = None
    try:
        result = fetched or fetch(
            source.url,
            FetchPolicy.for_source(source),
            etag=source.etag,
            last_modified=source.last_modified,
        )
        run.http_status = result.status
        if result.not_modified:
            run.status = ImportRun.Status.NOT_MODIFIED
        else:
            feed = parse_feed(result.content, result.content_type, result.url)
            with indexing.deferred_indexing(), invalidation.collected_refreshes():
                ItemImporter(source, run, dry_run, on_item).import_all(feed.items)
            run.status = ImportRun.Status.PARTIAL if run.errors else ImportRun.Status.SUCCEEDED
    except (FetchError, FeedError) as error:
        _fail(run, str(error), getattr(error, "status", None))
    except Exception as error:
        logger.exception("Import of feed source %s failed", source.pk)
        _fail(run, _("Unexpected error: %(error)r") % {"error": error})
    except BaseException as error:
        _fail(run, _("Interrupted: %(error)r") % {"error": error})
        _finish(source, run, result)
        raise
    _finish(source, run, result)
    return run


def _fail(run, message, http_status=None):
    run.status = ImportRun.Status.FAILED
    run.error = message
    run.http_status = http_status or run.http_status


def _finish(source, run, result):
    now = timezone.now()
    run.finished_at = now
    if run.dry_run:
        return
    run.save()
    changes = {
        "last_run": run,
        "next_run_at": now + datetime.timedelta(minutes=source.interval_minutes),
    }
    if run.status == ImportRun.Status.FAILED:
        changes.update(
            consecutive_failures=F("consecutive_failures") + 1,
            last_error_at=now,
            last_error=run.error,
        )
    else:
        changes.update(consecutive_failures=0, last_success_at=now)
        if run.errors:
            changes.update(last_error_at=now, last_error="\n".join(run.messages))
        elif run.status == ImportRun.Status.SUCCEEDED:
            # Remembered only once every item is in: a conditional GET must not hide
            # items that a failed or interrupted run did not get to.
            changes.update(etag=result.etag[:500], last_modified=result.last_modified[:100])
    FeedSource.objects.filter(pk=source.pk).update(**changes)
    source.refresh_from_db()


class ItemImporter:
    def __init__(self, source, run, dry_run, on_item):
        self.source, self.run, self.dry_run, self.on_item = source, run, dry_run, on_item
        self.index = ItemIndex(source)

    def import_all(self, items):
        self.run.fetched = len(items)
        for position, item in enumerate(items, 1):
            outcome = self.import_one(item, position)
            setattr(self.run, outcome, getattr(self.run, outcome) + 1)
            if position % indexing.BATCH == 0:
                indexing.flush()
                invalidation.send_collected()
            if self.on_item:
                self.on_item(position, len(items), outcome)

    def import_one(self, item, position):
        if position > self.source.max_items:
            return SKIPPED
        if self.index.seen_before_in_this_run(item):
            self.run.note(_("«%(title)s»: repeats an earlier item of the feed") % _item(item))
            return SKIPPED
        if not item.title:
            self.run.note(_("Item %(position)d has no title") % {"position": position})
            return FAILED
        row = self.index.match(item)
        if row is not None and (row.content_hash == item.content_hash or row.article_id is None):
            return SKIPPED  # unchanged, or its article was deleted on purpose
        if not self.wanted(item):
            return SKIPPED
        if self.dry_run:
            return CREATED if row is None else UPDATED
        pictures = self.download_images(item)
        try:
            with transaction.atomic():
                if row is None:
                    return self.create(item, pictures)
                return self.update(row, item, pictures)
        except Exception as error:
            logger.warning("Feed item %r failed", item.guid or item.link, exc_info=True)
            self.run.note(_("«%(title)s»: %(error)s") % {**_item(item), "error": error})
            return FAILED

    def wanted(self, item):
        include, exclude = self.source.keyword_filters()
        text = item.searchable_text() if include or exclude else ""
        if include and not any(word in text for word in include):
            return False
        if any(word in text for word in exclude):
            return False
        include, exclude = self.source.category_filters()
        categories = {category.casefold() for category in item.categories}
        if include and not categories.intersection(include):
            return False
        return not categories.intersection(exclude)

    def download_images(self, item):
        if not self.source.import_images:
            return []
        policy = FetchPolicy.for_source(self.source)
        downloaded = []
        for ref in item.images:
            try:
                downloaded.append(images.download(ref, policy))
            except images.ImageRejected as error:
                self.run.note(
                    _("«%(title)s»: image skipped: %(error)s") % {**_item(item), "error": error}
                )
        return downloaded

    def store_images(self, pictures):
        return [images.store(p, self.source.collection, self.source.credit) for p in pictures]

    def create(self, item, pictures):
        article, revision = articles.create_article(self.source, item, self.store_images(pictures))
        row = ImportedItem.objects.create(
            source=self.source,
            guid=item.guid,
            link=item.link,
            title_hash=item.title_hash,
            content_hash=item.content_hash,
            article=article,
            imported_revision=revision,
        )
        self.index.add(row)
        return CREATED

    def update(self, row, item, pictures):
        article = articles.NewsArticlePage.objects.get(pk=row.article_id)
        if articles.edited_since_import(article, row.imported_revision_id):
            ImportConflict.objects.get_or_create(
                item=row,
                content_hash=item.content_hash,
                defaults={"run": self.run, "incoming": item.as_incoming()},
            )
            outcome = CONFLICT
        else:
            revision = articles.update_article(
                self.source, article, item, self.store_images(pictures)
            )
            row.imported_revision = revision
            outcome = UPDATED
        # The item's new keys and content are recorded either way: an unchanged item
        # is not reconsidered, and a conflict waits for an editor instead of recurring.
        row.guid, row.link, row.title_hash = (
            item.guid or row.guid,
            item.link or row.link,
            item.title_hash,
        )
        row.content_hash = item.content_hash
        row.save(
            update_fields=[
                "guid",
                "link",
                "title_hash",
                "content_hash",
                "imported_revision",
                "updated_at",
            ]
        )
        self.index.add(row)
        return outcome


def _item(item):
    return {"title": item.title or item.guid or item.link}
