"""Vitebsk's landmarks: the Town Hall, the cathedral above the Dvina, the amphitheatre."""

from .canvas import HORIZON, WIDTH, sky_and_ground


def _town_hall(draw):
    sky_and_ground(draw, (100, 160, 225), (220, 235, 250), (170, 165, 160))
    draw.rectangle([330, 200, 870, HORIZON], fill=(245, 245, 240), outline=(150, 140, 130), width=3)
    draw.rectangle([540, 80, 660, 200], fill=(245, 245, 240), outline=(150, 140, 130), width=3)
    draw.polygon([(530, 80), (600, 20), (670, 80)], fill=(90, 120, 110))
    draw.ellipse([570, 105, 630, 165], fill=(255, 255, 255), outline=(60, 60, 60), width=4)
    draw.line([(600, 135), (600, 115)], fill=(30, 30, 30), width=4)
    draw.line([(600, 135), (615, 140)], fill=(30, 30, 30), width=4)
    for x in range(360, 860, 70):
        draw.rounded_rectangle([x, 230, x + 36, 300], radius=16, fill=(120, 150, 180))


def _cathedral_hill(draw):
    sky_and_ground(draw, (130, 175, 230), (230, 240, 250), (70, 110, 150))
    draw.polygon([(150, 330), (400, 210), (1000, 210), (1150, 330)], fill=(90, 140, 80))
    draw.rectangle([450, 120, 750, 215], fill=(250, 245, 235), outline=(160, 150, 130), width=3)
    for x in (450, 700):
        draw.rectangle([x, 40, x + 50, 215], fill=(250, 245, 235), outline=(160, 150, 130), width=3)
        draw.polygon([(x - 5, 40), (x + 25, 5), (x + 55, 40)], fill=(60, 130, 90))
    draw.ellipse([545, 60, 655, 150], fill=(60, 130, 90))
    for y in range(345, 440, 24):
        draw.line([(0, y), (WIDTH, y)], fill=(110, 150, 190), width=3)


def _amphitheatre(draw):
    sky_and_ground(draw, (60, 80, 140), (170, 150, 200), (90, 90, 100))
    for row in range(6):
        inset = row * 70
        draw.arc(
            [inset, 180 + row * 25, WIDTH - inset, 700 - row * 25],
            180,
            360,
            fill=(200, 200, 210),
            width=14,
        )
    draw.rectangle([470, 250, 730, HORIZON], fill=(60, 50, 70))
    draw.polygon([(440, 250), (600, 170), (760, 250)], fill=(245, 245, 250))
    for x in (520, 600, 680):
        draw.ellipse([x - 12, 265, x + 12, 289], fill=(250, 220, 120))


PAINTERS = {
    "town-hall": _town_hall,
    "cathedral-hill": _cathedral_hill,
    "amphitheatre": _amphitheatre,
}
