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


def _matching(text, language, terms):
    """(start, end) of the words of `text` with one of `terms`, in its first SCAN_WORDS."""
    spans = []
    for number, match in enumerate(normalise.WORD.finditer(text)):
        if number >= SCAN_WORDS:
            break
        word = match.group().lower().replace("ё", "е")
        if not terms.isdisjoint(normalise.word_terms(word, language)):
            spans.append(match.span())
    return spans


def highlight(text: str, language: str, terms: set[str], whole=False):
    """Escaped HTML of `text` (a window of it unless `whole`) with matching words in <mark>."""
    spans = _matching(text, language, terms)
    if not whole:
        words = list(normalise.WORD.finditer(text[: spans[0][0] if spans else 0]))
        start = words[-WORDS_BEFORE].start() if len(words) >= WORDS_BEFORE else 0
        following = list(itertools.islice(normalise.WORD.finditer(text, start), SNIPPET_WORDS + 1))
        end = following[SNIPPET_WORDS].start() if len(following) > SNIPPET_WORDS else len(text)
    else:
        start, end = 0, len(text)
    parts = ["…" if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
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
