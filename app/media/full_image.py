"""A photo decoded at full size for the viewer, from bytes in memory, within the bomb limits.

The same limits as the import (``app/media/images.py``): more than ``MAX_PIXELS`` is refused
as a possible decompression bomb before any pixel is decoded. A photo larger than
``MAX_VIEW_PIXELS`` is decoded reduced (JPEG draft mode, then a resample) so that the viewer
never holds more than about 120 MB of pixels; ``scale`` says by how much. Nothing is written
to disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageOps

from app.media.images import opened

MAX_VIEW_PIXELS = 40_000_000


@dataclass
class FullImage:
    image: Image.Image  # RGB or RGBA, EXIF-oriented
    width: int  # the photo's own size (before any reduction), oriented
    height: int
    scale: float  # image.width / width: 1.0 unless the photo was too big to show whole


def decode_full(data: bytes, name: str) -> FullImage:
    """Decode ``data`` for viewing; ``BadMedia`` naming ``name`` when it cannot be."""
    with opened(data, name) as image:
        width, height = image.size
        if width * height > MAX_VIEW_PIXELS:
            factor = math.sqrt(MAX_VIEW_PIXELS / (width * height))
            image.draft("RGB", (int(width * factor), int(height * factor)))
        image.load()
        oriented = ImageOps.exif_transpose(image)
        if oriented.mode not in ("RGB", "RGBA"):
            has_alpha = "A" in oriented.mode or "transparency" in oriented.info
            oriented = oriented.convert("RGBA" if has_alpha else "RGB")
        turned = oriented.size != image.size  # rotated by its EXIF orientation
        full_w, full_h = (height, width) if turned else (width, height)
        if oriented.width * oriented.height > MAX_VIEW_PIXELS:
            factor = math.sqrt(MAX_VIEW_PIXELS / (oriented.width * oriented.height))
            oriented = oriented.resize(
                (max(1, int(oriented.width * factor)), max(1, int(oriented.height * factor))),
                Image.Resampling.LANCZOS,
            )
        return FullImage(oriented, full_w, full_h, oriented.width / max(1, full_w))
