"""Writing the index: an object's entries replace what the index held for it."""

import logging

from django.db import transaction
from wagtail.models import Site

from . import normalise, registry
from .models import Entry, Term

logger = logging.getLogger(__name__)
MAX_BODY_LENGTH = 200_000  # characters of body text kept (a long document's file text)
BATCH = 200


# PostgreSQL refuses a tsvector whose lexemes take over 1 MiB ("string is too long for
# tsvector"); one such entry would fail its whole batch. A body cut at MAX_BODY_LENGTH
# rarely comes near, but a word can stand for up to three lemmas, so the terms are held
# under the limit here.
MAX_TERMS_BYTES = 1_000_000


def entry_terms(title: str, body: str, language: str) -> tuple[str, set[str]]:
    """`Entry.terms` for a title and body, and the set of their terms."""
    title_terms = normalise.terms(title, language)
    marked = sorted(Entry.TITLE_MARK + term for term in title_terms)
    found = set(title_terms)
    room = MAX_TERMS_BYTES - sum(len(term.encode()) for term in [*title_terms, *marked])
    for term in sorted(normalise.terms(body, language) - title_terms):
        room -= len(term.encode())
        if room < 0:
            logger.warning(
                "Search: %r has too many distinct words; the rest are not indexed", title
            )
            break
        found.add(term)
    return " ".join(sorted(found) + marked), found


def take_terms(entries, term_model=Term) -> None:
    """Set each entry's `terms` and add their words to the sites' vocabularies.

    `term_model` is a migration's historical Term where a migration calls this."""
    vocabulary = set()
    for entry in entries:
        entry.terms, found = entry_terms(entry.title, entry.body, entry.language)
        vocabulary.update((entry.site_id, entry.language, term) for term in found)
    term_model.objects.bulk_create(
        [term_model(site_id=site, language=lang, term=term) for site, lang, term in vocabulary],
        batch_size=1000,
        ignore_conflicts=True,
    )


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
    take_terms(entries)
    Entry.objects.bulk_create(entries, batch_size=BATCH)


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
        # The vocabulary is rebuilt too, dropping the words of what has left the index.
        Term.objects.filter(site=site).delete()
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
