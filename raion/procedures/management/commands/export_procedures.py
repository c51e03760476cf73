from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from raion.procedures import transfer


class Command(BaseCommand):
    help = "Export the registry of administrative procedures as XLSX or CSV (by the file's suffix)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, file, **options):
        path = Path(file)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            raise CommandError("The file must end in .xlsx or .csv.")
        data = transfer.export_xlsx() if path.suffix.lower() == ".xlsx" else transfer.export_csv()
        path.write_bytes(data)
        self.stdout.write(f"Wrote {path}.")
