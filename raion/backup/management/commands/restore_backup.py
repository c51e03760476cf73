from django.core.management.base import BaseCommand, CommandError

from raion.backup import archive


class Command(BaseCommand):
    help = "Restore the database and the media files from a backup made by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup's directory.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Replace a database and media files that are not empty.",
        )
        parser.add_argument(
            "--check", action="store_true", help="Only verify the backup's checksums."
        )

    def handle(self, *args, backup, replace, check, **options):
        try:
            if check:
                archive.verify(backup)
            else:
                archive.restore(backup, replace=replace)
        except archive.BackupError as error:
            raise CommandError(error) from error
        self.stdout.write(f"{backup}: {'intact' if check else 'restored'}")
