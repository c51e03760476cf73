from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from raion.backup import archive


class Command(BaseCommand):
    help = "Back up the database and the media files; keep the newest --keep backups."

    def add_arguments(self, parser):
        parser.add_argument(
            "--to", default=settings.RAION_BACKUP_DIR, help="Directory of the backups."
        )
        parser.add_argument(
            "--keep", type=int, default=None, help="Delete all but this many newest backups."
        )

    def handle(self, *args, to, keep, **options):
        try:
            backup = archive.create(to)
            deleted = archive.prune(to, keep) if keep else []
        except archive.BackupError as error:
            raise CommandError(error) from error
        self.stdout.write(str(backup))
        for old in deleted:
            self.stdout.write(f"deleted {old}")
