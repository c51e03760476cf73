"""A demo site's own rows, one per language: identity, landmark carousel, Internet resources.

What an editor changed is kept: identity fields are filled in only while blank, and a
carousel or resource list is made only when the site has none in that language.
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
    """Completes the identity rows provisioning made: fills in what is still blank."""
    arms = image("Coat of arms", pictures.coat_of_arms_png, collection)
    contacts = content.contacts
    for language in LANGUAGES:
        texts = content.identity[language]
        identity = SiteIdentity.objects.get(site=site, locale=locales[language])
        details = {
            "coat_of_arms": arms,
            "postcode": contacts["postcode"],
            "region": texts["region"],
            "locality": texts["locality"],
            "street": texts["street"],
            "fax": contacts["fax"],
            "email": contacts["email"],
            "working_hours": texts["working_hours"],
            "notice": content.notice[language],
        }
        blank = {name: value for name, value in details.items() if not getattr(identity, name)}
        for name, value in blank.items():
            setattr(identity, name, value)
        if not identity.phones.exists():
            blank["phones"] = identity.phones = [
                IdentityPhone(label=texts["phone_labels"][key], number=number)
                for key, number in contacts["phones"].items()
            ]
        if contacts["social"] and not identity.social_links.exists():
            blank["social_links"] = identity.social_links = [
                SocialLink(network=SOCIAL_NETWORKS[name], url=url)
                for name, url in contacts["social"]
            ]
        if blank:
            identity.save()


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
