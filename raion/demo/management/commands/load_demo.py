from django.core.management.base import BaseCommand

from raion.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Create the demo network (the Liozno district site in ru, be, en). Safe to run again."

    def handle(self, *args, **options):
        builder = DemoBuilder()
        site = builder.build()
        self.stdout.write(
            f"Demo site '{site.site_name}': {builder.created_pages} pages created "
            f"({'nothing new' if not builder.created_pages else 'new content'})."
        )
