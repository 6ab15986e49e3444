"""When may a document name the buyer whose delivery copy a found image is? The figures behind
``app/media/delivery.py`` ``attribute`` (docs/matching.md "Delivery copies", "Naming a buyer").

Measure: real photographs (scikit-image and matplotlib sample data, at their own size and
scaled up to a phone's 2000 px) each get delivery copies under several codes (the first codes
``choose_code`` gives, which are what a photo sold to 2-10 buyers carries, a few others, and
the identity: the performer's own published picture, which names nobody); each copy is leaked
the way a re-upload does (a random crop of 0-8 % a side, a downscale to a given width, JPEG
60-90) and fitted against the original (``delivery.fit``, the costly part: once per leak).
The raw fits are kept in bench/out/delivery_naming.json (``--remeasure`` redoes them).

Analyse: each leak is then read under several sets of delivered codes (the candidates):

- ``all``: every code of the codebook (how issue 16 read it: the nearest of the 76);
- ``first-N``: the first N codes ``choose_code`` gives a photo (N = 2, 3, 5, 10), the realistic
  case, for each leak whose code is among them (the identity's leaks: every N);
- ``random-N``: the leak's own code and N-1 others drawn at random (many draws per leak): what
  a photo whose buyers got neighbouring codes would see (N = 5, 10, 20);

and counts per band of ``attribute`` (strong / possible / none) how often the buyer named is
right or wrong, per width of the photo in the found image. A wrong "strong" is a false
accusation in a notice; a wrong "possible" is a question the performer is asked.

Usage: python bench/delivery_naming.py [--remeasure] [--workers 2]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from app.media import delivery  # noqa: E402

OUT = ROOT / "bench" / "out" / "delivery_naming.json"

SMALL = (
    "astronaut", "coffee", "chelsea", "rocket", "motorcycle", "hopper", "camera", "ihc",
    "hubble", "retina",
)  # fmt: skip
PHONE = ("astronaut", "hopper", "coffee", "motorcycle")
SMALL_WIDTHS = (200, 240, 280, 320, 400, 500)
PHONE_WIDTHS = (300, 450, 700, 1100)


def sequence(n: int) -> list[delivery.Code]:
    """The first ``n`` codes a photo's deals get, in order (``choose_code``)."""
    used: list[str] = []
    for _ in range(n):
        used.append(delivery.choose_code(used).name)
    return [c for name in used if (c := delivery.code_named(name)) is not None]


def true_codes(seed: int) -> list[delivery.Code]:
    first = sequence(8)
    rng = random.Random(seed)
    others = rng.sample([c for c in delivery.CODEBOOK if c not in first], 3)
    return [delivery.IDENTITY, *first, *others]


def original(name: str, phone: bool) -> Image.Image:
    from tests.data.matching.photos import FILES

    with Image.open(FILES[name]) as opened:
        picture = opened.convert("RGB")
    if phone:
        scale = 2000 / max(picture.size)
        size = (round(picture.width * scale), round(picture.height * scale))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    return picture


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def leak(copy: Image.Image, width: int, rng: random.Random) -> Image.Image:
    """A re-upload: a random crop (0-8 % a side), the width given, JPEG 60-90."""
    w, h = copy.size
    box = (
        round(w * rng.uniform(0, 0.08)),
        round(h * rng.uniform(0, 0.08)),
        round(w * (1 - rng.uniform(0, 0.08))),
        round(h * (1 - rng.uniform(0, 0.08))),
    )
    cropped = copy.crop(box)
    scale = width / w  # the whole copy would be `width` px wide
    size = (max(1, round(cropped.width * scale)), max(1, round(cropped.height * scale)))
    return jpeg(cropped.resize(size, Image.Resampling.LANCZOS), rng.randint(60, 90))


def measure_photo(job: tuple[str, bool]) -> list[dict[str, object]]:
    name, phone = job
    rng = random.Random(f"{name}-{phone}")
    picture = original(name, phone)
    ref = delivery.reference(picture)
    widths = PHONE_WIDTHS if phone else tuple(w for w in SMALL_WIDTHS if w <= picture.width)
    rows: list[dict[str, object]] = []
    for code in true_codes(len(rows) + len(name)):
        copy = jpeg(delivery.apply_code(picture, code), delivery.QUALITY)
        for width in widths:
            found = leak(copy, width, rng)
            fitted = delivery.fit(ref, found)
            row: dict[str, object] = {
                "photo": name,
                "phone": phone,
                "size": list(picture.size),
                "code": code.name,
                "width": width,
                "found": list(found.size),
            }
            if fitted is not None:
                matrix, inliers = fitted
                row["matrix"] = [[float(v) for v in r] for r in matrix]
                row["inliers"] = inliers
            rows.append(row)
    return rows


def measure(workers: int) -> list[dict[str, object]]:
    jobs = [(n, False) for n in SMALL] + [(n, True) for n in PHONE]
    start = time.perf_counter()
    rows: list[dict[str, object]] = []
    with ProcessPoolExecutor(workers) as pool:
        for done in pool.map(measure_photo, jobs):
            rows.extend(done)
            print(f"  {done[0]['photo']} ({'phone' if done[0]['phone'] else 'own size'}): "
                  f"{len(done)} leaks, {time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(rows))
    return rows


# --- analysis -----------------------------------------------------------------------------


def code_of(name: str) -> delivery.Code:
    return delivery.IDENTITY if name == delivery.IDENTITY.name else delivery._BY_NAME[name]


def bucket(px: float) -> str:
    for edge in (250, 300, 350, 450, 600, 900):
        if px < edge:
            return f"<{edge}"
    return ">=900"


BUCKETS = ("<250", "<300", "<350", "<450", "<600", "<900", ">=900")


def scenarios(row: dict[str, object], rng: random.Random) -> list[tuple[str, list[delivery.Code]]]:
    """(name, delivered codes) under which this leak is read."""
    true = code_of(str(row["code"]))
    out: list[tuple[str, list[delivery.Code]]] = [("all", list(delivery.CODEBOOK))]
    for n in (2, 3, 5, 10):
        first = sequence(n)
        if true == delivery.IDENTITY or true in first:
            out.append((f"first-{n}", first))
    for n in (5, 10, 20):
        others = [c for c in delivery.CODEBOOK if c != true]
        for _ in range(10):
            drawn = rng.sample(others, n if true == delivery.IDENTITY else n - 1)
            out.append((f"random-{n}", drawn if true == delivery.IDENTITY else [true, *drawn]))
    return out


def analyse(rows: list[dict[str, object]]) -> None:
    import numpy as np

    rng = random.Random(500)
    fitted = [r for r in rows if "matrix" in r]
    print(f"\n{len(rows)} leaks, {len(fitted)} fitted ({len(rows) - len(fitted)} no fit)")
    # reading error of the fit itself, per width of the photo in the found image
    errors: dict[str, list[float]] = defaultdict(list)
    for r in fitted:
        matrix = np.array(r["matrix"])
        true = code_of(str(r["code"]))
        stretch = matrix[0, 0] / matrix[1, 1] - 1
        shear = matrix[0, 1] / matrix[1, 1]
        px = delivery.shown_width(matrix, r["size"][0])  # type: ignore[index]
        errors[bucket(px)].append(delivery._steps(true, (stretch, shear)))
    print(
        "\nreading error (steps from the copy's own code) by the photo's width in the found image"
    )
    print(f"  {'width px':<8} {'n':>5} {'median':>7} {'p90':>6} {'p99':>6} {'max':>6}")
    for b in BUCKETS:
        e = sorted(errors.get(b, []))
        if e:
            q = np.quantile(e, [0.5, 0.9, 0.99])
            print(f"  {b:<8} {len(e):>5} {q[0]:>7.2f} {q[1]:>6.2f} {q[2]:>6.2f} {e[-1]:>6.2f}")
    # outcomes per scenario and band
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_width: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        true = code_of(str(r["code"]))
        for name, delivered in scenarios(r, rng):
            family = name
            if "matrix" not in r:
                table[(family, "none")]["no fit"] += 1
                continue
            matrix = np.array(r["matrix"])
            got = delivery.attribute(matrix, int(r["inliers"]), r["size"][0], delivered)  # type: ignore[index]
            if got.code is None:
                outcome = "none"
            elif got.code == true:
                outcome = "right"
            else:
                outcome = "WRONG"
            table[(family, got.band)][outcome] += 1
            px = delivery.shown_width(matrix, r["size"][0])  # type: ignore[index]
            if got.band != "none":
                by_width[(family, bucket(px))][f"{got.band} {outcome}"] += 1
    print("\noutcomes by delivered codes (candidates) and band of `attribute`")
    print(f"  {'delivered':<10} {'band':<9} {'reads':>6} {'right':>6} {'WRONG':>6} {'none':>6}")
    names = sorted(
        {k[0] for k in table},
        key=lambda s: (s.split("-")[0], int(s.split("-")[1]) if "-" in s else 0),
    )
    for fam in names:
        for band in ("strong", "possible", "none"):
            c = table.get((fam, band))
            if c:
                total = sum(c.values())
                print(f"  {fam:<10} {band:<9} {total:>6} {c['right']:>6} {c['WRONG']:>6} "
                      f"{c['none'] + c['no fit']:>6}")  # fmt: skip
    print("\nnamed readings by the photo's width in the found image (strong right / strong WRONG /"
          " possible right / possible WRONG)")  # fmt: skip
    for fam in names:
        parts = []
        for b in BUCKETS:
            c = by_width.get((fam, b))
            if c:
                parts.append(f"{b}: {c['strong right']}/{c['strong WRONG']}/"
                             f"{c['possible right']}/{c['possible WRONG']}")  # fmt: skip
        print(f"  {fam:<10} " + "  ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--remeasure", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.remeasure or not OUT.exists():
        print("measuring (about 0.4 s a leak) ...")
        rows = measure(args.workers)
    else:
        rows = json.loads(OUT.read_text())
    analyse(rows)


if __name__ == "__main__":
    main()
