"""Display preferences for visually impaired readers, as plain data, and their cookie.

A visitor's preferences live in one cookie, written by the panel's form (no JavaScript)
or by site.js on the panel page. Its value lists `setting:choice` pairs joined by `|`,
for example `size:150|scheme:white-on-black`; a setting left out keeps its default.
Both characters are legal in a cookie value unquoted, so the script and Django read and
write the same text. Anything else in the cookie is garbage, and the whole cookie is
then ignored: a visitor never gets half of a tampered or outdated set.
"""

import re
from dataclasses import dataclass, fields, replace

from django.utils.translation import gettext_lazy as _

COOKIE_NAME = "raion_display"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
MAX_COOKIE_LENGTH = 200
_PAIR = re.compile(r"([a-z_]+):([a-z0-9-]+)")


@dataclass(frozen=True)
class Palette:
    """A colour scheme of two colours, with every colour role of site.css drawn from them.

    Links, buttons, borders and focus rings take the text colour, and inverted elements
    (buttons, the menu bar) swap the two, so every pair of text and background in the
    scheme has the contrast of its two colours.
    """

    foreground: str
    background: str
    dark: bool = False

    def custom_properties(self):
        fg, bg = self.foreground, self.background
        roles = {
            "text": fg,
            "muted": fg,
            "background": bg,
            "surface": bg,
            "accent": fg,
            "accent-dark": fg,
            "accent-text": bg,
            "border": fg,
            "focus": fg,
            "focus-on-accent": bg,
            "notice-background": bg,
            "notice-text": fg,
            "error": fg,
        }
        return list(roles.items())


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    # What the visitor's stylesheet writes for this choice; None for the standard look.
    css: object = None


@dataclass(frozen=True)
class Setting:
    name: str
    label: str
    choices: tuple

    @property
    def default(self):
        return self.choices[0].value

    @property
    def values(self):
        return [choice.value for choice in self.choices]

    def choice(self, value):
        return next(choice for choice in self.choices if choice.value == value)


FONT = Setting(
    "font",
    _("Font"),
    (
        Choice("sans", _("Sans-serif, like Arial")),
        Choice(
            "serif",
            _("Serif, like Times New Roman"),
            css='"Times New Roman", "Liberation Serif", "Nimbus Roman", Georgia, serif',
        ),
    ),
)
SIZE = Setting(
    "size",
    _("Text size"),
    tuple(
        Choice(str(percent), f"{percent}%", css=None if percent == 100 else f"{percent}%")
        for percent in (100, 125, 150, 175, 200)
    ),
)
# Letter and word spacing; "large" is what WCAG 1.4.12 asks a page to survive.
SPACING = Setting(
    "spacing",
    _("Letter spacing"),
    (
        Choice("standard", _("Standard")),
        Choice("increased", _("Increased"), css=("0.05em", "0.1em")),
        Choice("large", _("Large"), css=("0.12em", "0.16em")),
    ),
)
LINE_HEIGHT = Setting(
    "line_height",
    _("Line spacing"),
    (
        Choice("standard", _("Standard")),
        Choice("increased", _("Increased"), css="1.8"),
        Choice("large", _("Large"), css="2.1"),
    ),
)
SCHEME = Setting(
    "scheme",
    _("Colours"),
    (
        Choice("default", _("Standard colours")),
        Choice("black-on-white", _("Black on white"), css=Palette("#000000", "#ffffff")),
        Choice("white-on-black", _("White on black"), css=Palette("#ffffff", "#000000", dark=True)),
        Choice(
            "dark-blue-on-light-blue",
            _("Dark blue on light blue"),
            css=Palette("#063462", "#9dd1ff"),
        ),
        Choice("brown-on-beige", _("Brown on beige"), css=Palette("#4d4b43", "#f7f3d6")),
        Choice(
            "green-on-dark-brown",
            _("Green on dark brown"),
            css=Palette("#a9e44d", "#3b2716", dark=True),
        ),
    ),
)
IMAGES = Setting(
    "images",
    _("Images"),
    (
        Choice("shown", _("Show images")),
        Choice("hidden", _("Hide images, show their descriptions"), css=True),
    ),
)
SETTINGS = (FONT, SIZE, SPACING, LINE_HEIGHT, SCHEME, IMAGES)
_SETTINGS_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Preferences:
    font: str = FONT.default
    size: str = SIZE.default
    spacing: str = SPACING.default
    line_height: str = LINE_HEIGHT.default
    scheme: str = SCHEME.default
    images: str = IMAGES.default

    def __post_init__(self):
        for setting in SETTINGS:
            if getattr(self, setting.name) not in setting.values:
                raise ValueError(f"{setting.name}: {getattr(self, setting.name)!r}")

    def css(self, setting):
        """What the visitor's stylesheet writes for `setting`, or None."""
        return setting.choice(getattr(self, setting.name)).css

    def as_dict(self):
        return {field.name: getattr(self, field.name) for field in fields(self)}


STANDARD = Preferences()
# What the old site's separate "/special/" version showed; its links switch this on.
VISUALLY_IMPAIRED = replace(STANDARD, size="150", spacing="increased", scheme="black-on-white")


def encode(preferences: Preferences) -> str:
    """The cookie value: the settings that differ from the standard look ("" for none)."""
    return "|".join(
        f"{setting.name}:{getattr(preferences, setting.name)}"
        for setting in SETTINGS
        if getattr(preferences, setting.name) != setting.default
    )


def decode(value: str | None) -> Preferences:
    """Preferences from a cookie value; the standard look for anything malformed."""
    if not value or len(value) > MAX_COOKIE_LENGTH:
        return STANDARD
    chosen = {}
    for pair in value.split("|"):
        match = _PAIR.fullmatch(pair)
        if not match:
            return STANDARD
        name, choice = match.groups()
        setting = _SETTINGS_BY_NAME.get(name)
        if setting is None or name in chosen or choice not in setting.values:
            return STANDARD
        chosen[name] = choice
    return Preferences(**chosen)


def from_request(request) -> Preferences:
    return decode(request.COOKIES.get(COOKIE_NAME))


def remember(response, preferences: Preferences, request):
    """Store `preferences` in the visitor's cookie (or drop it for the standard look)."""
    value = encode(preferences)
    if not value:
        response.delete_cookie(COOKIE_NAME, samesite="Lax")
        return response
    # Not HttpOnly: site.js writes the same cookie when the panel is changed live.
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
