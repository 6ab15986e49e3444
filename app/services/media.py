"""Recognising and validating media files: what they are, whether they decode, a thumbnail.

Pure functions over bytes and Pillow; nothing here writes to disk.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps

from app.errors import BadMedia
from app.matching.phash import dhash

try:  # HEIC/HEIF through the maintained pillow-heif plugin
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HEIF_SUPPORTED = False

THUMB_SIZE = 256
MAX_IMAGE_BYTES = 256 * 1024 * 1024
MAX_PIXELS = 100_000_000  # over this, an image is refused as a possible decompression bomb

HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
AUDIO_BRANDS = {b"M4A ", b"M4B "}


@dataclass
class Sniffed:
    kind: str  # photo | clip | voice
    mime: str


def sniff(head: bytes) -> Sniffed | None:
    """What a file is, from its first bytes (never from its name)."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("photo", "image/jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("photo", "image/png")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("photo", "image/webp")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed("voice", "audio/wav")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in HEIF_BRANDS:
            return Sniffed("photo", "image/avif" if brand == b"avif" else "image/heic")
        if brand in AUDIO_BRANDS:
            return Sniffed("voice", "audio/mp4")
        if brand == b"qt  ":
            return Sniffed("clip", "video/quicktime")
        return Sniffed("clip", "video/mp4")
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip") and len(head) >= 8:
        return Sniffed("clip", "video/quicktime")
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return Sniffed("voice", "audio/mpeg")
    if head.startswith(b"OggS"):
        return Sniffed("voice", "audio/ogg")
    return None


@dataclass
class DecodedImage:
    width: int
    height: int
    thumbnail_jpeg: bytes
    phash: str
    captured_at: str


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


def decode_image(data: bytes, name: str) -> DecodedImage:
    """Fully decode an image (only a full load proves it is readable) and make a thumbnail."""
    if not data:
        raise BadMedia(f"{name}: the file is empty (0 bytes).")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise BadMedia(
                        f"{name}: the image claims {width}x{height} pixels, more than any "
                        "photo; it was refused as a possible decompression bomb."
                    )
                captured = _captured_at(image)
                # JPEG decodes at 1/2..1/8 scale, never below the thumbnail size: the 1/8
                # decode of a 12 Mpx photo (500x375) costs about 2/3 of the 1/4 one
                image.draft("RGB", (THUMB_SIZE, THUMB_SIZE))
                image.load()
                oriented = ImageOps.exif_transpose(image)
                oriented = _flatten(oriented)
                oriented.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                oriented.save(out, "JPEG", quality=82)
                return DecodedImage(width, height, out.getvalue(), dhash(oriented), captured)
    except BadMedia:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadMedia(
            f"{name}: the image is too large to decode safely; it was refused as a possible "
            "decompression bomb."
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        detail = str(exc) or type(exc).__name__
        if "truncated" in detail.lower():
            raise BadMedia(f"{name}: the image is truncated (the file ends too early).") from None
        raise BadMedia(f"{name}: the image cannot be decoded ({detail[:120]}).") from None
