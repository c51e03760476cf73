"""The visitor's stylesheet, and text contrast in every colour scheme."""

import re

import pytest

from raion.accessibility import stylesheet
from raion.accessibility.preferences import SCHEME, STANDARD, Preferences
from tests.tools import ROOT

SITE_CSS = ROOT / "raion" / "static" / "raion" / "css" / "site.css"
# Each text colour role of site.css with the background roles it is drawn on.
TEXT_ON_BACKGROUND = [
    ("text", "background"),
    ("text", "surface"),
    ("muted", "background"),
    ("muted", "surface"),
    ("accent", "background"),
    ("accent", "surface"),
    ("accent-dark", "background"),
    ("accent-text", "accent"),
    ("accent-text", "accent-dark"),
    ("notice-text", "notice-background"),
    ("error", "background"),
]


def relative_luminance(colour):
    """WCAG 2 relative luminance of an sRGB colour written #rrggbb."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def standard_colours():
    """The colour roles of site.css's `:root`, the standard look."""
    root = re.search(r":root\s*\{(.*?)\}", SITE_CSS.read_text(), re.DOTALL).group(1)
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", root))


def scheme_colours():
    colours = {"default": standard_colours()}
    for choice in SCHEME.choices[1:]:
        colours[choice.value] = dict(choice.css.custom_properties())
    return colours


def test_the_standard_look_is_an_empty_stylesheet():
    assert stylesheet.render(STANDARD) == ""


def test_every_colour_scheme_redefines_every_colour_of_site_css():
    roles = set(standard_colours())
    assert {"text", "background", "accent", "focus"} <= roles
    for choice in SCHEME.choices[1:]:
        assert {name for name, _ in choice.css.custom_properties()} == roles, choice.value


@pytest.mark.parametrize("scheme", [choice.value for choice in SCHEME.choices])
def test_text_contrast_is_at_least_4_5_to_1_in_every_scheme(scheme):
    colours = scheme_colours()[scheme]
    ratios = {
        f"{text} on {background}": contrast_ratio(colours[text], colours[background])
        for text, background in TEXT_ON_BACKGROUND
    }
    assert min(ratios.values()) >= 4.5, ratios


def test_focus_rings_stand_out_in_every_scheme():
    for scheme, colours in scheme_colours().items():
        assert contrast_ratio(colours["focus"], colours["background"]) >= 3, scheme
        assert contrast_ratio(colours["focus-on-accent"], colours["accent-dark"]) >= 3, scheme


def test_the_stylesheet_writes_each_chosen_setting():
    css = stylesheet.render(
        Preferences(
            font="serif",
            size="200",
            spacing="large",
            line_height="large",
            scheme="white-on-black",
            images="hidden",
        )
    )
    assert '--font: "Times New Roman"' in css
    assert "font-size: 200%;" in css
    assert "letter-spacing: 0.12em; word-spacing: 0.16em;" in css
    assert "line-height: 2.1;" in css
    assert "--text: #ffffff;" in css
    assert "--background: #000000;" in css
    assert "color-scheme: dark;" in css
    assert "img, picture, video { display: none !important; }" in css


def test_a_light_scheme_keeps_light_form_controls():
    css = stylesheet.render(Preferences(scheme="brown-on-beige"))
    assert "--text: #4d4b43;" in css
    assert "color-scheme" not in css
    assert "font-size" not in css
