"""The visitor's own stylesheet: site.css overrides for their display preferences.

Pages are the same for every visitor, so each links the stylesheet in two ways (see
`templates/accessibility/stylesheet_links.html`). With JavaScript, a small script in the
head links it with the preferences in the URL (`?v=`), so one URL always has one content
and browsers keep it for a year: a reader's page views need no request for it, and a
change of preferences is a change of URL. Without JavaScript, the link without `v` is
rendered from the cookie and revalidated on every page view. Both carry `r`, a digest of
what the CSS is made from, so a release that changes the CSS is a new URL.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

from django.template.loader import get_template, render_to_string

from . import preferences as preferences_module
from .preferences import FONT, IMAGES, LINE_HEIGHT, SCHEME, SIZE, SPACING, Preferences

TEMPLATE = "accessibility/preferences.css"
# A year, as for static files: the content of a URL with `v` never changes.
IMMUTABLE_SECONDS = 365 * 24 * 60 * 60


@lru_cache(maxsize=1)
def release():
    """Digest of the stylesheet's template and of the choices' CSS values."""
    sources = (get_template(TEMPLATE).origin.name, preferences_module.__file__)
    digest = hashlib.sha256(b"".join(Path(source).read_bytes() for source in sources))
    return digest.hexdigest()[:12]


@lru_cache(maxsize=256)
def render(preferences: Preferences) -> str:
    """CSS for `preferences`; empty for the standard look. Depends on nothing else."""
    palette = preferences.css(SCHEME)
    spacing = preferences.css(SPACING)
    return render_to_string(
        TEMPLATE,
        {
            "font": preferences.css(FONT),
            "size": preferences.css(SIZE),
            "letter_spacing": spacing and spacing[0],
            "word_spacing": spacing and spacing[1],
            "line_height": preferences.css(LINE_HEIGHT),
            "palette": palette and palette.custom_properties(),
            "dark": palette and palette.dark,
            "hide_images": preferences.css(IMAGES),
        },
    ).strip()
