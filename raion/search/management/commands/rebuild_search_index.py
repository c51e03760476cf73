from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from raion.search import indexing


class Command(BaseCommand):
    help = "Index every searchable object of every site (or of the site on --site HOST) anew."

    def add_arguments(self, parser):
        parser.add_argument("--site", metavar="HOST", help="only the site on this hostname")

    def handle(self, *args, site=None, **options):
        sites = Site.objects.all()
        if site:
            sites = sites.filter(hostname=site)
            if not sites:
                raise CommandError(f"No site on the hostname {site!r}")
        total = indexing.rebuild(list(sites), stdout=self.stdout)
        self.stdout.write(f"{total} entries indexed")
