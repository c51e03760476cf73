"""What the pages of a site say: the rich text and StreamField content of every live page,
walked once for the link and image checks and for the outbound link checker."""

import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models

from raion.network.sites import pages_of_site

_TAG = re.compile(r"<(a|embed)\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


@dataclass
class PageContent:
    """References found in one page's content."""

    page: object
    page_links: set = field(default_factory=set)  # ids of linked pages
    document_links: set = field(default_factory=set)  # ids of linked documents
    external_links: set = field(default_factory=set)  # http(s) addresses
    images: int = 0
    images_without_alt: int = 0


def _text_fields(model):
    return [f for f in model._meta.fields if isinstance(f, RichTextField | StreamField)]


def _walk(value):
    """Every string and dict inside a StreamField's raw data."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, str):
        yield value


def _read_html(html, found):
    for tag, attributes in _TAG.findall(html):
        attrs = dict(_ATTRIBUTE.findall(attributes))
        if tag.lower() == "embed" and attrs.get("embedtype") == "image":
            found.images += 1
            found.images_without_alt += not attrs.get("alt", "").strip()
        elif attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
            found.page_links.add(int(attrs["id"]))
        elif attrs.get("linktype") == "document" and attrs.get("id", "").isdigit():
            found.document_links.add(int(attrs["id"]))
        elif attrs.get("href", "").startswith(("http://", "https://")):
            found.external_links.add(attrs["href"])


def _read_image_block(value, found):
    """An ImageBlock's raw value: {"image": id, "decorative": bool, "alt_text": str}."""
    if value.keys() >= {"image", "decorative", "alt_text"} and value["image"]:
        found.images += 1
        found.images_without_alt += (
            not value["decorative"] and not str(value["alt_text"] or "").strip()
        )


def read_page(page) -> PageContent:
    found = PageContent(page)
    for text_field in _text_fields(type(page)):
        value = getattr(page, text_field.name)
        if isinstance(text_field, StreamField):
            value = text_field.get_prep_value(value)
        for item in _walk(value):
            if isinstance(item, dict):
                _read_image_block(item, found)
            elif "<" in item:
                _read_html(item, found)
    main_image = getattr(page, "image", None)
    if main_image is not None and hasattr(main_image, "description"):
        # Its alt text is the description, else the title (often a file name).
        found.images += 1
        found.images_without_alt += not main_image.description.strip()
    return found


def site_content(site) -> list[PageContent]:
    """The references of every live page of `site` that has rich text or StreamField content."""
    site_page_ids = pages_of_site(site).values("pk")
    found = []
    for model in get_page_models():
        if model._meta.abstract or not _text_fields(model):
            continue
        pages = model.objects.live().filter(
            pk__in=site_page_ids, content_type=ContentType.objects.get_for_model(model)
        )
        if any(f.name == "image" for f in model._meta.fields):
            pages = pages.select_related("image")
        found += [read_page(page) for page in pages.order_by("path")]
    return found
