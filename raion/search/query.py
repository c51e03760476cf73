"""Answering a query from the index: entries of one site and language that have, for
every word of the query, one of its terms; those with every word in the title first,
then the others, each newest first. The database's full-text index finds them
(`raion.search.fulltext`) and a page of them is read with LIMIT, so the time a query
takes does not grow with the number of entries that match it."""

import dataclasses
import datetime

from django.db.models.functions import Length

from . import fulltext, normalise
from .models import Entry, Term

SUGGESTION_SIMILARITY = 0.4
MAX_CANDIDATES = 3000
# Results a query lists at most; a reader who needs more narrows the query.
MAX_RESULTS = 1000


@dataclasses.dataclass
class Query:
    site_id: int
    language: str
    text: str
    kind: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    def entries(self):
        """The entries the query's filters admit, newest first."""
        entries = Entry.objects.filter(site_id=self.site_id, language=self.language)
        if self.kind:
            entries = entries.filter(kind=self.kind)
        if self.date_from:
            entries = entries.filter(date__gte=self.date_from)
        if self.date_to:
            entries = entries.filter(date__lte=self.date_to)
        return entries.defer("terms").newest_first()


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


class Ranked:
    """The matches of a query, best first, as a paginator reads them: `count()` (at most
    MAX_RESULTS) and slices, each a query or two with LIMIT."""

    def __init__(self, entries, groups):
        in_title = [{Entry.TITLE_MARK + term for term in group} for group in groups]
        self._all = entries.filter(fulltext.condition(groups))
        self._titled = entries.filter(fulltext.condition(in_title))
        self._others = entries.filter(fulltext.condition(groups, excluded=in_title))
        self._matching = None

    def _count_matching(self) -> int:
        """Entries that match, counted up to one more than are listed."""
        if self._matching is None:
            self._matching = self._all.order_by()[: MAX_RESULTS + 1].count()
        return self._matching

    def count(self) -> int:
        return min(self._count_matching(), MAX_RESULTS)

    @property
    def capped(self) -> bool:
        """Whether more entries match than are listed."""
        return self._count_matching() > MAX_RESULTS

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[: len(self)])

    def __getitem__(self, window: slice) -> list[Entry]:
        start, stop = window.start or 0, min(window.stop, len(self))
        if start >= stop:
            return []
        rows = list(self._titled[start:stop])
        wanted = stop - start - len(rows)
        if wanted:
            # The titled entries end within this window, or before it: count them then.
            titled = start + len(rows) if rows or not start else self._count_titled()
            skip = max(0, start - titled)
            rows += self._others[skip : skip + wanted]
        return rows

    def _count_titled(self) -> int:
        return self._titled.order_by()[:MAX_RESULTS].count()


def trigrams(term: str) -> set[str]:
    padded = f"  {term} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """Trigram similarity as PostgreSQL's pg_trgm computes it, in Python for every database."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second)


def _vocabulary(query: Query):
    return Term.objects.filter(site_id=query.site_id, language=query.language)


def closest_term(query: Query, term: str) -> str | None:
    """The site's term most like `term` (a typo's correction), or None."""
    candidates = (
        _vocabulary(query)
        .filter(term__startswith=term[:2])
        .annotate(length=Length("term"))
        .filter(length__range=(len(term) - 2, len(term) + 2))
        .values_list("term", flat=True)[:MAX_CANDIDATES]
    )
    scored = [(similarity(term, candidate), candidate) for candidate in candidates]
    best = max(scored, default=(0, None))
    return best[1] if best[0] >= SUGGESTION_SIMILARITY else None


def corrections(query: Query, words) -> dict[str, str]:
    """{query word: a word of the site's text to use instead} for words the site lacks."""
    asked = {term for _word, terms in words for term in terms}
    known = set(_vocabulary(query).filter(term__in=asked).values_list("term", flat=True))
    found = {}
    for word, terms in words:
        if known.isdisjoint(terms):
            replacement = closest_term(query, terms[0])
            if replacement:
                found[word] = replacement
    return found


@dataclasses.dataclass
class Outcome:
    matches: object  # Ranked, or an empty list
    words: list  # [(word, terms)] that the results match
    corrected: str = ""  # the query as corrected, when the typo fallback answered

    @property
    def capped(self) -> bool:
        """Whether more entries match than are listed (Ranked.capped)."""
        return getattr(self.matches, "capped", False)


def search(query: Query) -> Outcome:
    words = normalise.query_words(query.text, query.language)
    if not words:
        return Outcome([], [])
    found = Ranked(query.entries(), _groups(words))
    if found.count():
        return Outcome(found, words)
    fixes = corrections(query, words)
    if not fixes:
        return Outcome([], words)
    words = [
        (fixes.get(word, word), (fixes[word],) if word in fixes else terms) for word, terms in words
    ]
    corrected = " ".join(word for word, _terms in words)
    return Outcome(Ranked(query.entries(), _groups(words)), words, corrected)


def object_ids_matching(source: str, text: str, languages) -> set[str]:
    """Ids of `source`'s objects whose entries in any site and any of `languages` match
    `text` (the admin's search, which the page permissions narrow afterwards)."""
    found = set()
    for language in languages:
        words = normalise.query_words(text, language)
        if words:
            entries = Entry.objects.filter(language=language, source=source)
            condition = fulltext.condition(_groups(words))
            found.update(entries.filter(condition).values_list("object_id", flat=True))
    return found
