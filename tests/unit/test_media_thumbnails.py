"""Thumbnails of transparent images and the difference hash."""

import io

from PIL import Image

from app.matching.phash import dhash, distance
from app.media.images import decode_image
from app.services.demo import portrait


def test_transparent_png_thumbnail_is_white_not_black() -> None:
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    thumb = Image.open(io.BytesIO(decode_image(out.getvalue(), "clear.png").thumbnail_jpeg))
    r, g, b = thumb.convert("RGB").getpixel((32, 32))  # type: ignore[misc]  # RGB: a 3-tuple
    assert min(r, g, b) > 240


def test_dhash_is_stable_under_resize_and_differs_for_other_pictures() -> None:
    one = Image.open(io.BytesIO(portrait(1)))
    other = Image.open(io.BytesIO(portrait(7)))
    assert distance(dhash(one), dhash(one.resize((300, 400)))) <= 4
    assert distance(dhash(one), dhash(other)) >= 10
