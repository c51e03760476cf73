"""Landmark pictures and a coat of arms drawn locally, so the demo downloads nothing.

They are simple flat illustrations: each landmark has its own silhouette and palette so
that the carousel's slides can be told apart at a glance. Each site's painters live in
a module of their own, under the keys its content's landmarks name.
"""

from PIL import Image, ImageDraw

from . import gorodok, liozno, senno, vitebsk
from .canvas import HEIGHT, WIDTH, png

LANDMARK_PAINTERS = {**liozno.PAINTERS, **gorodok.PAINTERS, **senno.PAINTERS, **vitebsk.PAINTERS}


def landmark_png(key: str) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT))
    LANDMARK_PAINTERS[key](ImageDraw.Draw(image))
    return png(image)


def coat_of_arms_png() -> bytes:
    """A plain heraldic shield: a stand-in, not any body's registered arms."""
    image = Image.new("RGBA", (200, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    shield = [(10, 10), (190, 10), (190, 130), (100, 230), (10, 130)]
    draw.polygon(shield, fill=(30, 90, 160), outline=(200, 160, 40))
    draw.line(shield + [shield[0]], fill=(200, 160, 40), width=6)
    draw.polygon([(100, 45), (140, 120), (60, 120)], fill=(240, 240, 240))
    draw.rectangle([70, 140, 130, 160], fill=(200, 160, 40))
    return png(image)
