"""Runs every compliance check on every site (or one), stores the runs and prints them;
exits with status 1 when a required check fails. For cron and CI:
`manage.py compliance_report || alert`; `--enqueue` leaves the work to the worker."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.models import Site

from raion.compliance import runs, tasks
from raion.network.provisioning import ProvisioningError, body_at


class Command(BaseCommand):
    help = (
        "Check every site (or one) against the law's requirements, store the result and "
        "print it. Exits with status 1 when a required check fails."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", metavar="HOST", help="hostname[:port] of the site to check")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument(
            "--enqueue", action="store_true", help="queue the checks for the background workers"
        )

    def handle(self, *args, site=None, format="text", enqueue=False, **options):
        if enqueue:
            if site:
                raise CommandError("--site cannot be queued.")
            queued = tasks.check_all_sites.enqueue()
            self.stdout.write(f"Queued {queued.task.name} ({queued.id}).")
            return
        sites = self.sites(site)
        with translation.override("en"):
            done = runs.check_sites(sites)
            if format == "json":
                self.stdout.write(json.dumps([as_json(run) for run in done], ensure_ascii=False))
            else:
                for run in done:
                    self.write_text(run)
        failed = sum(run.failed_required for run in done)
        if failed:
            raise CommandError(f"{failed} required check(s) failed", returncode=1)

    def sites(self, address):
        if not address:
            return list(Site.objects.order_by("hostname", "port"))
        try:
            return [body_at(address).site]
        except ProvisioningError as error:
            raise CommandError(str(error), returncode=2) from None

    def write_text(self, run):
        self.stdout.write(f"{run.site.site_name or run.site.hostname} ({run.site.root_url})")
        for result in run.checks():
            self.stdout.write(
                f"  {result.status:<14} {result.check.severity:<11} "
                f"{result.check.id}: {result.check.title}"
            )
            for finding in result.findings:
                self.stdout.write(f"      - {finding.text()}  {finding.url}")


def as_json(run):
    return {
        "site": run.site.hostname,
        "port": run.site.port,
        "checked_at": run.created_at.isoformat(),
        "failed_required": run.failed_required,
        "failed_recommended": run.failed_recommended,
        "checks": [
            {
                "id": result.check.id,
                "title": str(result.check.title),
                "severity": result.check.severity,
                "status": result.status,
                "findings": [
                    {"message": finding.text(), "url": finding.url} for finding in result.findings
                ],
            }
            for result in run.checks()
        ],
    }
