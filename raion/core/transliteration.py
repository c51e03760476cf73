# ruff: noqa: RUF001, RUF002 -- Cyrillic letters on purpose
"""Cyrillic names in Latin letters for pages in a language written in Latin script.

Russian and Belarusian letters follow ICAO Doc 9303 (the transliteration of Belarusian
passports), with the Belarusian і and ў as i and u, and ё as io as in Belarusian place
names ("Liozna"): "БелТА" is "BelTA" on English pages. Belarusian г is h, as in
Belarusian passports and place names ("Hlybokae"); Russian г stays g.

Page slugs use the same letters (`slug_from_title`), in the admin too: the slug field
applies `slug_formatters` in the browser before Wagtail's own (Russian-only, unofficial)
transliteration could.
"""

import re

from anyascii import anyascii
from django.utils import translation
from django.utils.text import slugify

CYRILLIC_LANGUAGES = {"ru", "be"}

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
# Where Belarusian differs from Russian.
_BELARUSIAN_LETTERS = {"г": "h"}
# Wagtail's longest slug is 255; a shorter one keeps addresses readable.
SLUG_LENGTH = 60


def _letters(language):
    return {**_LETTERS, **_BELARUSIAN_LETTERS} if language == "be" else _LETTERS


def _letter(character, letters):
    latin = letters.get(character.lower())
    if latin is None:
        return character
    return latin.capitalize() if character.isupper() else latin


def to_latin(text: str, language: str | None = None) -> str:
    """`text` with every Russian or Belarusian letter in Latin letters; the rest as it is.
    With `language` "be", the letters Belarusian writes otherwise (г as h).

    A capital stays a capital: "Щ" is "Shch", and in an all-capital word "SHCH".
    """
    letters = _letters(language)
    words = []
    for word in text.split(" "):
        latin = "".join(_letter(character, letters) for character in word)
        capitals = [character for character in word if character.isalpha()]
        if len(capitals) > 1 and all(character.isupper() for character in capitals):
            latin = latin.upper()
        words.append(latin)
    return " ".join(words)


def in_reader_script(text: str) -> str:
    """`text` as readers of the active language can read it: in Latin letters unless the
    language is written in Cyrillic."""
    if translation.get_language() in CYRILLIC_LANGUAGES:
        return text
    return to_latin(text)


def slug_from_title(title: str, language: str | None = None) -> str:
    """A Latin slug for a page titled `title` in `language`, or "" when nothing is left.
    Letters of other scripts are written in Latin letters as anyascii does."""
    return slugify(anyascii(to_latin(title, language)))[:SLUG_LENGTH].strip("-")


def slug_formatters(language: str | None = None) -> list[tuple[re.Pattern, str]]:
    """The letters of `to_latin` as (pattern, replacement) pairs for Wagtail's slug field,
    which applies them in the browser before making the slug."""
    return [
        (re.compile(cyrillic, re.IGNORECASE), latin)
        for cyrillic, latin in _letters(language).items()
    ]
