"""Senno's landmarks: the lake at sunset, the town park, the fields of the district."""

from .canvas import HORIZON, WIDTH, fir, sky_and_ground


def _senno_lake(draw):
    sky_and_ground(draw, (240, 150, 90), (250, 215, 160), (60, 100, 140))
    draw.ellipse([520, 150, 680, 310], fill=(250, 200, 90))
    draw.rectangle([0, 250, WIDTH, 290], fill=(70, 90, 70))
    for x in range(60, WIDTH, 150):
        draw.rectangle([x, 225, x + 60, 262], fill=(230, 210, 190))
        draw.polygon([(x - 8, 225), (x + 30, 200), (x + 68, 225)], fill=(120, 60, 50))
    for y in range(300, 440, 22):
        draw.line([(500, y), (700, y)], fill=(240, 180, 110), width=3)


def _town_park(draw):
    sky_and_ground(draw, (130, 180, 225), (225, 235, 245), (120, 160, 100))
    draw.polygon([(520, HORIZON), (680, HORIZON), (900, 450), (300, 450)], fill=(200, 185, 160))
    draw.ellipse([540, 330, 660, 370], fill=(110, 160, 200), outline=(150, 150, 150), width=5)
    draw.line([(600, 295), (600, 345)], fill=(170, 210, 235), width=8)
    for x in (330, 870):
        draw.line([(x, 190), (x, HORIZON)], fill=(50, 50, 50), width=6)
        draw.ellipse([x - 16, 170, x + 16, 200], fill=(250, 235, 150))
    for x in range(0, WIDTH, 140):
        if abs(x - 600) > 280:
            draw.ellipse([x, 140, x + 130, 280], fill=(70, 130, 70))
            draw.rectangle([x + 58, 270, x + 72, HORIZON], fill=(100, 70, 45))


def _harvest_field(draw):
    sky_and_ground(draw, (120, 170, 225), (230, 238, 246), (215, 190, 110))
    for x in range(0, WIDTH, 60):
        fir(draw, x + 30, HORIZON, 90 + (x * 11) % 40, colour=(50, 95, 60))
    for x, y in ((160, 380), (380, 350), (560, 400), (1000, 370)):
        draw.ellipse([x, y, x + 70, y + 50], fill=(230, 200, 120), outline=(170, 140, 70), width=4)
    draw.rectangle([720, 300, 930, 370], fill=(60, 150, 70))
    draw.rectangle([860, 260, 930, 310], fill=(200, 225, 235), outline=(40, 90, 50), width=4)
    draw.rectangle([690, 355, 740, 375], fill=(230, 200, 60))
    for x in (760, 890):
        draw.ellipse([x, 350, x + 50, 400], fill=(40, 40, 40))


PAINTERS = {
    "senno-lake": _senno_lake,
    "town-park": _town_park,
    "harvest-field": _harvest_field,
}
