"""Creates a government body's site (see raion.network.provisioning); safe to run again."""

from django.core.management.base import BaseCommand, CommandError

from raion.network.models import GovernmentBody
from raion.network.provisioning import (
    LANGUAGES,
    NAME_FIELDS,
    ProvisioningError,
    body_at,
    provision_site,
)

OPTIONS = {"full_name": "name", "short_name": "short-name"}  # --name-ru, --short-name-be, …


class Command(BaseCommand):
    help = (
        "Create the site of a district or region on its hostname: three language trees "
        "with the standard sections, identity rows, a collection, editors and moderators "
        "groups and a moderation workflow. What exists already is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True, help="slug of the home pages, e.g. gorodok")
        parser.add_argument("--hostname", required=True)
        parser.add_argument("--port", type=int, default=80)
        for language in LANGUAGES:
            for name in NAME_FIELDS:
                parser.add_argument(
                    f"--{OPTIONS[name]}-{language}", dest=f"{name}_{language}", default=""
                )
        parser.add_argument(
            "--kind", choices=GovernmentBody.Kind.values, default=GovernmentBody.Kind.DISTRICT
        )
        parser.add_argument("--region", help="address of the region's site, e.g. vitebsk.by")
        parser.add_argument(
            "--default", action="store_true", help="serve hostnames no other site claims"
        )

    def handle(self, *args, **options):
        names = {
            language: {name: options[f"{name}_{language}"] for name in NAME_FIELDS}
            for language in LANGUAGES
        }
        try:
            region = body_at(options["region"]) if options["region"] else None
            provisioned = provision_site(
                slug=options["slug"],
                hostname=options["hostname"],
                port=options["port"],
                names=names,
                kind=options["kind"],
                region=region,
                is_default=options["default"],
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        for change in provisioned.changes:
            self.stdout.write(f"created {change}")
        if not provisioned.changes:
            self.stdout.write("nothing to change")
        self.stdout.write(
            self.style.SUCCESS(f"{provisioned.site.site_name}: {provisioned.site.root_url}/")
        )
