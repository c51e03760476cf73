"""Sites for the compliance tests: a provisioned site with everything the checks ask for."""

import datetime

from django.utils import timezone

from raion.core.models import IdentityPhone, SiteIdentity
from raion.core.tree import ensure_child
from raion.network.factories import make_site
from raion.news.models import NewsArticlePage

CONTACTS = {
    "street": "ul. Lenina, 1",
    "locality": "Town",
    "email": "rik@example.by",
    "working_hours": "8.00-17.00",
}


def make_compliant_site(slug, **kwargs):
    """A site made by `make_site` (which makes every mandatory section in each language),
    with contacts and news of today in each Russian section; returns the ProvisionedSite."""
    provisioned = make_site(slug, **kwargs)
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
