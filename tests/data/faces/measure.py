"""The face-matching measurements of docs/matching.md "## Faces", printed again:

    .venv/bin/python -m tests.data.faces.measure

Same-person and different-person distances, transformed copies, simulated face swaps, the
calibration of a performer's vault, small and tilted faces, and the time per photo.
"""

from __future__ import annotations

import itertools
import time

import numpy as np
from PIL import Image, ImageFilter

from app.matching import faces
from tests.data.faces.photos import FILES, PERSON, SAME_PERSON_PAIRS, TRANSFORMS, face_swap, load


def distance(a: faces.Face, b: faces.Face) -> float:
    return float(np.linalg.norm(a.embedding - b.embedding))


def nearest(query: faces.Face, photo: list[faces.Face]) -> float:
    return min(distance(query, f) for f in photo)


def main() -> None:
    start = time.perf_counter()
    faces.detect(Image.new("RGB", (64, 64)))
    print(f"worker start (spawn + models): {time.perf_counter() - start:.2f} s")
    found: dict[str, list[faces.Face]] = {}
    for name in FILES:
        image = load(name)
        start = time.perf_counter()
        found[name] = faces.detect(image)
        took = time.perf_counter() - start
        boxes = [tuple(round(v) for v in f.box) for f in found[name]]
        print(f"{name:20s} {image.size} faces {boxes} {took:.2f} s")
    big = load("obama").resize((820, 1024))
    start = time.perf_counter()
    for _ in range(3):
        faces.detect(big)
    print(f"a 820x1024 photo (the matching decode): {(time.perf_counter() - start) / 3:.2f} s")

    print("\nsame person, different photographs")
    for a, b in SAME_PERSON_PAIRS:
        print(f"  {a} / {b}: {distance(found[a][0], found[b][0]):.3f}")
    print(
        f"  obama / obama_partial_face (same photograph, face cut): "
        f"{distance(found['obama'][0], found['obama_partial_face'][0]):.3f}"
    )

    print("\ndifferent people (the nearest pair of faces of two photos)")
    people = [n for n in PERSON if n != "obama_partial_face"]
    pairs = []
    for a, b in itertools.combinations(people, 2):
        if PERSON[a] != PERSON[b]:
            d = min(nearest(f, found[b]) for f in found[a])
            pairs.append(d)
            print(f"  {a} / {b}: {d:.3f}")
    print(f"  {len(pairs)} pairs, min {min(pairs):.3f}, max {max(pairs):.3f}")

    print("\ntransformed copies (distance to the original)")
    worst = 0.0
    for name in ("obama", "obama2", "obama3", "biden", "astronaut", "hopper"):
        row = []
        for how, transform in [*TRANSFORMS.items(), ("blur 1.5", _blur)]:
            query = faces.detect(transform(load(name)))
            if not query:
                row.append(f"{how}: none")
                continue
            d = nearest(query[0], found[name])
            if how != "blur 1.5":
                worst = max(worst, d)
            row.append(f"{how}: {d:.3f}")
        print(f"  {name}: " + ", ".join(row))
    print(f"  worst of the {len(TRANSFORMS)} transformations: {worst:.3f}")

    print("\nsimulated face swaps (the donor photo is left out of the vault)")
    vault_names = ("obama", "obama2", "obama3", "biden", "astronaut", "hopper")
    for donor, body in [
        ("obama2", "biden"),
        ("obama", "biden"),
        ("obama3", "hopper"),
        ("obama2", "astronaut"),
        ("obama", "hopper"),
    ]:
        for colour in (False, True):
            swap = face_swap(
                load(donor), found[donor][0].box, load(body), found[body][0].box, colour
            )
            query = faces.detect(swap)
            dists = {n: round(nearest(query[0], found[n]), 3) for n in vault_names if n != donor}
            how = "colour-matched" if colour else "as it is"
            print(f"  {donor} onto {body}, {how}: {dists}")

    print("\ncalibration of a vault of 5 photos of Obama and 4 others")
    vault = {n: found[n] for n in ("obama", "obama2", "obama3", "obama_partial_face")}
    vault["obama3 mirrored"] = faces.detect(TRANSFORMS["mirrored"](load("obama3")))
    vault.update({n: found[n] for n in ("biden", "astronaut", "hopper", "camera")})
    print(f"  {faces.Calibration.from_vault(vault)}")

    print("\nsmall faces (obama.jpg's face scaled, on a grey canvas): distance or not found")
    photo = load("obama")
    for canvas_size in ((600, 450), (1200, 900), (2000, 1500)):
        row = []
        for face_px in (30, 40, 50, 60, 80, 100):
            scale = face_px / 156
            small = photo.resize((round(512 * scale), round(640 * scale)), Image.Resampling.LANCZOS)
            canvas = Image.new("RGB", canvas_size, (128, 128, 128))
            canvas.paste(small, (canvas_size[0] // 3, canvas_size[1] // 3))
            got = faces.detect(canvas)
            row.append(
                f"{face_px}px: {nearest(got[0], found['obama']):.2f}"
                if got
                else f"{face_px}px: none"
            )
        print(f"  canvas {canvas_size}: " + ", ".join(row))

    print("\ntilted heads (in-plane rotation of obama2.jpg)")
    row = []
    for angle in (10, 20, 30, 40):
        got = faces.detect(load("obama2").rotate(angle, expand=True, fillcolor=(128, 128, 128)))
        row.append(
            f"{angle} deg: {nearest(got[0], found['obama2']):.3f}" if got else f"{angle} deg: none"
        )
    print("  " + ", ".join(row))
    faces.shutdown()


def _blur(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(1.5))


if __name__ == "__main__":
    main()
