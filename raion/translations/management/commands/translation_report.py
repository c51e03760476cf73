"""Lists what each site lacks in Russian or Belarusian; exits non-zero when anything does.

Usable from cron or CI: `manage.py translation_report || alert`.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from raion.translations.report import compliance_gaps


class Command(BaseCommand):
    help = (
        "List every item the law requires in both Russian and Belarusian that lacks a live, "
        "up-to-date version in either, per site. Exits with status 1 when anything is missing."
    )

    def handle(self, *args, **options):
        total = 0
        with translation.override("en"):
            for site, gaps in compliance_gaps():
                self.stdout.write(f"{site.site_name or site.hostname} ({site.root_url})")
                if not gaps:
                    self.stdout.write("  nothing missing")
                for gap in gaps:
                    self.stdout.write(
                        f"  {gap.language_code}  {gap.state.label:<13} {gap.kind}: "
                        f"{gap.title}  [{gap.group.source_language} #{gap.item.pk}]"
                    )
                total += len(gaps)
        if total:
            raise CommandError(
                f"{total} required item version(s) missing or out of date", returncode=1
            )
        self.stdout.write(self.style.SUCCESS("Every required item is live and up to date."))
