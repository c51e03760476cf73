# ruff: noqa: RUF001 -- Cyrillic (ru, be) and typographic apostrophes on purpose
"""Snippets of an entry's text around the query's words, the words marked. Text is
escaped piece by piece, so nothing of the indexed text or the query reaches the page as
markup."""

import itertools

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import normalise

WORDS_BEFORE = 12
SNIPPET_WORDS = 40
SCAN_WORDS = 5000


def _matches(text, language, terms, start=0, end=None):
    """(start, end) of each word of text[start:end] with one of `terms`, lazily."""
    words = normalise.WORD.finditer(text, start, len(text) if end is None else end)
    for match in itertools.islice(words, SCAN_WORDS):
        word = match.group().lower().replace("ё", "е")
        if not terms.isdisjoint(normalise.word_terms(word, language)):
            yield match.span()


def _window(text, first_match):
    """(start, end) of about SNIPPET_WORDS words around a match at `first_match`."""
    before = list(normalise.WORD.finditer(text, max(0, first_match - 400), first_match))
    start = (
        before[-WORDS_BEFORE].start()
        if len(before) >= WORDS_BEFORE
        else (before[0].start() if before and first_match > 400 else 0)
    )
    following = itertools.islice(normalise.WORD.finditer(text, start), SNIPPET_WORDS + 1)
    words = list(following)
    end = words[SNIPPET_WORDS].start() if len(words) > SNIPPET_WORDS else len(text)
    return start, end


def highlight(text: str, language: str, terms: set[str], whole=False):
    """Escaped HTML of `text` (a window around its first match unless `whole`) with the
    matching words in <mark>; only the words shown are read, so a long text costs little."""
    if whole:
        start, end = 0, len(text)
    else:
        first = next(_matches(text, language, terms), None)
        start, end = _window(text, first[0] if first else 0)
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in _matches(text, language, terms, start, end):
        parts += [escape(text[position:span_start]), "<mark>", escape(text[span_start:span_end])]
        parts.append("</mark>")
        position = span_end
    parts += [escape(text[position:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(parts).strip())  # noqa: S308 (every piece escaped above)


def word_for(text: str, language: str, term: str) -> str | None:
    """A word of `text` whose terms include `term` (to show a correction as a word)."""
    for match in normalise.WORD.finditer(text):
        if term in normalise.word_terms(match.group().lower().replace("ё", "е"), language):
            return match.group()
    return None
