"""Issue 16: the per-buyer geometric fingerprint of delivery copies (app/media/delivery.py).

Each copy of a real photograph (scikit-image, matplotlib: tests/data/matching/photos.py) gets a
code; the "leak" is the copy transformed (crop, downscale, JPEG 50-90, brightness, a 16:9
letterbox, and all of crop + downscale + JPEG 70 at once); :func:`delivery.recover` fits it
against the original and must read the same code. The rates are printed (pytest -s) and are
the ones docs/matching.md "Delivery copies" reports; the asserted floors are what was measured.
What breaks it is measured too: a random re-stretch of the leak, a small rotation.

The quick test runs 4 codes on one photo; the slow sweep every code (76) on two photos and a\nspread of codes on a phone-sized one.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import pytest
from PIL import Image, ImageEnhance, ImageOps

from app.media import delivery
from tests.data.matching.photos import FILES

Transform = Callable[[Image.Image], Image.Image]


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def crop(image: Image.Image, share: float = 0.05) -> Image.Image:
    w, h = image.size
    box = (round(w * share), round(h * share), round(w * (1 - share)), round(h * (1 - share)))
    return image.crop(box)


def down(image: Image.Image, factor: float = 0.5) -> Image.Image:
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.LANCZOS)


def letterbox(image: Image.Image) -> Image.Image:
    """The copy inside a 1280x720 video frame with black bars, as a phone video shows it."""
    scale = min(1280 / image.width, 720 / image.height)
    shown = image.resize(
        (round(image.width * scale), round(image.height * scale)), Image.Resampling.BILINEAR
    )
    frame = Image.new("RGB", (1280, 720))
    frame.paste(shown, ((1280 - shown.width) // 2, (720 - shown.height) // 2))
    return jpeg(frame, 80)


RANDOM = random.Random(16)


def restretch(image: Image.Image) -> Image.Image:
    """A deliberate random re-stretch: width by a random 0.97..1.03 (height kept)."""
    width = round(image.width * RANDOM.uniform(0.97, 1.03))
    return jpeg(image.resize((width, image.height), Image.Resampling.BICUBIC), 85)


SURVIVES: dict[str, Transform] = {
    "JPEG 90": lambda im: jpeg(im, 90),
    "JPEG 50": lambda im: jpeg(im, 50),
    "crop 10% a side": lambda im: jpeg(crop(im, 0.10), 85),
    "downscale 50%": lambda im: jpeg(down(im), 85),
    "brightness +30%": lambda im: jpeg(ImageEnhance.Brightness(im).enhance(1.3), 85),
    "16:9 letterbox": letterbox,
    "crop 5% + downscale 50% + JPEG 70": lambda im: jpeg(down(crop(im)), 70),
    "mirrored": lambda im: jpeg(ImageOps.mirror(im), 85),
}
BREAKS: dict[str, Transform] = {
    "random re-stretch 0.97-1.03": restretch,
    "rotation 1 degree": lambda im: jpeg(
        im.rotate(1.0, Image.Resampling.BICUBIC, expand=False), 85
    ),
}


def original(name: str) -> Image.Image:
    with Image.open(FILES[name]) as opened:
        return opened.convert("RGB")


def rates(
    photos: tuple[str, ...],
    codes: tuple[delivery.Code, ...],
    transforms: dict[str, Transform],
    size: Callable[[str], Image.Image] | None = None,
) -> dict[str, tuple[int, int, int]]:
    """Per transformation: (identified, wrong code, no code) over photos x codes."""
    counts = {name: [0, 0, 0] for name in transforms}
    for photo in photos:
        picture = (size or original)(photo)
        reference = delivery.reference(picture)
        for code in codes:
            copy = jpeg(delivery.apply_code(picture, code), delivery.QUALITY)
            for name, transform in transforms.items():
                found = delivery.recover(reference, transform(copy))
                if found is None or found.code is None:
                    counts[name][2] += 1
                elif found.code == code:
                    counts[name][0] += 1
                else:
                    counts[name][1] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def report(title: str, measured: dict[str, tuple[int, int, int]]) -> None:
    print(f"\n{title}")
    for name, (right, wrong, none) in measured.items():
        total = right + wrong + none
        print(f"  {name:<36} {right:>4}/{total} identified, {wrong} wrong code, {none} no code")


def test_the_codebook_has_over_50_codes_far_enough_apart() -> None:
    codes = delivery.CODEBOOK
    assert len(codes) >= 50 and len({c.name for c in codes}) == len(codes)
    assert all(abs(c.stretch) <= 0.02 and abs(c.shear) <= 0.012 for c in codes)
    assert (0.0, 0.0) not in {(c.stretch, c.shear) for c in codes}  # the original's geometry
    # buyers of one photo get distinct codes, the first ones far apart
    used: list[str] = []
    for _ in range(len(codes)):
        used.append(delivery.choose_code(used).name)
    assert sorted(used) == sorted(c.name for c in codes)
    with pytest.raises(ValueError):
        delivery.choose_code(used)
    first, second = (delivery.code_named(n) for n in used[:2])
    assert first is not None and second is not None
    assert delivery._steps(first, second) >= 5 and delivery._steps(first, delivery.IDENTITY) >= 5


def test_a_transformed_copy_names_its_code_and_edits_of_geometry_give_none() -> None:
    codes = delivery.CODEBOOK[::19]  # 4 codes spread over the codebook (the sweep: all)
    photos = ("astronaut",)
    measured = rates(photos, codes, SURVIVES | BREAKS)
    report(f"{len(codes)} codes x {photos}", measured)
    for name in SURVIVES:
        assert measured[name] == (len(codes), 0, 0), name  # measured: every copy identified
    for name in BREAKS:
        assert measured[name][0] <= 1, name  # measured: 0 of 10 (a re-stretch may hit by chance)


def phone_size(name: str) -> Image.Image:
    """A phone-sized version (2000 px on the longer side) of a small sample photograph."""
    picture = original(name)
    scale = 2000 / max(picture.size)
    size = (round(picture.width * scale), round(picture.height * scale))
    return picture.resize(size, Image.Resampling.LANCZOS)


@pytest.mark.slow
def test_every_code_on_real_photos() -> None:
    """docs/matching.md "Delivery copies": every code on two photos at their own (small)
    size, a spread of codes on a phone-sized photo, and what breaks it."""
    codes = delivery.CODEBOOK
    small = rates(("astronaut", "coffee"), codes, SURVIVES)
    report(f"all {len(codes)} codes x astronaut 512x512, coffee 600x400", small)
    large = rates(("hopper",), codes[::4], SURVIVES | BREAKS, size=phone_size)
    report(f"{len(codes[::4])} codes x hopper at 2000 px", large)
    for name in SURVIVES:
        assert large[name] == (len(codes[::4]), 0, 0), name
        right, _wrong, _none = small[name]
        # measured: every copy, except the 600x400 photo once a leak is about 300 px wide
        # (the leak's own rounding to whole pixels changes the stretch by up to 0.5 / width:
        # docs/matching.md "Delivery copies")
        floor = 0.80 if "downscale" in name else 1.0
        assert right >= floor * 2 * len(codes), (name, small[name])
    for name in BREAKS:
        assert large[name][0] <= 0.25 * len(codes[::4]), name
