"""A region's network built by the tests themselves: the Vitebsk regional committee's site
and three districts, Orsha and Polotsk with "Region news" sections, Glubokoe without."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Page

from raion.core.models import SiteIdentity
from raion.network.models import GovernmentBody
from tests.network import LANGUAGES, NetworkSite, build_site

REGION_NAME = "Vitebsk Regional Executive Committee"


@dataclass
class Network:
    region: NetworkSite
    region_body: GovernmentBody
    districts: dict  # slug: NetworkSite
    bodies: dict  # slug: GovernmentBody


@pytest.fixture
def network(db):
    region = build_site("vitebsk", "vitebsk.example.by", name="Vitebsk")
    for code in LANGUAGES:
        SiteIdentity.objects.filter(site=region.site, locale__language_code=code).update(
            full_name=f"{REGION_NAME} ({code})"
        )
    region_body = GovernmentBody.objects.create(site=region.site, kind=GovernmentBody.Kind.REGION)
    districts, bodies = {}, {}
    for slug, with_section in (("orsha", True), ("polotsk", True), ("glubokoe", False)):
        districts[slug] = build_site(
            slug, f"{slug}.example.by", name=slug.capitalize(), region_section=with_section
        )
        districts[slug].editors.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        bodies[slug] = GovernmentBody.objects.create(
            site=districts[slug].site, kind=GovernmentBody.Kind.DISTRICT, region=region_body
        )
    return Network(region, region_body, districts, bodies)


def get(client, page, suffix=""):
    """GET `page` on its own site's hostname."""
    _site_id, root_url, path = page.get_url_parts()
    return client.get(path + suffix, HTTP_HOST=root_url.split("://")[1])


def reload(page):
    return Page.objects.get(pk=page.pk).specific
