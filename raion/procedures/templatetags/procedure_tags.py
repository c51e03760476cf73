"""The catalogue's JSON-LD and its link from other pages."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from raion.discovery.templatetags.structured_data import _json_ld
from raion.network import content_version
from raion.network.sites import language_root_path

from ..models import ProcedureCatalogPage

register = template.Library()


@register.simple_tag(takes_context=True)
def government_service_json_ld(context, page, details, identity, one_window):
    """schema.org `GovernmentService` of one procedure as the site carries it out."""
    request = context["request"]
    procedure = details.procedure
    url = page.get_full_url(request) + page.reverse_subpage("procedure", args=[procedure.slug])
    data = {
        "@type": "GovernmentService",
        "name": procedure.name,
        "identifier": procedure.number,
        "serviceType": str(procedure.chapter),
        "url": url,
        "inLanguage": procedure.locale.language_code,
        "areaServed": {"@type": "AdministrativeArea", "name": identity.short_name}
        if identity
        else None,
        "provider": {"@type": "GovernmentOrganization", "name": identity.full_name}
        if identity
        else None,
        "offers": {
            "@type": "Offer",
            "price": f"{procedure.fee_base_units or 0:f}",
            "description": procedure.term,
        },
    }
    channels = []
    if details.online_url:
        channels.append({"@type": "ServiceChannel", "serviceUrl": details.online_url})
    if one_window:
        channels.append(
            {
                "@type": "ServiceChannel",
                "name": one_window._meta.verbose_name.capitalize(),
                "servicePhone": one_window.phones or None,
                "serviceLocation": {"@type": "Place", "address": one_window.address},
                "availableLanguage": ["ru", "be"],
            }
        )
    if channels:
        data["availableChannel"] = channels
    return _json_ld({key: value for key, value in data.items() if value is not None})


@register.simple_tag(takes_context=True)
def procedures_catalogue(context):
    """The catalogue of the request's site in the active language, or None; cached under
    the site's content version."""
    site = context.get("current_site") or getattr(context["request"], "site", None)
    if site is None:
        return None
    language = translation.get_language()
    key = f"raion:procedures:catalogue-link:{site.pk}:{language}:{content_version.current(site.pk)}"
    found = cache.get(key)
    if found is None:
        root_path = language_root_path(site, language)
        page = (
            ProcedureCatalogPage.objects.live()
            .filter(url_path__startswith=root_path or "/-/", depth=3)
            .first()
        )
        found = {"title": page.title, "url": page.get_url(context["request"])} if page else {}
        cache.set(key, found, settings.RAION_FRAGMENT_CACHE_SECONDS)
    return found or None
