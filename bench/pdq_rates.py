"""PDQ's match rates on real photographs: the figures behind ``pdq.MATCH_DISTANCE`` and
``pdq.MIN_QUALITY`` (docs/matching.md "## PDQ").

Each sample photograph shipped inside scikit-image and matplotlib (plus the ThreatExchange test
photos of tests/data/pdq) is a vault photo: saved as JPEG 92, its value computed from the
import's reduced decode exactly as the import does. Each is then transformed the way a frame
shows it, re-encoded, decoded at full size and hashed as a query (``pdq.hashes``: the direct
and the mirror hash, the nearer one counts). True pairs: a query against its own photo.
Unrelated pairs: every query against every other photo's value, and every photo's value
against every other's. Usage: python bench/pdq_rates.py [--thresholds 24,31,40]
"""

from __future__ import annotations

import argparse
import glob
import io
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import matplotlib  # noqa: E402
import skimage.data  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

from app.matching import pdq  # noqa: E402
from app.media import images  # noqa: E402

# photographs (not drawings, charts, test patterns or binary masks); motorcycle_right is the
# other half of a stereo pair with motorcycle_left (the same scene), so only one is used
SKIMAGE = [
    "astronaut.png", "brick.png", "camera.png", "cell.png", "chelsea.png", "coffee.png",
    "coins.png", "grass.png", "gravel.png", "hubble_deep_field.jpg", "ihc.png",
    "microaneurysms.png", "moon.png", "motorcycle_left.png", "retina.jpg", "rocket.jpg",
]  # fmt: skip
MATPLOTLIB = ["grace_hopper.jpg"]
PDQ_DATA = [
    "bridge-1-original.jpg",
    "q0122.jpg",
    "q0291.jpg",
    "q0746.jpg",
    "q1050.jpg",
    "q2821.jpg",
]


def photographs() -> dict[str, Image.Image]:
    found: dict[str, Image.Image] = {}
    sk = Path(skimage.data.__path__[0])
    mp = Path(matplotlib.get_data_path()) / "sample_data"
    pdq_data = ROOT / "tests" / "data" / "pdq"
    paths = (
        [sk / n for n in SKIMAGE] + [mp / n for n in MATPLOTLIB] + [pdq_data / n for n in PDQ_DATA]
    )
    for path in paths:
        with Image.open(path) as image:
            found[path.stem] = image.convert("RGB")
    extra = sorted(glob.glob(str(ROOT / "tests" / "data" / "matching" / "*.jpg")))
    for name in extra:  # the engine's real test photographs, if there are any
        with Image.open(name) as image:
            found.setdefault(Path(name).stem, image.convert("RGB"))
    return found


def jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def scale(image: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def crop(image: Image.Image, fraction: float) -> Image.Image:
    dx, dy = round(image.width * fraction), round(image.height * fraction)
    return image.crop((dx, dy, image.width - dx, image.height - dy))


def caption(image: Image.Image) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    h = max(12, image.height // 12)
    y = image.height - 2 * h
    draw.rectangle((image.width // 6, y, image.width * 5 // 6, y + h), fill=(0, 0, 0))
    draw.text((image.width // 5, y + h // 4), "SUBTITLE 字幕 sample text", fill=(255, 255, 255))
    return out


def letterbox(image: Image.Image) -> Image.Image:
    height = image.height
    width = max(image.width, round(height * 16 / 9))
    frame = Image.new("RGB", (width, height), (0, 0, 0))
    frame.paste(image, ((width - image.width) // 2, 0))
    return frame


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "JPEG quality 70": lambda im: im,
    "JPEG quality 40": lambda im: im,
    "resized to 50%": lambda im: scale(im, 0.5),
    "resized to 25%": lambda im: scale(im, 0.25),
    "upscaled 2x": lambda im: scale(im, 2.0),
    "brightness +30%": lambda im: ImageEnhance.Brightness(im).enhance(1.3),
    "brightness -30%": lambda im: ImageEnhance.Brightness(im).enhance(0.7),
    "contrast x1.5": lambda im: ImageEnhance.Contrast(im).enhance(1.5),
    "saturation x0.3": lambda im: ImageEnhance.Color(im).enhance(0.3),
    "mirrored": ImageOps.mirror,
    "caption": caption,
    "crop 5% per side": lambda im: crop(im, 0.05),
    "crop 10% per side": lambda im: crop(im, 0.10),
    "letterboxed 16:9": letterbox,
    "rotated 3 degrees": lambda im: im.rotate(3, Image.Resampling.BICUBIC, expand=False),
}
QUALITY = {"JPEG quality 40": 40, "JPEG quality 70": 70}
SURVIVES = [  # what PDQ is asked to survive on its own (the rest is the local features' job)
    "JPEG quality 70", "JPEG quality 40", "resized to 50%", "resized to 25%", "upscaled 2x",
    "brightness +30%", "brightness -30%", "contrast x1.5", "saturation x0.3", "mirrored",
]  # fmt: skip


def query(image: Image.Image, name: str) -> tuple[bytes, bytes, int]:
    data = jpeg(TRANSFORMS[name](image), QUALITY.get(name, 85))
    with Image.open(io.BytesIO(data)) as frame:
        frame.load()
        direct, mirrored = pdq.hashes(frame.convert("RGB"))
        return direct, mirrored, pdq.quality(frame)


def nearest(q: tuple[bytes, bytes, int], stored: bytes) -> int:
    return min(pdq.distance(q[0], stored), pdq.distance(q[1], stored))


def quality_floor(photos: dict[str, Image.Image]) -> dict[str, list[int]]:
    """How far a hash moves under a JPEG-70 re-encode, by the quality of the picture: darkened
    (5%, 15%) and blurred (radius 16, 40) versions of the photographs, the flat pictures of
    dark scenes and fades whose hashes ``MIN_QUALITY`` keeps out."""
    bands: dict[str, list[int]] = {"< 50": [], "50-79": [], ">= 80": []}
    flatten: list[Callable[[Image.Image], Image.Image]] = [
        lambda im: ImageEnhance.Brightness(im).enhance(0.05),
        lambda im: ImageEnhance.Brightness(im).enhance(0.15),
        lambda im: im.filter(ImageFilter.GaussianBlur(16)),
        lambda im: im.filter(ImageFilter.GaussianBlur(40)),
    ]
    for image in photos.values():
        for change in flatten:
            flat = change(image)
            digest, _ = pdq.hashes(flat)
            level = pdq.quality(flat)
            with Image.open(io.BytesIO(jpeg(flat, 70))) as again:
                moved = pdq.distance(digest, pdq.hashes(again.convert("RGB"))[0])
            band = "< 50" if level < 50 else "50-79" if level < 80 else ">= 80"
            bands[band].append(moved)
    print("\nflattened pictures (dark, blurred): how far a JPEG-70 re-encode moves the hash")
    for band, moved in bands.items():
        if moved:
            over = sum(d > pdq.MATCH_DISTANCE for d in moved)
            print(f"  quality {band:6s}: {len(moved):3d} pictures, median {statistics.median(moved):3.0f}, "
                  f"max {max(moved):3d}, moved past {pdq.MATCH_DISTANCE}: {over}")  # fmt: skip
    return bands


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="24,31,40,48")
    args = parser.parse_args(argv)
    thresholds = [int(t) for t in args.thresholds.split(",")]
    photos = photographs()
    stored: dict[str, tuple[bytes, int]] = {}
    for name, image in photos.items():
        stored[name] = pdq.parse(pdq.compute(images.reduce_image(jpeg(image, 92), name).image))
    low = sorted(n for n, (_, q) in stored.items() if q < pdq.MIN_QUALITY)
    print(f"{len(photos)} photographs; quality of the stored values: min {min(q for _, q in stored.values())}, "
          f"below MIN_QUALITY={pdq.MIN_QUALITY}: {low or 'none'}")  # fmt: skip
    unrelated: list[int] = []
    names = list(stored)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            unrelated.append(pdq.distance(stored[a][0], stored[b][0]))
    results: dict[str, object] = {"photos": len(photos)}
    print(
        f"\n{'transformation':22s} {'median':>6s} {'max':>4s} "
        + " ".join(f"<={t:<3d}" for t in thresholds)
    )
    for tname in TRANSFORMS:
        distances = []
        for name, image in photos.items():
            q = query(image, tname)
            distances.append(nearest(q, stored[name][0]))
            unrelated.extend(nearest(q, stored[o][0]) for o in names if o != name)
        hits = [sum(d <= t for d in distances) for t in thresholds]
        print(f"{tname:22s} {statistics.median(distances):6.0f} {max(distances):4d} "
              + " ".join(f"{h:2d}/{len(distances):<2d}" for h in hits))  # fmt: skip
        results[tname] = distances
    print(f"\nunrelated pairs: {len(unrelated)}; smallest distance {min(unrelated)}; "
          f"1st percentile {sorted(unrelated)[len(unrelated) // 100]}; median {statistics.median(unrelated):.0f}")  # fmt: skip
    for t in thresholds:
        print(f"  false matches at <= {t}: {sum(d <= t for d in unrelated)} of {len(unrelated)}")
    results["unrelated"] = unrelated
    results["quality"] = quality_floor(photos)
    return results


if __name__ == "__main__":
    main()
