"""The search index: one entry per searchable thing of a site in one language, with its
normalised terms (`raion.search.normalise`), which the database's full-text index
(`raion.search.fulltext`) looks up the same way on SQLite and PostgreSQL."""

from django.db import models
from wagtail.models import Site


class EntryQuerySet(models.QuerySet):
    def newest_first(self):
        """Newest first, undated last (the order raion.search.fulltext's indexes hold)."""
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")


class Entry(models.Model):
    # Marks a term of the title among `terms`, so "every word in the title" is a lookup too.
    TITLE_MARK = "§"

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
    # Space-separated: the terms of title and body, then each title term after TITLE_MARK.
    terms = models.TextField(blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "site", "language"], name="search_entry_unique"
            )
        ]
        # The indexes queries read are the database's own (raion.search.fulltext).

    def __str__(self):
        return self.title


class Term(models.Model):
    """A term of a site's text in one language: the words the typo fallback
    (`raion.search.query.corrections`) may offer instead of one the site lacks."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "language", "term"], name="search_term_unique")
        ]

    def __str__(self):
        return self.term
