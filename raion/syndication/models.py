"""Feed sources, the record of their import runs, and what links feed items to articles."""

import ipaddress

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .fetch import DEADLINE_FACTOR

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Parsing takes about six times a feed's size in memory (16 MiB: about 100 MB).
MAX_FEED_BYTES = 16 * 1024 * 1024
MAX_TIMEOUT_SECONDS = 120
# A download and its parsing take at most DEADLINE_FACTOR timeouts, and never more than
# this part of the lease, so that a worker renewing its lease between steps
# (raion.syndication.scheduling) never sees it lapse mid-download.
DEADLINE_SHARE_OF_LEASE = 1 / 3
MAX_MESSAGES = 200  # per run: a feed of ten thousand broken items must not bloat the record


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class FeedSource(models.Model):
    """A news agency's RSS or Atom feed imported into one news section of one site."""

    class Policy(models.TextChoices):
        LIVE = "live", _("Publish imported articles")
        DRAFT = "draft", _("Create drafts for review")

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=1000)
    target = models.ForeignKey(
        "news.NewsIndexPage",
        verbose_name=_("news section"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Articles are created in this section, in its language."),
    )
    attribution = models.CharField(
        _("attribution"),
        max_length=200,
        blank=True,
        help_text=_("Shown as the source of every imported article; the name when empty."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    interval_minutes = models.PositiveIntegerField(
        _("interval, minutes"), default=30, validators=[MinValueValidator(1)]
    )
    policy = models.CharField(
        _("policy"), max_length=10, choices=Policy.choices, default=Policy.DRAFT
    )
    max_items = models.PositiveIntegerField(
        _("maximum items per run"), default=50, validators=[MinValueValidator(1)]
    )
    import_images = models.BooleanField(_("import images"), default=True)
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("image collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The site's collection that imported images are stored in."),
    )
    include_keywords = models.TextField(
        _("only items with these words"),
        blank=True,
        help_text=_("One per line; when set, other items are skipped."),
    )
    exclude_keywords = models.TextField(
        _("skip items with these words"), blank=True, help_text=_("One per line.")
    )
    include_categories = models.TextField(
        _("only items in these categories"),
        blank=True,
        help_text=_("One per line; when set, other items are skipped."),
    )
    exclude_categories = models.TextField(
        _("skip items in these categories"), blank=True, help_text=_("One per line.")
    )
    allowed_networks = models.TextField(
        _("private addresses this source may reach"),
        blank=True,
        help_text=_(
            "Private, loopback or link-local addresses or networks, one per line (for "
            "example 127.0.0.1 for a feed served by this server). Leave empty for public feeds."
        ),
    )
    oldest_item_days = models.PositiveIntegerField(
        _("oldest plausible item, days"),
        default=365,
        validators=[MinValueValidator(1)],
        help_text=_(
            "An item dated further back, or more than a day ahead, gets the date of its "
            "import instead."
        ),
    )
    timeout = models.FloatField(
        _("timeout, seconds"),
        default=20,
        validators=[MinValueValidator(0.05), MaxValueValidator(MAX_TIMEOUT_SECONDS)],
        help_text=_(
            "For each step of a download; the whole download, parsing included, may take "
            "three times as long."
        ),
    )
    max_bytes = models.PositiveIntegerField(
        _("maximum response size, bytes"),
        default=DEFAULT_MAX_BYTES,
        validators=[MinValueValidator(1024), MaxValueValidator(MAX_FEED_BYTES)],
    )

    # Kept by the importer.
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_run_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    lease_token = models.CharField(max_length=32, blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(
        _("failed runs in a row"), default=0, editable=False
    )
    last_success_at = models.DateTimeField(_("last success"), null=True, editable=False)
    last_error_at = models.DateTimeField(_("last error at"), null=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_run = models.ForeignKey(
        "ImportRun", null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("feed source")
        verbose_name_plural = _("feed sources")
        ordering = ["site", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.target_id and self.site_id and self.target.get_site() != self.site:
            raise ValidationError({"target": _("Choose a news section of this site.")})
        for line in _lines(self.allowed_networks):
            try:
                ipaddress.ip_network(line, strict=False)
            except ValueError as error:
                raise ValidationError(
                    {"allowed_networks": _("Not an address or network: %s") % line}
                ) from error

    @property
    def response_limit(self):
        """max_bytes, within the cap even for a row saved before the cap existed."""
        return min(self.max_bytes, MAX_FEED_BYTES)

    @property
    def deadline_seconds(self):
        """How long one download and the parsing of a feed may take, all together."""
        lease = settings.RAION_SYNDICATION_LEASE_SECONDS
        return min(self.timeout * DEADLINE_FACTOR, lease * DEADLINE_SHARE_OF_LEASE)

    @property
    def credit(self):
        return self.attribution or self.name

    @property
    def language(self):
        return self.target.locale.language_code

    @property
    def is_flagged(self):
        return self.consecutive_failures >= settings.RAION_SYNDICATION_FLAG_AFTER_FAILURES

    @property
    def last_error_summary(self):
        first_line = self.last_error.splitlines()[0] if self.last_error else ""
        return first_line[:120]

    @property
    def last_run_counts(self):
        run = self.last_run
        if run is None:
            return ""
        return _("%(new)d new, %(updated)d updated, %(skipped)d skipped, %(errors)d errors") % {
            "new": run.created,
            "updated": run.updated,
            "skipped": run.skipped,
            "errors": run.errors,
        }

    def networks(self):
        return [ipaddress.ip_network(line, strict=False) for line in _lines(self.allowed_networks)]

    def keyword_filters(self):
        return [w.casefold() for w in _lines(self.include_keywords)], [
            w.casefold() for w in _lines(self.exclude_keywords)
        ]

    def category_filters(self):
        return [c.casefold() for c in _lines(self.include_categories)], [
            c.casefold() for c in _lines(self.exclude_categories)
        ]


class ImportRun(models.Model):
    """One attempt to import a source: what came in, what changed, what went wrong."""

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        NOT_MODIFIED = "not_modified", _("not modified")
        PARTIAL = "partial", _("succeeded with errors")
        FAILED = "failed", _("failed")

    source = models.ForeignKey(
        FeedSource, verbose_name=_("source"), on_delete=models.CASCADE, related_name="runs"
    )
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RUNNING
    )
    dry_run = models.BooleanField(_("dry run"), default=False)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True)
    fetched = models.PositiveIntegerField(_("items in the feed"), default=0)
    created = models.PositiveIntegerField(_("new"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    conflicts = models.PositiveIntegerField(_("conflicts"), default=0)
    errors = models.PositiveIntegerField(_("errors"), default=0)
    error = models.TextField(_("error"), blank=True)
    messages = models.JSONField(_("messages"), default=list, blank=True)

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["source", "-started_at"])]

    def __str__(self):
        return f"{self.source} {self.started_at:%Y-%m-%d %H:%M}"

    def note(self, text):
        """Record a problem that did not stop the run (a bad item, a failed image)."""
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(str(text))
        elif len(self.messages) == MAX_MESSAGES:
            self.messages.append(_("More problems were not recorded."))


class ImportedItem(models.Model):
    """A feed item that became an article: how to recognise it when it comes again."""

    source = models.ForeignKey(
        FeedSource, verbose_name=_("source"), on_delete=models.CASCADE, related_name="items"
    )
    guid = models.CharField(_("GUID"), max_length=1000, blank=True)
    link = models.URLField(_("link"), max_length=1000, blank=True)
    title_hash = models.CharField(max_length=64)
    content_hash = models.CharField(max_length=64)
    # Null once an editor deletes the article: the item is then left alone for good.
    article = models.ForeignKey(
        "news.NewsArticlePage",
        verbose_name=_("article"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "guid"], condition=~Q(guid=""), name="syndication_unique_guid"
            )
        ]
        indexes = [
            models.Index(fields=["source", "link"]),
            models.Index(fields=["source", "title_hash"]),
        ]

    def __str__(self):
        return self.guid or self.link or self.title_hash


class ImportConflict(models.Model):
    """A change to an item whose article an editor has edited since it was imported."""

    item = models.ForeignKey(
        ImportedItem, verbose_name=_("item"), on_delete=models.CASCADE, related_name="conflicts"
    )
    run = models.ForeignKey(
        ImportRun, verbose_name=_("run"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    detected_at = models.DateTimeField(_("detected"), auto_now_add=True)
    content_hash = models.CharField(max_length=64)
    incoming = models.JSONField(_("incoming version"))
    resolved = models.BooleanField(_("resolved"), default=False)

    class Meta:
        verbose_name = _("import conflict")
        verbose_name_plural = _("import conflicts")
        ordering = ["resolved", "-detected_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "content_hash"], name="syndication_one_conflict_per_version"
            )
        ]

    def __str__(self):
        return self.incoming.get("title", "")
