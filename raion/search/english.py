# ruff: noqa: RUF001 -- Cyrillic (ru, be) and typographic apostrophes on purpose
"""A light English stemmer: plural and common verb endings, so "decisions" finds
"decision" and "planned" finds "planning". English pages are translations of the Russian
ones; a light stemmer keeps precision where a full Porter stemmer would conflate more."""

MIN_STEM = 3

# (ending, replacement), the first that fits applies.
_RULES = (
    ("'s", ""),
    ("ies", "y"),
    ("sses", "ss"),
    ("ness", ""),
    ("ments", "ment"),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ed", ""),
    ("ly", ""),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("s", ""),
)


def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for ending, replacement in _RULES:
        if word.endswith(ending) and not word.endswith("ss"):
            base = word[: -len(ending)] + replacement
            if len(base) >= MIN_STEM:
                word = base
                break
    # planning → plann → plan: a doubled final consonant left by -ing/-ed.
    if len(word) > MIN_STEM and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    # house/houses/housed: a silent final e is dropped in every form.
    if word.endswith("e") and len(word) > MIN_STEM:
        word = word[:-1]
    return word
