from django.core.management.base import BaseCommand
from wagtail.models import Page

from raion.demo.builder import build_network
from raion.demo.content import SITES


class Command(BaseCommand):
    help = (
        "Create the demo network: the Vitebsk regional committee's site and three district "
        "sites, in ru, be and en. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", action="store_true", help="Only print the demo sites' addresses."
        )
        parser.add_argument(
            "--site",
            action="append",
            choices=[content.slug for content in SITES],
            help="Build only this demo site (repeat for more); a district without its "
            "region gets no regional news.",
        )

    def handle(self, *args, **options):
        chosen = options["site"]
        sites = [content for content in SITES if not chosen or content.slug in chosen]
        if not options["list"]:
            before = Page.objects.count()
            built = build_network(sites)
            created = Page.objects.count() - before
            self.stdout.write(
                f"Demo network: {len(built)} sites, {created} pages created "
                f"({'new content' if created else 'nothing new'})."
            )
        for content in sites:
            addresses = " or ".join(content.url(host) for host in content.addresses)
            self.stdout.write(f"  {content.identity['en']['full_name']}: {addresses}")
