"""Stored results: one `ComplianceRun` per site and run (the dashboard's trend, the region
view's latest state), and the outbound links the worker last checked."""

from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .registry import FAILED, REQUIRED, STATUSES, Finding, all_checks


class ComplianceRunQuerySet(models.QuerySet):
    def latest_per_site(self):
        """The newest run of each site, in one query."""
        newest = self.values("site").annotate(newest=models.Max("pk")).values("newest")
        return self.filter(pk__in=newest)


class ComplianceRun(models.Model):
    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="compliance_runs"
    )
    created_at = models.DateTimeField(_("checked at"), default=timezone.now, db_index=True)
    # {check id: {"status": passed|failed|not-applicable, "severity", "findings": [...]}}
    results = models.JSONField(_("results"), default=dict)
    failed_required = models.PositiveIntegerField(_("failed required checks"), default=0)
    failed_recommended = models.PositiveIntegerField(_("failed recommended checks"), default=0)
    findings_count = models.PositiveIntegerField(_("findings"), default=0)

    objects = ComplianceRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("compliance check run")
        verbose_name_plural = _("compliance check runs")
        ordering = ["-pk"]

    def __str__(self):
        return f"{self.site} {self.created_at:%Y-%m-%d %H:%M}"

    def set_results(self, results):
        self.results = results
        failed = [r for r in results.values() if r["status"] == FAILED]
        self.failed_required = sum(r["severity"] == REQUIRED for r in failed)
        self.failed_recommended = len(failed) - self.failed_required
        self.findings_count = sum(len(r["findings"]) for r in results.values())

    @property
    def passed_required(self):
        return self.failed_required == 0

    def status_of(self, check_id):
        return self.results.get(check_id, {}).get("status")

    def findings_of(self, check_id):
        return [Finding.from_dict(f) for f in self.results.get(check_id, {}).get("findings", [])]

    def checks(self) -> list["CheckResult"]:
        """Each check's result in the run, in the registry's order; checks the run did not
        have are left out."""
        return [
            CheckResult(check, self.results[check.id]["status"], self.findings_of(check.id))
            for check in all_checks()
            if check.id in self.results
        ]


@dataclass(frozen=True)
class CheckResult:
    check: object
    status: str
    findings: list

    @property
    def status_label(self):
        return STATUSES[self.status]


class OutboundLink(models.Model):
    """An address outside the network that a site's pages link to, as last checked."""

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="outbound_links"
    )
    url = models.URLField(_("address"), max_length=2000)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    checked_at = models.DateTimeField(_("checked at"), default=timezone.now)
    ok = models.BooleanField(_("reachable"), default=True)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("outbound link")
        verbose_name_plural = _("outbound links")
        constraints = [
            models.UniqueConstraint(fields=["site", "url"], name="compliance_outbound_site_url")
        ]

    def __str__(self):
        return self.url
