"""Decoding an image held in memory: validation, one reduced-size decode, the thumbnail.

An image is decoded once, at the smallest size the thumbnail needs (JPEG draft mode); that
reduced picture (EXIF-oriented, RGB, at most THUMB_SIZE on its longer side) is what the
thumbnail is encoded from and what the fingerprints of ``app/matching/fingerprints.py`` are
computed from, at import and when a fingerprint is back-filled later: the same decode gives
the same values. Pure functions over bytes and Pillow; nothing here writes to disk.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps

from app.errors import QT_TRANSLATE_NOOP, BadMedia

try:  # HEIC/HEIF through the maintained pillow-heif plugin
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HEIF_SUPPORTED = False

THUMB_SIZE = 256
MAX_IMAGE_BYTES = 256 * 1024 * 1024
MAX_PIXELS = 100_000_000  # over this, an image is refused as a possible decompression bomb


@dataclass
class Reduced:
    """One decode of an image: its full size, its EXIF date and the reduced picture."""

    width: int
    height: int
    captured_at: str
    image: Image.Image  # RGB, EXIF-oriented, at most size x size (THUMB_SIZE by default)


@dataclass
class DecodedImage:
    width: int
    height: int
    thumbnail_jpeg: bytes
    captured_at: str
    reduced: Image.Image  # what the thumbnail was made from (fingerprints are computed on it)


def _captured_at(image: Image.Image) -> str:
    try:
        exif = image.getexif()
        raw = exif.get_ifd(ExifTags.IFD.Exif).get(36867) or exif.get(306)
    except Exception:
        return ""
    if not isinstance(raw, str) or len(raw) < 19:
        return ""
    # EXIF "YYYY:MM:DD HH:MM:SS" (local time of the camera, no zone)
    return raw[:10].replace(":", "-") + "T" + raw[11:19]


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for a JPEG thumbnail; transparent parts become white, as a viewer shows them."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def undecodable(name: str) -> BadMedia:
    """An image the decoder gave up on: damaged inside, or a variant it does not read. (The
    decoder's own words are English and technical: they are left out.)"""
    return BadMedia(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name}: the image cannot be decoded (it is damaged, or a kind of image this app "
            "does not read).",
        ),
        name=name,
    )


@contextmanager
def opened(data: bytes, name: str) -> Iterator[Image.Image]:
    """The image in ``data``, opened (not yet decoded) within the bomb limits: more than
    ``MAX_PIXELS`` is refused before any pixel is decoded, and whatever fails while the
    caller's block decodes it is a ``BadMedia`` naming ``name`` (the import's reduced decode
    and the viewer's full one say the same)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise BadMedia(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{name}: the image claims {width}x{height} pixels, more than any "
                            "photo; it was refused as a possible decompression bomb.",
                        ),
                        name=name,
                        width=width,
                        height=height,
                    )
                yield image
    except BadMedia:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadMedia(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}: the image is too large to decode safely; it was refused as a possible "
                "decompression bomb.",
            ),
            name=name,
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        detail = str(exc) or type(exc).__name__
        if "truncated" in detail.lower():
            raise BadMedia(
                QT_TRANSLATE_NOOP(
                    "errors", "{name}: the image is truncated (the file ends too early)."
                ),
                name=name,
            ) from None
        raise undecodable(name) from None


def reduce_image(data: bytes, name: str, size: int = THUMB_SIZE) -> Reduced:
    """Fully decode an image (only a full load proves it is readable) at reduced size: at
    most ``size`` pixels on its longer side (the thumbnail's by default; the matching decode
    of ``app/matching/fingerprints.py`` asks for more)."""
    if not data:
        raise BadMedia(
            QT_TRANSLATE_NOOP("errors", "{name}: the file is empty (0 bytes)."), name=name
        )
    with opened(data, name) as image:
        width, height = image.size
        captured = _captured_at(image)
        # JPEG decodes at 1/2..1/8 scale, never below the thumbnail size: the 1/8
        # decode of a 12 Mpx photo (500x375) costs about 2/3 of the 1/4 one
        image.draft("RGB", (size, size))
        image.load()
        oriented = ImageOps.exif_transpose(image)
        oriented = _flatten(oriented)
        oriented.thumbnail((size, size), Image.Resampling.LANCZOS)
        return Reduced(width, height, captured, oriented)


def thumbnail_jpeg(reduced: Image.Image) -> bytes:
    out = io.BytesIO()
    reduced.save(out, "JPEG", quality=82)
    return out.getvalue()


def decode_image(data: bytes, name: str) -> DecodedImage:
    """Decode an image once at reduced size and make its thumbnail (BadMedia if it cannot)."""
    reduced = reduce_image(data, name)
    try:
        jpeg = thumbnail_jpeg(reduced.image)
    except (OSError, ValueError, MemoryError):
        raise undecodable(name) from None
    return DecodedImage(reduced.width, reduced.height, jpeg, reduced.captured_at, reduced.image)
