"""Gorodok's landmarks: Castle Hill over the town, a forest lake, the memorial."""

from .canvas import HORIZON, WIDTH, fir, sky_and_ground


def _castle_hill(draw):
    sky_and_ground(draw, (115, 165, 215), (225, 235, 245), (120, 150, 100))
    draw.ellipse([250, 150, 950, 520], fill=(95, 140, 80))
    draw.rectangle([560, 130, 640, 175], fill=(200, 190, 170), outline=(110, 100, 90), width=3)
    draw.line([(600, 60), (600, 130)], fill=(80, 80, 80), width=5)
    draw.rectangle([602, 62, 660, 82], fill=(200, 40, 40))
    draw.rectangle([602, 82, 660, 95], fill=(40, 140, 60))
    for x in range(40, WIDTH, 170):
        draw.rectangle([x, 290, x + 90, HORIZON + 20], fill=(230, 220, 200))
        draw.polygon([(x - 10, 290), (x + 45, 250), (x + 100, 290)], fill=(140, 70, 60))


def _lake_shore(draw):
    sky_and_ground(draw, (150, 190, 230), (235, 240, 245), (70, 110, 70))
    draw.rectangle([0, 300, WIDTH, 380], fill=(80, 130, 175))
    for x in range(0, WIDTH, 70):
        fir(draw, x + 20, 300, 120 + (x * 7) % 50)
    draw.rectangle([760, 330, 980, 345], fill=(140, 100, 60))
    for x in (780, 860, 940):
        draw.line([(x, 345), (x, 372)], fill=(110, 80, 50), width=6)
    draw.polygon([(820, 360), (940, 360), (915, 378), (845, 378)], fill=(170, 60, 45))


def _eternal_flame(draw):
    sky_and_ground(draw, (165, 185, 210), (235, 235, 230), (110, 140, 95))
    draw.rectangle([420, HORIZON - 20, 780, HORIZON + 10], fill=(150, 150, 150))
    draw.polygon(
        [(565, 70), (635, 70), (650, HORIZON - 20), (550, HORIZON - 20)], fill=(120, 110, 110)
    )
    draw.polygon([(600, 255), (625, 300), (575, 300)], fill=(240, 140, 30))
    draw.polygon([(600, 272), (612, 300), (588, 300)], fill=(250, 220, 80))
    for x in (330, 870):
        fir(draw, x, HORIZON + 10, 210)


PAINTERS = {
    "castle-hill": _castle_hill,
    "lake-shore": _lake_shore,
    "eternal-flame": _eternal_flame,
}
