"""A region's network built by the tests themselves: the Vitebsk regional committee's site
and three districts, Orsha and Polotsk with "Region news" sections, Glubokoe without."""

import copy
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from raion.core.models import SiteIdentity
from raion.network.factories import make_articles, make_site
from raion.network.models import GovernmentBody
from raion.network.provisioning import LANGUAGES

REGION_NAME = "Vitebsk Regional Executive Committee"


@dataclass
class NetworkSite:
    """A provisioned site as these tests use it: sections by name ("<language>" is the
    district news section, "region-<language>" the Region news one), an article in each
    language's district section, and the group that may publish there."""

    site: Site
    homes: dict
    sections: dict
    articles: dict
    editors: Group


def build_site(slug, hostname, *, kind="district", region=None, region_section=True):
    provisioned = make_site(slug, hostname, kind=kind, region=region)
    sections = {}
    for code in LANGUAGES:
        sections[code] = provisioned.sections[code]["district"]
        sections[f"news-{code}"] = provisioned.sections[code]["news"]
        if region_section:
            sections[f"region-{code}"] = provisioned.sections[code]["region"]
        else:
            provisioned.sections[code]["region"].delete()
    articles = make_articles(provisioned, f"{slug}-opens", f"{slug.capitalize()} opens")
    return NetworkSite(
        provisioned.site, provisioned.homes, sections, articles, provisioned.moderators
    )


@dataclass
class Network:
    region: NetworkSite
    region_body: GovernmentBody
    districts: dict  # slug: NetworkSite
    bodies: dict  # slug: GovernmentBody


@pytest.fixture(scope="module")
def module_network(module_db):
    region = build_site("vitebsk", "vitebsk.example.by", kind=GovernmentBody.Kind.REGION)
    for code in LANGUAGES:
        SiteIdentity.objects.filter(site=region.site, locale__language_code=code).update(
            full_name=f"{REGION_NAME} ({code})"
        )
    region_body = region.site.body
    districts, bodies = {}, {}
    for slug, with_section in (("orsha", True), ("polotsk", True), ("glubokoe", False)):
        districts[slug] = build_site(
            slug, f"{slug}.example.by", region=region_body, region_section=with_section
        )
        bodies[slug] = districts[slug].site.body
    return Network(region, region_body, districts, bodies)


@pytest.fixture
def network(db, module_network):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_network)


def get(client, page, suffix=""):
    """GET `page` on its own site's hostname."""
    _site_id, root_url, path = page.get_url_parts()
    return client.get(path + suffix, HTTP_HOST=root_url.split("://")[1])


def reload(page):
    return Page.objects.get(pk=page.pk).specific
