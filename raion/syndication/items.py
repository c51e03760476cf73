"""A feed entry as we import it: plain title and lead, clean body, images, and the keys by
which we recognise it when it comes again."""

import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils import timezone

from .clean import clean_body, is_http_url, plain_text, truncate

TITLE_LENGTH = 255
LEAD_LENGTH = 400
KEY_LENGTH = 1000
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class ImageRef:
    url: str
    alt: str = ""
    credit: str = ""


@dataclass(frozen=True)
class FeedItem:
    """An entry's raw parts; the cleaned title, lead, body and images are worked out only
    when needed, so an unchanged item (recognised by its hash) costs no HTML cleaning."""

    guid: str
    link: str
    raw_title: str
    summary: str
    content: str
    published: datetime.datetime | None
    base_url: str = ""
    categories: tuple = ()
    media_images: tuple = ()
    credit: str = ""

    @classmethod
    def from_entry(cls, entry, base_url=""):
        link = _absolute(entry.get("link", ""), base_url)
        contents = entry.get("content") or []
        content = next((c.value for c in contents if "html" in c.get("type", "")), "")
        return cls(
            guid=_key(entry.get("id", "").strip()),
            link=link if len(link) <= KEY_LENGTH else "",
            raw_title=entry.get("title", ""),
            summary=entry.get("summary", ""),
            content=content or (contents[0].value if contents else ""),
            published=_published(entry),
            base_url=base_url,
            categories=tuple(
                t.get("term") or t.get("label") for t in entry.get("tags", []) if t.get("term")
            ),
            media_images=tuple(_media_images(entry, base_url)),
            credit=next((c.get("content", "") for c in entry.get("media_credit", [])), ""),
        )

    @cached_property
    def title(self):
        return truncate(plain_text(self.raw_title), TITLE_LENGTH)

    @cached_property
    def _cleaned(self):
        return clean_body(self.content or self.summary, self.link or self.base_url)

    @cached_property
    def lead(self):
        return truncate(plain_text(self.summary) or plain_text(self._cleaned.html), LEAD_LENGTH)

    @property
    def body(self):
        return "" if plain_text(self._cleaned.html) == self.lead else self._cleaned.html

    @property
    def embeds(self):
        return self._cleaned.embeds

    @cached_property
    def images(self):
        refs = [ImageRef(url, self.title, self.credit) for url in self.media_images]
        refs += [ImageRef(url, alt or self.title, self.credit) for url, alt in self._cleaned.images]
        unique = list({ref.url: ref for ref in refs}.values())
        return tuple(unique[: settings.RAION_SYNDICATION_MAX_IMAGES_PER_ITEM])

    @property
    def date(self):
        if self.published is None:
            return None
        try:
            return timezone.localdate(self.published)
        except OverflowError:  # within hours of year 1 or year 9999: no local date exists
            return self.published.date()

    @cached_property
    def title_hash(self):
        """Identifies an item that has neither GUID nor link: its title and its date."""
        title = PUNCTUATION.sub(" ", unicodedata.normalize("NFKC", self.title).casefold())
        normalised = " ".join(title.split())
        return _sha256(f"{normalised}|{self.date.isoformat() if self.date else ''}")

    @cached_property
    def content_hash(self):
        """Changes whenever the entry's content changes (taken before cleaning)."""
        parts = [
            self.raw_title,
            self.summary,
            self.content,
            self.link,
            self.date.isoformat() if self.date else "",
            *self.media_images,
            self.credit,
        ]
        return _sha256(json.dumps(parts, ensure_ascii=False))

    def as_incoming(self):
        """The cleaned content, as an editor reviewing a conflict sees it."""
        return {
            "title": self.title,
            "lead": self.lead,
            "body": self.body,
            "link": self.link,
            "date": self.date.isoformat() if self.date else "",
            "images": [image.url for image in self.images],
        }

    def searchable_text(self):
        return f"{self.title} {self.lead} {plain_text(self.body)}".casefold()


def _sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(value):
    """A GUID as stored: any length a feed may use fits the column."""
    return value if len(value) <= KEY_LENGTH else f"sha256:{_sha256(value)}"


def _absolute(url, base_url):
    url = urljoin(base_url, url.strip()) if url else ""
    return url if is_http_url(url) else ""


def _published(entry):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime.datetime(*parsed[:6], tzinfo=datetime.UTC)
    except ValueError:  # a leap second, or a field out of range
        return None


def _media_images(entry, base_url):
    """Image URLs from Media RSS, enclosures and thumbnails, in the feed's order."""
    candidates = [
        (m.get("url", ""), m.get("type", ""), m.get("medium", ""))
        for m in entry.get("media_content", [])
    ]
    candidates += [(e.get("href", ""), e.get("type", ""), "") for e in entry.get("enclosures", [])]
    candidates += [(t.get("url", ""), "image/", "") for t in entry.get("media_thumbnail", [])]
    for url, mime, medium in candidates:
        url = _absolute(url, base_url)
        looks_like_image = urlsplit(url).path.lower().endswith(IMAGE_EXTENSIONS)
        if url and (medium == "image" or mime.startswith("image/") or looks_like_image):
            yield url
