"""Images of feed items: downloaded under the source's limits, trusted only once Pillow has
decoded them, and stored as Wagtail images in the source's collection with their credit.

A decompression bomb is refused from its header, before any pixel is decoded: the pixel
limit is Wagtail's own (WAGTAILIMAGES_MAX_IMAGE_PIXELS).
"""

import io
from dataclasses import dataclass

import PIL.Image
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .clean import truncate
from .fetch import FetchError, fetch

FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
IMAGE_ACCEPT = "image/webp, image/png, image/jpeg, image/gif;q=0.9"
# Smaller pictures are web beacons or decorations, not illustrations of the news.
MIN_SIDE = 16


class ImageRejected(Exception):
    """Why an image was not imported; its article is imported without it."""


@dataclass(frozen=True)
class DownloadedImage:
    ref: object  # items.ImageRef
    content: bytes
    width: int
    height: int
    extension: str


def download(ref, policy):
    try:
        result = fetch(ref.url, policy, accept=IMAGE_ACCEPT)
    except FetchError as error:
        raise ImageRejected(str(error)) from error
    return decode(ref, result.content)


def decode(ref, content):
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    try:
        with PIL.Image.open(io.BytesIO(content)) as picture:
            width, height = picture.size
            if width * height > limit:
                raise ImageRejected(_too_many_pixels(ref, width, height, limit))
            if picture.format not in FORMATS:
                raise ImageRejected(
                    _("%(url)s is a %(format)s image, which is not accepted")
                    % {"url": ref.url, "format": picture.format}
                )
            picture.load()
    except PIL.Image.DecompressionBombError as error:
        # Pillow refuses it from its header, before we could read the size ourselves.
        raise ImageRejected(
            _("%(url)s has too many pixels, more than the limit of %(limit)d")
            % {"url": ref.url, "limit": limit}
        ) from error
    except (PIL.UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ImageRejected(_("%(url)s is not a readable image") % {"url": ref.url}) from error
    if min(width, height) < MIN_SIDE:
        raise ImageRejected(
            _("%(url)s is only %(width)d x %(height)d pixels")
            % {"url": ref.url, "width": width, "height": height}
        )
    return DownloadedImage(ref, content, width, height, FORMATS[picture.format])


def _too_many_pixels(ref, width, height, limit):
    return _("%(url)s is %(width)d x %(height)d pixels, more than the limit of %(limit)d") % {
        "url": ref.url,
        "width": width,
        "height": height,
        "limit": limit,
    }


def store(downloaded, collection, credit):
    """The Wagtail image for these bytes in `collection`, stored once however often it comes."""
    Image = get_image_model()
    collection = collection or Collection.get_first_root_node()
    file_hash = hash_filelike(io.BytesIO(downloaded.content))
    existing = Image.objects.filter(collection=collection, file_hash=file_hash).first()
    if existing is not None:
        return existing
    ref = downloaded.ref
    credit = ref.credit or credit
    image = Image(
        title=truncate(f"{ref.alt} — © {credit}" if credit else ref.alt, 255) or file_hash,
        description=truncate(ref.alt, 255),
        collection=collection,
    )
    image.file = ImageFile(
        io.BytesIO(downloaded.content), name=f"feed-{file_hash[:16]}.{downloaded.extension}"
    )
    image._set_image_file_metadata()
    image.save()
    return image
