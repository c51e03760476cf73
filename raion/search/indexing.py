"""Writing the index: an object's entries replace what the index held for it."""

import logging

from django.db import transaction
from wagtail.models import Site

from . import normalise, registry
from .models import Entry, Posting

logger = logging.getLogger(__name__)
MAX_BODY_LENGTH = 200_000  # characters of body text kept (a long document's file text)
BATCH = 200


def _postings(entry: Entry) -> list[Posting]:
    title_terms = normalise.terms(entry.title, entry.language)
    body_terms = normalise.terms(entry.body, entry.language)
    entry.terms = " ".join(sorted(title_terms | body_terms))
    return [
        Posting(
            entry=entry,
            site_id_copy=entry.site_id,
            language=entry.language,
            term=term,
            kind=entry.kind,
            date=entry.date,
            weight=(Posting.TITLE_WEIGHT if term in title_terms else 0)
            + (Posting.BODY_WEIGHT if term in body_terms else 0),
        )
        for term in title_terms | body_terms
    ]


def _entries(source, obj) -> list[Entry]:
    object_id = source.object_id(obj)
    return [
        Entry(
            site_id=item.site_id,
            language=item.language,
            source=source.name,
            object_id=object_id,
            kind=item.kind,
            title=item.title[:1000],
            body=item.body[:MAX_BODY_LENGTH],
            url=item.url,
            date=item.date,
        )
        for item in source.entries(obj)
    ]


def _write(entries: list[Entry]) -> None:
    postings = []
    for entry in entries:
        postings += _postings(entry)
    Entry.objects.bulk_create(entries, batch_size=BATCH)  # sets pk on SQLite and PostgreSQL
    for posting in postings:
        posting.entry_id = posting.entry.pk
    Posting.objects.bulk_create(postings, batch_size=1000)


@transaction.atomic
def remove(source_name: str, object_id: str) -> None:
    Entry.objects.filter(source=source_name, object_id=object_id).delete()


@transaction.atomic
def update(source_name: str, object_id: str) -> None:
    """Reindex one object; it leaves the index when it is gone or not searchable."""
    source = registry.source(source_name)
    remove(source_name, object_id)
    obj = source.get(object_id)
    if obj is not None:
        _write(_entries(source, obj))


def rebuild(sites=None, stdout=None) -> int:
    """Index every source's objects of `sites` (all by default) anew; the number of entries."""
    total = 0
    for site in sites or Site.objects.all():
        for source in registry.sources():
            with transaction.atomic():
                Entry.objects.filter(site=site, source=source.name).delete()
                batch = []
                for obj in source.objects(site):
                    batch += [e for e in _entries(source, obj) if e.site_id == site.pk]
                    if len(batch) >= BATCH:
                        _write(batch)
                        total += len(batch)
                        batch = []
                _write(batch)
                total += len(batch)
        if stdout:
            stdout.write(f"{site.hostname}: indexed\n")
    return total
