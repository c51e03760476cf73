from datetime import timedelta

from django.core.management.base import BaseCommand

from raion.worker import recovery


class Command(BaseCommand):
    help = (
        "Queue again (or record as failed) tasks whose worker on this host has ended, "
        "and tasks running on any host for longer than --running-longer-than seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument("--running-longer-than", type=int, metavar="SECONDS", default=None)

    def handle(self, *args, running_longer_than=None, **options):
        limit = None if running_longer_than is None else timedelta(seconds=running_longer_than)
        counts = recovery.recover_lost_tasks(running_longer_than=limit)
        self.stdout.write(f"requeued {counts['requeued']}, failed {counts['failed']}")
