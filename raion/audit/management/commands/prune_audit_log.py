import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from raion.audit.models import AuditEntry


class Command(BaseCommand):
    help = "Delete audit log entries older than RAION_AUDIT_RETENTION_DAYS."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.RAION_AUDIT_RETENTION_DAYS)
        deleted, _ = AuditEntry.objects.filter(timestamp__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} audit log entries older than {cutoff:%Y-%m-%d}.")
