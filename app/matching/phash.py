"""A 64-bit difference hash (dHash): survives resizing and re-encoding, cheap to compare.

It is the first, coarse filter of sighting matching; it is not proof of anything on its own.
"""

from __future__ import annotations

from PIL import Image


def dhash(image: Image.Image) -> str:
    """Hex of 64 bits: is each pixel brighter than its right neighbour, on a 9x8 grey grid."""
    small = image.convert("L").resize((9, 8), Image.Resampling.LANCZOS)
    pixels = small.tobytes()  # mode L: one byte per pixel, row by row
    bits = 0
    for row in range(8):
        for col in range(8):
            left = pixels[row * 9 + col]
            right = pixels[row * 9 + col + 1]
            bits = (bits << 1) | (1 if left > right else 0)
    return f"{bits:016x}"


def distance(a: str, b: str) -> int:
    """Hamming distance between two hex hashes (0 = same picture, 64 = opposite)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
