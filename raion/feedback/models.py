"""Readers' answers to "Was this page useful?": the page, yes or no, an optional comment
and the time. Nothing about the reader: no address, no cookie, no account."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

COMMENT_MAX_LENGTH = 1000


class PageFeedback(models.Model):
    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="feedback"
    )
    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {self.useful_label}"

    @property
    def useful_label(self):
        return _("Yes") if self.useful else _("No")


class RateCount(models.Model):
    """Posts counted per address and time window where the cache cannot count them. The
    address is kept only as a keyed hash whose key changes with every window
    (`limits.address_digest`), so a row says nothing about anybody once its window is
    over, and old rows are deleted."""

    digest = models.CharField(max_length=64)
    window = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["digest", "window"], name="feedback_one_count_per_window"
            )
        ]

    def __str__(self):
        return f"{self.digest[:8]}/{self.window}: {self.count}"
