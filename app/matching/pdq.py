"""PDQ, the 256-bit perceptual hash of Meta's ThreatExchange and StopNCII, on the ``pdqhash``
binding (the reference C++ code compiled in; checked against the published test vectors by
tests/unit/test_pdq.py with tests/data/pdq/).

A photo's value is computed at import from the reduced decode (at most ``SIZE`` pixels on its
longer side, ``app/media/images.py``), like dHash: ``"<64 hex digits>:<quality 0-100>"``.

The same picture hashed at 256 px and at its full size differs by 10 to 90 bits (about 20 for
most photographs, measured in docs/matching.md "## PDQ"): PDQ's own downscaling depends on the
input size. So a query is brought to the same size the same way (``prepare``: RGB, Lanczos
thumbnail to ``SIZE``) before it is hashed; then a JPEG re-encode of a photo lands within a few
bits of the stored value. Anyone comparing with our values (the revocation manifest's
``check-upload``) must hash that way too.

``quality`` says how much structure the hash saw: a flat or nearly flat picture (a dark frame,
a wall) gets a low quality and a hash that matches too much; below ``MIN_QUALITY`` a hash is
not trusted on either side of a comparison.
"""

from __future__ import annotations

from PIL import Image, ImageOps

KEY = "pdq/1"
SIZE = 256  # the longer side hashed: images.THUMB_SIZE, the reduced decode the value comes from
BITS = 256

# The thresholds, measured on the sample photographs of scikit-image and matplotlib (docs/
# matching.md "## PDQ": true pairs under re-encoding, resizing, brightness and mirroring
# against every unrelated pair). 31 is also ThreatExchange's recommended match distance; 50
# its recommended quality floor ("discard hashes <= 49").
MATCH_DISTANCE = 31  # at or below: the same picture
MIN_QUALITY = 50  # below: the picture is too flat for its hash to mean anything


def prepare(image: Image.Image) -> Image.Image:
    """The picture PDQ is computed from: RGB, at most ``SIZE`` pixels on its longer side
    (Lanczos, as the reduced decode is made). A reduced decode passes through unchanged."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    if max(rgb.size) > SIZE:
        rgb = rgb.copy()
        rgb.thumbnail((SIZE, SIZE), Image.Resampling.LANCZOS)
    return rgb


def _hash(image: Image.Image) -> tuple[bytes, int]:
    """The PDQ hash (32 bytes, the reference's hex order) and quality of a prepared picture."""
    # imported here, not with the module: numpy's import (0.1-0.3 s) is not the GUI start's
    import numpy as np
    import pdqhash

    pixels = np.ascontiguousarray(np.asarray(image, dtype=np.uint8))
    bits, quality = pdqhash.compute(pixels)
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes(), int(quality)


def compute_raw(image: Image.Image) -> tuple[bytes, int]:
    """Hash and quality of ``image`` as it is, without ``prepare`` (the binding's own result,
    the one the published test vectors are for)."""
    return _hash(image if image.mode == "RGB" else image.convert("RGB"))


def compute(image: Image.Image) -> str:
    """The registry hook: ``"<64 hex digits>:<quality>"`` of a reduced decode."""
    digest, quality = _hash(prepare(image))
    return f"{digest.hex()}:{quality}"


def parse(value: str) -> tuple[bytes, int]:
    """``compute``'s string -> (32 bytes of hash, quality); ValueError when malformed."""
    text, sep, quality = value.partition(":")
    if not sep or len(text) != BITS // 4 or not quality.isdigit() or len(quality) > 3:
        raise ValueError(f"not a PDQ value: {value[:80]!r}")
    if any(c not in "0123456789abcdef" for c in text):
        raise ValueError(f"not a PDQ value: {value[:80]!r}")
    level = int(quality)
    if level > 100:
        raise ValueError(f"not a PDQ value: {value[:80]!r}")
    return bytes.fromhex(text), level


def hashes(image: Image.Image) -> tuple[bytes, bytes]:
    """The hashes of a query picture and of its mirror image (a frame may show the photo
    flipped), both prepared like the stored values."""
    prepared = prepare(image)
    return _hash(prepared)[0], _hash(ImageOps.mirror(prepared))[0]


def quality(image: Image.Image) -> int:
    """The quality of a query picture's hash (0-100): below ``MIN_QUALITY`` do not trust it."""
    return _hash(prepare(image))[1]


def distance(a: bytes, b: bytes) -> int:
    """Hamming distance between two hashes, 0 (same) .. 256."""
    if len(a) != len(b):
        raise ValueError("PDQ hashes of different lengths")
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).bit_count()


def matches(a: bytes, b: bytes) -> bool:
    """Whether two hashes are within ``MATCH_DISTANCE`` (the same picture)."""
    return distance(a, b) <= MATCH_DISTANCE
