"""One import run of one source: fetch, parse, then each item in its own transaction.

Each item is committed on its own, so a run that dies half-way keeps every item it
finished, and the next run recognises them (raion.syndication.dedupe) instead of
importing them twice. Network work (images) happens before an item's transaction opens,
so no database lock is held while waiting on another server.
"""

import datetime
import logging

from django.db import transaction
from django.db.models import F, Min
from django.utils import timezone
from django.utils.translation import gettext as _

from raion.cache import invalidation

from . import articles, dates, images, indexing
from .dedupe import ItemIndex
from .fetch import FetchError, FetchPolicy, fetch
from .models import FeedSource, ImportConflict, ImportedItem, ImportRun
from .parse import FeedError, parse_feed_by

logger = logging.getLogger(__name__)

# What became of an item; each names the run's counter it adds to.
CREATED, UPDATED, CONFLICT, SKIPPED, FAILED = "created", "updated", "conflicts", "skipped", "errors"


class RunStopped(Exception):
    """The run may not go on (its worker lost its claim on the source)."""


def run_import(source, *, fetched=None, dry_run=False, on_item=None, heartbeat=None):
    """Import `source` and return the run's record.

    `fetched` (a FetchResult) stands in for the download, for content that is already at
    hand; `on_item(position, total, outcome)` is told about every item. A dry run decides
    everything and writes nothing. Workers call this through scheduling.import_source,
    which holds the source's claim meanwhile and renews it in `heartbeat()`, called
    between any two steps (downloads, parsing, items); it raises RunStopped to stop.
    The download and the parsing of the feed end within the source's deadline together.
    """
    heartbeat = heartbeat or _no_heartbeat
    run = ImportRun(source=source, started_at=timezone.now(), dry_run=dry_run)
    if not dry_run:
        _close_dead_runs(source)
        run.save()
    result = None
    try:
        policy = FetchPolicy.for_source(source)
        deadline = policy.deadline_from_now()
        result = fetched or fetch(
            source.url,
            policy,
            etag=source.etag,
            last_modified=source.last_modified,
            deadline=deadline,
        )
        run.http_status = result.status
        heartbeat()
        if result.not_modified:
            run.status = ImportRun.Status.NOT_MODIFIED
        else:
            feed = parse_feed_by(deadline, result.content, result.content_type, result.url)
            heartbeat()
            with indexing.deferred_indexing(), invalidation.collected_refreshes():
                importer = ItemImporter(source, run, dry_run, on_item, heartbeat)
                importer.import_all(feed.items)
            run.status = ImportRun.Status.PARTIAL if run.errors else ImportRun.Status.SUCCEEDED
    except (FetchError, FeedError, RunStopped) as error:
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


def _close_dead_runs(source):
    """Close the runs a killed worker left running, and index what they saved: a run
    indexes its articles in batches (raion.syndication.indexing), and a dead one may have
    saved articles after its last batch."""
    dead = source.runs.filter(status=ImportRun.Status.RUNNING)
    since = dead.aggregate(since=Min("started_at"))["since"]
    if since is None:
        return
    saved = ImportedItem.objects.filter(source=source, updated_at__gte=since)
    indexing.index_now(saved.exclude(article=None).values_list("article_id", flat=True))
    dead.update(status=ImportRun.Status.FAILED, error=_("Interrupted before it ended."))


def _no_heartbeat():
    pass


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
    def __init__(self, source, run, dry_run, on_item, heartbeat):
        self.source, self.run, self.dry_run, self.on_item = source, run, dry_run, on_item
        self.heartbeat = heartbeat
        self.index = ItemIndex(source)

    def import_all(self, items):
        self.run.fetched = len(items)
        for position, item in enumerate(items, 1):
            self.heartbeat()
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
        date = self.article_date(item)
        if self.dry_run:
            return CREATED if row is None else UPDATED
        pictures = self.download_images(item)
        try:
            with transaction.atomic():
                if row is None:
                    return self.create(item, pictures, date)
                return self.update(row, item, pictures, date)
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

    def article_date(self, item):
        """The item's date if plausible (raion.syndication.dates); None, noted, if not."""
        date, refused = dates.plausible_date(
            item.date, timezone.localdate(), self.source.oldest_item_days
        )
        if refused:
            self.run.note(
                _("«%(title)s»: %(reason)s; the article keeps the date of its import")
                % {**_item(item), "reason": refused}
            )
        return date

    def download_images(self, item):
        if not self.source.import_images:
            return []
        policy = FetchPolicy.for_source(self.source)
        downloaded = []
        for ref in item.images:
            self.heartbeat()
            try:
                downloaded.append(images.download(ref, policy))
            except images.ImageRejected as error:
                self.run.note(
                    _("«%(title)s»: image skipped: %(error)s") % {**_item(item), "error": error}
                )
        return downloaded

    def store_images(self, pictures):
        return [images.store(p, self.source.collection, self.source.credit) for p in pictures]

    def create(self, item, pictures, date):
        article, revision = articles.create_article(
            self.source, item, self.store_images(pictures), date
        )
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

    def update(self, row, item, pictures, date):
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
                self.source, article, item, self.store_images(pictures), date
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
