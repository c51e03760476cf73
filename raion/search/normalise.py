# ruff: noqa: RUF001, RUF002 -- Cyrillic (ru, be) and typographic apostrophes on purpose
"""One normalisation of text into search terms, used at index time and at query time,
so SQLite and PostgreSQL compare the same strings and return the same results.

A word goes to the normaliser of its script and language: Latin letters to the light
English stemmer; Cyrillic to the Belarusian stemmer when the text is Belarusian or the
word has a letter only Belarusian has (і, ў), else to pymorphy3's Russian lemmas. A
Russian word may have several lemmas ("стали": стать, сталь); a word's terms are all of
them, at index and at query time, and a query word matches an entry that has any.
"""

import functools
import re

import pymorphy3

from . import belarusian, english

MAX_TERM_LENGTH = 40
MAX_LEMMAS = 3
MAX_QUERY_LENGTH = 200  # characters; a longer query is cut, not refused
MAX_QUERY_WORDS = 8

WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_LATIN = re.compile(r"[a-z]")
_BELARUSIAN_ONLY = re.compile("[іў]")
_RUSSIAN_ONLY = re.compile("[ищъ]")

# Words too common to tell entries apart (ru, be, en); a query of nothing else still finds them.
_STOP_WORDS = """
    и в во на с со к ко о об от до по за из у а но не ни же ли бы что как для при это
    і й ў у на з са к да па за ад аб а але не ні ці што як для пры гэта
    a an the and or of in on at to for by with from is are was be it this that
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


@functools.cache
def _morph():
    return pymorphy3.MorphAnalyzer(lang="ru")


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, ё spelled е."""
    return [word.lower().replace("ё", "е") for word in WORD.findall(text)]


@functools.lru_cache(maxsize=100_000)
def word_terms(word: str, language: str) -> tuple[str, ...]:
    """The terms of one lower-cased word in a text of `language`."""
    word = word[:MAX_TERM_LENGTH]
    if word.isdigit() or (not word.isalpha() and not any(c.isalpha() for c in word)):
        return (word,)
    if _LATIN.search(word):
        return (english.stem(word),)
    if _BELARUSIAN_ONLY.search(word) or (language == "be" and not _RUSSIAN_ONLY.search(word)):
        return (belarusian.stem(word),)
    lemmas = dict.fromkeys(parse.normal_form.replace("ё", "е") for parse in _morph().parse(word))
    return tuple(lemma[:MAX_TERM_LENGTH] for lemma in list(lemmas)[:MAX_LEMMAS])


def terms(text: str, language: str) -> set[str]:
    """Every term of `text` (stop words left out)."""
    found = set()
    for word in words(text):
        if word not in STOP_WORDS:
            found.update(word_terms(word, language))
    return found


def cut(query: str) -> str:
    """The query's first MAX_QUERY_LENGTH characters, without a word cut in two."""
    if len(query) <= MAX_QUERY_LENGTH:
        return query
    head = query[:MAX_QUERY_LENGTH]
    if query[MAX_QUERY_LENGTH].isalnum() and re.search(r"\s", head):
        head = re.split(r"\s(?=\S*$)", head)[0]
    return head


def query_words(query: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    """[(word, its terms)] of a query: cut to MAX_QUERY_LENGTH characters and
    MAX_QUERY_WORDS words, repeated words once, stop words left out unless nothing else
    is there."""
    found = dict.fromkeys(words(cut(query)))
    meaningful = [word for word in found if word not in STOP_WORDS] or list(found)
    return [(word, word_terms(word, language)) for word in meaningful[:MAX_QUERY_WORDS]]
