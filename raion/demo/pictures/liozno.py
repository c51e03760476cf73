"""Liozno's landmarks."""

from .canvas import WIDTH, sky_and_ground


def _railway_station(draw):
    sky_and_ground(draw, (120, 170, 220), (220, 235, 245), (110, 120, 110))
    draw.rectangle([300, 170, 900, 325], fill=(235, 215, 170), outline=(120, 90, 60), width=4)
    draw.polygon([(280, 170), (600, 90), (920, 170)], fill=(150, 60, 50))
    for x in range(340, 880, 90):
        draw.rectangle([x, 210, x + 50, 280], fill=(90, 130, 170))
    draw.rectangle([560, 240, 640, 325], fill=(110, 70, 40))
    for y in (360, 395):
        draw.line([(0, y), (WIDTH, y)], fill=(60, 60, 60), width=6)
    for x in range(0, WIDTH, 40):
        draw.line([(x, 352), (x + 10, 405)], fill=(90, 70, 50), width=5)


def _central_square(draw):
    sky_and_ground(draw, (140, 190, 235), (230, 240, 250), (180, 180, 175))
    draw.rectangle([150, 150, 500, 325], fill=(240, 240, 235), outline=(100, 100, 100), width=3)
    draw.rectangle([700, 120, 1050, 325], fill=(225, 230, 240), outline=(100, 100, 100), width=3)
    for x in range(180, 480, 60):
        draw.rectangle([x, 180, x + 30, 300], fill=(120, 150, 190))
    draw.rectangle([585, 130, 615, 325], fill=(200, 60, 50))
    draw.polygon([(615, 135), (690, 155), (615, 175)], fill=(200, 60, 50))
    draw.ellipse([520, 330, 680, 380], fill=(90, 150, 90))


def _memorial_tank(draw):
    sky_and_ground(draw, (170, 190, 210), (235, 235, 230), (95, 130, 80))
    draw.rectangle([380, 280, 820, 330], fill=(150, 150, 145))
    draw.rounded_rectangle([430, 215, 770, 280], radius=20, fill=(70, 90, 60))
    draw.rounded_rectangle([520, 175, 680, 222], radius=14, fill=(80, 100, 65))
    draw.rectangle([670, 190, 900, 204], fill=(60, 80, 55))
    for x in range(450, 760, 52):
        draw.ellipse([x, 255, x + 40, 295], fill=(45, 55, 40))
    draw.polygon([(980, 330), (1010, 110), (1040, 330)], fill=(210, 205, 190))


def _culture_centre(draw):
    sky_and_ground(draw, (110, 150, 210), (220, 230, 245), (130, 150, 120))
    draw.rectangle([320, 160, 880, 325], fill=(245, 225, 200), outline=(130, 100, 80), width=4)
    draw.polygon([(300, 160), (600, 70), (900, 160)], fill=(245, 240, 230), outline=(130, 100, 80))
    for x in range(370, 860, 80):
        draw.rectangle([x, 175, x + 22, 325], fill=(255, 250, 240), outline=(160, 140, 120))
    draw.rectangle([555, 250, 645, 325], fill=(120, 80, 60))


PAINTERS = {
    "railway-station": _railway_station,
    "central-square": _central_square,
    "memorial-tank": _memorial_tank,
    "culture-centre": _culture_centre,
}
