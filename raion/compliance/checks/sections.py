"""Every mandatory section (`compliance.sections`) exists and is live in ru and be."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.models import Page

from raion.core.models import SiteIdentity
from raion.network.sites import language_homes
from raion.translations.rules import REQUIRED_LANGUAGES

from .. import admin_urls
from ..registry import REQUIRED, Check, Finding, language_name, register
from ..sections import MANDATORY_SECTIONS


def page_models(section):
    """The section's page models that are installed."""
    found = []
    for label in section.models:
        try:
            found.append(apps.get_model(label))
        except (LookupError, ValueError):  # its app is not (yet) installed
            continue
    return found


def section_pages(section, home):
    """The pages of `home`'s tree that hold `section`, live ones first."""
    condition = Q(url_path__in=[f"{home.url_path}{slug}/" for slug in section.slugs])
    models = page_models(section)
    if models:
        content_types = ContentType.objects.get_for_models(*models).values()
        condition |= Q(content_type__in=content_types, path__startswith=home.path)
    return list(Page.objects.filter(condition).order_by("-live", "path")[:1])


@register
class MandatorySectionsCheck(Check):
    id = "sections"
    title = _("Mandatory sections in Russian and Belarusian")
    severity = REQUIRED
    order = 10

    def run(self, site):
        homes = {home.locale.language_code: home for home in language_homes(site, live_only=False)}
        identities = {
            identity.locale.language_code: identity
            for identity in SiteIdentity.objects.filter(site=site)
            .select_related("locale")
            .prefetch_related("phones")
        }
        findings = []
        for language in REQUIRED_LANGUAGES:
            home = homes.get(language)
            if home is None or not home.live:
                findings.append(
                    Finding(
                        gettext_noop("The site has no live home page in %(language)s."),
                        {"language": language_name(language)},
                        admin_urls.edit_page(home.pk) if home else "",
                    )
                )
                continue
            identity = identities.get(language)
            identity_url = admin_urls.edit(identity) if identity else ""
            for section in MANDATORY_SECTIONS:
                if section.is_page:
                    findings += self.page_findings(section, home, language)
                if section.requires:
                    findings += section.requires(site, language, identity, identity_url)
        return findings

    def page_findings(self, section, home, language):
        pages = section_pages(section, home)
        params = {"section": section.title, "language": language_name(language)}
        if not pages:
            return [
                Finding(
                    gettext_noop("The section “%(section)s” is missing in %(language)s."),
                    params,
                    admin_urls.add_subpage(home.pk),
                )
            ]
        if not pages[0].live:
            return [
                Finding(
                    gettext_noop("The section “%(section)s” is not published in %(language)s."),
                    params,
                    admin_urls.edit_page(pages[0].pk),
                )
            ]
        return []
