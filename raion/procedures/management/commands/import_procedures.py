from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from raion.procedures import spreadsheets, transfer


class Command(BaseCommand):
    help = (
        "Import the registry of administrative procedures from an XLSX or CSV file: an upsert "
        "by (list, number, language), all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the changes without saving them."
        )

    def handle(self, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > spreadsheets.MAX_FILE_BYTES:
            raise CommandError(
                f"The file is larger than {spreadsheets.MAX_FILE_BYTES // 2**20} MB."
            )
        try:
            result = transfer.import_file(path.read_bytes(), path.name, dry_run=dry_run)
        except spreadsheets.TransferError as error:
            raise CommandError(str(error)) from error
        if result.problems:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"Nothing was imported: {len(result.problems)} problem(s).")
        for line in result.diff:
            self.stdout.write(line)
        verb = "Imported" if result.written else "Nothing saved"
        self.stdout.write(
            f"{verb}: {len(result.created)} new, {len(result.changed)} changed, "
            f"{result.unchanged} unchanged."
        )
