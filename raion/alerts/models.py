"""An emergency alert: a short text shown at the top of every page of the chosen sites
(or of every site) between its start and its end."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

TEXT_MAX_LENGTH = 500


class Severity(models.TextChoices):
    # Ordered from the most urgent: the banner lists alerts in this order.
    DANGER = "danger", _("Danger")
    WARNING = "warning", _("Warning")
    INFORMATION = "information", _("Information")


SEVERITY_ORDER = {value: index for index, value in enumerate(Severity.values)}


class AlertQuerySet(models.QuerySet):
    def for_site(self, site_id):
        return self.filter(Q(all_sites=True) | Q(sites=site_id)).distinct()

    def not_ended(self, now=None):
        return self.filter(ends_at__gt=now or timezone.now())


class Alert(models.Model):
    severity = models.CharField(
        _("severity"), max_length=16, choices=Severity.choices, default=Severity.WARNING
    )
    # Texts in the languages of the sites. Russian and Belarusian are required by law;
    # a page in English shows the Russian text (marked as Russian) when English is blank.
    text_ru = models.TextField(_("text in Russian"), max_length=TEXT_MAX_LENGTH)
    text_be = models.TextField(_("text in Belarusian"), max_length=TEXT_MAX_LENGTH)
    text_en = models.TextField(_("text in English"), max_length=TEXT_MAX_LENGTH, blank=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(_("shown until"))
    all_sites = models.BooleanField(
        _("every site of the network"),
        default=False,
        help_text=_("Only a network administrator may show an alert on every site."),
    )
    sites = models.ManyToManyField(Site, verbose_name=_("sites"), blank=True, related_name="+")

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("emergency alert")
        verbose_name_plural = _("emergency alerts")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="alerts_alert_ends_after_start"
            )
        ]

    def __str__(self):
        return self.text_ru[:80]

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def is_showing(self, now=None):
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at

    def text_in(self, language_code=None):
        """(text, its language) for a page in `language_code` (the active language)."""
        language_code = language_code or translation.get_language()
        text = getattr(self, f"text_{language_code}", "") or ""
        if text.strip():
            return text, language_code
        return self.text_ru, "ru"
