"""The normalisation alone: inflected forms share their terms (no database)."""

import pytest

from raion.search import belarusian, english, normalise

# (query word, word of the text, language): the query must find the text.
RECALL = [
    ("президента", "президент", "ru"),
    ("аграриев", "аграрии", "ru"),
    ("решения", "решением", "ru"),
    ("новостей", "новости", "ru"),
    ("Лиозна", "Лиозно", "ru"),
    ("навінах", "навіны", "be"),
    ("рашэнне", "рашэнні", "be"),
    ("раёна", "раёнаў", "be"),
    ("ўрада", "урад", "be"),
    ("арганізацый", "арганізацыі", "be"),
    ("выканаўчага", "выканаўчы", "be"),
    ("Лёзненскага", "Лёзненскі", "be"),
    ("decisions", "decision", "en"),
    ("planning", "planned", "en"),
]


@pytest.mark.parametrize(("query", "text", "language"), RECALL)
def test_inflected_forms_share_a_term(query, text, language):
    assert set(normalise.terms(query, language)) & set(normalise.terms(text, language))


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [("президент", "район", "ru"), ("навіны", "рашэнні", "be"), ("plan", "road", "en")],
)
def test_different_words_stay_apart(first, second, language):
    assert not normalise.terms(first, language) & normalise.terms(second, language)


def test_belarusian_stems_keep_a_stem():
    assert belarusian.stem("дом") == "дом"
    assert belarusian.stem("навінах") == "навін"
    assert len(belarusian.stem("яго")) >= 3


def test_english_stem():
    assert english.stem("houses") == english.stem("house")
    assert english.stem("taxes") == "tax"


def test_a_belarusian_word_on_a_russian_page_is_stemmed_as_belarusian():
    assert normalise.terms("навінах", "ru") == normalise.terms("навіны", "be")


def test_query_words_are_cut_and_stop_words_dropped():
    assert [word for word, _terms in normalise.query_words("новости в Лиозно", "ru")] == [
        "новости",
        "лиозно",
    ]
    assert normalise.query_words("и", "ru")[0][0] == "и"
    assert len(normalise.query_words("слово " * 1000, "ru")) == 1
    many = " ".join(f"слово{i}" for i in range(50))
    assert len(normalise.query_words(many, "ru")) == normalise.MAX_QUERY_WORDS
