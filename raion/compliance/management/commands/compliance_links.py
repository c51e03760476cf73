"""Fetches every outbound link of every site (or one) with the syndication fetcher's
guards and stores the answers for the "outbound-links" check: cron runs
`compliance_links --enqueue` daily, so a worker, never a request, does the fetching."""

from django.core.management.base import BaseCommand

from raion.compliance import tasks


class Command(BaseCommand):
    help = "Check the outbound links of every site (or one, by id) and store the answers."

    def add_arguments(self, parser):
        parser.add_argument("--site", type=int, metavar="ID", help="the id of one site")
        parser.add_argument(
            "--enqueue", action="store_true", help="queue the check for the background workers"
        )

    def handle(self, *args, site=None, enqueue=False, **options):
        if enqueue:
            queued = tasks.check_outbound_links.enqueue(site)
            self.stdout.write(f"Queued {queued.task.name} ({queued.id}).")
            return
        checked = tasks.check_outbound_links.call(site)
        self.stdout.write(f"Checked {checked} link(s).")
