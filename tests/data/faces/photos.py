"""Real faces for the face-matching tests (README.md beside this file names each image and its
licence), the transformations a copy of a photo goes through, and a simulated face swap.

Identities: "obama" (obama.jpg, obama2.jpg, obama3.jpg: three different photographs;
obama_partial_face.jpg: a crop of obama.jpg's photograph cutting the face at the left edge),
"biden" (biden.jpg), "collins" (scikit-image's astronaut.png, Eileen Collins), "hopper"
(matplotlib's grace_hopper.jpg, Grace Hopper). scikit-image's camera.png (the camera man) is
a person whose face is too small for the detector: a photo without a found face.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

HERE = Path(__file__).resolve().parent
SKIMAGE = Path(str(__import__("skimage").__file__)).parent / "data"
MPL = Path(str(__import__("matplotlib").__file__)).parent / "mpl-data" / "sample_data"

FILES = {
    "obama": HERE / "obama.jpg",
    "obama2": HERE / "obama2.jpg",
    "obama3": HERE / "obama3.jpg",
    "obama_partial_face": HERE / "obama_partial_face.jpg",
    "biden": HERE / "biden.jpg",
    "astronaut": SKIMAGE / "astronaut.png",
    "hopper": MPL / "grace_hopper.jpg",
    "camera": SKIMAGE / "camera.png",
}
PERSON = {
    "obama": "obama",
    "obama2": "obama",
    "obama3": "obama",
    "obama_partial_face": "obama",
    "biden": "biden",
    "astronaut": "collins",
    "hopper": "hopper",
}
# different photographs of the same person (obama_partial_face is obama.jpg's photograph)
SAME_PERSON_PAIRS = (("obama", "obama2"), ("obama", "obama3"), ("obama2", "obama3"))


def load(name: str) -> Image.Image:
    with Image.open(FILES[name]) as im:
        return im.convert("RGB")


def data(name: str) -> bytes:
    return FILES[name].read_bytes()


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    with Image.open(buffer) as im:
        return im.convert("RGB")


def _letterbox(image: Image.Image) -> Image.Image:
    """The photo inside a 1280x720 frame with black bars."""
    frame = Image.new("RGB", (1280, 720))
    width = round(image.width * 720 / image.height)
    frame.paste(image.resize((width, 720), Image.Resampling.LANCZOS), ((1280 - width) // 2, 0))
    return frame


# a copy of a photo: re-encoded, resized, edited, mirrored, cropped, letterboxed
TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg40": lambda im: _jpeg(im, 40),
    "half": lambda im: im.resize((im.width // 2, im.height // 2), Image.Resampling.LANCZOS),
    "brighter": lambda im: ImageEnhance.Brightness(im).enhance(1.4),
    "less contrast": lambda im: ImageEnhance.Contrast(im).enhance(0.6),
    "mirrored": ImageOps.mirror,
    "grey": lambda im: ImageOps.grayscale(im).convert("RGB"),
    "crop 10%": lambda im: im.crop(
        (im.width // 10, im.height // 10, im.width * 9 // 10, im.height * 9 // 10)
    ),
    "letterboxed": _letterbox,
}


def _colour_moved(
    source: Image.Image,
    source_box: tuple[float, float, float, float],
    target: Image.Image,
    target_box: tuple[float, float, float, float],
) -> Image.Image:
    def pixels(image: Image.Image, box: tuple[float, float, float, float]) -> np.ndarray:
        x0, y0, x1, y1 = (round(v) for v in box)
        return np.asarray(image.crop((x0, y0, x1, y1)), dtype=np.float32).reshape(-1, 3)

    src, dst = pixels(source, source_box), pixels(target, target_box)
    moved = (np.asarray(source, dtype=np.float32) - src.mean(0)) / (src.std(0) + 1e-6)
    moved = moved * dst.std(0) + dst.mean(0)
    return Image.fromarray(np.clip(moved, 0, 255).astype(np.uint8))


def _grown(box: tuple[float, float, float, float], by: float) -> tuple[float, ...]:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    return (x0 - w * by, y0 - h * by, x1 + w * by, y1 + h * by)


def face_swap(
    face_photo: Image.Image,
    face_box: tuple[float, float, float, float],
    body_photo: Image.Image,
    body_box: tuple[float, float, float, float],
    match_colour: bool = False,
) -> Image.Image:
    """A simulated face swap: the face region of ``face_photo`` (its box grown by 15 %) scaled
    onto the face of ``body_photo``, through a feathered ellipse (the new face blends into the
    other person's head, hair and neck). ``match_colour``: the donor's colours are first moved
    to the mean and spread of the body's face, per channel (as swap tools adapt skin tone and
    light)."""
    if match_colour:
        face_photo = _colour_moved(face_photo, face_box, body_photo, body_box)
    source = _grown(face_box, 0.15)
    target = _grown(body_box, 0.15)
    size = (round(target[2] - target[0]), round(target[3] - target[1]))
    x0, y0, x1, y1 = (round(v) for v in source)
    patch = face_photo.crop((x0, y0, x1, y1)).resize(size, Image.Resampling.LANCZOS)
    mask = Image.new("L", size, 0)
    margin = round(size[0] * 0.12)
    ImageDraw.Draw(mask).ellipse((margin, margin, size[0] - margin, size[1] - margin), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(size[0] * 0.06))
    out = body_photo.copy()
    out.paste(patch, (round(target[0]), round(target[1])), mask)
    return out
