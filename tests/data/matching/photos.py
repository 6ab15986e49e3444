"""Real photographs shipped inside installed packages, and the transformations of issue 15.

The photographs (read by file path: ``skimage.data``'s loaders may try to download):

- scikit-image's ``skimage/data`` (each loader's docstring in ``skimage/data/_fetchers.py``
  gives the image's source and terms): public domain (astronaut and hubble_deep_field: NASA;
  rocket: SpaceX; text, clock), CC0 (camera, chelsea, coffee, retina, horse, cell, brick,
  grass, gravel), "no known copyright restrictions" (ihc, coins); motorcycle_left (the
  Middlebury stereo set), moon, page, phantom and color carry no statement there;
- matplotlib's ``mpl-data/sample_data/grace_hopper.jpg`` (a U.S. Navy photograph: public
  domain as a work of the U.S. federal government).

A *vault* holds the features and PDQ values of VAULT photos computed the way the registry does
(the matching decode ``images.reduce_image(data, name, MATCH_SIZE)`` for features, the 256 px
reduced decode for PDQ). ``TRANSFORMS`` make query frames from a vault photo; ``UNRELATED`` are
photographs that are not in the vault (textures among them) and must match nothing.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

SKIMAGE = Path(str(__import__("skimage").__file__)).parent / "data"
MPL = Path(str(__import__("matplotlib").__file__)).parent / "mpl-data" / "sample_data"
FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "wqy-microhei.ttc"

FILES = {
    "astronaut": SKIMAGE / "astronaut.png",
    "camera": SKIMAGE / "camera.png",
    "chelsea": SKIMAGE / "chelsea.png",
    "coffee": SKIMAGE / "coffee.png",
    "rocket": SKIMAGE / "rocket.jpg",
    "motorcycle": SKIMAGE / "motorcycle_left.png",
    "hubble": SKIMAGE / "hubble_deep_field.jpg",
    "retina": SKIMAGE / "retina.jpg",
    "ihc": SKIMAGE / "ihc.png",
    "hopper": MPL / "grace_hopper.jpg",
    # not in the vault
    "brick": SKIMAGE / "brick.png",
    "grass": SKIMAGE / "grass.png",
    "gravel": SKIMAGE / "gravel.png",
    "horse": SKIMAGE / "horse.png",
    "moon": SKIMAGE / "moon.png",
    "coins": SKIMAGE / "coins.png",
    "page": SKIMAGE / "page.png",
    "text": SKIMAGE / "text.png",
    "cell": SKIMAGE / "cell.png",
    "clock": SKIMAGE / "clock_motion.png",
    "phantom": SKIMAGE / "phantom.png",
    "color": SKIMAGE / "color.png",
}
VAULT = (
    "astronaut",
    "camera",
    "chelsea",
    "coffee",
    "rocket",
    "motorcycle",
    "hubble",
    "retina",
    "ihc",
    "hopper",
)
UNRELATED = ("brick", "grass", "gravel", "horse", "moon", "coins", "page", "text", "cell", "clock")
SCENES = ("moon", "coins", "gravel")  # backgrounds a photo is pasted onto (not in the vault)


@functools.cache
def file_bytes(name: str) -> bytes:
    return FILES[name].read_bytes()


def photo(name: str) -> Image.Image:
    """The photograph as an RGB image (a copy: callers may draw on it)."""
    with Image.open(io.BytesIO(file_bytes(name))) as image:
        if image.mode in ("RGBA", "LA", "P"):
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            return flat
        return image.convert("RGB")


@dataclass(frozen=True)
class VaultPhoto:
    item_id: str
    features: bytes  # the "orb/1" object
    pdq: str  # the "pdq/1" value


def vault_photo(name: str) -> VaultPhoto:
    """A vault photo's stored matching data, computed the way the registry computes it."""
    from app.matching import features, pdq
    from app.matching.fingerprints import MATCH_SIZE
    from app.media import images

    data = png_or_jpeg(name)
    matching = images.reduce_image(data, name, MATCH_SIZE).image
    reduced = images.reduce_image(data, name).image
    return VaultPhoto(name, features.compute_object(matching), pdq.compute(reduced))


@functools.cache
def png_or_jpeg(name: str) -> bytes:
    """The photo's file as imported (its own bytes)."""
    return file_bytes(name)


# --- transformations: Image -> Image (the query frame) ------------------------------------


def jpeg(image: Image.Image, quality: int = 40) -> Image.Image:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def resize(image: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def crop(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop(
        (round(w * left), round(h * top), round(w * (1 - right)), round(h * (1 - bottom)))
    )


def colours(
    image: Image.Image, brightness: float, contrast: float, saturation: float
) -> Image.Image:
    image = ImageEnhance.Brightness(image).enhance(brightness)
    image = ImageEnhance.Contrast(image).enhance(contrast)
    return ImageEnhance.Color(image).enhance(saturation)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def captions(image: Image.Image) -> Image.Image:
    """A two-line subtitle at the bottom (white with a black outline) and a watermark."""
    out = image.copy()
    draw = ImageDraw.Draw(out, "RGBA")
    w, h = out.size
    size = max(12, h // 14)
    font = _font(size)
    lines = ("她终于回来了，可是一切都变了", "第 12 集  独家首播")
    for i, text in enumerate(lines):
        y = h - (len(lines) - i) * int(size * 1.35) - h // 30
        box = draw.textbbox((0, 0), text, font=font)
        x = (w - (box[2] - box[0])) // 2
        draw.text(
            (x, y), text, font=font, fill=(255, 255, 255), stroke_width=2, stroke_fill=(0, 0, 0)
        )
    mark = _font(max(10, h // 18))
    draw.text((w // 30, h // 30), "@短剧工厂 DRAMA", font=mark, fill=(255, 255, 255, 150))
    draw.text((w * 6 // 10, h // 3), "抖音号 88123", font=mark, fill=(255, 255, 255, 110))
    return out


def letterbox(image: Image.Image, frame: tuple[int, int] = (1280, 720)) -> Image.Image:
    """The photo fitted inside a 16:9 frame with black bars."""
    fw, fh = frame
    scale = min(fw / image.width, fh / image.height)
    fitted = image.resize(
        (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
    )
    out = Image.new("RGB", frame, (0, 0, 0))
    out.paste(fitted, ((fw - fitted.width) // 2, (fh - fitted.height) // 2))
    return out


def _warp(
    image: Image.Image, corners: np.ndarray, size: tuple[int, int], background: Image.Image | None
) -> Image.Image:
    """``image`` drawn with its corners at ``corners`` (4x2, clockwise from top-left) onto
    ``background`` (or black) of ``size``."""
    import cv2

    src = np.array(
        [[0, 0], [image.width, 0], [image.width, image.height], [0, image.height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    pixels = cv2.warpPerspective(np.asarray(image), matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full((image.height, image.width), 255, np.uint8), matrix, size, flags=cv2.INTER_LINEAR
    )
    base = (
        np.zeros((size[1], size[0], 3), np.uint8)
        if background is None
        else np.asarray(background.convert("RGB").resize(size, Image.Resampling.BICUBIC))
    )
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    out = base.astype(np.float32) * (1 - alpha) + pixels.astype(np.float32) * alpha
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def _quad(cx: float, cy: float, w: float, h: float, angle: float, tilt: float) -> np.ndarray:
    """A w x h rectangle centred at (cx, cy), rotated by ``angle`` degrees, its right side
    shortened by ``tilt`` (a slight perspective: filmed from the left)."""
    half = np.array(
        [
            [-w / 2, -h / 2],
            [w / 2, -h / 2 * (1 - tilt)],
            [w / 2, h / 2 * (1 - tilt)],
            [-w / 2, h / 2],
        ]
    )
    a = math.radians(angle)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return half @ rot.T + np.array([cx, cy])


def in_scene(
    image: Image.Image, scene: str, width_fraction: float = 0.35, angle: float = 4.0
) -> Image.Image:
    """The photo as a phone screen inside a 1280x720 frame of another photograph: about
    ``width_fraction`` of the frame's width, slightly warped and rotated."""
    fw, fh = 1280, 720
    w = fw * width_fraction
    h = w * image.height / image.width
    if h > fh * 0.8:
        h = fh * 0.8
        w = h * image.width / image.height
    corners = _quad(fw * 0.58, fh * 0.5, w, h, angle, 0.06)
    return _warp(image, corners, (fw, fh), photo(scene))


def at_an_angle(image: Image.Image, angle: float = 8.0, tilt: float = 0.12) -> Image.Image:
    """The photo filmed or screenshotted at a slight angle: rotated, in perspective, filling
    most of a frame of its own size (some of it cut off at the edges)."""
    fw, fh = image.size
    corners = _quad(fw / 2, fh / 2, fw * 0.92, fh * 0.92, angle, tilt)
    return _warp(image, corners, (fw, fh), None)


TRANSFORMS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg-q40": lambda im: jpeg(im, 40),
    "resize-25%": lambda im: resize(im, 0.25),
    "resize-50%-jpeg-q60": lambda im: jpeg(resize(im, 0.5), 60),
    "crop-10%-each-side": lambda im: crop(im, 0.10, 0.10, 0.10, 0.10),
    "crop-uneven": lambda im: crop(im, 0.02, 0.10, 0.08, 0.04),
    "brighter-contrast-saturated": lambda im: colours(im, 1.3, 1.25, 1.5),
    "darker-flat-desaturated": lambda im: colours(im, 0.7, 0.75, 0.4),
    "subtitles-watermark": lambda im: jpeg(captions(im), 75),
    "mirrored": lambda im: ImageOps.mirror(im),
    "mirrored-cropped-subtitled": lambda im: captions(
        crop(ImageOps.mirror(im), 0.05, 0.05, 0.05, 0.05)
    ),
    "letterboxed-16:9": lambda im: jpeg(letterbox(im), 80),
    "phone-in-scene-35%": lambda im: jpeg(in_scene(im, "moon", 0.35, 4.0), 80),
    "phone-in-scene-30%-tilted": lambda im: jpeg(in_scene(im, "gravel", 0.30, -6.0), 80),
    "at-an-angle-8deg": lambda im: jpeg(at_an_angle(im, 8.0, 0.12), 85),
    "at-an-angle-5deg-mirrored": lambda im: ImageOps.mirror(at_an_angle(im, -5.0, 0.08)),
}
