"""schema.org JSON-LD for search engines: the organization, news articles, breadcrumbs."""

import json

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Site

register = template.Library()

# The characters that could end or confuse a <script> element, as JSON escapes.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _json_ld(data):
    payload = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    return mark_safe(  # noqa: S308  (escaped above for the script context)
        f'<script type="application/ld+json">{payload.translate(_SCRIPT_ESCAPES)}</script>'
    )


@register.simple_tag(takes_context=True)
def organization_json_ld(context, identity):
    request = context["request"]
    if not identity:
        return ""
    data = {
        "@type": "GovernmentOrganization",
        "name": identity.full_name,
        "alternateName": identity.short_name,
        # The site's own hostname, whichever of its names the request came by.
        "url": f"{Site.find_for_request(request).root_url}/",
        "address": {
            "@type": "PostalAddress",
            "postalCode": identity.postcode,
            "addressRegion": identity.region,
            "addressLocality": identity.locality,
            "streetAddress": identity.street,
            "addressCountry": "BY",
        },
        "telephone": [phone.number for phone in identity.phones.all()],
        "sameAs": [link.url for link in identity.social_links.all()],
    }
    if identity.email:
        data["email"] = identity.email
    if identity.fax:
        data["faxNumber"] = identity.fax
    return _json_ld(data)


@register.simple_tag(takes_context=True)
def article_json_ld(context, article, identity):
    request = context["request"]
    data = {
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.lead,
        "datePublished": article.date.isoformat(),
        "inLanguage": article.locale.language_code,
        "mainEntityOfPage": article.get_full_url(request),
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if identity:
        data["publisher"] = {"@type": "GovernmentOrganization", "name": identity.full_name}
    if article.source_name:
        data["isBasedOn"] = article.source_url or article.source_name
    return _json_ld(data)


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, page):
    request = context["request"]
    trail = [*page.breadcrumb_ancestors(), page]
    items = [
        {
            "@type": "ListItem",
            "position": position,
            "name": crumb.title,
            "item": crumb.get_full_url(request),
        }
        for position, crumb in enumerate(trail, start=1)
    ]
    return _json_ld({"@type": "BreadcrumbList", "itemListElement": items})
