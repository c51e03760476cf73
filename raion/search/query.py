"""Answering a query from the index: entries of one site and language that have, for
every word of the query, one of its terms; title matches first, then newer first."""

import dataclasses
import datetime

from django.db.models import Case, IntegerField, Max, Sum, Value, When
from django.db.models.functions import Length

from . import normalise
from .models import Entry, Posting

SUGGESTION_SIMILARITY = 0.4
MAX_CANDIDATES = 3000


@dataclasses.dataclass
class Query:
    site_id: int
    language: str
    text: str
    kind: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


def _groups(words) -> list[set[str]]:
    """One set of terms per query word; words sharing a term are one group."""
    groups: list[set[str]] = []
    for _word, terms in words:
        merged = set(terms)
        for group in [g for g in groups if g & merged]:
            merged |= group
            groups.remove(group)
        groups.append(merged)
    return groups


def matches(query: Query, groups: list[set[str]]):
    """[{"entry_id", "score"}] ordered best first, as a lazy queryset."""
    postings = Posting.objects.filter(
        site_id_copy=query.site_id,
        language=query.language,
        term__in=set().union(*groups),
    )
    if query.kind:
        postings = postings.filter(kind=query.kind)
    if query.date_from:
        postings = postings.filter(date__gte=query.date_from)
    if query.date_to:
        postings = postings.filter(date__lte=query.date_to)
    # An entry has every word when, for each word, one of its postings has one of its
    # terms; Max per word keeps that a plain aggregate (no DISTINCT, no sort per group).
    has_words = {f"word{i}": _has_any(group) for i, group in enumerate(groups) if len(groups) > 1}
    return (
        postings.values("entry_id", "date")
        .annotate(score=Sum("weight"), **has_words)
        .filter(**dict.fromkeys(has_words, 1))
        .order_by("-score", "-date", "-entry_id")
    )


def _has_any(terms):
    return Max(
        Case(When(term__in=terms, then=Value(1)), default=Value(0), output_field=IntegerField())
    )


def trigrams(term: str) -> set[str]:
    padded = f"  {term} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """Trigram similarity as PostgreSQL's pg_trgm computes it, in Python for every database."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second)


def closest_term(query: Query, term: str) -> str | None:
    """The site's term most like `term` (a typo's correction), or None."""
    candidates = (
        Posting.objects.filter(
            site_id_copy=query.site_id, language=query.language, term__startswith=term[:2]
        )
        .annotate(length=Length("term"))
        .filter(length__range=(len(term) - 2, len(term) + 2))
        .values_list("term", flat=True)
        .distinct()[:MAX_CANDIDATES]
    )
    scored = [(similarity(term, candidate), candidate) for candidate in candidates]
    best = max(scored, default=(0, None))
    return best[1] if best[0] >= SUGGESTION_SIMILARITY else None


def corrections(query: Query, words) -> dict[str, str]:
    """{query word: a word of the site's text to use instead} for words the site lacks."""
    known = set(
        Posting.objects.filter(
            site_id_copy=query.site_id,
            language=query.language,
            term__in={t for _w, terms in words for t in terms},
        )
        .values_list("term", flat=True)
        .distinct()
    )
    found = {}
    for word, terms in words:
        if known.isdisjoint(terms):
            replacement = closest_term(query, terms[0])
            if replacement:
                found[word] = replacement
    return found


@dataclasses.dataclass
class Outcome:
    matches: object  # queryset for a paginator, or an empty list
    words: list  # [(word, terms)] that the results match
    corrected: str = ""  # the query as corrected, when the typo fallback answered
    count: int = 0  # of matches, counted once


def search(query: Query) -> Outcome:
    words = normalise.query_words(query.text, query.language)
    if not words:
        return Outcome([], [])
    found = matches(query, _groups(words))
    count = found.count()
    if count:
        return Outcome(found, words, count=count)
    fixes = corrections(query, words)
    if not fixes:
        return Outcome([], words)
    words = [
        (fixes.get(word, word), (fixes[word],) if word in fixes else terms) for word, terms in words
    ]
    corrected = " ".join(word for word, _terms in words)
    found = matches(query, _groups(words))
    return Outcome(found, words, corrected, found.count())


def entries_for(page_of_matches) -> list[Entry]:
    """The entries of a page of matches, in the matches' order."""
    ids = [row["entry_id"] for row in page_of_matches]
    entries = Entry.objects.in_bulk(ids)
    return [entries[pk] for pk in ids if pk in entries]


def object_ids_matching(source: str, text: str, languages) -> set[str]:
    """Ids of `source`'s objects whose entries in any site and any of `languages` match
    `text` (the admin's search, which the page permissions narrow afterwards)."""
    found = set()
    for language in languages:
        words = normalise.query_words(text, language)
        if not words:
            continue
        groups = _groups(words)
        has_words = {f"word{i}": _has_any(group) for i, group in enumerate(groups)}
        found.update(
            Posting.objects.filter(
                language=language, term__in=set().union(*groups), entry__source=source
            )
            .values("entry__object_id")
            .annotate(**has_words)
            .filter(**dict.fromkeys(has_words, 1))
            .values_list("entry__object_id", flat=True)
        )
    return found
