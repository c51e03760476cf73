"""The canvas every landmark is painted on: a sky fading towards the horizon over the ground."""

import io

WIDTH, HEIGHT = 1200, 450
HORIZON = HEIGHT * 0.72


def sky_and_ground(draw, sky_top, sky_bottom, ground):
    for y in range(HEIGHT):
        t = y / HEIGHT
        colour = tuple(int(a + (b - a) * t) for a, b in zip(sky_top, sky_bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)
    draw.rectangle([0, HORIZON, WIDTH, HEIGHT], fill=ground)


def fir(draw, x, base, height, colour=(40, 90, 55)):
    """A fir tree of `height` standing on `base` at `x`."""
    width = height * 0.45
    draw.rectangle([x - 5, base - 14, x + 5, base], fill=(90, 60, 40))
    for step in range(3):
        top = base - height + step * height * 0.25
        draw.polygon(
            [
                (x, top),
                (x + width * (0.6 + step * 0.2), top + height * 0.45),
                (x - width * (0.6 + step * 0.2), top + height * 0.45),
            ],
            fill=colour,
        )


def png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
