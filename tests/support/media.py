"""Generators of test media (all made here, nothing downloaded) and small file helpers.

Import them from ``tests.support`` (the benchmarks put the repository on ``sys.path`` too).
"""

from __future__ import annotations

import functools
import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image


def _picture(seed: int, size: tuple[int, int]) -> Image.Image:
    """A smooth, photo-like RGB picture that differs for every seed (so hashes differ)."""
    rng = random.Random(seed)
    coarse = Image.new("RGB", (8, 6))
    coarse.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(48)])
    return coarse.resize(size, Image.Resampling.BICUBIC)


def jpeg_bytes(
    seed: int = 0, size: tuple[int, int] = (96, 64), marker: bytes = b"", quality: int = 85
) -> bytes:
    """A small JPEG; ``marker`` goes into a COM segment, so it is in the plaintext bytes."""
    out = io.BytesIO()
    kwargs = {"comment": marker} if marker else {}
    _picture(seed, size).save(out, "JPEG", quality=quality, **kwargs)
    return out.getvalue()


def png_bytes(seed: int = 0, size: tuple[int, int] = (96, 64)) -> bytes:
    out = io.BytesIO()
    _picture(seed, size).save(out, "PNG")
    return out.getvalue()


def webp_bytes(seed: int = 0, size: tuple[int, int] = (96, 64)) -> bytes:
    out = io.BytesIO()
    _picture(seed, size).save(out, "WEBP", quality=80)
    return out.getvalue()


def heic_bytes(seed: int = 0, size: tuple[int, int] = (96, 64)) -> bytes:
    """A real HEIC file written by pillow-heif (the plugin the app reads it with)."""
    from pillow_heif import from_pillow

    out = io.BytesIO()
    from_pillow(_picture(seed, size)).save(out, format="HEIF", quality=80)
    return out.getvalue()


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_bytes(seed: int = 0, payload: int = 4096, brand: bytes = b"isom") -> bytes:
    """An ISO-BMFF file (ftyp + mdat): the app stores clips as opaque media."""
    rng = random.Random(seed)
    ftyp = _box(b"ftyp", brand + struct.pack(">I", 512) + brand + b"mp41")
    return ftyp + _box(b"mdat", rng.randbytes(payload))


def mov_bytes(seed: int = 0, payload: int = 4096) -> bytes:
    return mp4_bytes(seed, payload, brand=b"qt  ")


def truncated_jpeg(seed: int = 0) -> bytes:
    data = jpeg_bytes(seed, size=(320, 240))
    return data[: len(data) // 2]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def bomb_png(side: int = 30_000) -> bytes:
    """A valid 1-bit PNG of side x side pixels (900 Mpx) that compresses to ~100 KB."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row * 1000) for _ in range(side // 1000)]
    parts.append(compressor.compress(row * (side % 1000)))
    parts.append(compressor.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def big_photo_jpeg(seed: int, size: tuple[int, int] = (4000, 3000), quality: int = 90) -> bytes:
    """A 12-megapixel photo-like JPEG of about 3 MB (smooth shapes plus sensor-like noise)."""
    base = _picture(seed, size)
    noise = Image.effect_noise(size, 32).convert("RGB")
    mixed = Image.blend(base, noise, 0.17)
    out = io.BytesIO()
    mixed.save(out, "JPEG", quality=quality)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    """Flip one bit of a file in place (offset may be negative, from the end)."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


def files_containing(root: Path, needles: list[bytes]) -> list[tuple[Path, bytes]]:
    """Every (file, needle) below root where the file's bytes contain the needle."""
    hits: list[tuple[Path, bytes]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits.extend((path, needle) for needle in needles if needle in data)
    return hits


def encodings_of(text: str) -> list[bytes]:
    """The byte forms a string could take on disk: UTF-8 and UTF-16 (both byte orders)."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
