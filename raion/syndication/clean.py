"""Feed HTML made safe for our pages: an allowlist sanitiser (nh3) and absolute URLs.

What survives is what a paragraph of our rich text can hold (paragraphs, bold, italic,
links, lists, two heading levels). Scripts and styles go with their content. Images and
iframes leave the text: images are downloaded and stored by `images`, tracking pixels
are dropped, and an iframe survives only as an embed when its host is trusted in
settings.RAION_SYNDICATION_EMBED_HOSTS.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3
from bs4 import BeautifulSoup
from django.conf import settings

TEXT_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "h3", "h4"}
DROPPED_WITH_CONTENT = {"script", "style", "noscript", "template", "object", "embed"}
URL_SCHEMES = {"http", "https", "mailto"}
# Images declared this small are web beacons, not illustrations.
TRACKING_PIXEL_SIDE = 2
WHITESPACE = re.compile(r"\s+")
BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|blockquote|figure|figcaption)\b[^>]*>", re.I
)
BLOCKS = ("p", "ul", "ol", "h3", "h4")


@dataclass(frozen=True)
class CleanBody:
    html: str
    images: tuple = ()  # (absolute URL, alternative text)
    embeds: tuple = ()  # absolute URLs of iframes from trusted hosts


def is_http_url(url):
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def sanitize(markup, base_url=""):
    """Allowlisted HTML with absolute URLs, images and iframes still in it."""
    relative = ("rewrite_with_base", base_url) if is_http_url(base_url) else "deny"
    return nh3.clean(
        markup,
        tags=TEXT_TAGS | {"img", "iframe"},
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={
            "a": {"href"},
            "img": {"src", "alt", "width", "height"},
            "iframe": {"src"},
        },
        url_schemes=URL_SCHEMES,
        url_relative=relative,
    )


def clean_body(markup, base_url=""):
    soup = BeautifulSoup(sanitize(markup, base_url), "html.parser")
    images = []
    for img in soup.find_all("img"):
        src = img.get("src", "")
        if is_http_url(src) and not _is_tracking_pixel(img):
            images.append((src, WHITESPACE.sub(" ", img.get("alt", "")).strip()))
        img.decompose()
    trusted = set(settings.RAION_SYNDICATION_EMBED_HOSTS)
    embeds = []
    for iframe in soup.find_all("iframe"):
        src = iframe.get("src", "")
        if is_http_url(src) and urlsplit(src).hostname in trusted:
            embeds.append(src)
        iframe.decompose()
    for element in soup.find_all(["p", "li", "h3", "h4", "a", "b", "strong", "i", "em"]):
        if not element.get_text(strip=True):
            element.decompose()
    _wrap_loose_text(soup)
    return CleanBody(
        html=str(soup).strip(), images=tuple(dict.fromkeys(images)), embeds=tuple(embeds)
    )


def _wrap_loose_text(soup):
    """Put text and inline elements lying between blocks into paragraphs."""
    run = []
    for node in [*soup.contents, None]:
        if node is not None and getattr(node, "name", None) not in BLOCKS:
            run.append(node)
            continue
        if any(part.get_text(strip=True) for part in run):
            paragraph = soup.new_tag("p")
            run[0].insert_before(paragraph)
            for part in run:
                paragraph.append(part.extract())
        else:
            for part in run:
                part.extract()
        run = []


def _is_tracking_pixel(img):
    sides = [img.get("width", ""), img.get("height", "")]
    return any(side.strip().isdigit() and int(side) <= TRACKING_PIXEL_SIDE for side in sides)


def plain_text(markup):
    """The text of an HTML fragment, on one line, entities resolved."""
    text = nh3.clean(
        BLOCK_TAG.sub(" ", markup or ""), tags=set(), clean_content_tags=DROPPED_WITH_CONTENT
    )
    return WHITESPACE.sub(" ", html.unescape(text)).strip()


def truncate(text, limit):
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "…"
