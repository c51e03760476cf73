from django.core.management.base import BaseCommand
from wagtail.models import Page

from raion.demo.builder import build_network


class Command(BaseCommand):
    help = (
        "Create the demo network: the Vitebsk regional committee's site and three district "
        "sites, in ru, be and en. Safe to run again."
    )

    def handle(self, *args, **options):
        before = Page.objects.count()
        built = build_network()
        created = Page.objects.count() - before
        self.stdout.write(
            f"Demo network: {len(built)} sites, {created} pages created "
            f"({'new content' if created else 'nothing new'})."
        )
        for entry in built:
            addresses = " or ".join(entry.content.url(host) for host in entry.content.addresses)
            self.stdout.write(f"  {entry.site.site_name}: {addresses}")
