"""The weekly digest: each site's findings, e-mailed to the people who run the site (the
active users with an e-mail in the groups holding page permissions on its homes)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Site

from raion.network.sites import language_homes

from .runs import check_site


def site_administrators(site):
    homes = language_homes(site, live_only=False)
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__page_permissions__page__in=homes)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def send_digest(site) -> int:
    """Checks `site` and mails the result to its administrators; the number of e-mails."""
    run = check_site(site)
    recipients = [user.email for user in site_administrators(site)]
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Compliance of %(site)s: %(count)s required check(s) failed") % {
            "site": site.site_name or site.hostname,
            "count": run.failed_required,
        }
        body = render_to_string(
            "compliance/digest.txt", {"run": run, "site": site, "base_url": get_admin_base_url()}
        )
    return send_mail(subject, body, None, recipients)


def send_digests(sites=None) -> int:
    sites = Site.objects.order_by("hostname", "port") if sites is None else sites
    return sum(send_digest(site) for site in sites)
