"""From fetched bytes to feed items: guard, decode, then feedparser.

Documents that declare XML entities are refused before any XML parser sees them: that
is how both external-entity (XXE) and entity-expansion ("billion laughs") attacks work,
and news feeds have no use for them. Decoding is ours, so feedparser always gets UTF-8
and the guard sees the same text: a byte-order mark, then the XML declaration, then the
HTTP charset, then UTF-8, and for undeclared legacy bytes a detection restricted to the
encodings Russian-language feeds use (windows-1251, KOI8-R).
"""

import codecs
import io
import re
import time
import xml.sax
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as Late
from dataclasses import dataclass

import charset_normalizer
import feedparser
from django.utils import translation
from django.utils.translation import gettext as _

from .items import FeedItem

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
XML_DECLARATION = re.compile(rb"^\s*<\?xml\b[^>]*\?>")
XML_DECLARED_ENCODING = re.compile(rb"""\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
UNDECLARED_CANDIDATES = ["utf_8", "cp1251", "koi8_r", "cp1252"]
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
HTML_DOCUMENT = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


class FeedError(Exception):
    """Why a response is not a feed we import, worded for the run's record."""


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: list


def parse_feed_by(deadline, content, content_type="", url=""):
    """parse_feed, given up on at `deadline` (a time.monotonic()).

    The parsing goes on in its thread until it ends (its memory and time are bounded by
    the source's size limit), but the run does not wait for it.
    """
    language = translation.get_language()

    def parse():
        with translation.override(language):
            return parse_feed(content, content_type, url)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="feed-parse")
    try:
        return pool.submit(parse).result(timeout=max(0.0, deadline - time.monotonic()))
    except Late as error:
        raise FeedError(_("The feed was not parsed before the run's deadline.")) from error
    finally:
        pool.shutdown(wait=False)


def parse_feed(content, content_type="", url=""):
    text = decode(content, content_type)
    if ENTITY_DECLARATION.search(text):
        raise FeedError(
            _(
                "The feed declares XML entities; such documents are refused because they can "
                "read local files (XXE) or expand into gigabytes (billion laughs)."
            )
        )
    if HTML_DOCUMENT.match(text):
        raise FeedError(_("The address returned an HTML page, not an RSS or Atom feed."))
    utf8 = XML_DECLARATION.sub(b"", text.encode("utf-8"), count=1)
    parsed = feedparser.parse(
        io.BytesIO(b'<?xml version="1.0" encoding="utf-8"?>' + utf8),
        response_headers={
            "content-type": "application/xml; charset=utf-8",
            "content-location": url,
        },
        sanitize_html=False,  # nh3 sanitises with our allowlist (raion.syndication.clean)
    )
    if parsed.bozo and isinstance(parsed.bozo_exception, xml.sax.SAXException):
        raise FeedError(
            _("The feed is not well-formed XML: %(error)s") % {"error": parsed.bozo_exception}
        )
    if not parsed.version:
        raise FeedError(_("The response is not an RSS or Atom feed."))
    base_url = parsed.feed.get("link", "") or url
    return ParsedFeed(
        title=parsed.feed.get("title", ""),
        items=[FeedItem.from_entry(entry, base_url) for entry in parsed.entries],
    )


def decode(content, content_type=""):
    for bom, encoding in BOMS:
        if content.startswith(bom):
            return _decode(content[len(bom) :], encoding)
    declaration = XML_DECLARATION.match(content)
    declared = declaration and XML_DECLARED_ENCODING.search(declaration.group())
    header = HTTP_CHARSET.search(content_type or "")
    candidates = (
        declared and declared.group(1).decode("ascii"),
        header and header.group(1),
        "utf-8",
    )
    for encoding in filter(None, candidates):
        try:
            return content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    best = charset_normalizer.from_bytes(content, cp_isolation=UNDECLARED_CANDIDATES).best()
    if best is None:
        raise FeedError(_("The feed's character encoding could not be determined."))
    return str(best)


def _decode(content, encoding):
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as error:
        raise FeedError(
            _("The feed is not valid %(encoding)s.") % {"encoding": encoding}
        ) from error
