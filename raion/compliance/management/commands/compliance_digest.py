"""Checks every site and e-mails each site's administrators its findings: cron runs
`compliance_digest --enqueue` weekly."""

from django.core.management.base import BaseCommand

from raion.compliance import digest, tasks


class Command(BaseCommand):
    help = "E-mail each site's administrators the site's compliance findings (weekly, by cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="queue the digest for the background workers"
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            queued = tasks.send_digests.enqueue()
            self.stdout.write(f"Queued {queued.task.name} ({queued.id}).")
            return
        self.stdout.write(f"Sent {digest.send_digests()} e-mail(s).")
