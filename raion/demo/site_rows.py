"""A demo site's own rows, one per language: identity, landmark carousel, Internet resources.

Rows that exist are kept as they are, so an editor's changes survive another `load_demo`.
"""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from raion.core.models import IdentityPhone, SiteIdentity, SocialLink
from raion.landmarks.models import Landmark, LandmarkCarousel
from raion.links.models import Resource, ResourceList

from . import pictures
from .sitecontent import LANGUAGES

SOCIAL_NETWORKS = {
    "VKontakte": SocialLink.Network.VKONTAKTE,
    "Telegram": SocialLink.Network.TELEGRAM,
}


def build_site_rows(content, site, collection, locales):
    build_identity(content, site, collection, locales)
    build_carousel(content, site, collection, locales)
    build_resources(content, site, locales)


def image(title, draw_png, collection):
    """The image `title` of `collection`; `draw_png` paints it only when it is missing."""
    Image = get_image_model()
    found = Image.objects.filter(title=title, collection=collection).first()
    if found is None:
        found = Image(title=title, collection=collection)
        name = f"{title.lower().replace(' ', '-')}.png"
        found.file = ImageFile(io.BytesIO(draw_png()), name=name)
        found.save()
    return found


def ensure_site_rows(model, site, locales, fill):
    """One `model` row per language for `site`, linked as translations of each other.

    `fill(row, language)` sets a new row's fields and items; existing rows are kept.
    """
    source = None
    for language in LANGUAGES:
        row = model.objects.filter(site=site, locale=locales[language]).first()
        if row is None:
            row = model(site=site, locale=locales[language])
            if source is not None:
                row.translation_key = source.translation_key
            fill(row, language)
            row.save()
        source = source or row


def build_identity(content, site, collection, locales):
    arms = image("Coat of arms", pictures.coat_of_arms_png, collection)
    contacts = content.contacts

    def fill(identity, language):
        texts = content.identity[language]
        identity.full_name = texts["full_name"]
        identity.short_name = texts["short_name"]
        identity.coat_of_arms = arms
        identity.postcode = contacts["postcode"]
        identity.region = texts["region"]
        identity.locality = texts["locality"]
        identity.street = texts["street"]
        identity.fax = contacts["fax"]
        identity.email = contacts["email"]
        identity.appeals_url = contacts["appeals_url"]
        identity.appeals_label = texts["appeals_label"]
        identity.working_hours = texts["working_hours"]
        identity.notice = content.notice[language]
        identity.phones = [
            IdentityPhone(label=texts["phone_labels"][key], number=number)
            for key, number in contacts["phones"].items()
        ]
        identity.social_links = [
            SocialLink(network=SOCIAL_NETWORKS[name], url=url) for name, url in contacts["social"]
        ]

    ensure_site_rows(SiteIdentity, site, locales, fill)


def build_carousel(content, site, collection, locales):
    images = {
        landmark["key"]: image(
            landmark["en"], lambda key=landmark["key"]: pictures.landmark_png(key), collection
        )
        for landmark in content.landmarks
    }

    def fill(carousel, language):
        carousel.slides = [
            Landmark(
                image=images[landmark["key"]],
                caption=landmark[language],
                alt_text=landmark["alt"][language],
            )
            for landmark in content.landmarks
        ]

    ensure_site_rows(LandmarkCarousel, site, locales, fill)


def build_resources(content, site, locales):
    def fill(resources, language):
        resources.items = [
            Resource(title=link[language], url=link["url"]) for link in content.resources
        ]

    ensure_site_rows(ResourceList, site, locales, fill)
