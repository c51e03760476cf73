"""Writing entries: an entry's terms always fit the database's full-text index."""

import logging
from itertools import product

import pytest
from wagtail.models import Page, Site

from raion.search.indexing import MAX_TERMS_BYTES, entry_terms
from raion.search.models import Entry

pytestmark = pytest.mark.django_db

CONSONANTS = "bcdfghjklmnpqrtvwxz"  # words the English stemmer leaves as they are


def distinct_words(count: int, length: int = 10) -> list[str]:
    words = ("k" + "".join(letters) + "a" for letters in product(CONSONANTS, repeat=length - 2))
    return [word for word, _ in zip(words, range(count), strict=False)]


def test_an_entry_with_more_distinct_words_than_a_tsvector_holds_is_stored(caplog):
    """120,000 distinct ten-letter words are 1.2 MB of lexemes, over PostgreSQL's 1 MiB;
    the terms stop short of it, keep every title word, and the operator is told."""
    body = " ".join(distinct_words(120_000))
    with caplog.at_level(logging.WARNING, logger="raion.search.indexing"):
        terms, _ = entry_terms("Annual register", body, "en")
    assert "too many distinct words" in caplog.text
    assert sum(len(term.encode()) for term in terms.split()) <= MAX_TERMS_BYTES
    assert {"annual", "register", "§annual", "§register"} <= set(terms.split())
    site = Site.objects.create(hostname="register.localhost", root_page=Page.get_first_root_node())
    entry = Entry.objects.create(
        site=site,
        language="en",
        source="page",
        object_id="1",
        kind="page",
        title="Annual register",
        body=body,
        url="/en/register/",
        terms=terms,
    )
    assert Entry.objects.filter(pk=entry.pk, terms=terms).exists()


def test_an_ordinary_entry_keeps_every_term(caplog):
    with caplog.at_level(logging.WARNING, logger="raion.search.indexing"):
        _, found = entry_terms("Report", " ".join(distinct_words(1000)), "en")
    assert len(found) == 1001
    assert not caplog.text
