from django.core.management.base import BaseCommand, CommandError

from raion.syndication import scheduling, tasks
from raion.syndication.models import FeedSource

COLUMNS = (
    "ID",
    "Source",
    "Result",
    "HTTP",
    "Items",
    "New",
    "Updated",
    "Skipped",
    "Conflicts",
    "Errors",
)
BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import the feed sources that are due (or one source) now, showing progress and a "
        "summary. With --enqueue, queue the import as a background task instead: cron runs "
        "`import_feeds --enqueue` every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, metavar="ID", help="import this source only")
        parser.add_argument(
            "--dry-run", action="store_true", help="fetch and decide, but change nothing"
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="queue the work for the background workers"
        )

    def handle(self, *args, source=None, dry_run=False, enqueue=False, **options):
        if source is not None and not FeedSource.objects.filter(pk=source).exists():
            raise CommandError(f"No feed source with id {source}.")
        if enqueue:
            if dry_run:
                raise CommandError("--dry-run cannot be queued.")
            queued = (
                tasks.import_feed.enqueue(source) if source else tasks.import_due_feeds.enqueue()
            )
            self.stdout.write(f"Queued {queued.task.name} ({queued.id}).")
            return
        source_ids = [source] if source is not None else scheduling.due_source_ids()
        if not source_ids:
            self.stdout.write("No feed source is due.")
            return
        rows = []
        for source_id in source_ids:
            name = FeedSource.objects.get(pk=source_id).name
            run = scheduling.import_source(source_id, dry_run=dry_run, on_item=self.progress(name))
            rows.append(self.row(source_id, name, run))
        if dry_run:
            self.stdout.write("Dry run: nothing was changed.")
        self.table(rows)

    def progress(self, name):
        def show(position, total, outcome):
            done = BAR_WIDTH * position // total
            bar = "#" * done + "-" * (BAR_WIDTH - done)
            end = "\n" if position == total else ""
            self.stdout.write(f"\r{name[:30]:30} [{bar}] {position}/{total}", ending=end)
            self.stdout.flush()

        return show

    def row(self, source_id, name, run):
        if run is None:
            return (source_id, name, "busy: another worker holds it", "", "", "", "", "", "", "")
        return (
            source_id,
            name,
            run.get_status_display() + (f": {run.error}" if run.error else ""),
            run.http_status or "",
            run.fetched,
            run.created,
            run.updated,
            run.skipped,
            run.conflicts,
            run.errors,
        )

    def table(self, rows):
        cells = [COLUMNS, *[[str(cell) for cell in row] for row in rows]]
        widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
        for number, row in enumerate(cells):
            self.stdout.write(
                "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
