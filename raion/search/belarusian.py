# ruff: noqa: RUF001, RUF002 -- Cyrillic (ru, be) and typographic apostrophes on purpose
"""A small Belarusian stemmer: strips inflectional endings so that the forms of a word
share one stem ("навіны", "навінах", "навін" → "навін"; "рашэнне", "рашэнні" → "рашэнн").

No database ships a Belarusian stemmer, and the one lemmatiser there is (`lemmatizer-be`)
downloads its data at run time, which the project does not allow. This is Porter-style
suffix stripping, enough for search recall, not a linguistic analysis:

- the word is lower-cased and spelled one way first: ў → у (ўрад/урад after a vowel),
  ё → е, the apostrophe dropped (сям'я → сямя);
- the longest ending of the lists below is removed if at least MIN_STEM letters remain;
  nouns, adjectives and verbs share one list, since a search query has no context that
  would tell them apart;
- і and ы are the same vowel after soft and hard consonants, so the endings are listed
  in both spellings; a stem's final soft sign is dropped (дзень/дня stay apart, as the
  vowel itself alternates, which suffix stripping cannot undo); a genitive plural in -й
  (арганізацый) loses it, as its other forms lose -і, -ю.
"""

import re

MIN_STEM = 3

# Grouped only for reading; all are tried longest first.
_NOUN = "амі ямі ам ям ах ях ой ою ёй ёю ей ею ом ем ём оў еў аў яў ы і а я у ю е о ё й"
_ADJECTIVE = "ага яга аму яму ымі імі ыя ія ая яя ое ае ее ую юю ых іх ым ім ай ой ей ы і"
_VERB = """
    аецца яецца уцца юцца ецца іцца ыцца ацца яцца
    аеце яеце іце ыце еце аць яць ець іць ыць уць юць ць ці
    ешся ецца лася ліся лося уся ўся ся
    аеш яеш еш іш ыш ем ім ым ла лі ло ае яе ю у е
"""


def _longest_first(*lists: str) -> list[str]:
    endings = {ending for text in lists for ending in text.split()}
    return sorted(
        {ending.replace("ў", "у").replace("ё", "е") for ending in endings}, key=len, reverse=True
    )


ENDINGS = _longest_first(_NOUN, _ADJECTIVE, _VERB)
_APOSTROPHES = re.compile("['’ʼ]")


def spell(word: str) -> str:
    """One spelling for the letters that alternate in Belarusian."""
    return _APOSTROPHES.sub("", word.lower()).replace("ў", "у").replace("ё", "е")


def stem(word: str) -> str:
    word = spell(word)
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    if word.endswith("ь") and len(word) > MIN_STEM:
        word = word[:-1]
    return word
