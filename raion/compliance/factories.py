"""Sites for the compliance tests: a provisioned site with everything the checks ask for."""

import datetime

from django.utils import timezone

from raion.core.models import IdentityPhone, SiteIdentity
from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage
from raion.translations.rules import REQUIRED_LANGUAGES

from .sections import MANDATORY_SECTIONS

CONTACTS = {
    "street": "ul. Lenina, 1",
    "locality": "Town",
    "email": "rik@example.by",
    "working_hours": "8.00-17.00",
}


def make_compliant_site(slug, **kwargs):
    """A site made by `make_site` plus every mandatory section in ru and be (standard pages
    under the home, by the first slug each section names), contacts, and news of today in
    each Russian section; returns the ProvisionedSite."""
    provisioned = make_site(slug, **kwargs)
    for section in MANDATORY_SECTIONS:
        if not section.slugs or "/" in section.slugs[0]:
            continue
        source = None
        for language in REQUIRED_LANGUAGES:
            home = provisioned.homes[language]
            page = ensure_child(
                home,
                StandardPage,
                section.slugs[0],
                locale=home.locale,
                translation_of=source,
                title=f"{section.title} ({language})",
            )
            source = source or page
    for identity in SiteIdentity.objects.filter(site=provisioned.site):
        for field, value in CONTACTS.items():
            setattr(identity, field, value)
        identity.save()
        IdentityPhone.objects.create(identity=identity, label="Reception", number="+375 17 0")
    today = timezone.localdate()
    for slug in ("district", "region", "republic"):
        section = provisioned.sections["ru"][slug]
        ensure_child(
            section,
            NewsArticlePage,
            f"news-{slug}",
            locale=section.locale,
            title=f"News of {slug}",
            date=today,
            lead="The lead.",
        )
    return provisioned


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)
