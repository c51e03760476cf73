"""The search index: one entry per searchable thing of a site in one language, and its
terms (`raion.search.normalise`) as rows, so a query is an indexed lookup of terms on
SQLite and PostgreSQL alike."""

from django.db import models
from wagtail.models import Site


class Entry(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    # The registered source (raion.search.registry) and its object: "page", "42".
    source = models.CharField(max_length=40)
    object_id = models.CharField(max_length=64)
    # What readers filter by and see: "news", "page", "document", … (a source's kinds).
    kind = models.CharField(max_length=40)
    title = models.TextField()
    body = models.TextField(blank=True)
    url = models.CharField(max_length=2000)
    date = models.DateField(null=True, blank=True)
    # Space-separated normalised terms of title and body, for reading and re-ranking;
    # lookups go through Posting.
    terms = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "site", "language"], name="search_entry_unique"
            )
        ]
        indexes = [models.Index(fields=["site", "language", "kind", "date"])]

    def __str__(self):
        return self.title


class Posting(models.Model):
    """A term of an entry. The entry's site, language, kind and date are copied here, so
    that a query reads one index (on PostgreSQL without touching the table: the index
    includes every column a query reads) and never joins the entries."""

    TITLE_WEIGHT = 10
    BODY_WEIGHT = 1

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="postings")
    site_id_copy = models.IntegerField()
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=40)
    # TITLE_WEIGHT if the term is in the title, plus BODY_WEIGHT if in the body.
    weight = models.SmallIntegerField()
    kind = models.CharField(max_length=40)
    date = models.DateField(null=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["site_id_copy", "language", "term"],
                include=["entry", "weight", "kind", "date"],
                name="search_posting_lookup",
            )
        ]

    def __str__(self):
        return self.term
