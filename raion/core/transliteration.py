# ruff: noqa: RUF001, RUF002 -- Cyrillic letters on purpose
"""Cyrillic names in Latin letters for pages in a language written in Latin script.

Russian and Belarusian letters follow ICAO Doc 9303 (the transliteration of Belarusian
passports), with the Belarusian і and ў as i and u, and ё as io as in Belarusian place
names ("Liozna"): "БелТА" is "BelTA" on English pages.
"""

from django.utils import translation

CYRILLIC_LANGUAGES = {"ru", "be"}

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def _letter(character):
    latin = _LETTERS.get(character.lower())
    if latin is None:
        return character
    return latin.capitalize() if character.isupper() else latin


def to_latin(text: str) -> str:
    """`text` with every Russian or Belarusian letter in Latin letters; the rest as it is.

    A capital stays a capital: "Щ" is "Shch", and in an all-capital word "SHCH".
    """
    words = []
    for word in text.split(" "):
        latin = "".join(_letter(character) for character in word)
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
