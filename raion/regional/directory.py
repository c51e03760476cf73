"""The region's districts as its directory and its districts' link back show them."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from raion.core.models import SiteIdentity
from raion.network import content_version
from raion.network.models import GovernmentBody
from raion.network.sites import HOME_DEPTH


@dataclass
class District:
    name: str
    identity: SiteIdentity | None
    url: str


def home_url(site: Site, language_code: str, has_language: bool) -> str:
    """The site's home in `language_code`, else its language choice at `/`."""
    if not has_language:
        return site.root_url + "/"
    with translation.override(language_code):
        return site.root_url + reverse("wagtail_serve", args=[""])


def districts_of(region_site_id, language_code) -> list[District]:
    """The districts of the region whose site is `region_site_id`, by name, with their
    identity in `language_code` (phones prefetched): four queries for any number."""
    bodies = list(
        GovernmentBody.objects.filter(
            region__site_id=region_site_id, kind=GovernmentBody.Kind.DISTRICT
        ).select_related("site__root_page")
    )
    identities = {
        row.site_id: row
        for row in SiteIdentity.objects.filter(
            site__in=[body.site_id for body in bodies], locale__language_code=language_code
        ).prefetch_related("phones")
    }
    homes_in_language = set(
        Page.objects.live()
        .filter(
            depth=HOME_DEPTH,
            locale__language_code=language_code,
            translation_key__in=[body.site.root_page.translation_key for body in bodies],
        )
        .values_list("translation_key", flat=True)
    )
    districts = [
        District(
            name=identities[body.site_id].full_name if body.site_id in identities else str(body),
            identity=identities.get(body.site_id),
            url=home_url(
                body.site, language_code, body.site.root_page.translation_key in homes_in_language
            ),
        )
        for body in bodies
    ]
    return sorted(districts, key=lambda district: district.name)


def region_site_id(site_id) -> int | None:
    """The id of the site of the region `site_id`'s body belongs to, cached under the
    network's version (a change of a body changes it: `signals`)."""
    key = f"raion:region-of:{site_id}:{content_version.current()}"
    region_id = cache.get(key)
    if region_id is None:
        region_id = (
            GovernmentBody.objects.filter(site_id=site_id)
            .values_list("region__site_id", flat=True)
            .first()
        ) or 0
        cache.set(key, region_id, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return region_id or None


def region_link(site_id, language_code) -> dict | None:
    """{"name", "url"} of the region's site for a district's pages in `language_code`,
    cached under the region site's version: its identity or homes changing refresh it."""
    region_id = region_site_id(site_id)
    if region_id is None:
        return None
    key = f"raion:region-link:{region_id}:{language_code}:{content_version.current(region_id)}"
    link = cache.get(key)
    if link is None:
        region = Site.objects.select_related("root_page").get(pk=region_id)
        identity = SiteIdentity.for_site(region, language_code)
        has_language = Page.objects.live().filter(
            depth=HOME_DEPTH,
            locale__language_code=language_code,
            translation_key=region.root_page.translation_key,
        )
        link = {
            "name": identity.full_name if identity else str(region.site_name or region.hostname),
            "url": home_url(region, language_code, has_language.exists()),
        }
        cache.set(key, link, timeout=settings.RAION_FRAGMENT_CACHE_SECONDS)
    return link
