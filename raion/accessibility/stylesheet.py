"""The visitor's own stylesheet: site.css overrides for their display preferences."""

from functools import lru_cache

from django.template.loader import render_to_string

from .preferences import FONT, IMAGES, LINE_HEIGHT, SCHEME, SIZE, SPACING, Preferences


@lru_cache(maxsize=256)
def render(preferences: Preferences) -> str:
    """CSS for `preferences`; empty for the standard look. Depends on nothing else."""
    palette = preferences.css(SCHEME)
    spacing = preferences.css(SPACING)
    return render_to_string(
        "accessibility/preferences.css",
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
